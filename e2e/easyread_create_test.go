package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/demo"
)

// What the Easy Read creation walk types. "Wexcombe" is a made-up word, so
// nothing else on the site says it; the listing is hidden and the provider
// never checked, so neither shows in others' searches.
var (
	createProviderInput = providerInput{
		Name:        "Wexcombe Canoe Club",
		Description: "Canoe trips on the river for adults, with a coach in every boat.",
		Easy:        "We go on the river in canoes. You can come with friends.",
		Districts:   "OX4",
		Interests:   []string{"swimming"},
	}
	createListingInput = listingInput{
		Title:       "Wexcombe river taster",
		Description: "Two hours on the river with a coach. Boats and jackets are lent.",
		Easy:        "Try a canoe on the river. It costs less in a group.",
		Capacity:    "8",
		Tiers:       []tier{{"1", "15"}, {"4", "12"}},
	}
)

// TestEasyReadCreateProviderAndListing walks, in Easy Read on a phone, the
// whole setting up of a provider and then of a listing as the demo's
// provider owner, one short page after another, and measures every page
// against the Easy Read targets, as TestEasyReadTargets does: the pages
// after the first are reached by sending a form, so no list of paths can
// measure them. Then it checks both were saved with what was typed.
//
// It runs in parallel, so after TestEasyReadTargets (which is not): the
// owner's new provider is then no part of the pages that test measures.
func TestEasyReadCreateProviderAndListing(t *testing.T) {
	t.Parallel()
	ctx := easyReadPhoneAs(t, "provider")

	open(t, ctx, "/providers/new", 200)
	at := walkCreatePages(t, ctx, "provider", "/providers/new", providerFiller(createProviderInput, "https://wexcombe.example.org"))
	provider := idFromPath(t, at, "/providers/")
	if page := mainText(t, ctx); !strings.Contains(page, createProviderInput.Name) {
		t.Errorf("the new provider's page does not say %q; it says: %s", createProviderInput.Name, page)
	}
	// What was typed on each page is saved: the owner's change pages show it.
	base := "/providers/" + provider + "/edit/"
	for _, want := range []struct{ step, id, value string }{
		{"about", "description", createProviderInput.Description},
		{"easy", "easy_description", createProviderInput.Easy},
		{"where", "districts", createProviderInput.Districts},
		{"interests-sport", "interest-swimming", "ticked"},
		{"contact", "website", "https://wexcombe.example.org"},
	} {
		if got := fieldOn(t, ctx, base+want.step, want.id); got != want.value {
			t.Errorf("the new provider's %s is %q, want %q", want.id, got, want.value)
		}
	}

	open(t, ctx, "/providers/"+provider+"/listings/new", 200)
	at = walkCreatePages(t, ctx, "listing", "/providers/"+provider+"/listings/new", listingFiller(createListingInput, "time-sat-morning", "feature-step-free", "hidden"))
	listing := idFromPath(t, at, "/listings/")
	page := mainText(t, ctx)
	for _, want := range []string{createListingInput.Title, createListingInput.Easy, "12"} {
		if !strings.Contains(page, want) {
			t.Errorf("the new listing's page does not say %q; it says: %s", want, page)
		}
	}
	// The listing was hidden on its last page, so others do not meet it.
	if !strings.Contains(page, "Only you can see this") {
		t.Errorf("the new listing does not say it is hidden; it says: %s", page)
	}
	base = "/listings/" + listing + "/edit/"
	for _, want := range []struct{ step, id, value string }{
		{"about", "description", createListingInput.Description},
		{"prices", "tier_people_2", "4"},
		{"prices", "capacity", createListingInput.Capacity},
		{"where", "district", "OX4"},
		{"when", "time-sat-morning", "ticked"},
		{"access", "feature-step-free", "ticked"},
		{"interests-sport", "interest-swimming", "ticked"},
	} {
		if got := fieldOn(t, ctx, base+want.step, want.id); got != want.value {
			t.Errorf("the new listing's %s is %q, want %q", want.id, got, want.value)
		}
	}
}

