package handlers_test

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/places"
)

// TestProviderInsightsShowSafeCounts checks the counts against the demo
// members, worked out here from the rule: open to buying together, likes
// the interest, lives within the distance of a served district. Counts
// under five must read "fewer than 5", and no member is ever named.
func TestProviderInsightsShowSafeCounts(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	form := providerForm()
	form.Set("districts", "OX4")
	form["interests"] = []string{"swimming", "chess", "fishing"}
	if resp := b.submit("/providers/new", "/providers/new", form); resp.Status != http.StatusSeeOther {
		t.Fatalf("creating provider: %d", resp.Status)
	}
	page := b.get("/provider/insights")
	if page.Status != http.StatusOK {
		t.Fatalf("/provider/insights: %d", page.Status)
	}
	dir, _ := places.Load()
	names := map[string]string{"swimming": "Swimming", "chess": "Chess", "fishing": "Fishing"}
	sawFewer, sawNumber := false, false
	for slug, name := range names {
		row := regexp.MustCompile(`(?s)` + name + `</th>(.*?)</tr>`).FindStringSubmatch(page.Body)
		if row == nil {
			t.Fatalf("no row for %s", name)
		}
		want := ""
		for _, radius := range []float64{2, 5, 10} {
			n := 0
			for _, p := range site.People {
				miles, ok := dir.MilesBetween(p.District, "OX4")
				if ok && p.OpenToBuying && slices.Contains(p.Interests, slug) && miles <= radius {
					n++
				}
			}
			if n < 5 {
				want, sawFewer = want+"<td>fewer than 5</td>", true
			} else {
				want, sawNumber = want+fmt.Sprintf("<td>%d</td>", n), true
			}
		}
		if !strings.Contains(row[1], want) {
			t.Errorf("%s: row %q, want the counts %q (2, 5 and 10 miles)", name, row[1], want)
		}
	}
	if !sawFewer || !sawNumber {
		t.Logf("the demo data exercised fewer-than-5: %v, a number: %v", sawFewer, sawNumber)
	}
	for _, p := range site.People[1:] {
		if strings.Contains(page.Body, p.Name) {
			t.Errorf("the insights page names member %s", p.Name)
		}
	}
}
