package handlers

import (
	"net/http"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// insightRadii are the distances providers see counts for, in miles.
func insightRadii() []float64 { return []float64{2, 5, 10} }

// fewestShown is the smallest count shown as a number: anything less could
// point at a person, so it is shown as "fewer than 5".
const fewestShown = 5

// insightRow is one interest's counts, already made safe to show.
type insightRow struct {
	Interest string
	Counts   []string
}

type providerInsights struct {
	Provider community.Provider
	Rows     []insightRow
}

// providerInsightsShow tells a provider how many members near the districts
// they serve like each of their interests and are open to buying together:
// counts only, never names, and never a number under five.
func (s *Server) providerInsightsShow(c *gin.Context) {
	ctx := c.Request.Context()
	mine, err := s.Store.ProvidersOwnedBy(ctx, current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	var pages []providerInsights
	for _, p := range mine {
		pages = append(pages, s.insightsFor(p))
	}
	s.render(c, http.StatusOK, "insights", "insights.title", struct {
		Providers []providerInsights
		Radii     []float64
	}{pages, insightRadii()})
}

// insightsFor counts from the matching index, so a visit reads no people
// from the store.
func (s *Server) insightsFor(p community.Provider) providerInsights {
	out := providerInsights{Provider: p}
	for _, interest := range p.Interests {
		row := insightRow{Interest: interest}
		for _, n := range s.Matching.InterestedNear(p.Districts, interest, insightRadii()) {
			row.Counts = append(row.Counts, safeCount(n))
		}
		out.Rows = append(out.Rows, row)
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
