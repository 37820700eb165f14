package locale

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/templates"
)

// TestEveryTemplateKeyHasBothVariants reads every template for the message
// keys it names literally and checks each is in the catalogue, which New
// has already checked has a plain and an Easy Read text.
func TestEveryTemplateKeyHasBothVariants(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// Keys appear after .T or .Idea, or as the Label, Hint or Any of a
	// form-field partial.
	literal := regexp.MustCompile(`(?:\.(?:T|Idea)|"(?:Label|Hint|Any|Legend)") "([a-z_.-]+)"`)
	found := 0
	err = fs.WalkDir(templates.Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(templates.Files(), path)
		if err != nil {
			return err
		}
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			found++
			if !c.Has(m[1]) {
				t.Errorf("%s uses %q, which is not in the catalogue", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 50 {
		t.Errorf("found only %d message keys in the templates; is the pattern stale?", found)
	}
}

// TestDomainWordsExist checks the keys built from domain values at run time.
func TestDomainWordsExist(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, in := range community.Interests() {
		keys = append(keys, "interest."+in.Slug)
	}
	for _, cat := range community.Categories() {
		keys = append(keys, "category."+cat.Slug)
	}
	for _, need := range community.AccessNeeds() {
		keys = append(keys, "access."+need)
	}
	for _, day := range community.Days() {
		keys = append(keys, "day."+day)
		for _, slot := range community.Slots() {
			keys = append(keys, "slot."+slot, "time."+community.TimeKey(day, slot))
		}
	}
	for _, v := range []community.Visibility{community.VisibleToMembers, community.VisibleToNobody} {
		keys = append(keys, "visibility."+string(v))
	}
	for _, k := range keys {
		if !c.Has(k) {
			t.Errorf("%q is missing", k)
		}
	}
	if n := len(community.Interests()); n < 55 || n > 70 {
		t.Errorf("%d curated interests, want about 60", n)
	}
}

func TestVariantsAndArguments(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	plain, easy := c.For(false), c.For(true)
	if plain.T("home.hello", "Asha") != "Hello, Asha" || easy.T("home.hello", "Asha") != "Hello Asha" {
		t.Errorf("hello: %q / %q", plain.T("home.hello", "Asha"), easy.T("home.hello", "Asha"))
	}
	if idea := plain.Idea("home.money"); idea.Picto != "" {
		t.Error("plain pages should not carry pictograms")
	}
	if idea := easy.Idea("home.money"); idea.Picto != "money" {
		t.Errorf("Easy Read idea pictogram = %q, want money", idea.Picto)
	}
	if got := plain.T("no.such.key"); !strings.Contains(got, "no.such.key") {
		t.Errorf("a missing key shows as %q", got)
	}
}

// TestEasyReadSentencesAreShort holds the Easy Read variant to its promise:
// no sentence of more than 15 words.
func TestEasyReadSentencesAreShort(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range c.Keys() {
		for _, sentence := range regexp.MustCompile(`[.!?]\s+`).Split(c.messages[key].Easy, -1) {
			if n := len(strings.Fields(sentence)); n > 15 {
				t.Errorf("%s: Easy Read sentence of %d words: %q", key, n, sentence)
			}
		}
	}
}

// TestEveryHandlerKeyIsInTheCatalogue reads the web layer's Go source for
// message keys it names literally (l.T("…") and friends) and checks each
// is in the catalogue: a key missing there shows as [key] on the page.
func TestEveryHandlerKeyIsInTheCatalogue(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`\.(?:T|TA|Idea)\("([a-z_]+\.[a-z_.]*[a-z_])"`)
	files, err := filepath.Glob("../handlers/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no handler source to read: %v", err)
	}
	found := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			found++
			if !c.Has(m[1]) {
				t.Errorf("%s uses %q, which is not in the catalogue", f, m[1])
			}
		}
	}
	if found < 50 {
		t.Errorf("found only %d message keys in the handlers; is the pattern stale?", found)
	}
}
