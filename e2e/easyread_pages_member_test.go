package e2e

import (
	"slices"

	"github.com/clubtogether/clubtogether/demo"
)

// memberPages are the pages the demo's Easy Read member reaches, for
// TestEasyReadTargets: provider and listing are a checked provider and one
// of its listings.
func memberPages(provider, listing string) []erPage {
	return []erPage{
		{"member", "home", "/", false, true},
		{"member", "me", "/me", false, false},
		{"member", "me-edit", "/me/edit", true, false},
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
		{"member", "providers", "/providers", false, false},
		{"member", "provider", "/providers/" + provider, false, false},
		{"member", "listing", "/listings/" + listing, false, false},
		{"member", "help", "/help", false, false},
		{"member", "mentors", "/mentors", false, false},
		{"member", "permissions", "/permissions", false, false},
		{"member", "display", "/settings/display", true, true},
		{"member", "glossary", "/glossary", false, true},
	}
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
