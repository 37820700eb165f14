package places

import (
	"math"
	"strings"
	"testing"
)

func TestNormalise(t *testing.T) {
	cases := map[string]string{
		"OX4":      "OX4",
		" ox4 ":    "OX4",
		"OX4 1AA":  "OX4",
		"ox41aa":   "OX4",
		"o x 4":    "OX4",
		"SW1A 1AA": "SW1A",
		"l36 5yw":  "L36",
		"":         "",
	}
	for in, want := range cases {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKnownChecks(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Districts()); n < 2900 {
		t.Fatalf("loaded %d districts, want about 2,973", n)
	}
	checks := map[string]Point{
		"OX4":  {51.728, -1.226},
		"L36":  {53.414, -2.842},
		"SW1A": {51.503, -0.132},
	}
	for district, want := range checks {
		got, ok := d.Lookup(district)
		if !ok {
			t.Fatalf("%s is missing", district)
		}
		if math.Abs(got.Lat-want.Lat) > 0.01 || math.Abs(got.Lon-want.Lon) > 0.01 {
			t.Errorf("%s = %v, want about %v", district, got, want)
		}
	}
	for _, made := range []string{"ZZ99", "OX99", "HELLO", ""} {
		if d.Known(made) {
			t.Errorf("made-up district %q is known", made)
		}
	}
}

func TestMilesBetween(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// Oxford to Huyton is about 135 miles as the crow flies.
	miles, ok := d.MilesBetween("OX4", "L36")
	if !ok || miles < 125 || miles > 145 {
		t.Errorf("OX4 to L36 = %.1f miles (%v), want about 135", miles, ok)
	}
	if m, _ := d.MilesBetween("OX4", "OX4"); m != 0 {
		t.Errorf("a district is %.2f miles from itself", m)
	}
	if _, ok := d.MilesBetween("OX4", "ZZ99"); ok {
		t.Error("distance to an unknown district should not be known")
	}
	for in, want := range map[float64]int{0.4: 0, 1.4: 1, 2.6: 3, 9.5: 10} {
		if got := AboutMiles(in); got != want {
			t.Errorf("AboutMiles(%v) = %d, want %d", in, got, want)
		}
	}
}

func TestParseRejectsBadRows(t *testing.T) {
	for _, bad := range []string{"", "outcode,latitude,longitude\nOX4,north,1\n", "outcode,latitude,longitude\nOX4,1\n"} {
		if _, err := parse(strings.NewReader(bad)); err == nil {
			t.Errorf("parse(%q) gave no error", bad)
		}
	}
}
