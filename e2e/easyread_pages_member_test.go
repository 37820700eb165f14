package e2e

// memberPages are the pages the demo's Easy Read member reaches, for
// TestEasyReadTargets: provider and listing are a checked provider and one
// of its listings.
func memberPages(provider, listing string) []erPage {
	return []erPage{
		{"member", "home", "/", false, false},
		{"member", "me", "/me", false, false},
		{"member", "me-edit", "/me/edit", true, false},
		{"member", "suggestions", "/suggestions", false, false},
		{"member", "groups", "/groups", false, false},
		{"member", "messages", "/messages", false, false},
		{"member", "search", "/search?q=swim", true, false},
		{"member", "interests", "/interests", false, false},
		{"member", "interest", "/interests/swimming", false, false},
		{"member", "providers", "/providers", false, true},
		{"member", "provider", "/providers/" + provider, false, true},
		{"member", "listing", "/listings/" + listing, false, true},
		{"member", "help", "/help", false, false},
		{"member", "mentors", "/mentors", false, false},
		{"member", "permissions", "/permissions", false, false},
		{"member", "display", "/settings/display", true, true},
		{"member", "glossary", "/glossary", false, true},
	}
}
