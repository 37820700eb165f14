package community

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func known(d string) bool { return d == "OX4" || d == "L36" }

func validPerson() Person {
	free, _ := ParseAvailability([]string{"mon-morning"})
	return Person{Name: "Asha", District: "OX4", Interests: []string{"swimming"}, FreeTimes: free, Visibility: VisibleToMembers}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Person)
		fields []string
	}{
		{"valid", func(*Person) {}, nil},
		{"80 characters is fine", func(p *Person) { p.Name = strings.Repeat("é", 80) }, nil},
		{"empty name", func(p *Person) { p.Name = "  " }, []string{"name"}},
		{"long name", func(p *Person) { p.Name = strings.Repeat("n", 81) }, []string{"name"}},
		{"long about", func(p *Person) { p.About = strings.Repeat("a", 1001) }, []string{"about"}},
		{"no district", func(p *Person) { p.District = "" }, []string{"district"}},
		{"unknown district", func(p *Person) { p.District = "ZZ99" }, []string{"district"}},
		{"unknown interest", func(p *Person) { p.Interests = []string{"flying"} }, []string{"interests"}},
		{"six tags", func(p *Person) { p.Tags = []string{"a", "b", "c", "d", "e", "f"} }, []string{"tags"}},
		{"long tag", func(p *Person) { p.Tags = []string{strings.Repeat("t", 31)} }, []string{"tags"}},
		{"bits outside the week", func(p *Person) { p.FreeTimes = 1 << 30 }, []string{"free_times"}},
		{"unknown need", func(p *Person) { p.AccessNeeds = []string{"jetpack"} }, []string{"access_needs"}},
		{"unknown visibility", func(p *Person) { p.Visibility = "public" }, []string{"visibility"}},
		{"several at once", func(p *Person) { p.Name, p.District = "", "" }, []string{"name", "district"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := validPerson()
			c.change(&p)
			err := p.Validate(known)
			var got []string
			for _, f := range FieldErrors(err) {
				got = append(got, f.Field)
			}
			if !reflect.DeepEqual(got, c.fields) {
				t.Errorf("fields at fault = %v, want %v", got, c.fields)
			}
			if c.fields != nil && KindOf(err) != KindInvalid {
				t.Errorf("kind = %v, want Invalid", KindOf(err))
			}
		})
	}
}

func TestParseTags(t *testing.T) {
	got := ParseTags(" Lido,lido ,  open   water swimming,, ")
	want := []string{"lido", "open water swimming"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseTags = %q, want %q", got, want)
	}
}

func TestAvailability(t *testing.T) {
	a, unknown := ParseAvailability([]string{"sun-evening", "mon-morning", "noon-ish"})
	if !reflect.DeepEqual(unknown, []string{"noon-ish"}) {
		t.Errorf("unknown = %v", unknown)
	}
	if got := a.Keys(); !reflect.DeepEqual(got, []string{"mon-morning", "sun-evening"}) {
		t.Errorf("keys = %v, want week order", got)
	}
	if !a.Has("sun-evening") || a.Has("tue-evening") || !a.Valid() {
		t.Error("Has or Valid is wrong")
	}
	all := make([]string, 0, 21)
	for _, d := range Days() {
		for _, s := range Slots() {
			all = append(all, TimeKey(d, s))
		}
	}
	full, _ := ParseAvailability(all)
	if full != allTimes || len(full.Keys()) != 21 {
		t.Errorf("every time = %b", full)
	}
	// Keys is what Has says of each time, in week order, for any week.
	rng := rand.New(rand.NewPCG(3, 21))
	for range 2000 {
		week := Availability(rng.Uint32()) & allTimes
		var want []string
		for _, k := range all {
			if week.Has(k) {
				want = append(want, k)
			}
		}
		if got := week.Keys(); !reflect.DeepEqual(got, want) {
			t.Fatalf("Keys of %b = %v, want %v", week, got, want)
		}
	}
}

func TestSharedInterests(t *testing.T) {
	a := Person{Interests: []string{"yoga", "swimming", "chess"}}
	b := Person{Interests: []string{"chess", "swimming", "art"}}
	if got := SharedInterests(a, b); !reflect.DeepEqual(got, []string{"swimming", "chess"}) {
		t.Errorf("shared = %v, want in the curated order", got)
	}
}

func TestDisplayNormalised(t *testing.T) {
	d := Display{EasyRead: true, TextSize: "huge", Contrast: "neon"}.Normalised()
	if d != (Display{EasyRead: true, TextSize: TextNormal, Contrast: ContrastNormal}) {
		t.Errorf("normalised = %+v", d)
	}
}
