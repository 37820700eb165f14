package store

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const listingsCollection = "listings"

type listingDoc struct {
	ID          string    `bson:"_id"`
	ProviderID  string    `bson:"provider_id"`
	Title       string    `bson:"title"`
	Description string    `bson:"description"`
	EasySummary string    `bson:"easy_summary"`
	Interests   []string  `bson:"interests"`
	District    string    `bson:"district"`
	Online      bool      `bson:"online"`
	Times       int64     `bson:"times"`
	Features    []string  `bson:"features"`
	Capacity    int       `bson:"capacity"`
	Tiers       []tierDoc `bson:"tiers"`
	// Unit is missing from listings saved before units, until the
	// listing-units migration writes it.
	Unit           string    `bson:"unit,omitempty"`
	CourseSessions int       `bson:"course_sessions,omitempty"`
	CourseStarts   time.Time `bson:"course_starts,omitempty"`
	Hidden         bool      `bson:"hidden"`
	RemovedAt      time.Time `bson:"removed_at,omitempty"`
	RemovedBy      string    `bson:"removed_by,omitempty"`
	Version        int64     `bson:"version"`
	CreatedAt      time.Time `bson:"created_at"`
	UpdatedAt      time.Time `bson:"updated_at"`
}

type tierDoc struct {
	MinPeople int   `bson:"min_people"`
	Pence     int64 `bson:"pence"`
}

func toListingDoc(l community.Listing) listingDoc {
	d := listingDoc{
		ID: l.ID, ProviderID: l.ProviderID, Title: l.Title, Description: l.Description, EasySummary: l.EasySummary,
		Interests: nonNil(l.Interests), District: l.District, Online: l.Online, Times: int64(l.Times),
		Features: nonNil(l.Features), Capacity: l.Capacity, Hidden: l.Hidden, Version: l.Version,
		CreatedAt: l.CreatedAt, UpdatedAt: l.UpdatedAt, Tiers: []tierDoc{},
		Unit: string(l.Unit.UnitOrSession()), CourseSessions: l.Course.Sessions, CourseStarts: l.Course.Starts,
	}
	for _, t := range l.Tiers {
		d.Tiers = append(d.Tiers, tierDoc{t.MinPeople, int64(t.Each)})
	}
	return d
}

func (d listingDoc) listing() community.Listing {
	l := community.Listing{
		ID: d.ID, ProviderID: d.ProviderID, Title: d.Title, Description: d.Description, EasySummary: d.EasySummary,
		Interests: d.Interests, District: d.District, Online: d.Online, Times: community.Availability(d.Times),
		Features: d.Features, Capacity: d.Capacity, Hidden: d.Hidden, Version: d.Version,
		CreatedAt: d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC(),
		RemovedAt: utcOrZero(d.RemovedAt), RemovedBy: d.RemovedBy,
		Unit:   community.PriceUnit(d.Unit).UnitOrSession(),
		Course: community.Course{Sessions: d.CourseSessions, Starts: utcOrZero(d.CourseStarts)},
	}
	for _, t := range d.Tiers {
		l.Tiers = append(l.Tiers, community.PriceTier{MinPeople: t.MinPeople, Each: community.Pence(t.Pence)})
	}
	return l
}

// CreateListing saves a new listing. One whose id is taken (the same form
// sent twice) is saved once: the one already there is returned.
func (s *Store) CreateListing(ctx context.Context, l community.Listing) (community.Listing, error) {
	if l.ID == "" {
		l.ID = newID()
	}
	now := s.stamp()
	l.CreatedAt, l.UpdatedAt, l.Version = now, now, 0
	return createOnce(ctx, s, "listing", listingsCollection, l.ID, toListingDoc(l), l, listingDoc.listing)
}

// InsertListings saves listings whose ids are not taken yet.
func (s *Store) InsertListings(ctx context.Context, listings []community.Listing) (int, error) {
	docs := make([]any, len(listings))
	for i, l := range listings {
		docs[i] = toListingDoc(l)
	}
	return s.insertNew(ctx, listingsCollection, docs)
}

// Listing returns the listing with the id, or NotFound.
func (s *Store) Listing(ctx context.Context, id string) (community.Listing, error) {
	return byID(ctx, s.mem.listings, id, "listing", "error.listing.not_found", listingDoc.listing)
}

// SaveListing saves a changed listing at the version edited (see SaveProfile).
func (s *Store) SaveListing(ctx context.Context, l community.Listing) (community.Listing, error) {
	d := toListingDoc(l)
	var saved listingDoc
	err := s.saveVersioned(ctx, listingsCollection, l.ID, l.Version, bson.M{
		"title": d.Title, "description": d.Description, "easy_summary": d.EasySummary,
		"interests": d.Interests, "district": d.District, "online": d.Online, "times": d.Times,
		"features": d.Features, "capacity": d.Capacity, "tiers": d.Tiers, "hidden": d.Hidden,
		"unit": d.Unit, "course_sessions": d.CourseSessions, "course_starts": d.CourseStarts,
	}, &saved)
	if err != nil {
		return community.Listing{}, fmt.Errorf("save listing %s: %w", l.ID, err)
	}
	return saved.listing(), nil
}

// ListingsOf lists a provider's listings by title.
func (s *Store) ListingsOf(ctx context.Context, providerID string) ([]community.Listing, error) {
	return listingsByTitle(s.mem.listings.with(ctx, "provider", providerID))
}

// AllListings lists every listing, for the search index and fallbacks.
func (s *Store) AllListings(ctx context.Context) ([]community.Listing, error) {
	return listingsByTitle(s.mem.listings.where(ctx, nil))
}

// listingsByTitle sorts listings by title, then id.
func listingsByTitle(docs []listingDoc, err error) ([]community.Listing, error) {
	return each(docs, err, func(a, b listingDoc) int { return cmp.Or(cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID)) }, listingDoc.listing)
}

// RemoveListing records that a moderator hid a listing; removing twice
// keeps the first. Its provider's edits leave it removed, as they never
// set these fields.
func (s *Store) RemoveListing(ctx context.Context, id, by string, at time.Time) (community.Listing, error) {
	err := s.exclusiveWrite(ctx, "remove listing", listingsCollection, id, func() error {
		_, err := s.db.Collection(listingsCollection).UpdateOne(ctx, bson.M{"_id": id, "removed_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"removed_at": at, "removed_by": by}})
		return err
	})
	s.written(ctx, listingsCollection, id)
	if err != nil {
		return community.Listing{}, fmt.Errorf("remove listing %s: %w", id, err)
	}
	return s.Listing(ctx, id)
}
