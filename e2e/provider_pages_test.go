package e2e

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// providerPages walks through the pages of providers, listings,
// moderation, search and interests in the order a provider meets them,
// each page in the state to check: a form empty, with its error summary,
// with Easy Read advice; a provider before and after a moderator checks
// it. The member is a moderator too. Later pages need what earlier ones
// made, so the steps share the ids they find.
type providerPages struct {
	name       string // the provider's name, different in each mode
	word       string // a made-up word in the listing's title
	easy       bool
	providerID string
	listingID  string
}

func (s *providerPages) pages() []sitePage {
	return []sitePage{
		{name: "providers-new", path: "/providers/new", status: 200},
		{name: "providers-new-errors", show: s.showProviderErrors},
		{name: "provider-unchecked", show: s.showNewProvider},
		{name: "listing-new", show: s.showListingForm},
		{name: "listing-new-errors", show: s.showListingErrors},
		{name: "listing-new-advice", show: s.showListingAdvice},
		{name: "listing", show: s.showListing},
		{name: "moderation", show: s.showModeration},
		{name: "provider-verified", show: s.showVerifiedProvider},
		{name: "providers", path: "/providers", status: 200},
		{name: "search", path: "/search", status: 200},
		{name: "search-results", show: s.showSearchResults},
		{name: "search-field-error", show: showSearchFieldError},
		{name: "search-nothing-found", show: s.showNothingFound},
		{name: "interests", path: "/interests", status: 200},
		{name: "interest", path: "/interests/swimming", status: 200},
	}
}

// stayOn opens the page unless the tab shows it already: most steps go on
// from the page the step before left, as a person does.
func stayOn(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	if p, _, _ := strings.Cut(path(t, ctx), "?"); p != page {
		open(t, ctx, page, 200)
	}
}

// showProviderErrors saves the empty provider form.
func (s *providerPages) showProviderErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	stayOn(t, ctx, "/providers/new")
	if status := submit(t, ctx, "save the empty provider form"); status != 400 {
		t.Fatalf("save the empty provider form: status %d, want 400", status)
	}
	if got := readErrorSummary(t, ctx); !got.Visible || !slices.Contains(got.Links, "#name") {
		t.Fatalf("error summary: visible %v, links %q; want a visible summary linking to #name", got.Visible, got.Links)
	}
}

// showNewProvider fills in the provider form (the one with errors, from
// the step before), saves it and shows the new provider's page.
func (s *providerPages) showNewProvider(t *testing.T, ctx context.Context) {
	t.Helper()
	stayOn(t, ctx, "/providers/new")
	in := providerInput{
		Name:        s.name,
		Description: "Rowing on the river for beginners, in small groups, with all the kit.",
		Easy:        "We go rowing on the river. We give you a life jacket. It costs less in a group.",
		Districts:   "OX1, OX2",
		Interests:   []string{"swimming", "walking"},
	}
	if s.easy {
		// Easy Read asks it on short pages, the last of which saves.
		walkParts(t, ctx, "/providers/new", providerFiller(in, ""), "website")
	} else {
		fillProvider(t, ctx, in)
	}
	if status := submit(t, ctx, "save the provider"); status != 200 || path(t, ctx) == "/providers/new" {
		t.Fatalf("save the provider: status %d on %s; the page says: %s", status, path(t, ctx), mainText(t, ctx))
	}
	s.providerID = idFromPath(t, path(t, ctx), "/providers/")
}

func (s *providerPages) needProvider(t *testing.T) {
	t.Helper()
	if s.providerID == "" {
		t.Fatal("no provider: saving it failed in an earlier step")
	}
}

func (s *providerPages) showListingForm(t *testing.T, ctx context.Context) {
	t.Helper()
	s.needProvider(t)
	stayOn(t, ctx, "/providers/"+s.providerID+"/listings/new")
}

// listing is the listing the page checks save; its prices fall.
func (s *providerPages) listing() listingInput {
	return listingInput{
		Title:       s.word + " rowing taster",
		Description: "Two hours on the river with a coach. Wear clothes that can get wet.",
		Easy:        "We row a boat on the river. A coach helps you.",
		Capacity:    "10",
		Tiers:       []tier{{"1", "10"}, {"5", "7.50"}},
	}
}

// showListingErrors saves the listing form with prices that rise and no
// capacity.
func (s *providerPages) showListingErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	s.showListingForm(t, ctx)
	l := s.listing()
	if s.easy {
		// Easy Read asks the prices on a short page of their own.
		walkParts(t, ctx, path(t, ctx), listingFiller(l), "tier_people_1")
	}
	l.Capacity = ""
	l.Tiers = []tier{{"1", "10"}, {"5", "11"}}
	s.fillListing(t, ctx, l)
	if status := submit(t, ctx, "save the listing"); status != 400 {
		t.Fatalf("save a listing whose prices rise: status %d, want 400", status)
	}
	got := readErrorSummary(t, ctx)
	if !got.Visible || !slices.Contains(got.Links, "#tier_people_1") || !slices.Contains(got.Links, "#capacity") {
		t.Fatalf("error summary: visible %v, links %q; want a visible summary linking to #tier_people_1 and #capacity", got.Visible, got.Links)
	}
}

// fillListing fills in the listing form, or in Easy Read the part of it
// the short page shown asks.
func (s *providerPages) fillListing(t *testing.T, ctx context.Context, l listingInput) {
	t.Helper()
	if s.easy {
		listingFiller(l)(t, ctx)
		return
	}
	fillListing(t, ctx, l)
}

