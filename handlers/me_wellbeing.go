package handlers

import (
	"net/http"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/chart"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// The size the wellbeing charts are drawn at; the page scales them.
const chartWidth, chartHeight = 440, 220

// wellbeingPage is the member's own answers over time: a chart of the
// three where higher is better, one of anxiety (lower is better), and the
// same figures in tables.
type wellbeingPage struct {
	Better, Anxious chart.Chart
	// Rows are the check-ins, newest first; Easy Read shows a few at a
	// time.
	Rows []community.CheckIn
	More showMore
	// On is whether check-ins are on: a member who stopped them sees
	// their answers, and no button to answer again.
	On        bool
	NextDue   time.Time
	DueNow    bool
	Helped    []community.CheckIn
	Questions []string
	Done      string
}

// meWellbeing shows the member's answers over time, or, before they agree
// to check-ins, the page saying who sees what, where they may agree.
func (s *Server) meWellbeing(c *gin.Context) {
	ctx := c.Request.Context()
	me := current(c).me
	plan, err := s.Store.WellbeingPlan(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	checkIns, err := s.Store.CheckInsOf(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	// Answers given before check-ins were stopped are still theirs to see.
	if !plan.On() && len(checkIns) == 0 {
		s.showWellbeingPlan(c, http.StatusOK, plan, "", nil)
		return
	}
	l := s.Locale.For(current(c).display.EasyRead)
	page := wellbeingPage{Done: knownDone(c, "checked_in", "plan"), Questions: community.WellbeingQuestions(), On: plan.On(),
		Better:  chart.Draw(wellbeingSeries(l, checkIns, community.QuestionLife, community.QuestionWorthwhile, community.QuestionHappy), chartWidth, chartHeight),
		Anxious: chart.Draw(wellbeingSeries(l, checkIns, community.QuestionAnxious), chartWidth, chartHeight),
	}
	var last community.CheckIn
	if len(checkIns) > 0 {
		last = checkIns[len(checkIns)-1]
	}
	now := s.Now()
	if next := plan.NextDue(last.At, now); !next.IsZero() {
		page.DueNow = !next.After(now)
		page.NextDue = next
	}
	newest := slices.Clone(checkIns)
	slices.Reverse(newest)
	most := 5
	if l.Easy() {
		most = 1
	}
	for _, ci := range newest {
		if ci.Helped != "" && len(page.Helped) < most {
			page.Helped = append(page.Helped, ci)
		}
	}
	page.Rows, page.More = firstOf(c, l.Easy(), newest, "shown", "answers", l.T("wellbeing.answers"))
	s.render(c, http.StatusOK, "me_wellbeing", "wellbeing.title", page)
}

// wellbeingSeries is the answers to the questions over time, one series
// each, labelled in the member's words.
func wellbeingSeries(l *locale.Localizer, checkIns []community.CheckIn, keys ...string) []chart.Series {
	out := make([]chart.Series, 0, len(keys))
	for _, key := range keys {
		se := chart.Series{Key: key, Label: l.T("wellbeing.short." + key)}
		for _, ci := range checkIns {
			v, _ := ci.Answers.Answer(key)
			// The chart's dates are London's, as the table's are.
			se.Points = append(se.Points, chart.Point{At: community.InLondon(ci.At), Value: v})
		}
		out = append(out, se)
	}
	return out
}
