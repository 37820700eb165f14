package e2e

// groupPages are the pages of a group its treasurer reaches, for
// TestEasyReadTargets: the start page, the short page of each of its
// tasks, and the statement and leave pages. A proposal's own page is
// measured by TestEasyReadBigGroup, which makes the proposal.
func groupPages(group string) []erPage {
	pages := []erPage{
		{"group member", "group", group, false, false},
		{"group member", "group-pay", group + "/pay", true, false},
		{"group member", "group-money", group + "/money", false, false},
		{"group member", "group-votes", group + "/votes", false, false},
		{"group member", "group-propose", group + "/propose", true, false},
		{"group member", "group-rules", group + "/rules", true, false},
		{"group member", "group-board", group + "/board", true, false},
		{"group member", "group-members", group + "/members", false, false},
		{"group member", "group-things", group + "/things", false, false},
		{"group member", "group-check", group + "/payments", true, false},
		{"group member", "group-pay-back", group + "/refunds", true, false},
		{"group member", "group-let-in", group + "/asking", true, false},
		{"group member", "group-statement", group + "/statement", false, false},
		{"group member", "group-leave", group + "/leave", true, true},
	}
	return pages
}
