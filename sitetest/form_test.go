package sitetest

import (
	"net/url"
	"slices"
	"testing"
)

const page = `<header><form method="post" action="/settings/display"><input type="hidden" name="csrf" value="tok&amp;en"><input type="hidden" name="return" value="/g/1"></form></header>
<main>
<form action="/g/1/payments/confirm" method="post"><input name="csrf" value="t" type="hidden"><input type="hidden" name="entry" value="e1"><button>Confirm</button></form>
<form method="post" action="/g/1/payments/confirm"><INPUT TYPE="HIDDEN" name="csrf" value="t"/><input type="hidden" name="key" value="k2"><input type="hidden" name="entry" value="e2"></form>
<input type="hidden" name="outside" value="not sent">
<form method="post" action="/g/1/payments"><input type="hidden" name="key" value="pay-key"><input type="text" name="amount" value="5"></form>
</main>`

func TestForms(t *testing.T) {
	forms := Forms(page)
	var actions []string
	for _, f := range forms {
		actions = append(actions, f.Action)
	}
	if want := []string{"/settings/display", "/g/1/payments/confirm", "/g/1/payments/confirm", "/g/1/payments"}; !slices.Equal(actions, want) {
		t.Fatalf("actions %q, want %q", actions, want)
	}
	if got := forms[0].Hidden; got.Get("csrf") != "tok&en" || got.Get("return") != "/g/1" {
		t.Errorf("the first form's hidden inputs, unescaped: %v", got)
	}
	if got := forms[3].Hidden; len(got) != 1 || got.Get("key") != "pay-key" {
		t.Errorf("the payment form sends %v, want only its key: the text input is the caller's, the stray input no form's", got)
	}
}

func TestFindFormChoosesByHiddenValues(t *testing.T) {
	f, ok := FindForm(page, "/g/1/payments/confirm", url.Values{"entry": {"e2"}})
	if !ok || f.Hidden.Get("key") != "k2" {
		t.Errorf("confirming e2 found %v, %v; want the second form, with key k2", f, ok)
	}
	if f, ok := FindForm(page, "/g/1/payments/confirm", nil); !ok || f.Hidden.Get("entry") != "e1" {
		t.Errorf("with no values, found %v, %v; want the first form", f, ok)
	}
	if _, ok := FindForm(page, "/g/1/payments/confirm", url.Values{"entry": {"e3"}}); ok {
		t.Error("found a form for an entry the page has no form for")
	}
	if _, ok := FindForm(page, "/g/1/leave", nil); ok {
		t.Error("found a form for an action the page lacks")
	}
}

func TestFormKey(t *testing.T) {
	if got := FormKey(page, "/g/1/payments"); got != "pay-key" {
		t.Errorf("FormKey = %q, want pay-key", got)
	}
	if got := FormKey(page, "/settings/display"); got != "" {
		t.Errorf("FormKey of a form without a key = %q", got)
	}
}
