package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Helpers for the provider and listing forms, and for picking buttons and
// links by their words, as a person does.

// providerInput is what is typed into the provider form.
type providerInput struct {
	Name, Description, Easy, Districts string
	Interests                          []string // slugs to tick
}

// fillProvider types into the provider form and ticks the interests.
func fillProvider(t *testing.T, ctx context.Context, in providerInput) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("name"), in.Name),
		chromedp.SetValue(chromedp.ID("description"), in.Description),
		chromedp.SetValue(chromedp.ID("easy_description"), in.Easy),
		chromedp.SetValue(chromedp.ID("districts"), in.Districts),
	)
	if err != nil {
		t.Fatalf("fill the provider form: %v", err)
	}
	for _, slug := range in.Interests {
		tick(t, ctx, "interest-"+slug)
	}
}

// readProvider reads back the provider form's text fields.
func readProvider(t *testing.T, ctx context.Context) providerInput {
	t.Helper()
	return eval[providerInput](t, ctx, `({Name: document.getElementById('name').value,
	  Description: document.getElementById('description').value,
	  Easy: document.getElementById('easy_description').value,
	  Districts: document.getElementById('districts').value,
	  Interests: [...document.querySelectorAll('main input[name="interests"]:checked')].map(i => i.value)})`)
}

// tier is one row of the listing form's price table, as typed.
type tier struct{ People, Price string }

// listingInput is what is typed into the listing form. District and
// interests come filled in from the provider.
type listingInput struct {
	Title, Description, Easy, Capacity string
	Tiers                              []tier
}

// fillListing types into the listing form, rows of the price table from
// the first.
func fillListing(t *testing.T, ctx context.Context, in listingInput) {
	t.Helper()
	steps := []chromedp.Action[chromedp.Void]{
		setValue("title", in.Title),
		setValue("description", in.Description),
		setValue("easy_summary", in.Easy),
		setValue("capacity", in.Capacity),
	}
	for i, row := range in.Tiers {
		steps = append(steps,
			setValue(fmt.Sprintf("tier_people_%d", i+1), row.People),
			setValue(fmt.Sprintf("tier_price_%d", i+1), row.Price))
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("fill the listing form: %v", err)
	}
}

// readListing reads back the listing form's text fields and the first
// rows of its price table.
func readListing(t *testing.T, ctx context.Context, rows int) listingInput {
	t.Helper()
	return eval[listingInput](t, ctx, fmt.Sprintf(`(() => {
	  const v = id => document.getElementById(id).value;
	  const tiers = [];
	  for (let i = 1; i <= %d; i++) tiers.push({People: v('tier_people_' + i), Price: v('tier_price_' + i)});
	  return {Title: v('title'), Description: v('description'), Easy: v('easy_summary'), Capacity: v('capacity'), Tiers: tiers};
	})()`, rows))
}

// setValue sets the value of the field with the id. chromedp.SetValue
// cannot empty a field (it reads back the value to check it, and takes ""
// for a failure), so an empty value is set by script.
func setValue(id, value string) chromedp.Action[chromedp.Void] {
	if value != "" {
		return chromedp.SetValue(chromedp.ID(id), value)
	}
	empty := chromedp.Evaluate[bool](`(f => (f.value = '', true))(document.getElementById(` + js(id) + `))`)
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := empty(ctx, t); err != nil {
			return fmt.Errorf("empty #%s: %w", id, err)
		}
		return nil
	})
}

// tick ticks a checkbox by clicking it, unless it is ticked already.
func tick(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	state := eval[string](t, ctx, `(() => { const c = document.getElementById(`+js(id)+`);
	  return !c ? 'missing' : c.checked ? 'ticked' : ''; })()`)
	switch state {
	case "missing":
		t.Fatalf("no checkbox #%s", id)
	case "":
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id))); err != nil {
			t.Fatalf("tick #%s: %v", id, err)
		}
	}
}

// named is an XPath for the elements of one tag in main whose words are
// exactly name, ignoring runs of spaces.
func named(tag, name string) string {
	if strings.Contains(name, `"`) {
		panic("named: " + name + " holds a double quote")
	}
	return `//main//` + tag + `[normalize-space(.)="` + name + `"]`
}

// countNamed counts the elements of one tag in main whose words are name.
func countNamed(t *testing.T, ctx context.Context, tag, name string) int {
	t.Helper()
	return eval[int](t, ctx, `document.evaluate(`+js(named(tag, name))+`, document, null,
	  XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength`)
}

// clickNamed clicks the one button or link in main whose words are name,
// and returns the status of the page that loads. It fails at once when
// there is no such element, or more than one, rather than waiting for it.
func clickNamed(t *testing.T, ctx context.Context, tag, name string) int64 {
	t.Helper()
	if n := countNamed(t, ctx, tag, name); n != 1 {
		t.Fatalf("%d <%s> saying %q on %s, want 1; main says: %s", n, tag, name, path(t, ctx), mainText(t, ctx))
	}
	return navigateBy(t, ctx, fmt.Sprintf("click %q", name), chromedp.Click(chromedp.Search(named(tag, name))))
}

// submit clicks the form's first submit button (Save) and returns the
// status of the page that loads.
func submit(t *testing.T, ctx context.Context, what string) int64 {
	t.Helper()
	return navigateBy(t, ctx, what, chromedp.Click(chromedp.CSS(`main form[method="post"] button[type="submit"]`)))
}

// mainText is the words of the page's main, on one line.
func mainText(t *testing.T, ctx context.Context) string {
	t.Helper()
	return strings.Join(strings.Fields(eval[string](t, ctx, `document.querySelector('main').textContent`)), " ")
}

// idFromPath returns the id in a path such as /providers/ID?saved=1.
func idFromPath(t *testing.T, p, prefix string) string {
	t.Helper()
	rest, ok := strings.CutPrefix(p, prefix)
	id, _, _ := strings.Cut(rest, "?")
	if !ok || id == "" || strings.Contains(id, "/") {
		t.Fatalf("landed on %s, want %s<id>", p, prefix)
	}
	return id
}

// fetchText fetches a page of the site from inside the tab, with its
// cookies, without leaving the page the tab shows.
func fetchText(t *testing.T, ctx context.Context, p string) string {
	t.Helper()
	body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(`+js(p)+`, {credentials: 'same-origin'}).then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch %s: %v", p, err)
	}
	return body
}

// errorSummary is what a form shows after a refused save: the summary's
// links, and the messages beside fields.
type errorSummary struct {
	Visible  bool
	Links    []string
	Messages map[string]string // field error id → its words
}

func readErrorSummary(t *testing.T, ctx context.Context) errorSummary {
	t.Helper()
	return eval[errorSummary](t, ctx, `(() => {
	  const s = document.querySelector('.error-summary');
	  const r = s && s.getBoundingClientRect();
	  const messages = {};
	  for (const m of document.querySelectorAll('main .field-error')) messages[m.id] = m.textContent.trim().replace(/\s+/g, ' ');
	  return {Visible: !!s && r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== 'hidden',
	    Links: s ? [...s.querySelectorAll('a')].map(a => a.getAttribute('href')) : [], Messages: messages};
	})()`)
}
