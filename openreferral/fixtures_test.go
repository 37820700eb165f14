package openreferral

import (
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

const (
	base        = "https://clubtogether.example"
	swimID      = "65f1a0000000000000000001"
	yogaID      = "65f1a0000000000000000002"
	gamesID     = "65f1a0000000000000000003"
	lessonsID   = "65f1a0000000000000000101"
	theoryID    = "65f1a0000000000000000102"
	laneHireID  = "65f1a0000000000000000103"
	parkYogaID  = "65f1a0000000000000000201"
	gamesNiteID = "65f1a0000000000000000301"
)

func directory(t *testing.T) *places.Directory {
	t.Helper()
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func times(t *testing.T, keys ...string) community.Availability {
	a, unknown := community.ParseAvailability(keys)
	if len(unknown) > 0 {
		t.Fatalf("unknown times %v", unknown)
	}
	return a
}

// fixtures are a verified swimming school in OX4 (a three-tier listing,
// an online one and a hidden one), an unverified yoga teacher, and a
// verified games club in Manchester for distance and taxonomy tests.
func fixtures(t *testing.T) ([]community.Provider, []community.Listing) {
	t.Helper()
	checked := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	edited := time.Date(2025, 3, 2, 9, 30, 15, 250_000_000, time.UTC)
	providers := []community.Provider{
		{ID: swimID, OwnerID: "m1", Name: "Cowley Swim School",
			Description:     "Swimming lessons for adults in east Oxford. Small groups and patient teachers.",
			EasyDescription: "We teach adults to swim.", Website: "https://swim.example.org", Phone: "01865 123456",
			Email: "hello@swim.example.org", Districts: []string{"OX4", "OX3"}, Interests: []string{"swimming"},
			VerifiedAt: checked, VerifiedBy: "mod", CreatedAt: checked, UpdatedAt: checked},
		{ID: yogaID, OwnerID: "m2", Name: "Unchecked Yoga", Description: "Yoga in the park.",
			EasyDescription: "Yoga outside.", Districts: []string{"OX4"}, Interests: []string{"yoga"}},
		{ID: gamesID, OwnerID: "m3", Name: "Manchester Games Club", Description: "Board games for everyone.",
			EasyDescription: "We play board games.", Districts: []string{"M1"}, Interests: []string{"board-games"},
			VerifiedAt: checked, VerifiedBy: "mod"},
	}
	listings := []community.Listing{
		{ID: lessonsID, ProviderID: swimID, Title: "Adult swimming lessons",
			Description: "Learn to swim in a quiet pool. A teacher stays in the water with you the whole time.",
			EasySummary: "Learn to swim. A teacher helps you.", Interests: []string{"swimming"}, District: "OX4",
			Times:    times(t, "tue-evening", "thu-evening", "sat-morning"),
			Features: []string{"step-free", "quiet"}, Capacity: 12, UpdatedAt: edited,
			Unit: community.PerSession, Tiers: []community.PriceTier{{MinPeople: 1, Each: 1200}, {MinPeople: 4, Each: 800}, {MinPeople: 8, Each: 650}}},
		{ID: theoryID, ProviderID: swimID, Title: "Swimming theory online", Description: "Learn how swimming works, on a video call.",
			EasySummary: "Learn about swimming on a video call.", Interests: []string{"swimming"}, Online: true,
			Times: times(t, "wed-afternoon"), Features: []string{"easy-read"}, Capacity: 30,
			Unit: community.PerCourse, Course: community.Course{Sessions: 6, Starts: time.Date(2027, 2, 3, 0, 0, 0, 0, time.UTC)}, Tiers: []community.PriceTier{{MinPeople: 1, Each: 500}}},
		{ID: laneHireID, ProviderID: swimID, Title: "Private lane hire", Description: "A lane to yourselves.",
			EasySummary: "A lane just for you.", Interests: []string{"swimming"}, District: "OX4", Capacity: 6, Hidden: true,
			Unit: community.PerSession, Tiers: []community.PriceTier{{MinPeople: 1, Each: 3000}}},
		{ID: parkYogaID, ProviderID: yogaID, Title: "Yoga in the park", Description: "Gentle yoga outside.",
			EasySummary: "Yoga outside.", Interests: []string{"yoga"}, District: "OX4", Capacity: 20,
			Unit: community.PerMonth, Tiers: []community.PriceTier{{MinPeople: 1, Each: 700}}},
		{ID: gamesNiteID, ProviderID: gamesID, Title: "Board games night", Description: "Bring a friend and play.",
			EasySummary: "Come and play games.", Interests: []string{"board-games"}, District: "M1", Capacity: 24,
			Times: times(t, "fri-evening"), Unit: community.PerSession, Tiers: []community.PriceTier{{MinPeople: 1, Each: 300}, {MinPeople: 6, Each: 200}}},
	}
	return providers, listings
}

func catalogue(t *testing.T) *Catalogue {
	t.Helper()
	providers, listings := fixtures(t)
	return NewCatalogue(providers, listings, directory(t), base+"/")
}

func TestFixturesAreValid(t *testing.T) {
	dir := directory(t)
	providers, listings := fixtures(t)
	for _, p := range providers {
		if err := p.Validate(dir.Known); err != nil {
			t.Errorf("provider %s: %v", p.Name, err)
		}
	}
	for _, l := range listings {
		if err := l.Validate(dir.Known); err != nil {
			t.Errorf("listing %s: %v", l.Title, err)
		}
	}
}
