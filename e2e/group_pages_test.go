package e2e

import (
	"context"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// pagesGroup is the group the page checks look at, with something in
// every section of its page.
type pagesGroup struct {
	httpGroup
	name string
	// tea is the spend agreed and waiting to be paid.
	tea string
}

// setUpPagesGroup starts a group that asks first, over HTTP: the member
// asks and is let in and joins, the guest asks and is invited, the asker
// asks and waits. The member pays £10, which the treasurer confirms, and
// £5 more, which waits; a spend of £2 is approved and waits to be paid, a
// spend of £4 is open with the member's yes; the board has an
// announcement and a session to come.
func setUpPagesGroup(t *testing.T, cast groupsCast) pagesGroup {
	t.Helper()
	treasurer, member := httpAs(t, cast.treasurer), httpAs(t, cast.member)
	guest, asker := httpAs(t, cast.guest), httpAs(t, cast.asker)
	g := pagesGroup{name: "Riverside knit and natter"}
	g.httpGroup = startGroupOverHTTP(t, treasurer, cast.treasurer, g.name, false)
	for _, h := range []*sitetest.Client{member, guest, asker} {
		httpSubmit(t, h, g.path, g.path+"/ask", url.Values{})
	}
	for _, p := range []community.Person{cast.member, cast.guest} {
		httpSubmit(t, treasurer, g.path, g.path+"/let-in", url.Values{"person": {p.ID}})
	}
	httpSubmit(t, member, g.path, g.path+"/join", url.Values{})
	g.pay(member, "10", "Weeks 1 and 2")
	g.confirmAll(treasurer)
	g.pay(member, "5", "Week 3")
	g.tea = g.propose(treasurer, "2", "Corner cafe", "Tea at the first session")
	g.voteYes(treasurer, g.tea)
	g.voteYes(member, g.tea)
	hall := g.propose(member, "4", "Riverside hall", "Hall hire for March")
	g.voteYes(member, hall)
	httpSubmit(t, member, g.path, g.path+"/board", url.Values{"text": {"Bring your own needles; there is wool to share."}, "on": {""}})
	httpSubmit(t, treasurer, g.path, g.path+"/board", url.Values{"text": {"First session at the hall"},
		"on": {time.Now().UTC().AddDate(0, 0, 14).Format("2006-01-02")}})
	return g
}

// pagesOf is the group pages one person sees, and what each must show:
// selectors that must match in main.
type pagesOf struct {
	who   community.Person
	pages []sitePage
	shows map[string][]string
}

// pages are the group pages, in the order each person sees them.
func (g pagesGroup) pages(cast groupsCast) []pagesOf {
	p := g.path
	return []pagesOf{
		{cast.guest, []sitePage{
			{name: "groups-invited", path: "/groups", status: 200},
			{name: "group-new", path: "/groups/new", status: 200},
			{name: "group-new-errors", show: showGroupFormErrors},
			{name: "group-not-member", path: p, status: 200},
		}, map[string][]string{
			"groups-invited":   {`a[href="` + p + `"]`},
			"group-not-member": {`form[action="` + p + `/join"] button[type="submit"]`, `#watching`, `ul.rules li`, `p.idea`},
		}},
		{cast.treasurer, []sitePage{
			{name: "groups-mine", path: "/groups", status: 200},
			{name: "group-treasurer", show: showAllOf(p)},
			{name: "group-reverse", show: showCorrection(p)},
			{name: "group-history", path: p + "/history", status: 200},
			{name: "group-corrections", path: p + "/corrections", status: 200},
			{name: "spend-withdraw", path: p + "/proposals/" + g.tea + "?withdraw=yes", status: 200},
			{name: "leave-treasurer", path: p + "/leave", status: 200},
			{name: "hand-over-money", path: p + "/treasurer", status: 200},
		}, map[string][]string{
			"groups-mine": {`a[href="` + p + `"]`},
			"group-treasurer": {
				`form[action="` + p + `/let-in"] button`,           // people asking to join
				`form[action="` + p + `/payments/confirm"] button`, // a payment waiting
				`a[href^="` + p + `/entries/reverse?entry="]`,      // corrections
				`select#person`,                // whose payment
				`form[action$="/vote"] button`, // a proposal open for votes
				`form[action$="/paid"] button`, // one approved, to record paid
				`#board li strong`,             // a session
				`#board form[action="` + p + `/board"]`,
				`details.rules-change form[action="` + p + `/rules"]`,
				`#timeline li`,
			},
			// In Easy Read the group page starts with a button for each
			// thing the treasurer can do now, each to a short page.
			"group-treasurer/easy-read": {
				`ul.tasks a[href="` + p + `/asking"]`, `ul.tasks a[href="` + p + `/payments"]`, `ul.tasks a[href="` + p + `/corrections"]`,
				`ul.tasks a[href="` + p + `/votes"]`, `ul.tasks a[href="` + p + `/board"]`, `ul.tasks a[href="` + p + `/history"]`,
			},
			"group-history":     {`#history li.idea`, `#history a[href^="` + p + `/proposals/"]`},
			"group-corrections": {`a[href^="` + p + `/entries/reverse?entry="]`},
			"spend-withdraw":    {`form[action="` + p + `/proposals/` + g.tea + `/withdraw"] input[name="reason"]`},
			"group-reverse":     {`form[action="` + p + `/entries/reverse"] input#reason`},
			"leave-treasurer":   {`a[href="` + p + `/treasurer"]`, `form[action="` + p + `/handover"] select#person-organiser`},
			"hand-over-money":   {`form[action="` + p + `/treasurer/offer"] select#person`, `form[action="` + p + `/treasurer/offer"] input#confirm[type="checkbox"]`},
		}},
		{cast.member, []sitePage{
			{name: "group-member-errors", show: showPaymentErrors(p)},
			{name: "statement", path: p + "/statement", status: 200},
			{name: "leave-member", path: p + "/leave", status: 200},
		}, map[string][]string{
			"group-member-errors": {`#money table.money-table tbody tr`, `form[action="` + p + `/payments"] input[name="key"]`,
				`form[action$="/vote"] button`, `#board li`, `#timeline li`},
			"group-member-errors/easy-read": {`form[action="` + p + `/payments"] input[name="key"]`, `#amount-error`, `#amount[value="£0"]`},
			"statement":                     {`table.money-table tbody tr`},
			"statement/easy-read":           {`#statement-lines li.idea`},
			"leave-member":                  {`form[action="` + p + `/leave"] button[type="submit"]`, `ul.rules li`},
		}},
	}
}

// showGroupFormErrors sends the form to start a group with an amount that
// has too many pence, so that it comes back with its error summary.
func showGroupFormErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/groups/new", 200)
	// Easy Read asks a part at a time: the money is a few pages in.
	walkParts(t, ctx, "/groups/new", func(t *testing.T, ctx context.Context) {
		if has(t, ctx, "name") {
			fill(t, ctx, "name", "Saturday cyclists", "purpose", "Rides on Saturday mornings.", "easy_summary", "We ride bikes on Saturday.")
		}
		if eval[bool](t, ctx, `!!document.querySelector('main input[type=checkbox][name="interests"]') && !document.querySelector('main input[type=checkbox][name="interests"]:checked')`) {
			tick(t, ctx, eval[string](t, ctx, `document.querySelector('main input[type=checkbox][name="interests"]').id`))
		}
	}, "contribution")
	if has(t, ctx, "name") {
		fill(t, ctx, "name", "Saturday cyclists")
	}
	fill(t, ctx, "contribution", "5.555")
	if status := pressForm(t, ctx, "/groups/new"); status != 400 {
		t.Fatalf("start a group paying 5.555 a week: status %d, want 400", status)
	}
	got := readErrorSummary(t, ctx)
	if !got.Visible || !slices.Contains(got.Links, "#contribution") || got.Messages["contribution-error"] == "" {
		t.Fatalf("error summary: visible %v, links %q, messages %q; want a visible summary linking to #contribution and a message beside it", got.Visible, got.Links, got.Messages)
	}
	if v := eval[string](t, ctx, `document.getElementById('contribution').value`); v != "5.555" {
		t.Errorf("the form came back with %q, want what was typed: 5.555", v)
	}
}

