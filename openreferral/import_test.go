package openreferral

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func TestToCommunity(t *testing.T) {
	dir := directory(t)
	feed, err := readFile(t, "feed_good.json")
	if err != nil {
		t.Fatal(err)
	}
	providers, listings, skipped, err := feed.ToCommunity("owner1", dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(providers) != 1 || len(listings) != 2 {
		t.Fatalf("got %d providers and %d listings; skipped %q", len(providers), len(listings), skipped)
	}
	p := providers[0]
	if p.ID != ImportedID("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610") || p.OwnerID != "owner1" || p.Verified() {
		t.Errorf("provider %+v", p)
	}
	if got := fmt.Sprintf("%v %v %s %s %s", p.Districts, p.Interests, p.Phone, p.Email, p.Website); got !=
		"[OX1 OX4] [swimming walking] 01865 000000 pools@leisure.example.org https://leisure.example.org" {
		t.Errorf("provider details: %s", got)
	}
	aqua, walk := listings[0], listings[1]
	// The feed's id is upper case; the UUID is the same either way.
	if aqua.ID != "d5473da5e598643a984c2f52" || aqua.ProviderID != p.ID || walk.ProviderID != p.ID {
		t.Errorf("ids %s %s %s", aqua.ID, aqua.ProviderID, walk.ProviderID)
	}
	if got := fmt.Sprintf("%s %v %v %v %v", aqua.District, aqua.Interests, aqua.Times.Keys(), aqua.Features, aqua.Tiers); got !=
		"OX4 [swimming] [mon-morning wed-morning] [step-free] [{1 650}]" {
		t.Errorf("aqua fit: %s", got)
	}
	if aqua.EasySummary != "A gentle workout in the water for all ages." {
		t.Errorf("easy summary %q", aqua.EasySummary)
	}
	if got := fmt.Sprintf("%s %v %v %s", walk.District, walk.Interests, walk.Tiers, walk.EasySummary); got !=
		"OX1 [walking] [{1 500} {5 300}] Walks of about five miles around Oxford" {
		t.Errorf("walking group: %s", got)
	}
	for _, l := range listings {
		if err := l.Validate(dir.Known); err != nil {
			t.Errorf("%s: %v", l.Title, err)
		}
	}
	for _, want := range []string{"Benefits advice", "no price", "defunct"} {
		if !slices.ContainsFunc(skipped, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("skipped %q should mention %q", skipped, want)
		}
	}
	again, _, _, _ := feed.ToCommunity("owner1", dir)
	if !reflect.DeepEqual(again, providers) {
		t.Error("a second import gives different providers")
	}
	if _, _, _, err := feed.ToCommunity("", dir); err == nil {
		t.Error("an import needs an owner")
	}
}

func TestTiersOf(t *testing.T) {
	amount := func(pence int) *Amount { a := Amount(pence); return &a }
	for _, tc := range []struct {
		options []CostOption
		want    string
	}{
		{[]CostOption{{Option: "Adults 18+", Amount: amount(900)}, {Option: "Over 60s", Amount: amount(500)}}, "[{1 900}]"},
		{[]CostOption{{Option: "4+ people", Amount: amount(700)}, {Option: "1 or more people", Amount: amount(1000)}}, "[{1 1000} {4 700}]"},
		{[]CostOption{{Option: "groups of 4", Amount: amount(700)}, {Option: "Groups of 4", Amount: amount(750)},
			{Option: "1 or more people", Amount: amount(1000)}}, "[{1 1000} {4 750}]"},
		{[]CostOption{{Option: "groups of 4", Amount: amount(700)}}, "groups of 4"},
		{[]CostOption{{Option: "Free", Amount: amount(0)}, {Option: "No amount"}}, "no price"},
		{nil, "no price"},
	} {
		tiers, reason := tiersOf(tc.options)
		if got := fmt.Sprint(tiers); reason != "" {
			got = reason
		} else if got != tc.want {
			t.Errorf("%+v: got %s, want %s", tc.options, got, tc.want)
		}
		if reason != "" && !strings.Contains(reason, tc.want) {
			t.Errorf("%+v: reason %q, want it to mention %q", tc.options, reason, tc.want)
		}
	}
}

func TestSkippedNotFailed(t *testing.T) {
	dir := directory(t)
	feed := Feed{Services: []Service{
		{ServiceSummary: ServiceSummary{ID: "a", Name: "Swimming club", Organization: &Organization{ID: "o1", Name: "Good"}}},
		{ServiceSummary: ServiceSummary{ID: "b", Name: "Swimming club", Organization: &Organization{ID: "o2", Name: strings.Repeat("n", 300)}},
			ServiceAreas: []ServiceArea{{Name: "OX4"}}, CostOptions: []CostOption{{Option: "1 or more people", Amount: new(Amount(500))}}},
		{ServiceSummary: ServiceSummary{ID: "c", Name: "Swimming club", Organization: &Organization{ID: "o3", Name: "Bad site",
			Website: "javascript:alert(1)", Email: "not an email"}},
			ServiceAreas: []ServiceArea{{ServiceArea: "M1 1AA"}}, CostOptions: []CostOption{{Amount: new(Amount(500))}}},
	}}
	providers, listings, skipped, err := feed.ToCommunity("owner1", dir)
	if err != nil {
		t.Fatal(err)
	}
	// a has no place; b's long name is cut to fit; c keeps going without its bad website and email.
	if len(providers) != 2 || len(listings) != 2 || len(skipped) != 1 || !strings.Contains(skipped[0], "no postcode district") {
		t.Fatalf("providers %d, listings %d, skipped %q", len(providers), len(listings), skipped)
	}
	if p := providers[1]; p.Website != "" || p.Email != "" || p.Districts[0] != "M1" {
		t.Errorf("bad contact details kept: %+v", p)
	}
	if n := len([]rune(providers[0].Name)); n != community.MaxProviderName {
		t.Errorf("name cut to %d characters", n)
	}
}
