package store

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// TestListingsWithoutAUnitBecomePerSession: a listing saved before prices
// had units (no unit in its document) reads as per session, the migration
// writes that into it and into memory, leaves a per-course listing alone,
// and finds nothing to change the second time.
func TestListingsWithoutAUnitBecomePerSession(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p, err := s.CreateProvider(ctx, sampleProvider())
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.CreateListing(ctx, sampleListing(p.ID))
	if err != nil {
		t.Fatal(err)
	}
	course := sampleListing(p.ID)
	course.Title, course.Unit = "Ten-week swim course", community.PerCourse
	course.Course = community.Course{Sessions: 10, Starts: time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)}
	course, err = s.CreateListing(ctx, course)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Collection(listingsCollection).UpdateOne(ctx, bson.M{"_id": old.ID}, bson.M{"$unset": bson.M{"unit": ""}}); err != nil {
		t.Fatal(err)
	}
	s.mem.listings.reread(ctx, old.ID)
	if got, _ := s.Listing(ctx, old.ID); got.Unit != community.PerSession {
		t.Errorf("a listing with no unit reads as %q, not per session", got.Unit)
	}
	if n, err := s.SetMissingListingUnits(ctx); err != nil || n != 1 {
		t.Fatalf("the migration changed %d listings (%v), not the 1 with no unit", n, err)
	}
	var doc listingDoc
	if err := s.db.Collection(listingsCollection).FindOne(ctx, bson.M{"_id": old.ID}).Decode(&doc); err != nil || doc.Unit != string(community.PerSession) {
		t.Errorf("the old listing's document has unit %q after the migration (%v)", doc.Unit, err)
	}
	got, _ := s.Listing(ctx, course.ID)
	if got.Unit != community.PerCourse || !got.Course.Same(course.Course) {
		t.Errorf("the course reads %q %+v, saved as %q %+v", got.Unit, got.Course, course.Unit, course.Course)
	}
	if n, err := s.SetMissingListingUnits(ctx); err != nil || n != 0 {
		t.Errorf("a second run changed %d listings (%v)", n, err)
	}
}
