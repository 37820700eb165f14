package handlers

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// suggestionsPage is /suggestions: people near me who share what I like,
// open groups for me, and groups I could start to pay less.
type suggestionsPage struct {
	Within  string
	Radii   []string
	Needs   []string
	MyNeeds []string
	Placed  bool
	Done    string
	// Return is this page's address, filters and all, for the buttons to
	// come back to.
	Return  string
	People  []personCard
	Groups  []groupCard
	ToStart []startCard
}

// personCard is one suggested person with the reasons in words.
type personCard struct {
	ID, Name  string
	Reasons   []string
	SaidHello bool
}

type groupCard struct {
	ID, Name   string
	Reasons    []string
	PlacesLeft int
}

// startCard is a group the member could start around a listing.
type startCard struct {
	ListingID, Title string
	Reasons          []string
}

// radiusChoices are the distances offered on /suggestions, in miles.
func radiusChoices() []string {
	var out []string
	for _, r := range matching.Radii() {
		out = append(out, strconv.Itoa(r))
	}
	return out
}

// doneNotices are the notices a finished action can ask a page to show.
func doneNotices() []string { return []string{"hello", "not_interested", "blocked", "undone"} }

func (s *Server) suggestions(c *gin.Context) {
	me := current(c).me
	page := suggestionsPage{Within: c.DefaultQuery("within", strconv.Itoa(matching.DefaultWithin)), Radii: radiusChoices(),
		MyNeeds: me.AccessNeeds}
	if done := c.Query("done"); slices.Contains(doneNotices(), done) {
		page.Done = done
	}
	var problems []community.FieldError
	if !slices.Contains(page.Radii, page.Within) {
		problems = append(problems, community.FieldError{Field: "within", Key: "error.suggestions.within"})
		page.Within = strconv.Itoa(matching.DefaultWithin)
	}
	for _, n := range c.QueryArray("needs") {
		if slices.Contains(me.AccessNeeds, n) && !slices.Contains(page.Needs, n) {
			page.Needs = append(page.Needs, n)
		}
	}
	back := *c.Request.URL
	query := back.Query()
	query.Del("done")
	back.RawQuery = query.Encode()
	page.Return = back.RequestURI()
	within, _ := strconv.Atoi(page.Within)
	q := matching.Query{Within: float64(within), Needs: page.Needs}
	people, placed := s.Matching.Suggest(me.ID, q)
	page.Placed = placed
	if placed {
		said, err := s.saidHello(c, me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		l := s.Locale.For(current(c).display.EasyRead)
		for _, p := range people {
			page.People = append(page.People, personCard{ID: p.ID, Name: p.Name, Reasons: personReasons(l, p), SaidHello: said[p.ID]})
		}
		for _, g := range s.Matching.GroupsFor(me.ID, q) {
			page.Groups = append(page.Groups, groupCard{ID: g.ID, Name: g.Name, Reasons: groupReasons(l, g), PlacesLeft: g.PlacesLeft})
		}
		for _, f := range s.Matching.GroupsToStart(me.ID, matching.Query{Within: float64(within), Limit: 5}) {
			page.ToStart = append(page.ToStart, startCard{ListingID: f.ListingID, Title: f.Title, Reasons: startReasons(l, f)})
		}
	}
	status := http.StatusOK
	if len(problems) > 0 {
		status = http.StatusBadRequest
	}
	s.render(c, status, "suggestions", "suggestions.title", page, summaryWith(problems, nil)...)
}

// saidHello returns the people the member has said hello to.
func (s *Server) saidHello(c *gin.Context, me string) (map[string]bool, error) {
	marks, err := s.Store.MarksFrom(c.Request.Context(), me)
	if err != nil {
		return nil, err
	}
	said := map[string]bool{}
	for _, m := range marks {
		if m.Kind == community.MarkHello {
			said[m.To] = true
		}
	}
	return said, nil
}
