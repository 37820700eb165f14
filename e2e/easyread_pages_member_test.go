package e2e

import "github.com/clubtogether/clubtogether/community"

// memberPages are the pages the demo's Easy Read member reaches, for
// TestEasyReadTargets: provider and listing are a checked provider and one
// of its listings.
func memberPages(provider, listing string) []erPage {
	pages := []erPage{
		{"member", "home", "/", false, false},
		{"member", "me", "/me", false, true},
		{"member", "me-hellos", "/me/hellos", false, true},
		{"member", "me-hidden", "/me/hidden", false, true},
		{"member", "me-blocked", "/me/blocked", false, true},
		{"member", "me-sessions", "/me/sign-out-everywhere", true, true},
		{"member", "me-edit", "/me/edit", false, true},
		{"member", "suggestions", "/suggestions", false, false},
		{"member", "groups", "/groups", false, false},
		{"member", "messages", "/messages", false, false},
		{"member", "search", "/search?q=swim", true, false},
		{"member", "interests", "/interests", false, false},
		{"member", "interest", "/interests/swimming", false, false},
		{"member", "providers", "/providers", false, true},
		{"member", "provider", "/providers/" + provider, false, true},
		{"member", "listing", "/listings/" + listing, false, true},
		{"member", "help", "/help", false, true},
		{"member", "help-ask", "/help/ask", true, true},
		{"member", "mentors", "/mentors", false, true},
		{"member", "mentors-near", "/mentors?part=near", false, true},
		{"member", "mentor-offer", "/mentors/offer", true, true},
		{"member", "permissions", "/permissions", false, true},
		{"member", "permissions-give", "/permissions/give", true, true},
		{"member", "permissions-recovery", "/permissions/recovery", true, true},
		{"member", "display", "/settings/display", true, true},
		{"member", "glossary", "/glossary", false, true},
	}
	return append(pages, meEditSteps()...)
}

// meEditSteps are the short pages of the Easy Read profile form: a page
// for each step, and the interests step's page for each category.
func meEditSteps() []erPage {
	var out []erPage
	for _, step := range []string{"name", "about", "where", "interests", "tags", "times", "access", "languages", "buying", "visibility"} {
		out = append(out, erPage{"member", "me-edit-" + step, "/me/edit?step=" + step, step != "interests", true})
	}
	for _, cat := range community.Categories() {
		out = append(out, erPage{"member", "me-edit-" + cat.Slug, "/me/edit?step=interests&category=" + cat.Slug, true, true})
	}
	return out
}
