package e2e

// groupPages are the pages of a group its treasurer reaches, for
// TestEasyReadTargets: group is the group's path.
func groupPages(group string) []erPage {
	return []erPage{
		{"group member", "group", group, false, false},
		{"group member", "group-statement", group + "/statement", false, false},
		{"group member", "group-leave", group + "/leave", true, true},
	}
}