// showListingAdvice fixes the form shown by showListingErrors, with a
// hard word in the Easy Read summary.
func (s *providerPages) showListingAdvice(t *testing.T, ctx context.Context) {
	t.Helper()
	s.needProvider(t)
	if !strings.HasSuffix(path(t, ctx), "/listings/new") {
		t.Fatalf("on %s, want the listing form from the step before", path(t, ctx))
	}
	l := s.listing()
	l.Easy = "We endeavour to help you row a boat on the river."
	if s.easy {
		// Easy Read gives its advice when the page of the summary is
		// sent: a new listing is begun again, up to that page.
		action := "/providers/" + s.providerID + "/listings/new"
		open(t, ctx, action, 200)
		walkParts(t, ctx, action, listingFiller(l), "easy_summary")
	}
	s.fillListing(t, ctx, l)
	if status := submit(t, ctx, "save the listing"); status != 200 {
		t.Fatalf("save a listing with Easy Read advice to give: status %d, want 200", status)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main .advice li').length`); n == 0 {
		t.Fatalf("no Easy Read advice shows; the page says: %s", mainText(t, ctx))
	}
}

// showListing publishes the listing from the advice step as it is.
func (s *providerPages) showListing(t *testing.T, ctx context.Context) {
	t.Helper()
	s.needProvider(t)
	publish := chromedp.Click(chromedp.CSS(`main button[name="accept_advice"][value="yes"]`))
	if n := eval[int](t, ctx, `document.querySelectorAll('main button[name="accept_advice"]').length`); n != 1 {
		t.Fatalf("%d buttons to publish as it is, want 1", n)
	}
	if status := navigateBy(t, ctx, "publish as it is", publish); status != 200 {
		t.Fatalf("publish the listing as it is: status %d, want 200", status)
	}
	if s.easy {
		// The summary accepted, the other short pages follow.
		walkParts(t, ctx, "/providers/"+s.providerID+"/listings/new", listingFiller(s.listing()), "")
	}
	s.listingID = idFromPath(t, path(t, ctx), "/listings/")
	if s.easy {
		want := "If 5 people come together, each pays £7.50 each time."
		if !strings.Contains(mainText(t, ctx), want) {
			t.Errorf("the Easy Read listing does not say %q; it says: %s", want, mainText(t, ctx))
		}
	} else {
		checkTierTable(t, ctx, [][2]string{{"1 or more", "£10"}, {"5 or more", "£7.50"}})
	}
}

// showModeration shows /moderation with the provider waiting.
func (s *providerPages) showModeration(t *testing.T, ctx context.Context) {
	t.Helper()
	s.needProvider(t)
	open(t, ctx, "/moderation", 200)
	if n := eval[int](t, ctx, `document.querySelectorAll('main form[action="/providers/`+s.providerID+`/verify"] button').length`); n != 1 {
		t.Fatalf("/moderation offers %d buttons to check %s, want 1", n, s.name)
	}
}

// showVerifiedProvider checks the provider from its own page.
func (s *providerPages) showVerifiedProvider(t *testing.T, ctx context.Context) {
	t.Helper()
	s.needProvider(t)
	page := "/providers/" + s.providerID
	open(t, ctx, page, 200)
	verify := chromedp.Click(chromedp.CSS(`main form[action="` + page + `/verify"] button`))
	if status := navigateBy(t, ctx, "mark as checked", verify); status != 200 || path(t, ctx) != page {
		t.Fatalf("mark as checked: status %d on %s, want 200 on %s", status, path(t, ctx), page)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main .badge.verified').length`); n != 1 {
		t.Fatalf("the checked provider shows %d verified badges, want 1", n)
	}
}

func (s *providerPages) showSearchResults(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/search?q="+s.word, 200)
	if s.listingID == "" {
		t.Fatal("no listing: saving it failed in an earlier step")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('main .results a[href="/listings/`+s.listingID+`"]').length`); n != 1 {
		t.Fatalf("searching for %s: %d links to the listing, want 1", s.word, n)
	}
}

// showSearchFieldError asks for a kind of thing the site does not have.
func showSearchFieldError(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/search?type=spaceships", 400)
	if got := readErrorSummary(t, ctx); !got.Visible || !slices.Equal(got.Links, []string{"#type"}) {
		t.Fatalf("error summary: visible %v, links %q; want a visible summary with one link, to #type", got.Visible, got.Links)
	}
}

// showNothingFound searches for the listing far from where it is.
func (s *providerPages) showNothingFound(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/search?q="+s.word+"&near=L36&within=5", 200)
	if n := countNamed(t, ctx, "a", "Look further away"); n != 1 {
		t.Fatalf("%d links to look further away, want 1; the page says: %s", n, mainText(t, ctx))
	}
}

// TestProviderPages checks the pages of issue 4 with axe-core (zero WCAG
// 2.2 AA violations) and for reflow at 320px, in normal and in Easy Read
// mode, as a member who sets up a provider and moderates.
func TestProviderPages(t *testing.T) {
	modes := []struct {
		name, easy string
		member     int
		provider   string
		word       string
	}{
		{"normal", "off", normalProviderPagesMember, "Marbleton Rowers", "Marbleton"},
		{"easy-read", "on", easyProviderPagesMember, "Fennimore Rowers", "Fennimore"},
	}
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			signIn(t, ctx, member(t, mode.member).ID)
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			s := &providerPages{name: mode.provider, word: mode.word, easy: mode.easy == "on"}
			checkPages(t, ctx, "signed-in", s.pages(), s.easy)
		})
	}
}
