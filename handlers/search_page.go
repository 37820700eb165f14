package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/gin-gonic/gin"
)

// resultsPerSection is how many of each kind show when no kind is chosen.
const resultsPerSection = 5

// resultItem is one thing found, ready to show.
type resultItem struct {
	Kind      string
	URL       string
	Title     string
	Interests []string
	Distance  distance
	Online    bool
	Verified  bool
	// Price is a listing's lowest price; PriceUnit what it pays for.
	Price, PriceUnit string
	// Picto is the picture beside it in Easy Read: its first interest's,
	// or its kind's.
	Picto string
}

// resultSection is the results of one kind.
type resultSection struct {
	Kind  string
	Count int
	Items []resultItem
	// More links to every result of this kind when only some are shown.
	More string
}

type searchPage struct {
	Form       searchForm
	Searched   bool
	Sections   []resultSection
	Counts     []resultSection
	Resting    bool
	Newest     []community.Listing
	Wider      string
	Related    []string
	Prev, Next string
	Interests  []interestGroup
	Within     []string
	Kinds      []string
	SignedIn   bool
	PeopleHint bool
	// Found is every result shown, of every kind, in one list for Easy
	// Read, five at a time; FoundMore shows five more.
	Found     []resultItem
	FoundMore showMore
}

func (s *Server) newSearchPage(c *gin.Context, f searchForm) searchPage {
	kinds := []string{}
	for _, k := range search.Kinds() {
		kinds = append(kinds, string(k))
	}
	return searchPage{Form: f, Interests: interestGroups(), Within: withinChoices(), Kinds: kinds, SignedIn: current(c).me != nil}
}

// searchShow is the search page: one GET form that works without
// JavaScript, results grouped by kind with counts, and paging.
func (s *Server) searchShow(c *gin.Context) {
	s.runSearch(c, readSearchForm(c), "search", "search.title")
}

// runSearch answers a search form on the given page template.
func (s *Server) runSearch(c *gin.Context, f searchForm, template, title string) {
	page := s.newSearchPage(c, f)
	me := current(c).me
	home := ""
	if me != nil {
		home = me.District
	}
	q, problems := f.query(s.Places, home)
	if len(problems) > 0 {
		s.render(c, http.StatusBadRequest, template, title, page, summaryWith(problems, nil)...)
		return
	}
	page.Searched = true
	// People are found only by signed-in members.
	if me == nil {
		if f.Type == string(search.KindPerson) {
			page.PeopleHint = true
			s.render(c, http.StatusOK, template, title, page)
			return
		}
		if len(q.Kinds) == 0 {
			q.Kinds = []search.Kind{search.KindListing, search.KindGroup, search.KindProvider}
		}
	}
	if err := s.fillResults(c, &page, q); err != nil {
		s.Log.Warn("search is resting: showing newest listings from the store", "request_id", requestID(c), "err", err)
		page.Resting = true
		page.Newest, err = s.newestListings(c, f.Interest)
		if err != nil {
			s.fail(c, err)
			return
		}
	}
	if easy := current(c).display.EasyRead; easy {
		for _, sec := range page.Sections {
			page.Found = append(page.Found, sec.Items...)
		}
		page.Found, page.FoundMore = firstOf(c, easy, page.Found, "shown", "results", s.Locale.For(easy).T("search.results"))
	}
	s.render(c, http.StatusOK, template, title, page)
}

// fillResults runs the query: one section for a chosen kind, with paging,
// or a few of each kind with a link to the rest.
func (s *Server) fillResults(c *gin.Context, page *searchPage, q search.Query) error {
	ctx := c.Request.Context()
	if s.Discovery.Stale() {
		// The index misses a change saved in the store; until it is
		// rebuilt, the store's own list is the honest answer.
		return errStaleIndex
	}
	index := s.Discovery.Index()
	kinds := q.Kinds
	paged := len(kinds) == 1
	if !paged && len(kinds) == 0 {
		kinds = search.Kinds()
	}
	total := 0
	// A page of one kind asks the index to count the others too, for their
	// tabs. A page of a few of each kind asks for every kind in turn, so
	// each kind's own search counts it, and no search counts them all.
	byKind := map[search.Kind]int{}
	for _, kind := range kinds {
		one := q
		one.Kinds = []search.Kind{kind}
		one.Limit = resultsPerSection
		one.SkipCounts = !paged
		if paged {
			one.Limit, one.Offset = search.DefaultLimit, (page.Form.Page-1)*search.DefaultLimit
		}
		res, err := index.Search(ctx, one)
		if err != nil {
			return err
		}
		if paged {
			byKind = res.ByKind
		} else {
			byKind[kind] = res.Total
		}
		section := resultSection{Kind: string(kind), Count: res.Total}
		for _, h := range res.Hits {
			// Nobody finds themselves, nor anyone blocked either way.
			if me := current(c).me; me != nil && h.Kind == search.KindPerson && (h.ID == me.ID || s.Matching.Blocked(me.ID, h.ID)) {
				section.Count--
				continue
			}
			section.Items = append(section.Items, resultItemOf(h))
		}
		total += section.Count
		if !paged && section.Count > len(section.Items) {
			section.More = page.Form.with("type", string(kind)).url()
		}
		if paged {
			page.Prev, page.Next = pageLinks(page.Form, res.Total)
		}
		if section.Count > 0 || paged {
			page.Sections = append(page.Sections, section)
		}
	}
	page.Counts = s.kindCounts(byKind, q.Kinds)
	if total == 0 {
		page.Wider, page.Related = emptyHelp(page.Form)
	}
	return nil
}