// showAllOf opens the group page with its folded parts (corrections, the
// rules change) unfolded, so that axe-core checks them too. In Easy Read
// the group page is its start page of buttons, which folds nothing.
func showAllOf(p string) func(t *testing.T, ctx context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		open(t, ctx, p, 200)
		if isEasyRead(t, ctx) {
			return
		}
		if n := eval[int](t, ctx, `(ds => (ds.forEach(d => d.open = true), ds.length))(document.querySelectorAll('main details'))`); n != 4 {
			t.Errorf("%d folded parts (details) on the treasurer's page, want 4: corrections, the rules change, and more time for and withdrawing an agreed spend", n)
		}
	}
}

// showCorrection opens the page that asks the treasurer to confirm a
// correction, from the group page's first "Cancel this entry".
func showCorrection(p string) func(t *testing.T, ctx context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		// The plain group page lists the corrections; in Easy Read they
		// are a short page of their own.
		if open(t, ctx, p, 200); isEasyRead(t, ctx) {
			open(t, ctx, p+"/corrections", 200)
		}
		href := eval[string](t, ctx, `(a => a ? a.getAttribute('href') : '')(document.querySelector('main a[href^="`+p+`/entries/reverse?entry="]'))`)
		if href == "" {
			t.Fatal("the treasurer's page has no correction to open")
		}
		open(t, ctx, href, 200)
	}
}

