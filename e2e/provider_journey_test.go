package e2e

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// What the provider journey types. "Quillington" is a made-up word, so
// that a search for it finds this provider's listing and nothing else.
const (
	journeyProvider = "Quillington Swim Club"
	journeyListing  = "Quillington aqua fit"
	journeyWord     = "Quillington"
	journeyMisspelt = "Qiullington" // "Quillington" with two letters swapped
)

// journeyProviderInput is a provider whose Easy Read text needs no advice:
// short sentences, easy words, nothing passive.
var journeyProviderInput = providerInput{
	Name:        journeyProvider,
	Description: "Friendly swimming sessions for adults in east Oxford, with a coach in the water.",
	Easy:        "We teach swimming in Oxford. You can come with friends. It costs less when you come together.",
	Districts:   "OX4, OX1",
	Interests:   []string{"swimming"},
}

// journeyListingInput has a price table that rises at the third row:
// 8 people would pay more each than 4.
var journeyListingInput = listingInput{
	Title:       journeyListing,
	Description: "Gentle exercise in the shallow end, to music. No need to swim well.",
	Easy:        "We move in the water to music. It costs less in a group.",
	Capacity:    "12",
	Tiers:       []tier{{"1", "12"}, {"4", "8"}, {"8", "9"}},
}

// TestProviderJourney is issue 4's story: a member sets up a provider and
// a listing with prices by group size (a rising table is refused and
// nothing typed is lost), a moderator checks the provider, and a visitor
// finds the listing by a misspelt word and by distance.
func TestProviderJourney(t *testing.T) {
	t.Parallel()
	owner := newTab(t)
	signIn(t, owner, member(t, providerMember).ID)
	// The member's own display choices came with signing in; the words
	// checked below are the plain ones.
	setDisplay(t, owner, "off", "normal", "normal")

	// The organisation.
	open(t, owner, "/providers/new", 200)
	fillProvider(t, owner, journeyProviderInput)
	if status := submit(t, owner, "save the provider"); status != 200 {
		t.Fatalf("save the provider: status %d, want 200; the page says: %s", status, mainText(t, owner))
	}
	if p := path(t, owner); p == "/providers/new" {
		t.Fatalf("the provider was not saved (Easy Read advice or an error?); the page says: %s", mainText(t, owner))
	}
	providerPath := "/providers/" + idFromPath(t, path(t, owner), "/providers/")
	if got := eval[string](t, owner, `document.querySelector('main .badge')?.textContent.trim() ?? ''`); got != "Not checked yet" {
		t.Errorf("a new provider's badge says %q, want %q", got, "Not checked yet")
	}

	// A listing, with a price table that rises.
	if status := clickNamed(t, owner, "a", "Add a listing"); status != 200 {
		t.Fatalf("Add a listing: status %d", status)
	}
	if p := path(t, owner); p != providerPath+"/listings/new" {
		t.Fatalf("Add a listing led to %s, want %s/listings/new", p, providerPath)
	}
	fillListing(t, owner, journeyListingInput)
	if status := submit(t, owner, "save the listing"); status != 400 {
		t.Fatalf("save a listing whose prices rise: status %d, want 400; the page says: %s", status, mainText(t, owner))
	}
	checkTierErrors(t, owner)

	// Fixed: the third price falls.
	if err := chromedp.Do(owner, chromedp.SetValue(chromedp.ID("tier_price_3"), "6")); err != nil {
		t.Fatal(err)
	}
	if status := submit(t, owner, "save the fixed listing"); status != 200 {
		t.Fatalf("save the fixed listing: status %d, want 200; the page says: %s", status, mainText(t, owner))
	}
	listingID := idFromPath(t, path(t, owner), "/listings/")
	checkTierTable(t, owner, [][2]string{{"1 or more", "£12"}, {"4 or more", "£8"}, {"8 or more", "£6"}})

	// A moderator checks the provider, in a browser of their own.
	mod := newTab(t)
	signIn(t, mod, member(t, moderatorMember).ID)
	setDisplay(t, mod, "off", "normal", "normal")
	open(t, mod, "/moderation", 200)
	verify := "Mark " + journeyProvider + " as checked"
	if status := clickNamed(t, mod, "button", verify); status != 200 {
		t.Fatalf("%s: status %d", verify, status)
	}
	if p := path(t, mod); p != "/moderation?done=verified" {
		t.Errorf("after checking a provider the moderator is on %s, want back on /moderation with a notice", p)
	}
	if n := countNamed(t, mod, "button", verify); n != 0 {
		t.Errorf("/moderation still offers %q after it was done", verify)
	}
	open(t, owner, providerPath, 200)
	badge := eval[string](t, owner, `document.querySelector('main .badge')?.textContent.trim() ?? ''`)
	if !slices.Contains(checkedOnToday(), badge) {
		t.Errorf("the checked provider's badge says %q, want one of %q", badge, checkedOnToday())
	}

	// A visitor, signed out, finds the listing by a misspelt word...
	visitor := newTab(t)
	listingLink := `main .results a[href="/listings/` + listingID + `"]`
	search(t, visitor, map[string]string{"q": journeyMisspelt})
	if n := eval[int](t, visitor, `document.querySelectorAll(`+js(listingLink)+`).length`); n != 1 {
		t.Errorf("searching for %q: %d links to the listing, want 1; the page says: %s", journeyMisspelt, n, mainText(t, visitor))
	}
	// ...and by distance: within 5 miles of OX4, where it is, but not of
	// L36, near Liverpool.
	search(t, visitor, map[string]string{"q": journeyWord, "type": "listing", "within": "5", "near": "OX4"})
	if n := eval[int](t, visitor, `document.querySelectorAll(`+js(listingLink)+`).length`); n != 1 {
		t.Errorf("searching within 5 miles of OX4: %d links to the listing, want 1; the page says: %s", n, mainText(t, visitor))
	}
	search(t, visitor, map[string]string{"q": journeyWord, "type": "listing", "within": "5", "near": "L36"})
	if n := eval[int](t, visitor, `document.querySelectorAll('main .results a').length`); n != 0 {
		t.Errorf("searching within 5 miles of L36 found %d results, want none; the page says: %s", n, mainText(t, visitor))
	}
	if n := countNamed(t, visitor, "a", "Look further away"); n != 1 {
		t.Errorf("a search that found nothing offers %d links to look further away, want 1; the page says: %s", n, mainText(t, visitor))
	}
}

