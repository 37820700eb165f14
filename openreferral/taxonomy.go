package openreferral

import (
	"fmt"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Our curated interests are published as one taxonomy.
const (
	taxonomyName  = "ClubTogether interests"
	taxonomyAbout = "The interests people choose from on ClubTogether, such as swimming or board games. " +
		"Each service is linked to the interests it is for."
)

func (c *Catalogue) taxonomy() Taxonomy {
	t := Taxonomy{ID: taxonomyUUID(), Name: taxonomyName, Description: taxonomyAbout}
	if c.base != "" {
		t.URI = c.base + "/interests"
	}
	return t
}

// term publishes one interest. Its name is the site's own words for it
// ("Dog walking" for dogs); term keeps the slug, which import matches.
func (c *Catalogue) term(slug string) TaxonomyTerm {
	name := c.text("interest."+slug, readable(slug))
	group := "other"
	for _, in := range community.Interests() {
		if in.Slug == slug {
			group = strings.ToLower(c.text("category."+in.Category, readable(in.Category)))
		}
	}
	t := TaxonomyTerm{ID: TaxonomyTermUUID(slug), Name: name, Taxonomy: taxonomyName, TaxonomyID: taxonomyUUID(),
		Term: slug, Description: fmt.Sprintf("%s, in the %s group of ClubTogether interests.", name, group)}
	if c.base != "" {
		t.TermURI = c.base + "/interests/" + slug
	}
	return t
}

// Taxonomies answers GET /openreferral/taxonomies.
func (c *Catalogue) Taxonomies(p Params) Page[Taxonomy] {
	return paginate([]Taxonomy{c.taxonomy()}, p)
}

// TaxonomyTerms answers GET /openreferral/taxonomy_terms: every curated
// interest, used or not, so that readers know the whole vocabulary.
func (c *Catalogue) TaxonomyTerms(p Params) Page[TaxonomyTerm] {
	var terms []TaxonomyTerm
	for _, in := range community.Interests() {
		terms = append(terms, c.term(in.Slug))
	}
	return paginate(terms, p)
}

// text is the site's plain-English words for a catalogue key, or fallback
// when the catalogue could not be loaded or lacks the key.
func (c *Catalogue) text(key, fallback string) string {
	if c.words == nil || !c.words.Has(key) {
		return fallback
	}
	return c.words.For(false).T(key)
}

// readable turns a slug into words: "table-tennis" gives "Table tennis".
func readable(slug string) string {
	s := strings.ReplaceAll(slug, "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
