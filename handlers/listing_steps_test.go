package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestEasyReadListingPricesStep changes a listing's prices on their own
// short page: the rest of the listing stays as saved, and prices that
// rise come back on the same page as typed.
func TestEasyReadListingPricesStep(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	provider := createProvider(t, b)
	resp := b.submit("/providers/"+provider+"/listings/new", "/providers/"+provider+"/listings/new", listingForm())
	id := strings.TrimSuffix(strings.TrimPrefix(resp.Location, "/listings/"), "?saved=1")
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})

	prices := "/listings/" + id + "/edit/prices"
	page := b.get(prices).Body
	if strings.Contains(page, `id="title"`) || !strings.Contains(page, `id="tier_price_3"`) || strings.Contains(page, `id="tier_price_12"`) {
		t.Error("the prices part shows other fields, or too many empty rows")
	}
	bad := url.Values{"tier_people_1": {"1"}, "tier_price_1": {"12"}, "tier_people_2": {"4"}, "tier_price_2": {"13"}, "capacity": {"12"}}
	if resp := b.submit(prices, prices, bad); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Bigger groups must pay less each") || !strings.Contains(resp.Body, `value="13"`) || strings.Contains(resp.Body, `id="title"`) {
		t.Errorf("rising prices: %d, want the prices part back with the error and what was typed", resp.Status)
	}
	good := url.Values{"tier_people_1": {"1"}, "tier_price_1": {"10"}, "tier_people_2": {"6"}, "tier_price_2": {"7"}, "capacity": {"20"}}
	if resp := b.submit(prices, prices, good); resp.Status != http.StatusSeeOther {
		t.Fatalf("saving prices: %d\n%s", resp.Status, resp.Body)
	}
	l, err := site.Store.Listing(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Tiers) != 2 || l.Tiers[1].MinPeople != 6 || l.Capacity != 20 || l.Title != "Tuesday evening swim" || !slices.Equal(l.Features, []string{"step-free", "hearing-loop"}) || l.District != "OX4" {
		t.Errorf("after saving prices: %+v", l)
	}
}
