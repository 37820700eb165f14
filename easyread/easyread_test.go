package easyread_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/easyread"
)

// sixteen is a plain sentence of 16 words with no hard words or passives.
const sixteen = "We meet at the hall on Monday and we sing songs and play games with friends."

func TestCheck(t *testing.T) {
	const fifteen = "We meet at the hall on Monday and sing songs and play games with friends."
	tests := []struct {
		name string
		text string
		want []easyread.Advice
	}{
		{"empty", "", nil},
		{"fifteen words is fine", fifteen, nil},
		{"sixteen words is long", sixteen, []easyread.Advice{
			{Kind: easyread.LongSentence, Sentence: 1, Excerpt: sixteen, Words: 16},
		}},
		{"price is one word", "The art club costs £8.50 and we meet at the hall on Monday with our friends.",
			[]easyread.Advice{{Kind: easyread.LongSentence, Sentence: 1, Words: 16,
				Excerpt: "The art club costs £8.50 and we meet at the hall on Monday with our friends."}}},
		{"price does not split", "Tickets cost £8.50. Please purchase one.", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 2, Excerpt: "purchase", Hard: "purchase", Easier: "buy"},
		}},
		{"abbreviations do not split", "Bring things, e.g. a book. Mr. Khan and Dr. Lee meet on Mill St. by the shop. Please purchase one.",
			[]easyread.Advice{{Kind: easyread.HardWord, Sentence: 3, Excerpt: "purchase", Hard: "purchase", Easier: "buy"}}},
		{"line breaks split", "Come along\nPlease purchase one", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 2, Excerpt: "purchase", Hard: "purchase", Easier: "buy"},
		}},
		{"hard words in order", "We will endeavour to accommodate you.", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 1, Excerpt: "endeavour", Hard: "endeavour", Easier: "try"},
			{Kind: easyread.HardWord, Sentence: 1, Excerpt: "accommodate", Hard: "accommodate", Easier: "make room for"},
		}},
		{"phrase", "In order to join, fill in the form.", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 1, Excerpt: "In order to", Hard: "in order to", Easier: "to"},
		}},
		{"other forms and once per sentence", "You Required help and require it now.", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 1, Excerpt: "Required", Hard: "require", Easier: "need"},
		}},
		{"longest phrase wins", "Please complete the form.", []easyread.Advice{
			{Kind: easyread.HardWord, Sentence: 1, Excerpt: "complete the form", Hard: "complete the form", Easier: "fill in the form"},
		}},
		{"no match inside a word", "Information is here.", nil},
		{"irregular passive", "The class is run by Sam.", []easyread.Advice{
			{Kind: easyread.Passive, Sentence: 1, Excerpt: "is run"},
		}},
		{"passive by the council", "The fees are paid by the council.", []easyread.Advice{
			{Kind: easyread.Passive, Sentence: 1, Excerpt: "are paid"},
		}},
		{"passive with adverb", "The room was often used for art.", []easyread.Advice{
			{Kind: easyread.Passive, Sentence: 1, Excerpt: "was often used"},
		}},
		{"interested is not passive", "I am interested in art.", nil},
		{"open is not passive", "We are open on Monday.", nil},
		{"active voice", "Sam runs the class.", nil},
		{"all kinds in order", "Tea is made. " + strings.TrimSuffix(sixteen, ".") + " whilst tea is served.",
			[]easyread.Advice{
				{Kind: easyread.Passive, Sentence: 1, Excerpt: "is made"},
				{Kind: easyread.LongSentence, Sentence: 2, Words: 20,
					Excerpt: strings.TrimSuffix(sixteen, ".") + " whilst tea is served."},
				{Kind: easyread.HardWord, Sentence: 2, Excerpt: "whilst", Hard: "whilst", Easier: "while"},
				{Kind: easyread.Passive, Sentence: 2, Excerpt: "is served"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := easyread.Check(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check(%q)\n got %+v\nwant %+v", tt.text, got, tt.want)
			}
		})
	}
}

// A whole pasted document must not be slow; with no full stops it is all one
// sentence, which is where quadratic work would show.
func TestCheckLongText(t *testing.T) {
	const chunk = "the fees are paid by the council so we endeavour to help "
	for _, sep := range []string{"", ". "} {
		text := strings.Repeat(chunk+sep, 1000) // 12,000 words
		got := easyread.Check(text)
		var passive, hard int
		for _, a := range got {
			switch a.Kind {
			case easyread.Passive:
				passive++
			case easyread.HardWord:
				hard++
			}
		}
		if passive != 1000 {
			t.Errorf("separator %q: %d passives, want 1000", sep, passive)
		}
		// Hard words are reported once per sentence.
		if want := map[string]int{"": 1, ". ": 1000}[sep]; hard != want {
			t.Errorf("separator %q: %d hard words, want %d", sep, hard, want)
		}
	}
}

func TestHardWordsAreLowerCaseAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range easyread.HardWords() {
		if a.Hard != strings.ToLower(a.Hard) || a.Hard != strings.Join(strings.Fields(a.Hard), " ") {
			t.Errorf("%q must be lower case with single spaces to match", a.Hard)
		}
		if seen[a.Hard] || a.Easier == "" {
			t.Errorf("%q is listed twice or has no easier alternative", a.Hard)
		}
		seen[a.Hard] = true
	}
}
