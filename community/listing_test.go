package community

import (
	"reflect"
	"testing"
)

func validListing() Listing {
	return Listing{
		Title: "Swim", Description: "Pool time.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: "OX4", Capacity: 10,
		Tiers: []PriceTier{{1, 1200}, {4, 800}, {8, 600}},
	}
}

func TestListingValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Listing)
		fields []string
	}{
		{"valid", func(*Listing) {}, nil},
		{"online needs no district", func(l *Listing) { l.District, l.Online = "", true }, nil},
		{"no place", func(l *Listing) { l.District = "" }, []string{"district"}},
		{"made-up district", func(l *Listing) { l.District = "ZZ99" }, []string{"district"}},
		{"no tiers", func(l *Listing) { l.Tiers = nil }, []string{"tiers"}},
		{"first tier not 1", func(l *Listing) { l.Tiers[0].MinPeople = 2 }, []string{"tiers"}},
		{"rising price", func(l *Listing) { l.Tiers[2].Each = 900 }, []string{"tiers"}},
		{"equal price", func(l *Listing) { l.Tiers[1].Each = 1200 }, []string{"tiers"}},
		{"sizes not growing", func(l *Listing) { l.Tiers[2].MinPeople = 4 }, []string{"tiers"}},
		{"free tier", func(l *Listing) { l.Tiers[2].Each = 0 }, []string{"tiers"}},
		{"capacity below tier", func(l *Listing) { l.Capacity = 6 }, []string{"capacity"}},
		{"no capacity", func(l *Listing) { l.Capacity = 0 }, []string{"capacity"}},
		{"no interests", func(l *Listing) { l.Interests = nil }, []string{"interests"}},
		{"no easy summary", func(l *Listing) { l.EasySummary = " " }, []string{"easy_summary"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := validListing()
			l.Tiers = append([]PriceTier(nil), l.Tiers...)
			c.change(&l)
			var got []string
			for _, f := range FieldErrors(l.Validate(known)) {
				got = append(got, f.Field)
			}
			if !reflect.DeepEqual(got, c.fields) {
				t.Errorf("fields = %v, want %v", got, c.fields)
			}
		})
	}
}

func TestPriceFor(t *testing.T) {
	l := validListing()
	for n, want := range map[int]Pence{1: 1200, 3: 1200, 4: 800, 7: 800, 8: 600, 20: 600} {
		if got := l.PriceFor(n); got != want {
			t.Errorf("PriceFor(%d) = %d, want %d", n, got, want)
		}
	}
	if l.LowestPrice() != 600 {
		t.Errorf("lowest = %d", l.LowestPrice())
	}
}

func TestProviderValidate(t *testing.T) {
	base := Provider{Name: "Swim School", Description: "Lessons.", EasyDescription: "We teach swimming.",
		Districts: []string{"OX4"}, Interests: []string{"swimming"}}
	cases := []struct {
		name   string
		change func(*Provider)
		fields []string
	}{
		{"valid", func(*Provider) {}, nil},
		{"online only", func(p *Provider) { p.Districts, p.Online = nil, true }, nil},
		{"nowhere", func(p *Provider) { p.Districts = nil }, []string{"districts"}},
		{"unknown district", func(p *Provider) { p.Districts = []string{"ZZ99"} }, []string{"districts"}},
		{"bad website", func(p *Provider) { p.Website = "javascript:alert(1)" }, []string{"website"}},
		{"bad phone", func(p *Provider) { p.Phone = "call me" }, []string{"phone"}},
		{"good phone", func(p *Provider) { p.Phone = "+44 (0)1865 123456" }, nil},
		{"bad email", func(p *Provider) { p.Email = "not an email" }, []string{"email"}},
		{"no name", func(p *Provider) { p.Name = "" }, []string{"name"}},
	}
	for _, c := range cases {
		p := base
		c.change(&p)
		var got []string
		for _, f := range FieldErrors(p.Validate(known)) {
			got = append(got, f.Field)
		}
		if !reflect.DeepEqual(got, c.fields) {
			t.Errorf("%s: fields = %v, want %v", c.name, got, c.fields)
		}
	}
}
