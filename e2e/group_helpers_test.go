package e2e

import (
	"context"
	"encoding/csv"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
)

// inputValue is the value of the input with the id in a page's HTML.
func inputValue(body, id string) string {
	m := regexp.MustCompile(`<input[^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*\bvalue="([^"]*)"`).FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	return m[1]
}

// signInAs signs in as a demo member and chooses the display mode. The
// cookie is the default while signing in, so that signing in saves no
// display choices to the member's profile.
func signInAs(t *testing.T, ctx context.Context, p community.Person, easy string) {
	t.Helper()
	setDisplay(t, ctx, "off", "normal", "normal")
	signIn(t, ctx, p.ID)
	setDisplay(t, ctx, easy, "normal", "normal")
}

// groupView is what a member sees of a group on its page.
type groupView struct {
	Title   string
	Notice  string
	Members []string
	Invited string // "3 people have been invited and not joined yet."
	Rules   []string
	// Pot is the pot's summary, by term; Table the rows of "Who has paid
	// what" by name: pledged, paid, waiting, still to pay.
	Pot       map[string]string
	Table     map[string][]string
	ToConfirm []string
	Proposals []proposalView
	Timeline  []string
	Join      bool // the form to join
}

// proposalView is one proposal as the group page shows it.
type proposalView struct {
	Heading string
	Lines   []string
	Status  string
	Buttons []string
}

// readGroup reads the group page the tab shows.
func readGroup(t *testing.T, ctx context.Context) groupView {
	t.Helper()
	return eval[groupView](t, ctx, `(() => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = document.querySelector('main');
	  const h2 = [...main.querySelectorAll('h2')].find(h => words(h) === 'Members');
	  const list = h2 && h2.nextElementSibling && h2.nextElementSibling.matches('ul') ? h2.nextElementSibling : null;
	  const invited = list && list.nextElementSibling && list.nextElementSibling.matches('p') ? list.nextElementSibling : null;
	  const rulesHeading = [...main.querySelectorAll('h2')].find(h => words(h) === "The pot's rules");
	  const pot = {};
	  for (const d of main.querySelectorAll('#money > dl.summary > div')) pot[words(d.querySelector('dt'))] = words(d.querySelector('dd'));
	  const table = {};
	  for (const tr of main.querySelectorAll('#money table.money-table tbody tr')) table[words(tr.querySelector('th'))] = [...tr.querySelectorAll('td')].map(words);
	  const confirmHeading = [...main.querySelectorAll('#money h3')].find(h => words(h) === 'Payments to confirm');
	  return {
	    Title: words(main.querySelector('h1')),
	    Notice: words(main.querySelector('.notice[role="status"]')),
	    Members: list ? [...list.querySelectorAll('li')].map(words) : [],
	    Invited: invited ? words(invited) : '',
	    Rules: rulesHeading ? [...rulesHeading.nextElementSibling.querySelectorAll('li')].map(words) : [],
	    Pot: pot, Table: table,
	    ToConfirm: confirmHeading ? [...confirmHeading.nextElementSibling.querySelectorAll('li > span')].map(words) : [],
	    Proposals: [...main.querySelectorAll('#proposals li.suggestion')].map(li => ({
	      Heading: words(li.querySelector('h3')),
	      Lines: [...li.querySelectorAll(':scope > p:not(.badge), :scope > .actions > p')].map(words),
	      Status: words(li.querySelector('.badge')),
	      Buttons: [...li.querySelectorAll('button')].map(words)})),
	    Timeline: [...main.querySelectorAll('#timeline li')].map(li => words(li).replace(/^\d+ \w+ \d{4} /, '')),
	    Join: !!main.querySelector('form[action$="/join"]'),
	  };
	})()`)
}

// wantNotice fails t unless the page's notice says want.
func wantNotice(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	if got := noticeText(t, ctx); got != want {
		t.Errorf("on %s the notice says %q, want %q", path(t, ctx), got, want)
	}
}

// wantPath fails t unless the tab shows the page p (path and query).
func wantPath(t *testing.T, ctx context.Context, p string) {
	t.Helper()
	if got := path(t, ctx); got != p {
		t.Fatalf("on %s, want %s; main says: %s", got, p, mainText(t, ctx))
	}
}

// wantSaid fails t unless main says each of the sentences.
func wantSaid(t *testing.T, ctx context.Context, sentences ...string) {
	t.Helper()
	text := mainText(t, ctx)
	for _, s := range sentences {
		if !strings.Contains(text, s) {
			t.Errorf("%s does not say %q; main says: %s", path(t, ctx), s, text)
		}
	}
}

// fill sets the fields with the ids to the values, in pairs.
func fill(t *testing.T, ctx context.Context, idsAndValues ...string) {
	t.Helper()
	var steps []chromedp.Action[chromedp.Void]
	for i := 0; i+1 < len(idsAndValues); i += 2 {
		steps = append(steps, setValue(idsAndValues[i], idsAndValues[i+1]))
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("fill %q: %v", idsAndValues, err)
	}
}

// csvDownload is a CSV fetched from inside the tab, with the headers a
// browser decides a download by.
type csvDownload struct {
	Status            int
	Type, Disposition string
	Body              string
}

func fetchCSV(t *testing.T, ctx context.Context, p string) (csvDownload, [][]string) {
	t.Helper()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[csvDownload](`fetch(`+js(p)+`, {credentials: 'same-origin'}).then(async r => ({
	  Status: r.status, Type: r.headers.get('content-type') || '', Disposition: r.headers.get('content-disposition') || '',
	  Body: await r.text()}))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch %s: %v", p, err)
	}
	rows, err := csv.NewReader(strings.NewReader(got.Body)).ReadAll()
	if err != nil {
		t.Fatalf("%s is not CSV: %v\n%s", p, err, got.Body)
	}
	return got, rows
}

// The columns of the ledger CSV (the whole group's money, as it moves
// the pot) and of the statement CSV (one member's, as it moves their
// account).
var (
	ledgerColumns    = []string{"entry", "date", "what", "person", "amount", "balance", "how", "note", "recorded by", "for", "status"}
	statementColumns = []string{"entry", "date", "what", "amount", "balance", "how", "note", "for", "status"}
)

// csvRow is one row of a statement or ledger CSV, by column.
type csvRow map[string]string

func csvRows(t *testing.T, name string, rows [][]string, columns []string) []csvRow {
	t.Helper()
	if len(rows) == 0 || !slices.Equal(rows[0], columns) {
		t.Fatalf("%s: header %q, want %q", name, slices.Concat(rows[:min(len(rows), 1)]...), columns)
	}
	var out []csvRow
	for _, r := range rows[1:] {
		row := csvRow{}
		for i, c := range columns {
			row[c] = r[i]
		}
		out = append(out, row)
	}
	return out
}
