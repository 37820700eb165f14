package places

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzNormalise holds what a typed postcode or district becomes: it never
// panics and never keeps a space; a district we know stays itself when
// normalised again, and any full postcode in it (its inward code, a digit
// and two letters, typed in any case with or without a space) is cut back
// to it, so nothing finer than a district is kept. An unknown result is
// refused by Known wherever it is used, so it only has to be harmless.
func FuzzNormalise(f *testing.F) {
	for _, seed := range []string{
		"OX4", "ox4", " OX4 ", "OX4 1AA", "ox41aa", "SW1A 1AA", "sw1a1aa", "EC1A 1BB", "M1 1AE", "B33 8TH",
		"W1", "Z99", "", " ", "1AA", "A1AA", "OX4 1AA 1AA", "SW1A1AA1AA", "OX\x004", "OX4\u202e", "OX\u200b4",
		"\xff\xfeOX4", "ＯＸ４", "ox4\t1aa", "ß1 1AA", "ǆ1", strings.Repeat("OX4 ", 100),
	} {
		f.Add(seed)
	}
	dir, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		d := Normalise(typed)
		if strings.ContainsFunc(d, unicode.IsSpace) {
			t.Fatalf("Normalise(%q) = %q keeps a space", typed, d)
		}
		if !dir.Known(d) {
			return
		}
		if again := Normalise(d); again != d {
			t.Fatalf("known district %q (from %q) normalises again to %q", d, typed, again)
		}
		for _, postcode := range []string{d + " 9ZZ", strings.ToLower(d) + "1aa", " " + d + "\t2BD "} {
			if got := Normalise(postcode); got != d {
				t.Fatalf("postcode %q of known district %q normalises to %q", postcode, d, got)
			}
		}
		if _, ok := dir.Lookup(d); !ok {
			t.Fatalf("known district %q has no point", d)
		}
	})
}
