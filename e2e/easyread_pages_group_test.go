package e2e

// groupPages are the pages of a group its treasurer reaches, for
// TestEasyReadTargets: the start page, the short page of each of its
// tasks, and the statement and leave pages. A proposal's own page is
// measured by TestEasyReadBigGroup, which makes the proposal.
func groupPages(group string) []erPage {
	pages := []erPage{
		{"group member", "group", group, false, true},
		{"group member", "group-pay", group + "/pay", true, true},
		{"group member", "group-money", group + "/money", false, true},
		{"group member", "group-votes", group + "/votes", false, true},
		{"group member", "group-propose", group + "/propose", true, true},
		{"group member", "group-rules", group + "/rules", true, true},
		{"group member", "group-rules-votes", group + "/rules?step=votes", true, true},
		{"group member", "group-board", group + "/board", true, true},
		{"group member", "group-members", group + "/members", false, true},
		{"group member", "group-things", group + "/things", false, true},
		{"group member", "group-check", group + "/payments", true, true},
		{"group member", "group-pay-back", group + "/refunds", true, true},
		{"group member", "group-let-in", group + "/asking", true, true},
		{"group member", "group-about", group + "/about", false, true},
		{"group member", "group-money-rules", group + "/money-rules", false, true},
		{"group member", "group-statement", group + "/statement", false, true},
		{"group member", "group-leave", group + "/leave", true, true},
		{"group member", "group-history", group + "/history", false, true},
		{"group member", "group-corrections", group + "/corrections", false, true},
	}
	return pages
}