// showPaymentErrors records a payment of £0, so that the member's view of
// the group page comes back with its error summary.
func showPaymentErrors(p string) func(t *testing.T, ctx context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		// The group page in plain mode; in Easy Read the form is on the
		// pay page, which comes back with the errors.
		open(t, ctx, p, 200)
		if isEasyRead(t, ctx) {
			open(t, ctx, p+"/pay", 200)
		}
		fill(t, ctx, "amount", "£0")
		if status := pressForm(t, ctx, p+"/payments"); status != 400 {
			t.Fatalf("record a payment of £0: status %d, want 400", status)
		}
		if got := readErrorSummary(t, ctx); !got.Visible || !slices.Equal(got.Links, []string{"#amount"}) || got.Messages["amount-error"] == "" {
			t.Fatalf("error summary: visible %v, links %q, messages %q; want a visible summary linking to #amount and a message beside it", got.Visible, got.Links, got.Messages)
		}
	}
}

// knownTableOverflow says the money tables (table.money-table: "Who has
// paid what" on the group page, and the printable statement's) are still
// wider than 320px and make the whole page scroll sideways, which is
// reported with its fix: wrap each table in a region that scrolls on its
// own. While it is true, that overflow alone is logged rather than
// failed; any other overflow fails, and so does a page whose money table
// fits, so that this allowance goes when the fix lands.
const knownTableOverflow = false

// checkGroupPage is checkPage, but with the money tables' overflow at
// 320px allowed while knownTableOverflow is true.
func checkGroupPage(t *testing.T, ctx context.Context, p sitePage, easy bool) {
	if !knownTableOverflow {
		checkPage(t, ctx, p, easy)
		return
	}
	screenshotOnFailure(t, ctx)
	if p.show != nil {
		p.show(t, ctx)
	} else {
		open(t, ctx, p.path, p.status)
	}
	checkMode(t, ctx, easy)
	checkAxe(t, ctx)
	if eval[int](t, ctx, `document.querySelectorAll('main table.money-table').length`) == 0 {
		checkReflow(t, ctx)
		return
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640)); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = chromedp.Do(context.WithoutCancel(ctx), chromedp.ResetViewport()) }()
	widths := eval[struct {
		Scroll, Client int
		Others         []string
	}](t, ctx, `(() => {
	  const d = document.documentElement, others = [];
	  if (d.scrollWidth > d.clientWidth) for (const el of document.body.querySelectorAll('*')) {
	    if (el.getBoundingClientRect().right > d.clientWidth + 0.5 && !el.closest('table.money-table')) others.push(el.outerHTML.slice(0, 160));
	  }
	  return {Scroll: d.scrollWidth, Client: d.clientWidth, Others: others};
	})()`)
	switch {
	case widths.Scroll <= widths.Client:
		t.Errorf("at 320px wide the money table fits and the page does not scroll sideways: set knownTableOverflow to false in group_pages_test.go")
	case len(widths.Others) > 0:
		t.Errorf("at 320px wide the page scrolls sideways: scrollWidth %d > clientWidth %d; %d elements beyond the edge besides the money table, the first: %s",
			widths.Scroll, widths.Client, len(widths.Others), widths.Others[0])
	default:
		t.Logf("known bug (reported): at 320px wide table.money-table makes the page scroll sideways (scrollWidth %d > clientWidth %d)", widths.Scroll, widths.Client)
	}
}

// TestGroupPages checks every group page with axe-core (zero WCAG 2.2 AA
// violations) and for reflow at 320px, in normal and in Easy Read mode:
// /groups with an invitation and with a group, the form to start one (and
// its error summary), a group's page to a non-member, to its treasurer
// (everything showing: people asking, a payment to confirm, proposals
// open and approved, the board) and to a member (with an error summary),
// the printable statement, and the leave page of a member and of the
// treasurer, who must hand over first. One group, set up over HTTP, serves
// both modes; the checks only look.
func TestGroupPages(t *testing.T) {
	cast := groupsMembers(t)
	t.Parallel()
	began := time.Now()
	g := setUpPagesGroup(t, cast)
	t.Logf("set up the group over HTTP in %s", time.Since(began).Round(time.Millisecond))
	for _, mode := range []struct{ name, easy string }{{"normal", "off"}, {"easy-read", "on"}} {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			easy := mode.easy == "on"
			for _, who := range g.pages(cast) {
				signInAs(t, ctx, who.who, mode.easy)
				for _, p := range who.pages {
					t.Run(p.name, func(t *testing.T) {
						checkGroupPage(t, ctx, p, easy)
						shows := who.shows[p.name]
						if e, ok := who.shows[p.name+"/easy-read"]; ok && easy {
							shows = e
						}
						for _, sel := range shows {
							if n := eval[int](t, ctx, `document.querySelectorAll(`+js("main "+sel)+`).length`); n == 0 {
								t.Errorf("%s shows nothing for %s; main says: %s", path(t, ctx), sel, mainText(t, ctx))
							}
						}
					})
				}
			}
		})
	}
}
