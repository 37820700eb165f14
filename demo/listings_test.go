package demo

import (
	"regexp"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

func TestListingsHaveFallingPricesWhereTheirProviderWorks(t *testing.T) {
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	hexID := regexp.MustCompile(`^[0-9a-f]{24}$`)
	for _, seed := range []uint64{DefaultSeed, 1, 42} {
		providers := map[string]community.Provider{}
		for _, p := range Providers(seed) {
			providers[p.ID] = p
		}
		listings := Listings(seed)
		if n := len(listings); n < 14 || n > 20 {
			t.Errorf("seed %d: %d listings, want about 16", seed, n)
		}
		ids, perProvider, online := map[string]bool{}, map[string]int{}, 0
		for _, l := range listings {
			if !hexID.MatchString(l.ID) || ids[l.ID] {
				t.Errorf("seed %d: %s id %q is not 24 hex characters or is repeated", seed, l.Title, l.ID)
			}
			ids[l.ID] = true
			p, ok := providers[l.ProviderID]
			if !ok {
				t.Fatalf("seed %d: %s has no provider", seed, l.Title)
			}
			perProvider[p.ID]++
			// Validate checks that tiers start at one and fall strictly.
			if err := l.Validate(dir.Known); err != nil {
				t.Errorf("seed %d: %s does not validate: %v", seed, l.Title, err)
			}
			if len(l.Tiers) < 2 || l.Capacity < l.Tiers[len(l.Tiers)-1].MinPeople {
				t.Errorf("seed %d: %s has %d tiers and room for %d", seed, l.Title, len(l.Tiers), l.Capacity)
			}
			switch {
			case l.Online:
				online++
				if !p.Online || l.District != "" {
					t.Errorf("seed %d: %s is online but %s is not, or it has district %q", seed, l.Title, p.Name, l.District)
				}
			case !slices.Contains(p.Districts, l.District):
				t.Errorf("seed %d: %s is in %s, outside %s's area %v", seed, l.Title, l.District, p.Name, p.Districts)
			}
			if len(l.Times.Keys()) == 0 || len(l.Features) == 0 {
				t.Errorf("seed %d: %s has no times or no access features", seed, l.Title)
			}
			if l.CreatedAt.Before(p.CreatedAt) || !l.UpdatedAt.Equal(l.CreatedAt) {
				t.Errorf("seed %d: %s created %v, before its provider joined %v", seed, l.Title, l.CreatedAt, p.CreatedAt)
			}
		}
		for id, p := range providers {
			if n := perProvider[id]; n < 1 || n > 3 {
				t.Errorf("seed %d: %s has %d listings, want 1 to 3", seed, p.Name, n)
			}
		}
		if online != 1 {
			t.Errorf("seed %d: %d online listings, want 1", seed, online)
		}
	}
}

func TestBiggerGroupsPayLessForSwimming(t *testing.T) {
	for _, l := range Listings(DefaultSeed) {
		if l.Title != "Adult swimming lessons in small groups" {
			continue
		}
		for _, tt := range []struct {
			people int
			want   community.Pence
		}{{1, 1200}, {3, 1200}, {4, 800}, {8, 600}, {10, 600}} {
			if got := l.PriceFor(tt.people); got != tt.want {
				t.Errorf("%d people pay %s each, want %s", tt.people, got.Pounds(), tt.want.Pounds())
			}
		}
		return
	}
	t.Error("no adult swimming lessons listed")
}
