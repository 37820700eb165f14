package locale

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/clubtogether/clubtogether/templates"
)

// TestEveryPluralHasWordsForOne checks that each key the templates and
// handlers pick by number (plural "key" n) has words for one ("key_one")
// as well as for more, so no page says "1 people". Keys built from parts
// ("rules.contribution."+every) are not read here.
func TestEveryPluralHasWordsForOne(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`plural[ (]"([a-z_.]+)"[ ,)]`)
	sources := map[string][]byte{}
	err = fs.WalkDir(templates.Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		sources[path], err = fs.ReadFile(templates.Files(), path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../handlers/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no handler source to read: %v", err)
	}
	for _, f := range files {
		if sources[f], err = os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	found := 0
	for path, data := range sources {
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			found++
			for _, key := range []string{m[1], m[1] + "_one"} {
				if !c.Has(key) {
					t.Errorf("%s picks %q by number, but %q is not in the catalogue", path, m[1], key)
				}
			}
		}
	}
	if found < 10 {
		t.Errorf("found only %d plural keys; is the pattern stale?", found)
	}
}
