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
// In Easy Read each change form starts with a button for each part, and
// each part is a short page of its own: every one is measured.
func providerOwnPages(provider, listing string) []erPage {
	pages := []erPage{
		{"provider", "insights", "/provider/insights", false, true},
		{"provider", "provider-own", "/providers/" + provider, false, true},
		{"provider", "provider-edit", "/providers/" + provider + "/edit", false, true},
		{"provider", "p-edit-kinds", "/providers/" + provider + "/edit/interests", false, true},
		{"provider", "listing-edit", "/listings/" + listing + "/edit", false, true},
		{"provider", "l-edit-kinds", "/listings/" + listing + "/edit/interests", false, true},
		// The first short page of a new provider and of a new listing; the
		// later ones are reached by sending a page, and are measured by
		// TestEasyReadCreateProviderAndListing.
		{"provider", "provider-new", "/providers/new", true, true},
		{"provider", "listing-new", "/providers/" + provider + "/listings/new", true, true},
	}
	for _, step := range []string{"about", "easy", "where", "interests-sport", "interests-social", "contact"} {
		pages = append(pages, erPage{"provider", "p-edit-" + step, "/providers/" + provider + "/edit/" + step, true, true})
	}
	for _, step := range []string{"about", "easy", "prices", "where", "when", "access", "interests-sport", "interests-social", "show"} {
		pages = append(pages, erPage{"provider", "l-edit-" + step, "/listings/" + listing + "/edit/" + step, true, true})
	}
	return pages
}
