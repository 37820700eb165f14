package e2e

import (
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
)

// memberPages are the pages the demo's Easy Read member reaches, for
// TestEasyReadTargets: provider and listing are a checked provider and one
// of its listings.
func memberPages(provider, listing string) []erPage {
	pages := []erPage{
		{"member", "home", "/", false, true},
		{"member", "me", "/me", false, true},
		{"member", "me-hellos", "/me/hellos", false, true},
		{"member", "me-hidden", "/me/hidden", false, true},
		{"member", "me-blocked", "/me/blocked", false, true},
		{"member", "me-sessions", "/me/sign-out-everywhere", true, true},
		{"member", "me-edit", "/me/edit", false, true},
		{"member", "suggestions", "/suggestions", false, true},
		{"member", "suggested-people", "/suggestions/people", false, true},
		{"member", "suggested-groups", "/suggestions/groups", false, true},
		{"member", "groups-to-start", "/suggestions/new-groups", false, true},
		{"member", "person", "/people/" + anotherMember(), false, true},
		{"member", "groups", "/groups", false, true},
		{"member", "messages", "/messages", false, true},
		{"member", "search", "/search?q=swim", true, true},
		{"member", "interests", "/interests", false, true},
		{"member", "interests-sport", "/interests?category=sport", false, true},
		{"member", "interest", "/interests/swimming", false, true},
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

// anotherMember is the first visible demo member, with a profile, who is
// not the Easy Read member: whose page the Easy Read member reads.
func anotherMember() string {
	roles := demo.Roles(demo.DefaultSeed)
	i := slices.IndexFunc(roles, func(r demo.Role) bool { return r.Key == "easy_read" })
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() && p.HasProfile() && (i < 0 || p.ID != roles[i].PersonID) {
			return p.ID
		}
	}
	return ""
}