// kindCounts lists the counts of each kind the visitor may search.
func (s *Server) kindCounts(byKind map[search.Kind]int, allowed []search.Kind) []resultSection {
	var out []resultSection
	for _, k := range search.Kinds() {
		if len(allowed) > 1 && !slices.Contains(allowed, k) {
			continue
		}
		out = append(out, resultSection{Kind: string(k), Count: byKind[k]})
	}
	return out
}

func resultItemOf(h search.Hit) resultItem {
	d := h.Doc
	item := resultItem{
		Kind: string(h.Kind), URL: resultURL(h), Title: d.Title, Interests: d.Interests,
		Online: d.Online, Verified: d.Verified, Picto: kindPictos[h.Kind],
	}
	if len(d.Interests) > 0 {
		item.Picto = d.Interests[0]
	}
	if h.HasDistance {
		item.Distance = distance{Known: true, Miles: places.AboutMiles(h.Miles)}
	}
	if h.Kind == search.KindListing && d.PricePence > 0 {
		item.Price = community.Pence(d.PricePence).Pounds()
		item.PriceUnit = string(community.PriceUnit(d.PriceUnit).UnitOrSession())
	}
	return item
}

// kindPictos are the pictures of each kind of result with no interest.
var kindPictos = map[search.Kind]string{
	search.KindPerson: "person", search.KindProvider: "shopping", search.KindGroup: "group", search.KindListing: "tag",
}

func resultURL(h search.Hit) string {
	switch h.Kind {
	case search.KindPerson:
		return "/people/" + h.ID
	case search.KindProvider:
		return "/providers/" + h.ID
	case search.KindGroup:
		return "/groups/" + h.ID
	default:
		return "/listings/" + h.ID
	}
}

// with returns the form with one value changed, back on the first page.
func (f searchForm) with(key, value string) searchForm {
	switch key {
	case "type":
		f.Type = value
	case "within":
		f.Within = value
	case "interest":
		f.Interest = value
	}
	f.Page = 1
	return f
}

// url is the search address for the form.
func (f searchForm) url() string {
	v := url.Values{}
	for key, value := range map[string]string{"q": f.Q, "type": f.Type, "interest": f.Interest, "within": f.Within, "near": f.Near, "sort": f.Sort} {
		if value != "" {
			v.Set(key, value)
		}
	}
	if f.Page > 1 {
		v.Set("page", strconv.Itoa(f.Page))
	}
	return "/search?" + v.Encode()
}

func pageLinks(f searchForm, total int) (prev, next string) {
	if f.Page > 1 {
		p := f
		p.Page--
		prev = p.url()
	}
	if f.Page*search.DefaultLimit < total {
		n := f
		n.Page++
		next = n.url()
	}
	return prev, next
}

// emptyHelp suggests a wider distance and related interests when nothing
// was found.
func emptyHelp(f searchForm) (wider string, related []string) {
	choices := withinChoices()
	for i, w := range choices {
		if w == f.Within && i+1 < len(choices) {
			wider = f.with("within", choices[i+1]).url()
		}
	}
	if f.Within != "" && wider == "" {
		wider = f.with("within", "").url()
	}
	category := ""
	for _, in := range community.Interests() {
		if in.Slug == f.Interest {
			category = in.Category
		}
	}
	for _, in := range community.Interests() {
		if category != "" && in.Category == category && in.Slug != f.Interest && len(related) < 3 {
			related = append(related, in.Slug)
		}
	}
	return wider, related
}

// errStaleIndex is why a search uses the fallback while the index is
// rebuilt.
var errStaleIndex = errors.New("the search index is being rebuilt from the store")

// newestListings is the fallback when search is resting: the newest
// listings for the interest, read from the store.
func (s *Server) newestListings(c *gin.Context, interest string) ([]community.Listing, error) {
	all, err := s.Store.AllListings(c.Request.Context())
	if err != nil {
		return nil, fmt.Errorf("newest listings: %w", err)
	}
	var out []community.Listing
	for _, l := range all {
		if l.Listed() && (interest == "" || slices.Contains(l.Interests, interest)) {
			out = append(out, l)
		}
	}
	sortNewestFirst(out)
	if len(out) > 10 {
		out = out[:10]
	}
	return out, nil
}
