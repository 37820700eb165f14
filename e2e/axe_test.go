package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets every page must pass: WCAG 2.0 A and AA, 2.1 AA
// and 2.2 AA.
const axeTags = `['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']`

// axeViolation is what axe-core reports for one broken rule, cut down to
// what a person fixing it needs.
type axeViolation struct {
	ID, Impact, Help, HelpURL string
	Count                     int
	Nodes                     []struct{ Target, HTML, Summary string }
}

// axeRun runs axe-core on the whole document and returns its violations with
// the first three elements of each. axe.run returns a promise; the evaluation
// awaits it.
const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ` + axeTags + `}, resultTypes: ['violations']})
  .then(r => r.violations.map(v => ({
    ID: v.id, Impact: v.impact || '', Help: v.help, HelpURL: v.helpUrl, Count: v.nodes.length,
    Nodes: v.nodes.slice(0, 3).map(n => ({
      Target: n.target.map(String).join(' '), HTML: n.html, Summary: n.failureSummary || ''})),
  })))`

// checkAxe fails t with each WCAG violation axe-core finds on the page the
// tab shows.
func checkAxe(t *testing.T, ctx context.Context) {
	t.Helper()
	// Each new document needs axe again. DevTools evaluation is not bound by
	// the page's Content-Security-Policy, so the site's strict policy stays.
	if !eval[bool](t, ctx, `typeof axe === 'object'`) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](suite.axe)); err != nil {
			t.Fatalf("inject axe-core: %v", err)
		}
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core: %v", err)
	}
	for _, v := range violations {
		var b strings.Builder
		fmt.Fprintf(&b, "axe %s (%s, %d element(s)): %s\n    %s", v.ID, v.Impact, v.Count, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n    at %s\n      %s\n      %s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n      "))
		}
		t.Error(b.String())
	}
}

// checkReflow fails t when the page scrolls sideways at 320 CSS pixels wide,
// which is what 400% zoom of a 1280-pixel window gives (WCAG 1.4.10).
func checkReflow(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640)); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = chromedp.Do(context.WithoutCancel(ctx), chromedp.ResetViewport()) }()
	widths := eval[struct {
		Scroll, Client int
		Widest         string
	}](t, ctx, `(() => {
	  const d = document.documentElement;
	  let widest = '', right = d.clientWidth;
	  if (d.scrollWidth > d.clientWidth) for (const el of document.body.querySelectorAll('*')) {
	    const r = el.getBoundingClientRect();
	    if (r.right > right + 0.5) { right = r.right; widest = el.outerHTML.slice(0, 160); }
	  }
	  return {Scroll: d.scrollWidth, Client: d.clientWidth, Widest: widest};
	})()`)
	if widths.Scroll > widths.Client {
		t.Errorf("at 320px wide the page scrolls sideways: scrollWidth %d > clientWidth %d; widest element: %s",
			widths.Scroll, widths.Client, widths.Widest)
	}
}

// checkMode fails t unless the page shows the chosen display mode: the
// classes on <html> and, in Easy Read, pictograms beside the ideas.
func checkMode(t *testing.T, ctx context.Context, easy bool, classes ...string) {
	t.Helper()
	got := eval[struct {
		Classes string
		Pictos  int
	}](t, ctx, `({Classes: document.documentElement.className, Pictos: document.querySelectorAll('main img.picto').length})`)
	have := " " + got.Classes + " "
	if easy != strings.Contains(have, " easy-read ") {
		t.Errorf("<html class=%q>: want Easy Read %v", got.Classes, easy)
	}
	for _, c := range classes {
		if !strings.Contains(have, " "+c+" ") {
			t.Errorf("<html class=%q>: want class %s", got.Classes, c)
		}
	}
	if easy && got.Pictos == 0 {
		t.Errorf("Easy Read page shows no pictogram (img.picto) in main")
	}
}
