package community

import (
	"slices"
	"time"
)

// Limits on offers.
const (
	MaxOfferWhen = 200
	// MaxOfferEasy is a proposal's "for", which the offer's words become.
	MaxOfferEasy = MaxNote
	// WishOfferFrom is how many people must share a wish before providers
	// see it and may answer it: fewer could point at someone.
	WishOfferFrom = 5
)

// Offer is a provider's answer to a group, or to a wish that may become
// one: a price for each unit at each group size, when, and a few words
// in Easy Read. A group turns it into a spend proposal in one step; the
// provider learns who is in the group only when it does.
type Offer struct {
	ID           string
	ProviderID   string
	ProviderName string
	// GroupID or WishID is who it is for; an offer to a wish moves to the
	// group the wish starts.
	GroupID, WishID string
	// ListingID is the listing it is for, if any.
	ListingID string
	Unit      PriceUnit
	Tiers     []PriceTier
	When      string
	EasyText  string
	By        string
	CreatedAt time.Time
	// ProposalID is the spend proposal a group made of it.
	ProposalID string
}

// PriceFor is what each pays when n come together.
func (o Offer) PriceFor(n int) Pence { return Listing{Tiers: o.Tiers}.PriceFor(n) }

// Validate checks an offer: its prices as a listing's are checked, its
// unit, and its words.
func (o Offer) Validate() error {
	var f fieldErrors
	if key := checkTiers(o.Tiers); key != "" {
		f.add("tiers", key)
	}
	if !slices.Contains(PriceUnits(), string(o.Unit)) {
		f.add("unit", "error.listing.unit") // a course's dates are in When
	}
	f.length("when", o.When, 1, MaxOfferWhen, "error.offer.when")
	f.length("easy_text", o.EasyText, 1, MaxOfferEasy, "error.offer.easy_text")
	if (o.GroupID == "") == (o.WishID == "") {
		f.add("to", "error.offer.to")
	}
	return f.err()
}

// SpendFor is the spend a group of n makes of the offer: one unit each at
// the price for n.
func (o Offer) SpendFor(n int) Pence { return o.PriceFor(n) * Pence(n) }

// BlocksProvider reports whether the group's organisers blocked the
// provider: its offers are refused and no longer shown.
func (g Group) BlocksProvider(providerID string) bool {
	return slices.Contains(g.BlockedProviders, providerID)
}
