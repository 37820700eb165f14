package locale

import (
	"io/fs"
	"regexp"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/static"
	"github.com/clubtogether/clubtogether/templates"
)

// TestEveryPictogramExists checks that each pictogram a message or a domain
// value names is a vendored SVG, so no Easy Read page shows a broken image.
func TestEveryPictogramExists(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, key := range c.Keys() {
		if p := c.messages[key].Picto; p != "" {
			names[p] = key
		}
	}
	for _, in := range community.Interests() {
		names[in.Picto] = "interest " + in.Slug
	}
	for _, cat := range community.Categories() {
		names[cat.Picto] = "category " + cat.Slug
	}
	for _, need := range community.AccessNeeds() {
		names[need] = "access need " + need
	}
	for name, from := range names {
		if _, err := fs.Stat(static.Files(), "pictograms/"+name+".svg"); err != nil {
			t.Errorf("pictogram %q (for %s) is missing", name, from)
		}
	}
}

// TestTemplatePictogramsExist checks the pictograms templates name directly.
func TestTemplatePictogramsExist(t *testing.T) {
	named := regexp.MustCompile(`pictograms/([a-z-]+)\.svg|template "picto" "([a-z-]+)"`)
	err := fs.WalkDir(templates.Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(templates.Files(), path)
		if err != nil {
			return err
		}
		for _, m := range named.FindAllStringSubmatch(string(data), -1) {
			name := m[1] + m[2]
			if _, err := fs.Stat(static.Files(), "pictograms/"+name+".svg"); err != nil {
				t.Errorf("%s shows pictogram %q, which is missing", path, name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
