package store

import (
	"context"
	"reflect"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func sampleProvider() community.Provider {
	return community.Provider{
		OwnerID: "owner-1", Name: "Iffley Swim School", Description: "Lessons for all.", EasyDescription: "We teach swimming.",
		Website: "https://swim.example.org", Districts: []string{"OX4", "OX1"}, Interests: []string{"swimming"},
	}
}

func sampleListing(providerID string) community.Listing {
	times, _ := community.ParseAvailability([]string{"tue-evening"})
	return community.Listing{
		ProviderID: providerID, Title: "Tuesday swim", Description: "An hour in the pool.", EasySummary: "Swim on Tuesday.",
		Interests: []string{"swimming"}, District: "OX4", Times: times, Features: []string{"step-free"}, Capacity: 10, Unit: community.PerSession,
		Tiers: []community.PriceTier{{MinPeople: 1, Each: 1200}, {MinPeople: 4, Each: 800}, {MinPeople: 8, Each: 600}},
	}
}

func TestProviderLifecycle(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p, err := s.CreateProvider(ctx, sampleProvider())
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Provider(ctx, p.ID); !reflect.DeepEqual(got, p) || got.Verified() {
		t.Errorf("loaded %+v\nsaved  %+v", got, p)
	}
	verified, err := s.VerifyProvider(ctx, p.ID, "moderator-1")
	if err != nil || verified.VerifiedAt.IsZero() || verified.VerifiedBy != "moderator-1" {
		t.Errorf("verify: %+v %v", verified, err)
	}
	p.Name = "Iffley Swimming"
	var wg sync.WaitGroup
	var mu sync.Mutex
	saves := 0
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.SaveProvider(ctx, p); err == nil {
				mu.Lock()
				saves++
				mu.Unlock()
			} else if community.KindOf(err) != community.KindConflict {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, _ := s.Provider(ctx, p.ID)
	if saves != 1 || got.Version != 1 || got.Name != "Iffley Swimming" || !got.Verified() {
		t.Errorf("after four saves of one form: %d saved, %+v", saves, got)
	}
	owned, _ := s.ProvidersOwnedBy(ctx, "owner-1")
	if len(owned) != 1 {
		t.Errorf("owned = %d, want 1", len(owned))
	}
	if _, err := s.VerifyProvider(ctx, "missing", "m"); community.KindOf(err) != community.KindNotFound {
		t.Errorf("verify missing: %v", err)
	}
}

func TestListingRoundTrip(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	l, err := s.CreateListing(ctx, sampleListing("provider-1"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Listing(ctx, l.ID)
	if err != nil || !reflect.DeepEqual(got, l) {
		t.Errorf("loaded %+v\nsaved  %+v (%v)", got, l, err)
	}
	l.Tiers = l.Tiers[:2]
	l.Hidden = true
	saved, err := s.SaveListing(ctx, l)
	if err != nil || len(saved.Tiers) != 2 || !saved.Hidden || saved.Version != 1 {
		t.Errorf("save: %+v %v", saved, err)
	}
	if _, err := s.SaveListing(ctx, l); community.KindOf(err) != community.KindConflict {
		t.Errorf("second save of the same version: %v, want Conflict", err)
	}
	if list, _ := s.ListingsOf(ctx, "provider-1"); len(list) != 1 {
		t.Errorf("listings of provider = %d", len(list))
	}
	if added, _ := s.InsertListings(ctx, []community.Listing{l}); added != 0 {
		t.Error("inserting an existing listing added it again")
	}
}
