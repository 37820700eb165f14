package handlers

import (
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/locale"
)

// TestInterestOptionsOfferEveryInterest: the search page's choice of
// interest offers every curated interest once, under its category, in the
// reader's words, with the one chosen selected and only that one.
func TestInterestOptionsOfferEveryInterest(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	groups := interestGroups()
	for _, easy := range []bool{false, true} {
		l := cat.For(easy)
		html := string(interestOptions(l, groups, "swimming"))
		for _, g := range groups {
			if !strings.Contains(html, `<optgroup label="`+l.T("category."+g.Slug)+`">`) {
				t.Errorf("easy %v: no group for %s", easy, g.Slug)
			}
			for _, slug := range g.Interests {
				selected := ""
				if slug == "swimming" {
					selected = " selected"
				}
				want := `<option value="` + slug + `"` + selected + `>` + strings.ReplaceAll(l.T("interest."+slug), "&", "&amp;") + `</option>`
				if strings.Count(html, want) != 1 {
					t.Errorf("easy %v: want %s once", easy, want)
				}
			}
		}
		if strings.Count(html, " selected") != 1 {
			t.Errorf("easy %v: %d options selected, want 1", easy, strings.Count(html, " selected"))
		}
	}
}
