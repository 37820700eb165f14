package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEasyReadTwelvePrices is issue 15's bad input for listings: a member
// sets up their own provider and a listing with 12 prices, one for each
// group size from 1 to 12, and in Easy Read on a phone the listing's page
// (its prices five at a time, and with all of them shown) and the prices
// step of its change form still meet the targets of TestEasyReadTargets.
// The page with every price shown (after "Show 5 more" twice) is longer
// by its nature; it is checked to show the last price, not measured.
func TestEasyReadTwelvePrices(t *testing.T) {
	ctx := newTab(t)
	signIn(t, ctx, member(t, bigListingMember).ID)
	setDisplay(t, ctx, "off", "normal", "normal")

	open(t, ctx, "/providers/new", 200)
	fillProvider(t, ctx, providerInput{
		Name:        "Zorbling Chess Club",
		Description: "Chess lessons for adults, from the first moves to club games.",
		Easy:        "We teach chess. You can come with friends. It costs less in a group.",
		Districts:   "OX4",
		Interests:   []string{"chess"},
	})
	if status := submit(t, ctx, "save the provider"); status != 200 {
		t.Fatalf("save the provider: status %d; the page says: %s", status, mainText(t, ctx))
	}
	provider := idFromPath(t, path(t, ctx), "/providers/")

	var tiers []tier
	for n := 1; n <= 12; n++ {
		tiers = append(tiers, tier{fmt.Sprint(n), fmt.Sprintf("%d.50", 30-2*n)})
	}
	open(t, ctx, "/providers/"+provider+"/listings/new", 200)
	fillListing(t, ctx, listingInput{
		Title:       "Zorbling chess lessons",
		Description: "An hour of chess with a coach, in groups of any size up to twelve.",
		Easy:        "We play chess with a coach. It costs less in a bigger group.",
		Capacity:    "12",
		Tiers:       tiers,
	})
	if status := submit(t, ctx, "save the listing with 12 prices"); status != 200 {
		t.Fatalf("save the listing: status %d; the page says: %s", status, mainText(t, ctx))
	}
	listing := idFromPath(t, path(t, ctx), "/listings/")

	setDisplay(t, ctx, "on", "normal", "normal")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
		t.Fatal(err)
	}
	pages := []erPage{
		{"provider", "listing-12", "/listings/" + listing, false, true},
		{"provider", "l-edit-prices-12", "/listings/" + listing + "/edit/prices", true, true},
	}
	for _, p := range pages {
		open(t, ctx, p.path, 200)
		f := eval[erFigures](t, ctx, erMeasure)
		checkMeasured(t, p, f)
		if missed := f.missed(p.task); len(missed) > 0 {
			t.Errorf("%s (%s) misses: %s; %s", p.name, p.path, strings.Join(missed, "; "), f.summary())
		} else {
			t.Logf("%s (%s): meets every target; %s", p.name, p.path, f.summary())
		}
		switch p.name {
		case "listing-12":
			if n := eval[int](t, ctx, `document.querySelectorAll('#prices li.idea').length`); n != 5 {
				t.Errorf("the listing shows %d prices at first, want 5 and a link to show more", n)
			}
			// Show 5 more, twice, as a person would, to the last price.
			for range 2 {
				navigateBy(t, ctx, "show more prices", chromedp.Click(chromedp.CSS(`main a[href*="prices="]`)))
			}
			if text := mainText(t, ctx); !strings.Contains(text, "If 12 people come together, each pays £6.50 each time.") {
				t.Errorf("with every price shown, the price for 12 people is missing: %s", text)
			}
		case "l-edit-prices-12":
			if got := eval[string](t, ctx, `document.getElementById('tier_price_12').value`); got != "6.50" {
				t.Errorf("the prices step shows %q for 12 people, want the saved 6.50", got)
			}
		}
	}
	// The listing is hidden again through its "Show or hide" part, as its
	// owner would, so that the other tests' suggestions and searches do
	// not meet it.
	open(t, ctx, "/listings/"+listing+"/edit/show", 200)
	tick(t, ctx, "hidden")
	if status := submit(t, ctx, "hide the listing"); status != 200 || path(t, ctx) != "/listings/"+listing+"?saved=1" {
		t.Fatalf("hide the listing: status %d on %s; the page says: %s", status, path(t, ctx), mainText(t, ctx))
	}
}
