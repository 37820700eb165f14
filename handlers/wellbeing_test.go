package handlers_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestWellbeingCheckIns: check-ins are off until the member agrees, on
// the page saying who sees what; then the home page asks when one is due,
// a bad answer is refused in plain words with nothing kept, and a good
// one shows on the member's chart and table, and in their export. The
// same form sent twice keeps one check-in; deleting the account deletes
// the answers.
func TestWellbeingCheckIns(t *testing.T) {
	site, clock, _ := siteOnClock(t, time.Now())
	me := plainPeople(site, 0)[0]
	b := site.browser(t)
	b.signInAs(me)

	page := b.get("/me/wellbeing")
	mustContain(t, "the page before agreeing", page.Body, "Only you see your answers", "never see them", "Yes, start check-ins")
	if resp := b.get("/me/wellbeing/check-in"); resp.Status != http.StatusSeeOther || resp.Location != "/me/wellbeing" {
		t.Errorf("the check-in before agreeing: %d to %q, want sent to the page that asks first", resp.Status, resp.Location)
	}
	early := url.Values{"life": {"5"}, "worthwhile": {"5"}, "happy": {"5"}, "anxious": {"5"}, "key": {site.Actions.FormKey(me.ID, "check-in")}}
	if resp := b.post("/me/wellbeing/check-in", early); resp.Status != http.StatusConflict || !strings.Contains(resp.Body, "Say yes to check-ins first") {
		t.Errorf("a check-in before agreeing: %d, want 409 saying to say yes first", resp.Status)
	}
	if strings.Contains(b.get("/").Body, "Time for your wellbeing check-in") {
		t.Error("the home page asks for a check-in before the member agreed")
	}
	if resp := b.submit("/me/wellbeing", "/me/wellbeing/plan", url.Values{"every": {"5"}}); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Choose how often we should ask you") {
		t.Errorf("agreeing to every 5 months: %d, want 400 saying to choose", resp.Status)
	}
	if resp := b.submit("/me/wellbeing", "/me/wellbeing/plan", url.Values{"every": {"3"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("agreeing to check-ins: %d", resp.Status)
	}
	if !strings.Contains(b.get("/").Body, "Time for your wellbeing check-in") {
		t.Error("the home page does not ask for the first check-in")
	}

	good := url.Values{"life": {"7"}, "worthwhile": {"8"}, "happy": {"6"}, "anxious": {"3"}, "helped": {"The Tuesday swim"}}
	for _, bad := range []string{"11", "-1", "happy", ""} {
		form := url.Values{}
		for k, v := range good {
			form[k] = v
		}
		form.Set("worthwhile", bad)
		resp := b.submit("/me/wellbeing/check-in", "/me/wellbeing/check-in", form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Choose a number from 0 to 10") || !strings.Contains(resp.Body, "The Tuesday swim") {
			t.Errorf("a worthwhile answer of %q: %d, want 400 saying so and keeping what helped", bad, resp.Status)
		}
	}
	if kept, _ := site.Store.CheckInsOf(t.Context(), me.ID); len(kept) != 0 {
		t.Fatalf("refused check-ins kept: %d", len(kept))
	}
	form := b.form("/me/wellbeing/check-in", "/me/wellbeing/check-in", nil, good)
	for range 2 {
		if resp := b.post("/me/wellbeing/check-in", form); resp.Status != http.StatusSeeOther {
			t.Fatalf("checking in: %d\n%s", resp.Status, resp.Body)
		}
	}
	kept, _ := site.Store.CheckInsOf(t.Context(), me.ID)
	if len(kept) != 1 || kept[0].Answers != (community.Wellbeing{Life: 7, Worthwhile: 8, Happy: 6, Anxious: 3}) {
		t.Fatalf("the form sent twice kept %+v, want one check-in with its answers", kept)
	}
	if strings.Contains(b.get("/").Body, "Time for your wellbeing check-in") {
		t.Error("the home page still asks just after a check-in")
	}
	clock.Add(95 * 24 * time.Hour)
	b = site.browser(t) // the sign-in of three months ago has ended
	b.signInAs(me)
	if resp := b.post("/me/wellbeing/check-in", b.form("/me/wellbeing/check-in", "/me/wellbeing/check-in", nil,
		url.Values{"life": {"8"}, "worthwhile": {"8"}, "happy": {"7"}, "anxious": {"2"}})); resp.Status != http.StatusSeeOther {
		t.Fatalf("checking in again: %d", resp.Status)
	}
	mine := b.get("/me/wellbeing").Body
	mustContain(t, "the member's answers", mine, `<figure class="chart">`, "For anxiety, lower is better", "<td>7</td><td>8</td><td>6</td><td>3</td>",
		"<td>8</td><td>8</td><td>7</td><td>2</td>", "The Tuesday swim")

	var data community.Export
	if err := json.Unmarshal([]byte(b.get("/me/export.json").Body), &data); err != nil {
		t.Fatal(err)
	}
	if len(data.CheckIns) != 2 || !data.Wellbeing.On() || data.Wellbeing.EveryMonths != 3 {
		t.Errorf("the export has %d check-ins and plan %+v, want both and every 3 months", len(data.CheckIns), data.Wellbeing)
	}

	if resp := b.submit("/me/wellbeing/plan", "/me/wellbeing/plan", url.Values{"every": {"off"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("stopping check-ins: %d", resp.Status)
	}
	early.Set("key", site.Actions.FormKey(me.ID, "check-in"))
	if resp := b.post("/me/wellbeing/check-in", early); resp.Status != http.StatusConflict || !strings.Contains(resp.Body, "Say yes to check-ins first") {
		t.Errorf("a check-in after stopping: %d, want 409 saying to say yes first", resp.Status)
	}
	del := b.form("/me/delete", "/me/delete", nil, url.Values{"confirm": {"yes"}})
	if resp := b.post("/me/delete", del); resp.Status != http.StatusSeeOther {
		t.Fatalf("deleting the account: %d", resp.Status)
	}
	if left, _ := site.Store.CheckInsOf(t.Context(), me.ID); len(left) != 0 {
		t.Errorf("deleting the account left %d check-ins", len(left))
	}
	if plan, _ := site.Store.WellbeingPlan(t.Context(), me.ID); plan.On() {
		t.Error("deleting the account left the wellbeing plan")
	}
}
