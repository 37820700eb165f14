package handlers_test

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestHiddenCharactersInAProfileAreRefusedByName: a name or an About me
// with a character that hides or reorders text is refused on the form,
// which names the character, keeps what was typed, and saves nothing.
func TestHiddenCharactersInAProfileAreRefusedByName(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	cases := []struct {
		name, field, value, says string
	}{
		{"a right-to-left override in the name", "name", "Sam\u202egpj.exe", "right-to-left override, U+202E"},
		{"a NUL in the name", "name", "Sam\x00", "NUL"},
		{"a zero-width space in the name", "name", "Sa\u200bm", "zero-width space, U+200B"},
		{"a control character in About me", "about", "I like \x1b[2J swimming", "a control character, U+001B"},
		{"a left-to-right isolate in About me", "about", "I like \u2066swimming", "left-to-right isolate, U+2066"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			form := goodProfile(member)
			form.Set(c.field, c.value)
			resp := b.submit("/me/edit", "/me/edit", form)
			if resp.Status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", resp.Status)
			}
			if !strings.Contains(resp.Body, `class="error-summary"`) || !strings.Contains(resp.Body, strings.ReplaceAll(html.EscapeString(c.says), "+", "&#43;")) {
				t.Errorf("the page does not say which character: want %q", c.says)
			}
			saved, _ := site.Store.Person(t.Context(), member.ID)
			if saved.Version != member.Version || saved.Name != member.Name || saved.About != member.About {
				t.Error("a refused form changed the saved profile")
			}
		})
	}
	// Names in any script, and emoji made with joiners in About me, are
	// fine.
	form := goodProfile(member)
	form.Set("name", "Siân Ó Súilleabháin")
	form.Set("about", "Days out with my family 👨‍👩‍👧")
	if resp := b.submit("/me/edit", "/me/edit", form); resp.Status != http.StatusSeeOther {
		t.Fatalf("a name with accents and an emoji family: status %d, want 303", resp.Status)
	}
}
