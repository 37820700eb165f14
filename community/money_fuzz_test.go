package community

import (
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/locale"
)

// moneyKeys are the only answers ParsePence may give to what it refuses;
// each must have a message in the catalogue, or a person would see a key.
var moneyKeys = map[string]bool{
	"error.money.missing": true, "error.money.not_positive": true, "error.money.comma": true,
	"error.money.not_number": true, "error.money.too_precise": true, "error.money.too_large": true,
}

// FuzzParsePence holds ParsePence to what it promises for anything typed:
// it never panics; an amount it accepts is within (0, MaxPence], and shown
// with Pounds it reads back as the same amount; what it refuses comes back
// as zero with one of its catalogue keys.
func FuzzParsePence(f *testing.F) {
	for _, seed := range []string{
		"8", "£8", "8.5", "8.50", "£1,200.00", " £ 12 ", "0.01", "100000", "100000.00", "100000.01",
		"", "£", "-5", "£-5", "- 5", "0", "0.00", ".5", "5.", "8,50", "1,20", ",200", "1,,200", "1,2000",
		"£1,000.005", "1e9", "1E2", "NaN", "Inf", "+5", "0x10", "٣", "５", "999999999", "9999999999",
		"00000000000000000000001", "1\x00", "\u202e5", "5\u200b", "\xff\xfe", strings.Repeat("9", 300),
		strings.Repeat("1,000", 60), "1.2.3", "£££5", "\t7\n",
	} {
		f.Add(seed)
	}
	words, err := locale.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		p, key := ParsePence(typed)
		if key != "" {
			if p != 0 || !moneyKeys[key] || !words.Has(key) {
				t.Fatalf("ParsePence(%q) refused with %d and key %q", typed, p, key)
			}
			return
		}
		if p <= 0 || p > MaxPence {
			t.Fatalf("ParsePence(%q) accepted %d, outside (0, %d]", typed, p, MaxPence)
		}
		shown := p.Pounds()
		again, key := ParsePence(shown)
		if key != "" || again != p {
			t.Fatalf("ParsePence(%q) = %d shows as %q, which reads back as %d (%q)", typed, p, shown, again, key)
		}
	})
}
