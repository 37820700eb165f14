package openreferral

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// HSDS has no field for what a price pays for, so a cost option's
// amount_description says it in words that both a person and the import
// read: "for one session", "for one month", "for one item", or "for a
// course of 10 sessions starting 2027-01-12".

// unitWords says what a price pays for.
func unitWords(unit community.PriceUnit, c community.Course) string {
	switch unit.UnitOrSession() {
	case community.PerCourse:
		return fmt.Sprintf("for a course of %d sessions starting %s", c.Sessions, c.Starts.Format(time.DateOnly))
	case community.PerMonth:
		return "for one month"
	case community.PerItem:
		return "for one item"
	}
	return "for one session"
}

var (
	courseWords = regexp.MustCompile(`(?i)course of (\d{1,3}) sessions? starting (\d{4}-\d{2}-\d{2})`)
	monthWords  = regexp.MustCompile(`(?i)\b(?:per|a|each|for one) month\b|\bmonthly\b`)
	itemWords   = regexp.MustCompile(`(?i)\b(?:per|each|for one) item\b`)
)

// unitOf reads what the prices of a service pay for from its cost
// options' words; a service that does not say is priced per session, as
// most activities are.
func unitOf(options []CostOption) (community.PriceUnit, community.Course) {
	for _, o := range options {
		text := o.Option + " " + o.AmountDescription
		if m := courseWords.FindStringSubmatch(text); m != nil {
			n, _ := strconv.Atoi(m[1])
			if day, err := time.Parse(time.DateOnly, m[2]); err == nil {
				return community.PerCourse, community.Course{Sessions: n, Starts: day}
			}
		}
		switch {
		case monthWords.MatchString(text):
			return community.PerMonth, community.Course{}
		case itemWords.MatchString(text):
			return community.PerItem, community.Course{}
		}
	}
	return community.PerSession, community.Course{}
}
