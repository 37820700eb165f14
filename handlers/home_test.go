package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestHomeSaysWhatWaits: a member's home page says what they pay next (week 1
// is paid and waiting for the treasurer, so week 2) and
// when, and the votes waiting for them; the treasurer's, the payments to
// confirm.
func TestHomeSaysWhatWaits(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	member, _ := joinAs(t, site, path, 1)
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	if resp := treasurer.submit(path, path+"/proposals", url.Values{"spend_amount": {"3"}, "spend_to": {"Pool"}, "spend_for": {"Towels"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing: %d", resp.Status)
	}
	home := member.get("/").Body
	for _, want := range []string{"Waiting for you", "Pay £5 for week 2 to Tuesday swimmers, due ", "A vote waits for you in Tuesday swimmers: Spend £3 with Pool"} {
		if !strings.Contains(home, want) {
			t.Errorf("the member's home page does not say %q", want)
		}
	}
	if home := treasurer.get("/").Body; !strings.Contains(home, "1 payment to confirm in Tuesday swimmers") ||
		strings.Contains(home, "A vote waits for you") {
		t.Error("the treasurer's home page does not list the payment to confirm, or asks them to vote on their own proposal")
	}
}
