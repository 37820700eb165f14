package openreferral

import (
	"errors"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
)

// importer turns feed records into ours; words explain refusals.
type importer struct {
	dir   *places.Directory
	words *locale.Catalogue
}

// ToCommunity makes unverified providers (one per organization) and their
// listings (one per service) owned by ownerID. Ids come from the feed's
// ids (see ImportedID), so a second import of the same feed gives the same
// ids and the store's InsertProviders and InsertListings add nothing.
//
// Everything returned passes Validate. A service that cannot be made
// valid is left out and explained in skipped, as is an organization that
// cannot (with its services); the rest are still imported. Dates are left
// zero for the caller to stamp. The error is only for a missing owner or
// directory.
func (f Feed) ToCommunity(ownerID string, dir *places.Directory) (
	providers []community.Provider, listings []community.Listing, skipped []string, err error) {
	if ownerID == "" || dir == nil {
		return nil, nil, nil, errors.New("import open referral: an owner and the district directory are needed")
	}
	im := importer{dir: dir}
	im.words, _ = locale.New() // without it, refusals name catalogue keys
	type draft struct {
		provider community.Provider
		listings []community.Listing
	}
	drafts := make(map[string]*draft)
	var order []string
	for _, s := range f.Services {
		l, reason := im.listingOf(s)
		if reason != "" {
			skipped = append(skipped, fmt.Sprintf("service %s (%s): %s", s.ID, s.Name, reason))
			continue
		}
		d := drafts[l.ProviderID]
		if d == nil {
			d = &draft{provider: providerOf(*s.Organization, s, ownerID)}
			drafts[l.ProviderID] = d
			order = append(order, l.ProviderID)
		}
		d.listings = append(d.listings, l)
		im.serves(&d.provider, s, l)
	}
	for _, id := range order {
		d := drafts[id]
		p, reason := im.finishProvider(d.provider)
		if reason != "" {
			skipped = append(skipped, fmt.Sprintf("organization %s (%s) and its %d services: %s",
				d.provider.ID, d.provider.Name, len(d.listings), reason))
			continue
		}
		providers = append(providers, p)
		listings = append(listings, d.listings...)
	}
	return providers, listings, skipped, nil
}