// easyReadPhoneAs is a new tab, signed in as the demo member who plays the
// role, in Easy Read on a phone-sized screen.
func easyReadPhoneAs(t *testing.T, role string) context.Context {
	t.Helper()
	roles := demo.Roles(demo.DefaultSeed)
	i := slices.IndexFunc(roles, func(r demo.Role) bool { return r.Key == role })
	if i < 0 || roles[i].PersonID == "" {
		t.Fatalf("no demo member plays the role %q", role)
	}
	ctx := newTab(t)
	signIn(t, ctx, roles[i].PersonID)
	setDisplay(t, ctx, "on", "normal", "normal")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// walkCreatePages measures the short page shown, fills in what it asks
// with fill and sends it, until the form saves and leaves action; it
// returns where it landed. Every page must meet the Easy Read targets and
// say which part of how many it is.
func walkCreatePages(t *testing.T, ctx context.Context, what, action string, fill func(*testing.T, context.Context)) string {
	t.Helper()
	for n := 1; ; n++ {
		if n > 20 {
			t.Fatalf("the %s pages never end", what)
		}
		f := eval[erFigures](t, ctx, erMeasure)
		p := erPage{"provider", fmt.Sprintf("new-%s-%d", what, n), action, true, true}
		checkMeasured(t, p, f)
		if missed := f.missed(true); len(missed) > 0 {
			t.Errorf("%s page %d misses: %s; %s", what, n, strings.Join(missed, "; "), f.summary())
		} else {
			t.Logf("%s page %d meets every target; %s", what, n, f.summary())
		}
		if text := mainText(t, ctx); !strings.Contains(text, fmt.Sprintf("Part %d of", n)) {
			t.Fatalf("%s page %d does not say it is part %d; it says: %s", what, n, n, text)
		}
		fill(t, ctx)
		if status := submit(t, ctx, fmt.Sprintf("send %s page %d", what, n)); status != 200 {
			t.Fatalf("send %s page %d: status %d; the page says: %s", what, n, status, mainText(t, ctx))
		}
		if at := path(t, ctx); at != action {
			return at
		}
		if text := mainText(t, ctx); strings.Contains(text, "Something is wrong") {
			t.Fatalf("%s page %d came back with a problem: %s", what, n, text)
		}
	}
}

// fieldOn opens the page and reads a field: its value, or for a box
// "ticked" or "".
func fieldOn(t *testing.T, ctx context.Context, path, id string) string {
	t.Helper()
	open(t, ctx, path, 200)
	return eval[string](t, ctx, `(f => !f ? 'missing' : f.type === 'checkbox' ? (f.checked ? 'ticked' : '') : f.value)(document.getElementById(`+js(id)+`))`)
}

// has reports whether the page has an element with the id.
func has(t *testing.T, ctx context.Context, id string) bool {
	return eval[bool](t, ctx, `!!document.getElementById(`+js(id)+`)`)
}

// walkParts fills and sends Easy Read's short pages of a new provider or
// listing, as a person does, until the page shown has the field with the
// id until (not filled in or sent), or the form has saved and left action.
func walkParts(t *testing.T, ctx context.Context, action string, fill func(*testing.T, context.Context), until string) {
	t.Helper()
	for n := 1; path(t, ctx) == action && (until == "" || !has(t, ctx, until)); n++ {
		if n > 20 {
			t.Fatalf("the pages of %s never end", action)
		}
		fill(t, ctx)
		if status := submit(t, ctx, fmt.Sprintf("send page %d of %s", n, action)); status != 200 {
			t.Fatalf("send page %d of %s: status %d; the page says: %s", n, action, status, mainText(t, ctx))
		}
	}
}

// providerFiller fills in whichever part of the provider the page asks.
func providerFiller(in providerInput, website string) func(*testing.T, context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		var steps []chromedp.Action[chromedp.Void]
		if has(t, ctx, "name") {
			steps = append(steps, setValue("name", in.Name), setValue("description", in.Description))
		}
		if has(t, ctx, "easy_description") {
			steps = append(steps, setValue("easy_description", in.Easy))
		}
		if has(t, ctx, "districts") {
			steps = append(steps, setValue("districts", in.Districts))
		}
		if has(t, ctx, "website") && website != "" {
			steps = append(steps, setValue("website", website))
		}
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("fill a provider page: %v", err)
		}
		for _, slug := range in.Interests {
			if has(t, ctx, "interest-"+slug) {
				tick(t, ctx, "interest-"+slug)
			}
		}
	}
}

// listingFiller fills in whichever part of the listing the page asks and
// ticks the boxes with the ids given; the interests come ticked from the
// provider.
func listingFiller(in listingInput, ticks ...string) func(*testing.T, context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		var steps []chromedp.Action[chromedp.Void]
		if has(t, ctx, "title") {
			steps = append(steps, setValue("title", in.Title), setValue("description", in.Description))
		}
		if has(t, ctx, "easy_summary") {
			steps = append(steps, setValue("easy_summary", in.Easy))
		}
		if has(t, ctx, "tier_people_1") {
			for i, row := range in.Tiers {
				steps = append(steps, setValue(fmt.Sprintf("tier_people_%d", i+1), row.People), setValue(fmt.Sprintf("tier_price_%d", i+1), row.Price))
			}
			steps = append(steps, setValue("capacity", in.Capacity))
		}
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("fill a listing page: %v", err)
		}
		for _, id := range ticks {
			if has(t, ctx, id) {
				tick(t, ctx, id)
			}
		}
	}
}

// TestEasyReadStartAGroup walks, in Easy Read on a phone, the starting of
// a group as the demo's Easy Read member, one short page after another,
// measuring every page against the Easy Read targets; then the group's
// pages show what was typed on the first page and on the money page.
// Like the test above it runs in parallel, after TestEasyReadTargets.
func TestEasyReadStartAGroup(t *testing.T) {
	t.Parallel()
	ctx := easyReadPhoneAs(t, "easy_read")
	open(t, ctx, "/groups/new", 200)
	at := walkCreatePages(t, ctx, "group", "/groups/new", func(t *testing.T, ctx context.Context) {
		t.Helper()
		if has(t, ctx, "name") {
			fill(t, ctx, "name", "Wexcombe walkers", "purpose", "Walks by the river every other Sunday, with a guide.",
				"easy_summary", "We go for walks by the river.")
		}
		if has(t, ctx, "interest-walking") {
			tick(t, ctx, "interest-walking")
		}
		if has(t, ctx, "contribution") {
			fill(t, ctx, "contribution", "4")
		}
	})
	if !strings.HasSuffix(at, "?done=started") {
		t.Fatalf("the last page landed on %s, want the new group's page", at)
	}
	group := strings.TrimSuffix(at, "?done=started")
	open(t, ctx, group+"/about", 200)
	if page := mainText(t, ctx); !strings.Contains(page, "We go for walks by the river.") {
		t.Errorf("the new group's about page does not say what was typed in easy words; it says: %s", page)
	}
	open(t, ctx, group+"/money-rules", 200)
	if page := mainText(t, ctx); !strings.Contains(page, "£4") {
		t.Errorf("the new group's money rules do not say £4; they say: %s", page)
	}
}
