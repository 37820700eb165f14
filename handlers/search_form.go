package handlers

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/gin-gonic/gin"
)

// maxQueryRunes bounds what is searched for; longer text is cut, not refused.
const maxQueryRunes = 200

// searchForm is the search form as typed (it is a GET form, so the address
// holds it and can be shared).
type searchForm struct {
	Q, Type, Interest, Within, Near, Sort string
	Page                                  int
}

// withinChoices are the distances offered, in miles; "" is anywhere.
func withinChoices() []string { return []string{"1", "2", "5", "10", "25"} }

func readSearchForm(c *gin.Context) searchForm {
	page, err := strconv.Atoi(c.Query("page"))
	if err != nil || page < 1 {
		page = 1
	}
	return searchForm{
		Q: c.Query("q"), Type: c.Query("type"), Interest: c.Query("interest"), Within: c.Query("within"),
		Near: c.Query("near"), Sort: c.Query("sort"), Page: page,
	}
}

// query checks the form and turns it into a search query. nearDefault is
// the member's own district, used when no place is typed.
func (f searchForm) query(dir *places.Directory, nearDefault string) (search.Query, []community.FieldError) {
	var problems []community.FieldError
	add := func(field, key string) { problems = append(problems, community.FieldError{Field: field, Key: key}) }
	q := search.Query{Text: cut(strings.TrimSpace(f.Q), maxQueryRunes), Sort: search.SortRelevance}
	if f.Type != "" {
		if !isKind(f.Type) {
			add("type", "error.search.type")
		} else {
			q.Kinds = []search.Kind{search.Kind(f.Type)}
		}
	}
	if f.Interest != "" {
		if !community.InterestSlugs()[f.Interest] {
			add("interest", "error.search.interest")
		}
		q.Interest = f.Interest
	}
	district := places.Normalise(f.Near)
	if district == "" {
		district = nearDefault
	}
	if district != "" {
		if pt, ok := dir.Lookup(district); ok {
			q.Near = &search.Point{Lat: pt.Lat, Lon: pt.Lon}
		} else {
			add("near", "error.district.unknown")
		}
	}
	if f.Within != "" {
		miles, err := strconv.Atoi(f.Within)
		switch {
		case err != nil || !slices.Contains(withinChoices(), f.Within):
			add("within", "error.search.within")
		case q.Near == nil && len(problems) == 0:
			add("near", "error.search.near_needed")
		default:
			q.WithinMiles = float64(miles)
		}
	}
	switch f.Sort {
	case "", "relevance":
	case "distance":
		q.Sort = search.SortDistance
	default:
		add("sort", "error.search.sort")
	}
	return q, problems
}

func isKind(s string) bool {
	for _, k := range search.Kinds() {
		if string(k) == s {
			return true
		}
	}
	return false
}

// cut shortens s to at most n runes.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// RelatedURL links to the same search for another interest; templates call it.
func (f searchForm) RelatedURL(slug string) string { return f.with("interest", slug).url() }