// checkTierErrors checks the listing form after a refused price table:
// the summary links to the table's first field, the message is beside the
// table, and everything typed is still there, "9" as typed.
func checkTierErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	got := readErrorSummary(t, ctx)
	if !got.Visible || !slices.Equal(got.Links, []string{"#tier_people_1"}) {
		t.Errorf("error summary: visible %v, links %q; want a visible summary with one link, to #tier_people_1", got.Visible, got.Links)
	}
	const falling = "Each price must be lower than the one above it"
	if msg := got.Messages["tiers-error"]; !strings.Contains(msg, falling) {
		t.Errorf("the message beside the prices (#tiers-error) says %q, want %q", msg, falling)
	}
	if !eval[bool](t, ctx, `!!document.querySelector('fieldset:has(table.tiers-input) > #tiers-error')`) {
		t.Error("#tiers-error is not in the price table's fieldset")
	}
	in := journeyListingInput
	if have := readListing(t, ctx, len(in.Tiers)); !sameListing(have, in) {
		t.Errorf("the form came back with %+v, want what was typed: %+v", have, in)
	}
	// The summary's link takes the focus to the first field of the table.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.error-summary a[href="#tier_people_1"]`))); err != nil {
		t.Fatal(err)
	}
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "tier_people_1" {
		t.Errorf("the summary's link focused #%s, want #tier_people_1", id)
	}
}

func sameListing(a, b listingInput) bool {
	return a.Title == b.Title && a.Description == b.Description && a.Easy == b.Easy &&
		a.Capacity == b.Capacity && slices.Equal(a.Tiers, b.Tiers)
}

// checkTierTable checks the listing page's table of prices, row by row.
func checkTierTable(t *testing.T, ctx context.Context, want [][2]string) {
	t.Helper()
	rows := eval[[][2]string](t, ctx, `[...document.querySelectorAll('main table.tiers tbody tr')]
	  .map(tr => [...tr.cells].map(c => c.textContent.trim()))`)
	if !slices.Equal(rows, want) {
		t.Errorf("the price table shows %q, want %q", rows, want)
	}
}

