package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestAWishOverTheWeb: a wish made on the form is suggested to a member
// nearby, who says "Me too" with a promise; when the promises meet, each
// promiser's home page asks them yes or no, and two yeses start the group
// with both in it. Bad input is refused in plain words with what was
// typed, and changes nothing.
func TestAWishOverTheWeb(t *testing.T) {
	site, clock, _ := siteOnClock(t, time.Now())
	plain := plainPeople(site, 2)
	var ann, bo = site.browser(t), site.browser(t)
	ann.signInAs(plain[0])
	bo.signInAs(plain[1])
	district := plain[0].District

	wish := url.Values{"text": {"Go to the cinema on Friday nights"}, "interest": {"films"}, "district": {district},
		"promise": {"5"}, "every": {"week"}, "threshold": {"2"}}
	for field, bad := range map[string]struct{ value, says string }{
		"interest":  {"", "Choose at least one interest"},
		"district":  {"ZZ99", "Enter a real UK postcode district"},
		"promise":   {"0", "A promise must be more than £0 and no more than £1,000 each time"},
		"threshold": {"lots", "a whole number from 2 to 200"},
	} {
		form := url.Values{}
		for k, v := range wish {
			form[k] = v
		}
		form.Set(field, bad.value)
		resp := ann.submit("/wishes/new", "/wishes", form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, bad.says) || !strings.Contains(resp.Body, "Go to the cinema on Friday nights") {
			t.Errorf("a wish with %s %q: %d, want 400 saying %q and keeping the words", field, bad.value, resp.Status, bad.says)
		}
	}
	big := url.Values{}
	for k, v := range wish {
		big[k] = v
	}
	big.Set("promise", "100000")
	if resp := ann.submit("/wishes/new", "/wishes", big); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, `value="100000"`) {
		t.Errorf("a promise of £100,000 a week: %d, want 400 with the figure kept", resp.Status)
	}
	if mine, _ := site.Store.WishesOf(t.Context(), plain[0].ID); len(mine) != 0 {
		t.Fatalf("refused wishes saved %d", len(mine))
	}

	made := ann.submit("/wishes/new", "/wishes", wish)
	if made.Status != http.StatusSeeOther {
		t.Fatalf("making the wish: %d\n%s", made.Status, made.Body)
	}
	path := strings.TrimSuffix(made.Location, "?done=made")
	if page := ann.get(made.Location).Body; !strings.Contains(page, "Your wish is shared") || !strings.Contains(page, "1 person would like to do this.") {
		t.Errorf("the new wish's page does not say it is shared:\n%s", page)
	}

	// Bo is near and likes films (or not: a wish is found by its page).
	resp := bo.submit(path, path+"/me-too", url.Values{"promise": {"0"}, "threshold": {"2"}})
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "more than £0") || !strings.Contains(resp.Body, `value="0"`) {
		t.Errorf("a promise of £0: %d, want 400 in plain words with the figure kept", resp.Status)
	}
	if resp := bo.submit(path, path+"/me-too", url.Values{"promise": {"4"}, "threshold": {"2"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("Bo's promise: %d\n%s", resp.Status, resp.Body)
	}
	if resp := bo.post(path+"/me-too", url.Values{"csrf": {bo.csrf()}}); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "already") {
		t.Errorf("a second 'Me too': %d, want 400 saying it was said already", resp.Status)
	}
	for _, b := range []*browser{ann, bo} {
		if home := b.get("/").Body; !strings.Contains(home, "Say yes or no: Go to the cinema on Friday nights") {
			t.Errorf("a promiser's home page does not ask yes or no")
		}
	}
	page := bo.get(path).Body
	if !strings.Contains(page, "Enough of you promised. Are you in?") || !strings.Contains(page, "You promised £4 a week.") {
		t.Errorf("Bo's page of the wish does not ask yes or no with the promise:\n%s", page)
	}
	if resp := ann.submit(path, path+"/answer", url.Values{"answer": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("Ann's yes: %d\n%s", resp.Status, resp.Body)
	}
	if resp := bo.submit(path, path+"/answer", url.Values{"answer": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("Bo's yes: %d\n%s", resp.Status, resp.Body)
	}
	page = bo.get(path).Body
	if !strings.Contains(page, "This wish started a group.") || !strings.Contains(page, `href="/groups/`) {
		t.Fatalf("after both said yes the wish does not show its group:\n%s", page)
	}
	w, _ := site.Store.Wish(t.Context(), strings.TrimPrefix(path, "/wishes/"))
	g, err := site.Store.Group(t.Context(), w.GroupID)
	if err != nil || len(g.Members) != 2 {
		t.Fatalf("the group %+v %v, want Ann and Bo in it", g, err)
	}
	if home := bo.get("/").Body; !strings.Contains(home, "£4") {
		t.Errorf("Bo's home page does not ask for his own £4:\n%s", home)
	}
	// The group asks newcomers for the least promise, £4; Ann promised £5.
	if page := ann.get("/groups/" + g.ID).Body; !strings.Contains(page, "You put in your own promise: £5 a week (£50 in all).") {
		t.Errorf("Ann's group page does not say she puts in her own £5:\n%s", page)
	}

	// Bo's export holds the wish and his own promise.
	if export := bo.get("/me/export.json").Body; !strings.Contains(export, `"Text": "Go to the cinema on Friday nights"`) ||
		!strings.Contains(export, `"Promise": 400`) {
		t.Errorf("Bo's export does not hold his part in the wish alone:\n%.2000s", export)
	}

	// A block after backing leaves the wish readable to its backer.
	if resp := bo.submit("/people/"+plain[0].ID, "/people/"+plain[0].ID+"/block", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("Bo blocking Ann: %d", resp.Status)
	}
	if page := bo.get(path); page.Status != http.StatusOK {
		t.Errorf("after blocking its wisher, Bo reads the wish he backed: %d, want 200", page.Status)
	}

	// An answer after its round is over is refused in plain words.
	clock.Add(8 * 24 * time.Hour)
	if resp := bo.post(path+"/answer", url.Values{"csrf": {bo.csrf()}, "round": {"1"}, "answer": {"no"}}); resp.Status != http.StatusConflict ||
		!strings.Contains(resp.Body, "The time to say yes or no to this wish is over") {
		t.Errorf("an answer after the round: %d, want 409 saying it is over", resp.Status)
	}
}
