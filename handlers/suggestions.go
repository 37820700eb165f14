package handlers

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// suggestionsPage is /suggestions: people near me who share what I like,
// open groups for me, and groups I could start to pay less. In Easy Read
// /suggestions starts with one large button for each of the three, and
// each is a short page of its own (Section), five at a time.
type suggestionsPage struct {
	// Section is the one list this page shows ("people", "groups" or
	// "start"), or "" for them all (plain) or the buttons (Easy Read).
	Section string
	Tasks   []task
	// Query is the distance and needs chosen, for the buttons to keep.
	Query string
	// PeopleMore, GroupsMore and StartMore show five more of a section's
	// list in Easy Read.
	PeopleMore, GroupsMore, StartMore showMore
	Within                            string
	Radii                             []string
	Needs                             []string
	MyNeeds                           []string
	Placed                            bool
	Done                              string
	// Return is this page's address, filters and all, for the buttons to
	// come back to.
	Return  string
	People  []personCard
	Groups  []groupCard
	ToStart []startCard
	// Wishes are wishes near me; Easy Read shows only their number, on
	// the button to the wishes page.
	Wishes []wishCard
}

// personCard is one suggested person with the reasons in words.
type personCard struct {
	ID, Name  string
	Reasons   []locale.Idea
	SaidHello bool
}

type groupCard struct {
	ID, Name   string
	Reasons    []locale.Idea
	PlacesLeft int
}

// startCard is a group the member could start around a listing.
type startCard struct {
	ListingID, Title string
	Reasons          []locale.Idea
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

// suggestions is /suggestions: every list in plain English, and in Easy
// Read the buttons to each list's own page.
func (s *Server) suggestions(c *gin.Context) { s.suggestionsOf(c, "") }

// suggestionsSection is one list's own page: /suggestions/people,
// /suggestions/groups or /suggestions/new-groups.
func (s *Server) suggestionsSection(section string) gin.HandlerFunc {
	return func(c *gin.Context) { s.suggestionsOf(c, section) }
}

// suggestionSections are the lists, with the page of each and its title.
var suggestionSections = []struct{ Section, Path, Title, Picto string }{
	{"people", "/suggestions/people", "suggestions.people", "people"},
	{"groups", "/suggestions/groups", "suggestions.groups", "group"},
	{"start", "/suggestions/new-groups", "suggestions.start", "money"},
}

// easyLongList is how many suggestions an Easy Read list can show, five at
// a time, where the plain page shows matching's default.
const easyLongList = 50

func (s *Server) suggestionsOf(c *gin.Context, section string) {
	me := current(c).me
	easy := current(c).display.EasyRead
	page := suggestionsPage{Section: section, Within: c.DefaultQuery("within", strconv.Itoa(matching.DefaultWithin)), Radii: radiusChoices(),
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
	keep := url.Values{"within": {page.Within}}
	for _, n := range page.Needs {
		keep.Add("needs", n)
	}
	page.Query = keep.Encode()
	within, _ := strconv.Atoi(page.Within)
	q := matching.Query{Within: float64(within), Needs: page.Needs}
	starts := 5
	if easy {
		q.Limit, starts = easyLongList, easyLongList
	}
	people, placed := s.Matching.Suggest(me.ID, q)
	page.Placed = placed
	if placed {
		said, err := s.saidHello(c, me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		l := s.Locale.For(easy)
		for _, p := range people {
			page.People = append(page.People, personCard{ID: p.ID, Name: p.Name, Reasons: personReasons(l, p), SaidHello: said[p.ID]})
		}
		for _, g := range s.Matching.GroupsFor(me.ID, q) {
			page.Groups = append(page.Groups, groupCard{ID: g.ID, Name: g.Name, Reasons: groupReasons(l, g), PlacesLeft: g.PlacesLeft})
		}
		for _, f := range s.Matching.GroupsToStart(me.ID, matching.Query{Within: float64(within), Limit: starts}) {
			page.ToStart = append(page.ToStart, startCard{ListingID: f.ListingID, Title: f.Title, Reasons: startReasons(l, f)})
		}
		for _, w := range s.Matching.WishesFor(me.ID, matching.Query{Within: float64(within), Limit: starts}) {
			page.Wishes = append(page.Wishes, wishCard{ID: w.ID, Text: w.Text, Reasons: wishReasons(l, w)})
		}
		if easy {
			page.easyLists(c, l)
		}
	}
	status := http.StatusOK
	if len(problems) > 0 {
		status = http.StatusBadRequest
	}
	title := "suggestions.title"
	for _, sec := range suggestionSections {
		if sec.Section == section {
			title = sec.Title
		}
	}
	s.render(c, status, "suggestions", title, page, summaryWith(problems, nil)...)
}

// easyLists makes the Easy Read start page's buttons, each saying how many
// its list has, and cuts each list to its first five.
func (p *suggestionsPage) easyLists(c *gin.Context, l *locale.Localizer) {
	counts := map[string]int{"people": len(p.People), "groups": len(p.Groups), "start": len(p.ToStart)}
	for _, sec := range suggestionSections {
		p.Tasks = append(p.Tasks, task{Href: sec.Path + "?" + p.Query, Picto: sec.Picto, Text: l.T("suggestions.task."+sec.Section, counts[sec.Section])})
	}
	p.Tasks = append(p.Tasks, task{Href: "/wishes", Picto: "heart", Text: l.T("suggestions.task.wishes", len(p.Wishes))})
	p.People, p.PeopleMore = firstOf(c, true, p.People, "people", "people-list", l.T("suggestions.people"))
	p.Groups, p.GroupsMore = firstOf(c, true, p.Groups, "groups", "groups-list", l.T("suggestions.groups"))
	p.ToStart, p.StartMore = firstOf(c, true, p.ToStart, "start", "start-list", l.T("suggestions.start"))
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
