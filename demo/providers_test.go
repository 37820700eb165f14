package demo

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/easyread"
	"github.com/clubtogether/clubtogether/places"
)

func TestProvidersAndListingsAreTheSameForTheSameSeed(t *testing.T) {
	tests := []struct {
		name string
		a, b uint64
		same bool
	}{
		{"default seed twice", DefaultSeed, DefaultSeed, true},
		{"another seed twice", 7, 7, true},
		{"different seeds", DefaultSeed, DefaultSeed + 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reflect.DeepEqual(Providers(tt.a), Providers(tt.b)); got != tt.same {
				t.Errorf("Providers(%d) equal to Providers(%d) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
			if got := reflect.DeepEqual(Listings(tt.a), Listings(tt.b)); got != tt.same {
				t.Errorf("Listings(%d) equal to Listings(%d) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

func TestProvidersLookLikeRealOrganisations(t *testing.T) {
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	hexID := regexp.MustCompile(`^[0-9a-f]{24}$`)
	for _, seed := range []uint64{DefaultSeed, 1, 42} {
		members := map[string]bool{}
		for _, p := range People(seed) {
			members[p.ID] = true
		}
		providers := Providers(seed)
		if len(providers) < 8 {
			t.Fatalf("seed %d: %d providers, want at least 8", seed, len(providers))
		}
		ids, owners, verified := map[string]bool{}, map[string]bool{}, 0
		for _, p := range providers {
			if !hexID.MatchString(p.ID) || ids[p.ID] {
				t.Errorf("seed %d: %s id %q is not 24 hex characters or is repeated", seed, p.Name, p.ID)
			}
			ids[p.ID] = true
			if !members[p.OwnerID] || owners[p.OwnerID] {
				t.Errorf("seed %d: %s is owned by %q, not a demo member of its own", seed, p.Name, p.OwnerID)
			}
			owners[p.OwnerID] = true
			if err := p.Validate(dir.Known); err != nil {
				t.Errorf("seed %d: %s does not validate: %v", seed, p.Name, err)
			}
			if p.Verified() {
				verified++
				if p.VerifiedBy != demoModerator || p.VerifiedAt.Year() != 2026 || p.VerifiedAt.Location().String() != "UTC" {
					t.Errorf("seed %d: %s verified by %q at %v", seed, p.Name, p.VerifiedBy, p.VerifiedAt)
				}
			}
			if !strings.HasPrefix(p.Website, "https://") || !strings.HasSuffix(p.Website, ".example.org") {
				t.Errorf("seed %d: %s website %q is not a safe example address", seed, p.Name, p.Website)
			}
		}
		if verified < 6 || verified == len(providers) {
			t.Errorf("seed %d: %d of %d providers verified, want most but not all", seed, verified, len(providers))
		}
	}
}

func TestEveryActivityHasAProviderWhereItIsPromised(t *testing.T) {
	tests := []struct {
		interest string
		town     []string
	}{
		{"swimming", []string{"OX1", "OX3", "OX4"}},
		{"gym", []string{"L34", "L35", "L36"}},
		{"yoga", []string{"OX3", "OX4"}},
		{"day-trips", []string{"OX4", "L36"}},
		{"art", nil}, {"gardening", nil}, {"walking", nil}, {"cooking", nil}, {"music", nil},
	}
	providers := Providers(DefaultSeed)
	for _, tt := range tests {
		t.Run(tt.interest, func(t *testing.T) {
			found := slices.ContainsFunc(providers, func(p community.Provider) bool {
				return slices.Contains(p.Interests, tt.interest) &&
					!slices.ContainsFunc(tt.town, func(d string) bool { return !slices.Contains(p.Districts, d) })
			})
			if !found {
				t.Errorf("no %s provider serving %v", tt.interest, tt.town)
			}
		})
	}
}

func TestEasyReadTextsNeedNoAdvice(t *testing.T) {
	texts := map[string]string{}
	for _, p := range Providers(DefaultSeed) {
		texts[p.Name] = p.EasyDescription
	}
	for _, l := range Listings(DefaultSeed) {
		texts[l.Title] = l.EasySummary
	}
	for name, text := range texts {
		for _, a := range easyread.Check(text) {
			t.Errorf("%s: Easy Read advice %s on %q (easier: %q)", name, a.Kind, a.Excerpt, a.Easier)
		}
	}
}
