package community

import "time"

// Limits on listings.
const (
	MaxListingTitle = 120
	// MaxTiers allows a price for every group size a coach or venue
	// might quote, up to a dozen (issue 15 tries a listing with 12).
	MaxTiers    = 12
	MaxCapacity = 500
)

// Listing is one thing a provider offers, with prices that fall as more
// people come together.
type Listing struct {
	ID          string
	ProviderID  string
	Title       string
	Description string
	EasySummary string
	Interests   []string
	// District is where it happens; empty with Online for online things.
	District string
	Online   bool
	// Times are the regular times it runs.
	Times Availability
	// Features are access features, with the same keys as access needs.
	Features []string
	Capacity int
	// Tiers are the prices, each for one Unit: a session, the whole
	// Course, a month or an item.
	Tiers   []PriceTier
	Unit    PriceUnit
	Course  Course
	Version int64
	// Hidden listings are kept but shown to nobody but their provider.
	Hidden bool
	// RemovedAt, when set, is when a moderator hid the listing after a
	// report: it is shown to nobody but the moderators, whatever its
	// provider chooses; RemovedBy is who.
	RemovedAt time.Time
	RemovedBy string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// PriceTier is the price each person pays when at least MinPeople come.
type PriceTier struct {
	MinPeople int
	Each      Pence
}

// PriceFor returns what each person pays when n people come together.
func (l Listing) PriceFor(n int) Pence {
	var price Pence
	for _, t := range l.Tiers {
		if n >= t.MinPeople {
			price = t.Each
		}
	}
	return price
}

// LowestPrice is the price at the biggest group size.
func (l Listing) LowestPrice() Pence {
	if len(l.Tiers) == 0 {
		return 0
	}
	return l.Tiers[len(l.Tiers)-1].Each
}

// Validate checks the listing. Tiers must start at one person, grow in
// group size and fall strictly in price, so that a bigger group always
// pays less each; capacity must fit the biggest tier.
func (l Listing) Validate(knownDistrict func(string) bool) error {
	var f fieldErrors
	f.length("title", l.Title, 1, MaxListingTitle, "error.listing.title")
	f.length("description", l.Description, 1, MaxDescription, "error.listing.description")
	f.length("easy_summary", l.EasySummary, 1, MaxEasyText, "error.listing.easy_summary")
	f.interests(l.Interests)
	switch {
	case l.District == "" && !l.Online:
		f.add("district", "error.listing.district_missing")
	case l.District != "" && !knownDistrict(l.District):
		f.add("district", "error.district.unknown")
	}
	if !l.Times.Valid() {
		f.add("times", "error.free_times.unknown")
	}
	needs := make(map[string]bool)
	for _, n := range AccessNeeds() {
		needs[n] = true
	}
	if !allKnown(l.Features, needs) {
		f.add("features", "error.access_needs.unknown")
	}
	if key := checkTiers(l.Tiers); key != "" {
		f.add("tiers", key)
	}
	f.checkPrice(l.Unit, l.Course)
	switch {
	case l.Capacity < 1 || l.Capacity > MaxCapacity:
		f.add("capacity", "error.listing.capacity")
	case len(l.Tiers) > 0 && l.Capacity < l.Tiers[len(l.Tiers)-1].MinPeople:
		f.add("capacity", "error.listing.capacity_below_tier")
	}
	return f.err()
}

func checkTiers(tiers []PriceTier) string {
	switch {
	case len(tiers) == 0:
		return "error.tiers.missing"
	case len(tiers) > MaxTiers:
		return "error.tiers.too_many"
	case tiers[0].MinPeople != 1:
		return "error.tiers.first"
	}
	for i, t := range tiers {
		if t.Each <= 0 || t.Each > MaxPence {
			return "error.tiers.price"
		}
		if i == 0 {
			continue
		}
		if t.MinPeople <= tiers[i-1].MinPeople {
			return "error.tiers.sizes"
		}
		if t.Each >= tiers[i-1].Each {
			return "error.tiers.falling"
		}
	}
	return ""
}

// Removed reports whether a moderator has hidden the listing.
func (l Listing) Removed() bool { return !l.RemovedAt.IsZero() }

// Listed reports whether the listing is shown to people looking: neither
// hidden by its provider nor removed by a moderator.
func (l Listing) Listed() bool { return !l.Hidden && !l.Removed() }
