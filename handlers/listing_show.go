package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// tierLine is one price tier ready to show, in figures for the table and
// as a sentence that says what the price pays for.
type tierLine struct {
	MinPeople int
	Each      string
	Sentence  string
}

type listingPage struct {
	Listing  community.Listing
	Provider community.Provider
	Tiers    []tierLine
	// PriceIs says what each price pays for: a session, the course, ...
	PriceIs locale.Idea
	Owner   bool
	Saved   bool
	// Times are the listing's regular times; in Easy Read these and the
	// tiers show five at a time, each list with its link to show more.
	Times                []string
	MoreTiers, MoreTimes showMore
}

// PageTitle is the listing's title.
func (p listingPage) PageTitle() string { return p.Listing.Title }

// listingShow shows a listing with its prices as a table and, in Easy
// Read, as sentences: "If 4 people come together, each pays £8".
func (s *Server) listingShow(c *gin.Context) {
	ctx := c.Request.Context()
	l, err := s.Store.Listing(ctx, c.Param("id"))
	var p community.Provider
	if err == nil {
		p, err = s.Store.Provider(ctx, l.ProviderID)
	}
	me := current(c).me
	owner := err == nil && me != nil && me.ID == p.OwnerID
	if err == nil && l.Hidden && !owner {
		err = community.NotFound("error.listing.not_found")
	}
	if err == nil && l.Removed() && !s.isModerator(me) {
		// Its provider too is told why it is gone.
		err = community.NotFound("listing.removed")
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	page := listingPage{Listing: l, Provider: p, Owner: owner, Saved: c.Query("saved") == "1"}
	easy := current(c).display.EasyRead
	words := s.Locale.For(easy)
	page.PriceIs = unitIdea(words, l.Unit, l.Course)
	for _, t := range l.Tiers {
		page.Tiers = append(page.Tiers, tierLine{MinPeople: t.MinPeople, Each: t.Each.Pounds(), Sentence: tierWords(words, l.Unit, t)})
	}
	page.Tiers, page.MoreTiers = firstOf(c, easy, page.Tiers, "prices", "prices", words.T("listing.list_prices"))
	page.Times, page.MoreTimes = firstOf(c, easy, l.Times.Keys(), "times", "times", words.T("listing.list_times"))
	s.render(c, http.StatusOK, "listing", "", page)
}
