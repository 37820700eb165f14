package community

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestHiddenCharactersAreRefusedWithTheirName puts each character that
// hides, reorders or controls text into each kind of text people write,
// and checks the form refuses it on that field, naming the character;
// the same text without it passes.
func TestHiddenCharactersAreRefusedWithTheirName(t *testing.T) {
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	known := func(d string) bool { return d == "OX4" }
	texts := []struct {
		name, field string
		oneLine     bool
		check       func(s string) error
	}{
		{"a member's name", "name", true, func(s string) error { p := validPerson(); p.Name = "Asha" + s; return p.Validate(known) }},
		{"about a member", "about", false, func(s string) error { p := validPerson(); p.About = "I swim" + s; return p.Validate(known) }},
		{"a group's name", "name", true, func(s string) error { g := goodGroup(); g.Name = "Swim" + s; return g.Validate(known, today) }},
		{"a group's purpose", "purpose", false, func(s string) error { g := goodGroup(); g.Purpose = "We share" + s; return g.Validate(known, today) }},
		{"a listing's title", "title", true, func(s string) error { l := validListing(); l.Title = "Swim" + s; return l.Validate(known) }},
		{"a listing's description", "description", false, func(s string) error {
			l := validListing()
			l.Description = "Pool" + s
			return l.Validate(known)
		}},
		{"a board post", "text", false, func(s string) error { return Post{Text: "See you" + s}.Validate(today) }},
		{"a spend's payee", "to", true, func(s string) error {
			return Proposal{Amount: 100, To: "Pool" + s, For: "Lessons"}.Validate(1000)
		}},
		{"a payment's note", "note", true, func(s string) error {
			return Payment{Amount: 100, Method: PaymentMethods()[0], Note: "Week 1" + s}.Validate()
		}},
		{"a thing kept", "keep", true, func(s string) error {
			if e := ValidateKeep("Kayak" + s); e != nil {
				return Invalid(*e)
			}
			return nil
		}},
	}
	bad := []struct {
		r    rune
		name string
	}{
		{0x00, "NUL"}, {0x07, "a control character, U+0007"}, {0x1B, "U+001B"},
		{0x202E, "right-to-left override"}, {0x202D, "left-to-right override"}, {0x202B, "right-to-left embedding"},
		{0x2067, "right-to-left isolate"}, {0x200F, "right-to-left mark"}, {0xFFFD, "broken text"},
	}
	for _, text := range texts {
		if err := text.check(""); err != nil {
			t.Fatalf("%s: the plain text is refused: %v", text.name, err)
		}
		for _, b := range bad {
			err := text.check(string(b.r) + "x")
			key, args := problemOn(err, text.field)
			if key != "error.text.hidden_character" || len(args) != 1 || !strings.Contains(args[0], b.name) {
				t.Errorf("%s with %U: got %q %q on %s (all: %v), want error.text.hidden_character naming %q", text.name, b.r, key, args, text.field, err, b.name)
			}
		}
		// One line of text also refuses line breaks and zero-width
		// characters; free text keeps them, for paragraphs and emoji.
		for _, s := range []string{"\n", "\u200b", "\u200d"} {
			err := text.check(s + "x")
			key, _ := problemOn(err, text.field)
			if text.oneLine && key != "error.text.hidden_character" {
				t.Errorf("%s with %q: got %v, want it refused", text.name, s, err)
			}
			if !text.oneLine && err != nil {
				t.Errorf("%s with %q: refused (%v), but free text may have it", text.name, s, err)
			}
		}
	}
	// Names from every script and emoji with joiners pass.
	for _, name := range []string{"Siân Ó Súilleabháin", "أحمد", "Zoë-Ann", "李雷"} {
		p := validPerson()
		p.Name, p.About = name, "I love 👨‍👩‍👧 days out"
		if err := p.Validate(known); err != nil {
			t.Errorf("%q with an emoji family in about: refused: %v", name, err)
		}
	}
}

// problemOn returns the key and arguments of err's problem on field.
func problemOn(err error, field string) (string, []string) {
	var e *Error
	if !errors.As(err, &e) {
		return "", nil
	}
	for _, f := range e.Fields {
		if f.Field == field {
			return f.Key, f.Args
		}
	}
	return "", nil
}
