package demo

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

func TestPeopleAreTheSameForTheSameSeed(t *testing.T) {
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
			if got := reflect.DeepEqual(People(tt.a), People(tt.b)); got != tt.same {
				t.Errorf("People(%d) equal to People(%d) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

func TestPeopleLookLikeRealMembers(t *testing.T) {
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	hexID := regexp.MustCompile(`^[0-9a-f]{24}$`)
	oxford := []string{"OX1", "OX2", "OX3", "OX4", "OX14"}
	knowsley := []string{"L34", "L35", "L36"}
	for _, seed := range []uint64{DefaultSeed, 1, 42} {
		people := People(seed)
		if len(people) != 200 {
			t.Fatalf("seed %d: %d people, want 200", seed, len(people))
		}
		ids, names, perDistrict := map[string]bool{}, map[string]bool{}, map[string]int{}
		easyRead, hidden, buying := 0, 0, 0
		for _, p := range people {
			if !hexID.MatchString(p.ID) || ids[p.ID] {
				t.Errorf("seed %d: id %q is not 24 hex characters or is repeated", seed, p.ID)
			}
			if names[p.Name] {
				t.Errorf("seed %d: two members are called %q", seed, p.Name)
			}
			ids[p.ID], names[p.Name] = true, true
			perDistrict[p.District]++
			if err := p.Validate(dir.Known); err != nil {
				t.Errorf("seed %d: %s does not validate: %v", seed, p.Name, err)
			}
			asks := slices.Contains(p.AccessNeeds, "easy-read")
			if asks != p.Display.EasyRead {
				t.Errorf("seed %d: %s asks for Easy Read %v but display says %v", seed, p.Name, asks, p.Display.EasyRead)
			}
			if asks {
				easyRead++
			}
			if !p.Visible() {
				hidden++
			}
			if p.OpenToBuying {
				buying++
			}
			checkProfile(t, p)
		}
		if n := count(perDistrict, oxford); n < 100 || n > 140 {
			t.Errorf("seed %d: %d members in Oxford, want about 120", seed, n)
		}
		if n := count(perDistrict, knowsley); n < 60 || n > 100 {
			t.Errorf("seed %d: %d members in Knowsley, want about 80", seed, n)
		}
		for _, d := range append(oxford, knowsley...) {
			if perDistrict[d] < 5 {
				t.Errorf("seed %d: only %d members in %s", seed, perDistrict[d], d)
			}
		}
		if easyRead != 40 {
			t.Errorf("seed %d: %d members ask for Easy Read, want 40", seed, easyRead)
		}
		if hidden < 2 || hidden > 20 {
			t.Errorf("seed %d: %d hidden profiles, want about 10", seed, hidden)
		}
		if buying < 120 || buying > 160 {
			t.Errorf("seed %d: %d open to buying together, want about 140", seed, buying)
		}
	}
}

// checkProfile checks what a visitor reads on one demo profile.
func checkProfile(t *testing.T, p community.Person) {
	t.Helper()
	if !p.Demo || p.Version != 0 {
		t.Errorf("%s: Demo %v, Version %d", p.Name, p.Demo, p.Version)
	}
	if n := utf8.RuneCountInString(p.About); n == 0 || n >= 200 {
		t.Errorf("%s: About is %d characters: %q", p.Name, n, p.About)
	}
	if n := len(p.Interests); n < 2 || n > 6 {
		t.Errorf("%s: %d interests", p.Name, n)
	}
	if n := len(p.FreeTimes.Keys()); n < 2 || n > 8 {
		t.Errorf("%s: %d free times", p.Name, n)
	}
	if len(p.Tags) > 2 {
		t.Errorf("%s: %d tags", p.Name, len(p.Tags))
	}
	if p.CreatedAt.Location().String() != "UTC" || !p.UpdatedAt.Equal(p.CreatedAt) {
		t.Errorf("%s: created %v, updated %v", p.Name, p.CreatedAt, p.UpdatedAt)
	}
}

func count(perDistrict map[string]int, districts []string) int {
	n := 0
	for _, d := range districts {
		n += perDistrict[d]
	}
	return n
}

func TestPopularInterestsAreSharedInOxford(t *testing.T) {
	oxford := map[string]bool{"OX1": true, "OX2": true, "OX3": true, "OX4": true, "OX14": true}
	liked := map[string]int{}
	for _, p := range People(DefaultSeed) {
		if oxford[p.District] {
			for _, in := range p.Interests {
				liked[in]++
			}
		}
	}
	for _, in := range []string{"swimming", "walking", "art", "gardening", "cooking", "music", "yoga", "gym", "day-trips", "board-games"} {
		if liked[in] < 15 {
			t.Errorf("%s is liked by %d members in Oxford, want at least 15 so a group can form", in, liked[in])
		}
	}
}
