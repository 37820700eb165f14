package handlers

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"time"

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
	Anxious figureRow
}

type communityPage struct {
	Tables []figureTable
	More   showMore
	// Least is how many people a figure must stand for.
	Least int
}

// communityFigures shows the community's wellbeing per quarter, for the
// whole site and for each district where enough people answered, once
// each quarter has ended. Nothing on it is about one person.
func (s *Server) communityFigures(c *gin.Context) {
	answerers, err := s.answerers(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	l := s.Locale.For(current(c).display.EasyRead)
	page := communityPage{Least: community.MinAnswered}
	figures := community.CommunityFigures(answerers, s.Now())
	// Newest quarter first: it is what a visitor comes for. Easy Read
	// shows one table at a time.
	slices.Reverse(figures)
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

// answerers are the members who checked in, as the figures see them.
func (s *Server) answerers(ctx context.Context) ([]community.Answerer, error) {
	checkIns, err := s.Store.AllCheckIns(ctx)
	if err != nil {
		return nil, err
	}
	groups, err := s.Store.AllGroups(ctx)
	if err != nil {
		return nil, err
	}
	firstGroup := map[string]time.Time{}
	for _, g := range groups {
		for _, m := range append(g.Members, g.Former...) {
			if first, seen := firstGroup[m.PersonID]; !seen || m.JoinedAt.Before(first) {
				firstGroup[m.PersonID] = m.JoinedAt
			}
		}
	}
	byPerson := map[string]*community.Answerer{}
	var order []string
	for _, ci := range checkIns {
		a, seen := byPerson[ci.PersonID]
		if !seen {
			p, err := s.Store.Person(ctx, ci.PersonID)
			if community.KindOf(err) == community.KindNotFound {
				continue // gone: their answers went with them
			}
			if err != nil {
				return nil, err
			}
			a = &community.Answerer{District: p.District, FirstGroup: firstGroup[ci.PersonID]}
			byPerson[ci.PersonID] = a
			order = append(order, ci.PersonID)
		}
		a.CheckIns = append(a.CheckIns, ci)
	}
	out := make([]community.Answerer, 0, len(order))
	for _, id := range order {
		out = append(out, *byPerson[id])
	}
	return out, nil
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
			t.Anxious = row(key)
		} else {
			t.Better = append(t.Better, row(key))
		}
	}
	return t
}
