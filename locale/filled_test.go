package locale_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/easyread"
	"github.com/clubtogether/clubtogether/locale"
)

// verbRe finds the fmt verbs a message is filled in with: %s, %[2]d, %.0f.
var verbRe = regexp.MustCompile(`%(\[\d+\])?(\.\d+)?[sdqvf]`)

// TestEasyReadSentencesAreShortFilledIn holds every Easy Read message to
// its promise once it is filled in as a page fills it, with the demo's
// data: each %s takes the demo's longest member name (most messages name
// a person; the longest is the hardest case), each number a two-digit
// one. A sentence then has at most easyread.MaxWords words, and no
// message uses a hard word of easyread.HardWords (the glossary's words,
// which the site cannot avoid, are explained on /glossary instead).
func TestEasyReadSentencesAreShortFilledIn(t *testing.T) {
	c, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	name := ""
	for _, p := range demo.People(demo.DefaultSeed) {
		if len(strings.Fields(p.Name)) > len(strings.Fields(name)) || len(strings.Fields(p.Name)) == len(strings.Fields(name)) && len(p.Name) > len(name) {
			name = p.Name
		}
	}
	if name == "" {
		t.Fatal("the demo has no members to fill the messages with")
	}
	checked, easyWords := 0, c.For(true)
	for _, key := range c.Keys() {
		easy := easyWords.T(key) // with nothing to fill in, T gives the words as written
		filled := verbRe.ReplaceAllStringFunc(easy, func(verb string) string {
			switch verb[len(verb)-1] {
			case 'd':
				return "12"
			case 'f':
				return "3"
			default:
				return name
			}
		})
		if verbRe.MatchString(filled) {
			t.Errorf("%s: could not fill in %q", key, easy)
			continue
		}
		checked++
		for _, a := range easyread.Check(filled) {
			switch a.Kind {
			case easyread.LongSentence:
				t.Errorf("%s: filled in, an Easy Read sentence of %d words: %q", key, a.Words, a.Excerpt)
			case easyread.HardWord:
				t.Errorf("%s: the hard word %q in Easy Read (easier: %q): %q", key, a.Hard, a.Easier, filled)
			}
		}
	}
	if checked < len(c.Keys())/2 {
		t.Fatalf("only %d of %d messages were filled in and checked", checked, len(c.Keys()))
	}
	t.Logf("%d Easy Read messages checked, filled in with %q for each name", checked, name)
}
