package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// A price is never shown without what it pays for. These word a listing's
// prices, and the savings worked out from them, for its unit.

// tierWords says what each pays at one group size, per the unit.
func tierWords(l *locale.Localizer, unit community.PriceUnit, t community.PriceTier) string {
	unit = unit.UnitOrSession()
	if t.MinPeople == 1 {
		return l.T("listing.tier_sentence_one."+string(unit), t.Each.Pounds())
	}
	return l.T("listing.tier_sentence."+string(unit), t.MinPeople, t.Each.Pounds())
}

// unitIdea says what each of a listing's prices pays for; for a course,
// how many sessions and the day of the first.
func unitIdea(l *locale.Localizer, unit community.PriceUnit, c community.Course) locale.Idea {
	unit = unit.UnitOrSession()
	if unit == community.PerCourse {
		return l.Idea("listing.unit_line.course", c.Sessions, courseDayWords(l, c))
	}
	return l.Idea("listing.unit_line." + string(unit))
}

// courseDayWords is the day a course starts, whole: "Tuesday 12 January 2027".
func courseDayWords(l *locale.Localizer, c community.Course) string {
	if c.Starts.IsZero() {
		return l.T("listing.course_starts_unknown")
	}
	return c.Starts.Format("Monday 2 January 2006")
}
