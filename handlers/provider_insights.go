package handlers

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
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
	if len(mine) > 0 {
		// Not a hot path: read once per visit; the matching index will
		// answer this when it exists.
		people, err := s.Store.AllPeople(ctx)
		if err != nil {
			s.fail(c, err)
			return
		}
		for _, p := range mine {
			pages = append(pages, s.insightsFor(p, people))
		}
	}
	s.render(c, http.StatusOK, "insights", "insights.title", struct {
		Providers []providerInsights
		Radii     []float64
	}{pages, insightRadii()})
}

func (s *Server) insightsFor(p community.Provider, people []community.Person) providerInsights {
	var served []places.Point
	for _, d := range p.Districts {
		if pt, ok := s.Places.Lookup(d); ok {
			served = append(served, pt)
		}
	}
	out := providerInsights{Provider: p}
	for _, interest := range p.Interests {
		counts := make([]int, len(insightRadii()))
		for _, person := range people {
			if !person.OpenToBuying || !slices.Contains(person.Interests, interest) {
				continue
			}
			home, ok := s.Places.Lookup(person.District)
			if !ok {
				continue
			}
			nearest := nearestMiles(home, served)
			for i, r := range insightRadii() {
				if nearest <= r {
					counts[i]++
				}
			}
		}
		row := insightRow{Interest: interest}
		for _, n := range counts {
			row.Counts = append(row.Counts, safeCount(n))
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// nearestMiles is the distance from home to the nearest served point.
func nearestMiles(home places.Point, served []places.Point) float64 {
	best := -1.0
	for _, pt := range served {
		if m := places.Miles(home, pt); best < 0 || m < best {
			best = m
		}
	}
	if best < 0 {
		return 1e9
	}
	return best
}

// safeCount shows a count, or "" for one under fewestShown, which the
// page words as "fewer than 5".
func safeCount(n int) string {
	if n < fewestShown {
		return ""
	}
	return strconv.Itoa(n)
}
