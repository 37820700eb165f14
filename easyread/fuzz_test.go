package easyread_test

import (
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/easyread"
)

// FuzzCheck checks that any text, however odd, gives well-formed advice the
// form can show: never a panic, a real sentence number and a quoted excerpt.
func FuzzCheck(f *testing.F) {
	for _, seed := range []string{
		"", ".", "e.g.", "£8.50.", "....", "It is.", sixteen,
		"In order to join, complete the form.\nThe fees are paid by the council!",
		"don't-'stop' ‐ 1,000, e.g. Mr. St.", "is often", "\xff\xfe is paid",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, a := range easyread.Check(text) {
			if a.Sentence < 1 || a.Sentence < last || a.Excerpt == "" {
				t.Fatalf("Check(%q) gave bad advice %+v", text, a)
			}
			last = a.Sentence
			if !strings.Contains(text, a.Excerpt) {
				t.Fatalf("Check(%q): excerpt %q is not from the text", text, a.Excerpt)
			}
			switch a.Kind {
			case easyread.LongSentence:
				if a.Words <= easyread.MaxWords {
					t.Fatalf("Check(%q): long sentence of %d words", text, a.Words)
				}
			case easyread.HardWord:
				if a.Hard == "" || a.Easier == "" {
					t.Fatalf("Check(%q): hard word without alternative %+v", text, a)
				}
			case easyread.Passive:
			default:
				t.Fatalf("Check(%q): unknown kind %q", text, a.Kind)
			}
		}
	})
}
