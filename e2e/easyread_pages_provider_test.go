package e2e

// mentorPages are the pages a demo mentor reaches, for TestEasyReadTargets.
func mentorPages() []erPage {
	return []erPage{
		{"mentor", "mentor-mentors", "/mentors", false, true},
		{"mentor", "mentor-open", "/mentors?part=open", false, true},
		{"mentor", "mentor-helping", "/mentors?part=helping", false, true},
		{"mentor", "mentor-me", "/me", false, true},
		{"mentor", "mentor-permissions", "/permissions", false, true},
		{"mentor", "invites", "/invites", true, true},
	}
}

// providerOwnPages are the pages the owner of a checked provider reaches, for
// TestEasyReadTargets: provider is theirs and listing one of its listings.
func providerOwnPages(provider, listing string) []erPage {
	return []erPage{
		{"provider", "insights", "/provider/insights", false, true},
		{"provider", "provider-own", "/providers/" + provider, false, false},
		{"provider", "provider-edit", "/providers/" + provider + "/edit", true, false},
		{"provider", "listing-edit", "/listings/" + listing + "/edit", true, false},
	}
}
