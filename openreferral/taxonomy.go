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

// indexTerms makes every curated interest a term once, as services link
// to them and the term endpoints list and find them.
func (c *Catalogue) indexTerms() {
	c.termByID, c.termIndex = make(map[string]int), make(map[string]int)
	for _, in := range community.Interests() {
		t := c.makeTerm(in.Slug)
		c.termByID[t.ID], c.termIndex[in.Slug] = len(c.terms), len(c.terms)
		c.terms = append(c.terms, t)
	}
}

// term is the interest's term; one outside the curated list (from an
// older listing) is made as it is asked for.
func (c *Catalogue) term(slug string) TaxonomyTerm {
	if i, ok := c.termIndex[slug]; ok {
		return c.terms[i]
	}
	return c.makeTerm(slug)
}

// makeTerm publishes one interest. Its name is the site's own words for
// it ("Dog walking" for dogs); term keeps the slug, which import matches.
func (c *Catalogue) makeTerm(slug string) TaxonomyTerm {
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

// Taxonomy answers GET /openreferral/taxonomies/{id}; id is the UUID, in
// either case. False means we publish no taxonomy with it.
func (c *Catalogue) Taxonomy(id string) (Taxonomy, bool) {
	if t := c.taxonomy(); t.ID == normalID(id) {
		return t, true
	}
	return Taxonomy{}, false
}

// TaxonomyTerms answers GET /openreferral/taxonomy_terms: every curated
// interest, used or not, so that readers know the whole vocabulary.
func (c *Catalogue) TaxonomyTerms(p Params) Page[TaxonomyTerm] {
	return paginate(c.terms, p)
}

// TaxonomyTerm answers GET /openreferral/taxonomy_terms/{id}; id is the
// term's UUID, in either case. False means no curated interest has it.
func (c *Catalogue) TaxonomyTerm(id string) (TaxonomyTerm, bool) {
	i, ok := c.termByID[normalID(id)]
	if !ok {
		return TaxonomyTerm{}, false
	}
	return c.terms[i], true
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
