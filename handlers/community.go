package handlers

import (
	"fmt"
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// plainTablesStep is how many tables of figures a plain page shows at a
// time.
const plainTablesStep = 12

// figureRow is one question's averages before and after joining a group.
type figureRow struct {
	Key                   string
	Before, After, Change string
}

// figureTable is one quarter's figures for the site or a district.
type figureTable struct {
	ID, Heading string
	People      int
	// Better are the three questions where higher is better; Anxious is
	// shown apart, where lower is better.
	Better  []figureRow
	Anxious []figureRow
}

type communityPage struct {
	Tables []figureTable
	More   showMore
	// Least is how many people a figure must stand for.
	Least int
}

// communityFigures shows the community's wellbeing per quarter, for the
// whole site and for each district where enough people answered, once
// each quarter has ended. Nothing on it is about one person. The first
// visit after a quarter ends publishes it.
func (s *Server) communityFigures(c *gin.Context) {
	ctx := c.Request.Context()
	if err := s.Actions.PublishFigures(ctx); err != nil {
		s.fail(c, err)
		return
	}
	figures, err := s.Store.PublishedFigures(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	l := s.Locale.For(current(c).display.EasyRead)
	page := communityPage{Least: community.MinAnswered}
	// Newest quarter first: it is what a visitor comes for. Easy Read
	// shows one table at a time.
	slices.SortStableFunc(figures, func(a, b community.QuarterFigures) int { return b.Quarter.Compare(a.Quarter) })
	step := plainTablesStep
	if l.Easy() {
		step = 1
	}
	shown, more := firstStep(c, step, figures, "shown", "figures", l.T("community.title"))
	for _, q := range shown {
		page.Tables = append(page.Tables, figureTableOf(l, q))
	}
	page.More = more
	s.render(c, http.StatusOK, "community", "community.title", page)
}

func figureTableOf(l *locale.Localizer, q community.QuarterFigures) figureTable {
	start, end := q.Quarter.Start(), q.Quarter.End().AddDate(0, 0, -1)
	when := l.T("community.quarter", start.Format("January"), end.Format("January 2006"))
	t := figureTable{ID: fmt.Sprintf("q%d-%d-%s", q.Quarter.Year, q.Quarter.Q, q.District), People: q.People, Heading: l.T("community.site_heading", when)}
	if q.District != "" {
		t.Heading = l.T("community.district_heading", q.District, when)
	}
	row := func(key string) figureRow {
		before, _ := q.Before.Average(key)
		after, _ := q.After.Average(key)
		change, _ := q.Change(key)
		r := figureRow{Key: key, Before: before.String(), After: after.String(), Change: change.String()}
		if change > 0 {
			r.Change = "+" + r.Change
		}
		return r
	}
	for _, key := range community.WellbeingQuestions() {
		if key == community.QuestionAnxious {
			t.Anxious = []figureRow{row(key)}
		} else {
			t.Better = append(t.Better, row(key))
		}
	}
	return t
}
