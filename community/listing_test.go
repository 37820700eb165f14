package community

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

func validListing() Listing {
	return Listing{
		Title: "Swim", Description: "Pool time.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: "OX4", Capacity: 10, Unit: PerSession,
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

// TestPriceUnitsAreChecked: a listing's unit must be one of the four; a
// course needs from 2 to 52 sessions and a first day, and no other unit
// may carry a course.
func TestPriceUnitsAreChecked(t *testing.T) {
	known := func(string) bool { return true }
	base := Listing{Title: "Swim", Description: "In the pool.", EasySummary: "Swim.", Interests: []string{"swimming"},
		District: "OX4", Capacity: 10, Tiers: []PriceTier{{1, 1200}, {4, 800}}}
	start := time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		unit   PriceUnit
		course Course
		field  string
	}{
		{PerSession, Course{}, ""},
		{PerMonth, Course{}, ""},
		{PerItem, Course{}, ""},
		{PerCourse, Course{Sessions: 10, Starts: start}, ""},
		{PerCourse, Course{Sessions: 2, Starts: start}, ""},
		{PerCourse, Course{Sessions: MaxCourseSessions, Starts: start}, ""},
		{"", Course{}, "unit"},
		{"fortnight", Course{}, "unit"},
		{PerSession, Course{Sessions: 10, Starts: start}, "unit"},
		{PerCourse, Course{Sessions: 1, Starts: start}, "course_sessions"},
		{PerCourse, Course{Sessions: MaxCourseSessions + 1, Starts: start}, "course_sessions"},
		{PerCourse, Course{Sessions: -1, Starts: start}, "course_sessions"},
		{PerCourse, Course{Sessions: 10}, "course_starts"},
	} {
		l := base
		l.Unit, l.Course = c.unit, c.course
		err := l.Validate(known)
		var fields []string
		for _, f := range FieldErrors(err) {
			fields = append(fields, f.Field)
		}
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%q %+v is refused: %v", c.unit, c.course, err)
		case c.field != "" && !slices.Contains(fields, c.field):
			t.Errorf("%q %+v: problems with %v, want one with %s", c.unit, c.course, fields, c.field)
		}
	}
}

// TestPotPlanFollowsTheUnit: a group buying per session plans weekly, per
// month monthly, and a course or an item is paid for once.
func TestPotPlanFollowsTheUnit(t *testing.T) {
	for unit, want := range map[PriceUnit]struct {
		every Period
		times int
	}{PerSession: {EveryWeek, 10}, "": {EveryWeek, 10}, PerMonth: {EveryMonth, 6}, PerCourse: {Once, 1}, PerItem: {Once, 1}} {
		every, times := unit.PotPlan()
		rules := PotRules{Contribution: 500, Every: every, Times: times, Leaver: RefundUnspent, Votes: VotesMajority, Split: SplitEqual}
		var f fieldErrors
		rules.check(&f, 10, time.Time{})
		if every != want.every || times != want.times || len(f) > 0 {
			t.Errorf("%q plans %s × %d (%v), want %s × %d", unit, every, times, f, want.every, want.times)
		}
	}
}
