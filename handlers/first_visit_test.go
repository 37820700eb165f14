package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestFirstVisit: a first visit is answered with the page itself (no
// redirect) and one question under the header; answering it, or saying no
// thanks, keeps the answer and the question goes. "Less movement" is kept
// with the other display choices, survives the header's Easy Read button,
// and marks every page for the CSS.
func TestFirstVisit(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	first := b.get("/")
	if first.Status != http.StatusOK || !strings.Contains(first.Body, `class="first-visit"`) {
		t.Fatalf("a first visit: %d, question shown: %v", first.Status, strings.Contains(first.Body, `class="first-visit"`))
	}
	choose := url.Values{"motion": {"less"}, "easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}}
	if p := b.must(b.c.Submit("/", "/settings/display", choose)); p.Status != http.StatusSeeOther || p.Location != "/" {
		t.Fatalf("choosing less movement: %d %s", p.Status, p.Location)
	}
	after := b.get("/")
	if strings.Contains(after.Body, `class="first-visit"`) || !strings.Contains(after.Body, "motion-less") {
		t.Errorf("after choosing: question still asked %v, page marked for less movement %v",
			strings.Contains(after.Body, `class="first-visit"`), strings.Contains(after.Body, "motion-less"))
	}
	// The header's Easy Read button sends no movement choice: it stays.
	b.must(b.c.Submit("/", "/settings/display", url.Values{"easy_read": {"on"}, "return": {"/"}}))
	if p := b.get("/settings/display"); !strings.Contains(p.Body, `id="motion-less" name="motion" value="less" checked`) || !strings.Contains(p.Body, "easy-read") {
		t.Errorf("after the Easy Read button, less movement is not kept")
	}

	// No thanks: the question goes, nothing else changes.
	other := site.browser(t)
	other.get("/")
	no := url.Values{"motion": {"full"}, "easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}}
	if p := other.must(other.c.Submit("/", "/settings/display", no)); p.Status != http.StatusSeeOther {
		t.Fatalf("no thanks: %d", p.Status)
	}
	if p := other.get("/"); strings.Contains(p.Body, `class="first-visit"`) || strings.Contains(p.Body, "motion-less") || strings.Contains(p.Body, "easy-read ") {
		t.Error("after no thanks the question is still asked, or a choice was made")
	}
}