// checkedOnToday is what a badge says for a provider checked today; the
// site may write the date in UTC or in local time.
func checkedOnToday() []string {
	now := time.Now()
	return []string{
		"Checked by our moderators on " + now.UTC().Format("2 January 2006"),
		"Checked by our moderators on " + now.Format("2 January 2006"),
	}
}

// search fills the search form on /search and sends it, as a person does.
// Its fields are q, type, interest, within, near and sort.
func search(t *testing.T, ctx context.Context, fields map[string]string) {
	t.Helper()
	open(t, ctx, "/search", 200)
	var steps []chromedp.Action[chromedp.Void]
	for id, value := range fields {
		steps = append(steps, chromedp.SetValue(chromedp.ID(id), value))
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("fill the search form: %v", err)
	}
	button := chromedp.Click(chromedp.CSS(`main form[action="/search"] button[type="submit"]`))
	if status := navigateBy(t, ctx, "search", button); status != 200 {
		t.Fatalf("search for %v: status %d; the page says: %s", fields, status, mainText(t, ctx))
	}
	// A select set to a value it does not offer would quietly send another.
	for id, value := range fields {
		if got := eval[string](t, ctx, `new URLSearchParams(location.search).get(`+js(id)+`) ?? ''`); got != value {
			t.Fatalf("the search sent %s=%q, want %q", id, got, value)
		}
	}
}

// An Easy Read text with a 20-word sentence and a hard word.
const (
	adviceProvider = "Yarnton Helping Hands"
	adviceEasy     = "We will endeavour to find a swimming teacher who knows how to help every person in the group feel safe. Come and see us."
)

// TestEasyReadAdvice saves a provider whose Easy Read text has a long
// sentence and a hard word: the form gives advice and saves nothing until
// the provider chooses to publish it as it is.
func TestEasyReadAdvice(t *testing.T) {
	t.Parallel()
	ctx := newTab(t)
	signIn(t, ctx, member(t, adviceMember).ID)
	setDisplay(t, ctx, "off", "normal", "normal")
	open(t, ctx, "/providers/new", 200)
	in := providerInput{
		Name:        adviceProvider,
		Description: "Volunteers who help people with learning disabilities get to swimming sessions.",
		Easy:        adviceEasy,
		Districts:   "OX5",
		Interests:   []string{"swimming"},
	}
	fillProvider(t, ctx, in)
	if status := submit(t, ctx, "save the provider"); status != 200 {
		t.Fatalf("save with advice to give: status %d, want 200; the page says: %s", status, mainText(t, ctx))
	}
	if p := path(t, ctx); p != "/providers/new" {
		t.Fatalf("saving text that needs advice went to %s, want the form again at /providers/new", p)
	}
	advice := eval[struct {
		Visible bool
		Text    string
	}](t, ctx, `(() => { const a = document.querySelector('main .advice'); const r = a && a.getBoundingClientRect();
	  return {Visible: !!a && r.width > 0 && r.height > 0, Text: a ? a.textContent.replace(/\s+/g, ' ') : ''}; })()`)
	if !advice.Visible {
		t.Fatalf("no advice box (.advice) shows; the page says: %s", mainText(t, ctx))
	}
	for _, want := range []string{"Sentence 1 has 20 words.", "“endeavour” is a hard word. Try “try”."} {
		if !strings.Contains(advice.Text, want) {
			t.Errorf("the advice does not say %q; it says: %s", want, advice.Text)
		}
	}
	if have := readProvider(t, ctx); have.Name != in.Name || have.Description != in.Description ||
		have.Easy != in.Easy || have.Districts != in.Districts || !slices.Equal(have.Interests, in.Interests) {
		t.Errorf("the form came back with %+v, want what was typed: %+v", have, in)
	}
	if strings.Contains(fetchText(t, ctx, "/providers"), adviceProvider) {
		t.Error("/providers lists the provider before it was published")
	}

	if status := clickNamed(t, ctx, "button", "Publish as it is"); status != 200 {
		t.Fatalf("Publish as it is: status %d, want 200", status)
	}
	id := idFromPath(t, path(t, ctx), "/providers/")
	if h1 := eval[string](t, ctx, `document.querySelector('main h1').textContent.trim()`); h1 != adviceProvider {
		t.Errorf("after publishing, the page's heading is %q, want %q", h1, adviceProvider)
	}
	if !strings.Contains(fetchText(t, ctx, "/providers"), `href="/providers/`+id+`"`) {
		t.Error("/providers does not list the published provider")
	}
}
