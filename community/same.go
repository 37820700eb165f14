package community

import (
	"slices"
	"time"
)

// The Same… functions tell whether a save that clashed with another is in
// fact the same form sent twice (a double click): then it is already
// saved, and the second send is no clash. Only what a person writes is
// compared, never versions or dates.

// SameProfile reports whether two profiles say the same things.
func SameProfile(a, b Person) bool {
	return a.Name == b.Name && a.About == b.About && a.District == b.District &&
		slices.Equal(a.Interests, b.Interests) && slices.Equal(a.Tags, b.Tags) &&
		a.FreeTimes == b.FreeTimes && slices.Equal(a.AccessNeeds, b.AccessNeeds) && slices.Equal(a.Languages, b.Languages) &&
		a.Visibility == b.Visibility && a.OpenToBuying == b.OpenToBuying
}

// SameProvider reports whether two providers say the same things.
func SameProvider(a, b Provider) bool {
	return a.Name == b.Name && a.Description == b.Description && a.EasyDescription == b.EasyDescription &&
		a.Website == b.Website && a.Phone == b.Phone && a.Email == b.Email && a.Online == b.Online &&
		slices.Equal(a.Districts, b.Districts) && slices.Equal(a.Interests, b.Interests)
}

// SameListing reports whether two listings say the same things.
func SameListing(a, b Listing) bool {
	return a.Title == b.Title && a.Description == b.Description && a.EasySummary == b.EasySummary &&
		a.District == b.District && a.Online == b.Online && a.Capacity == b.Capacity && a.Hidden == b.Hidden &&
		a.Times == b.Times && slices.Equal(a.Tiers, b.Tiers) && a.Unit == b.Unit && a.Course.Same(b.Course) &&
		sameSet(a.Interests, b.Interests) && sameSet(a.Features, b.Features)
}

func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}

// SameRules reports whether two sets of a pot's rules are the same rules
// (days compared as days, wherever they were read from).
func SameRules(a, b PotRules) bool {
	x, y := a, b
	x.FirstDue, y.FirstDue = time.Time{}, time.Time{}
	return x == y && a.FirstDue.Equal(b.FirstDue)
}

// SameMentor reports whether two offers say the same things.
func SameMentor(a, b Mentor) bool {
	return slices.Equal(a.HelpWith, b.HelpWith) && a.FreeTimes == b.FreeTimes && slices.Equal(a.Languages, b.Languages) &&
		a.Why == b.Why && a.Kind == b.Kind && a.Organisation == b.Organisation && a.OrganisationKind == b.OrganisationKind
}
