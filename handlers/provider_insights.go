package handlers

import (
	"cmp"
	"context"
	"net/http"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// insightRadii are the distances providers see counts for, in miles.
func insightRadii() []float64 { return []float64{2, 5, 10} }

// wantsWithin is the radius free times and access needs are tallied at:
// the middle one, near enough to be the provider's own people and wide
// enough that most tallies reach fewestShown.
const wantsWithin = 5.0

// fewestShown is the smallest count shown as a number: anything less could
// point at a person, so it is shown as "fewer than 5".
const fewestShown = 5

// How many free times and needs a row shows at most: in plain the five
// most shared times of the 21 and every need (there are only nine), but
// Easy Read pages stay short (at most three phone screens), so they show
// only the most shared time and need.
const (
	mostTimesShown = 5
	mostTimesEasy  = 1
	mostNeedsEasy  = 1
)

// insightRow is one interest's counts, already made safe to show.
type insightRow struct {
	Interest string
	Counts   []string
	// Times and Needs are the free times and access needs of the people
	// counted within wantsWithin, only those fewestShown or more share.
	Times, Needs []matching.KeyCount
	// Ideas are Times and Needs as Easy Read sentences, each with its
	// picture; empty in plain.
	Ideas []locale.Idea
}

// groupSize is a group buying from a listing: its name, which it chose to
// be seen by, and how many members it has, never who they are.
type groupSize struct {
	ID, Name string
	Members  int
}

// listingGroups is one of the provider's listings and the groups buying
// from it, biggest first.
type listingGroups struct {
	Listing community.Listing
	Groups  []groupSize
}

type providerInsights struct {
	Provider community.Provider
	Rows     []insightRow
	// AnyWants is whether any row has a time or need to show.
	AnyWants bool
	Listings []listingGroups
}

// providerInsightsShow tells a provider how many members near the districts
// they serve like each of their interests and are open to buying together,
// when those members are free and what they need, and which groups buy
// from each of their listings: counts only, never members' names, and
// never a count of members under five.
func (s *Server) providerInsightsShow(c *gin.Context) {
	ctx := c.Request.Context()
	mine, err := s.Store.ProvidersOwnedBy(ctx, current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	pages, err := s.insightPages(ctx, mine, s.Locale.For(current(c).display.EasyRead))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, http.StatusOK, "insights", "insights.title", struct {
		Providers   []providerInsights
		Radii       []float64
		WantsWithin float64
	}{pages, insightRadii(), wantsWithin})
}

// insightPages works out each provider's insights; groups are read once
// for all of them.
func (s *Server) insightPages(ctx context.Context, mine []community.Provider, l *locale.Localizer) ([]providerInsights, error) {
	if len(mine) == 0 {
		return nil, nil
	}
	listings := make([][]community.Listing, len(mine))
	wanted := map[string]bool{}
	for i, p := range mine {
		ls, err := s.Store.ListingsOf(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		listings[i] = ls
		for _, l := range ls {
			wanted[l.ID] = true
		}
	}
	buying, err := s.groupsBuyingFrom(ctx, wanted)
	if err != nil {
		return nil, err
	}
	pages := make([]providerInsights, 0, len(mine))
	for i, p := range mine {
		page := s.insightsFor(p, l)
		for _, listing := range listings[i] {
			page.Listings = append(page.Listings, listingGroups{Listing: listing, Groups: buying[listing.ID]})
		}
		pages = append(pages, page)
	}
	return pages, nil
}

// groupsBuyingFrom finds the groups, not closed, buying from each of the
// wanted listings, biggest first, from the store's groups in memory, by
// the listing they buy from.
func (s *Server) groupsBuyingFrom(ctx context.Context, wanted map[string]bool) (map[string][]groupSize, error) {
	if len(wanted) == 0 {
		return nil, nil
	}
	out := map[string][]groupSize{}
	for listing := range wanted {
		groups, err := s.Store.GroupsBuyingFrom(ctx, listing)
		if err != nil {
			return nil, err
		}
		for _, g := range groups {
			if !g.Closed {
				out[listing] = append(out[listing], groupSize{ID: g.ID, Name: g.Name, Members: len(g.Members)})
			}
		}
	}
	for _, groups := range out {
		slices.SortFunc(groups, func(a, b groupSize) int {
			return cmp.Or(cmp.Compare(b.Members, a.Members), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
		})
	}
	return out, nil
}

// insightsFor counts from the matching index, so a visit reads no people
// from the store.
func (s *Server) insightsFor(p community.Provider, l *locale.Localizer) providerInsights {
	out := providerInsights{Provider: p}
	for _, interest := range p.Interests {
		row := insightRow{Interest: interest}
		for _, n := range s.Matching.InterestedNear(p.Districts, interest, insightRadii()) {
			row.Counts = append(row.Counts, safeCount(n))
		}
		row.Times, row.Needs = s.wantsNear(p.Districts, interest, l.Easy())
		if l.Easy() {
			row.Ideas = wantIdeas(l, row.Times, row.Needs)
		}
		out.AnyWants = out.AnyWants || len(row.Times) > 0 || len(row.Needs) > 0
		out.Rows = append(out.Rows, row)
	}
	return out
}

// wantsNear is the free times and access needs of the people counted
// within wantsWithin, the most shared first, cut to what the page shows.
func (s *Server) wantsNear(districts []string, interest string, easy bool) (times, needs []matching.KeyCount) {
	tally := s.Matching.TimesAndNeedsNear(districts, interest, wantsWithin)
	times, needs = safeCounts(tally.Times), safeCounts(tally.Needs)
	if easy {
		return topKeys(times, mostTimesEasy), topKeys(needs, mostNeedsEasy)
	}
	return topKeys(times, mostTimesShown), needs
}

// safeCounts keeps only the times or needs fewestShown or more share. One
// that fewer share is left out rather than shown as "fewer than 5": that
// would still say someone near the provider has that need (or is free
// then), and an access need can say something about a person's health;
// left out, one person's need looks the same as nobody's.
func safeCounts(list []matching.KeyCount) []matching.KeyCount {
	return slices.DeleteFunc(list, func(k matching.KeyCount) bool { return k.Count < fewestShown })
}

// topKeys is the first n of a list sorted most first.
func topKeys(list []matching.KeyCount, n int) []matching.KeyCount {
	return list[:min(len(list), n)]
}

// wantIdeas words the times and needs as Easy Read sentences, each with
// its picture: a clock for a time, and the need's own for a need.
func wantIdeas(l *locale.Localizer, times, needs []matching.KeyCount) []locale.Idea {
	var out []locale.Idea
	for _, t := range times {
		out = append(out, locale.Idea{Text: l.T("insights.free_easy", t.Count, l.T("time."+t.Key)), Picto: "time"})
	}
	for _, n := range needs {
		out = append(out, locale.Idea{Text: l.T("insights.need_easy", n.Count, l.T("access."+n.Key)), Picto: n.Key})
	}
	return out
}

// safeCount shows a count, or "" for one under fewestShown, which the
// page words as "fewer than 5".
func safeCount(n int) string {
	if n < fewestShown {
		return ""
	}
	return strconv.Itoa(n)
}
