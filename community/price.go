package community

import "time"

// PriceUnit says what one price buys: a listing's prices, and every saving
// worked out from them, are for one of these.
type PriceUnit string

// The units a provider can price by.
const (
	PerSession PriceUnit = "session"
	// PerCourse is a run of sessions bought together, such as a ten-week
	// course; the listing's Course says how many and when it starts.
	PerCourse PriceUnit = "course"
	PerMonth  PriceUnit = "month"
	// PerItem is a thing bought, such as a pair of boots or a day's hire.
	PerItem PriceUnit = "item"
)

// PriceUnits lists the units in the order a provider is offered them.
func PriceUnits() []string {
	return []string{string(PerSession), string(PerCourse), string(PerMonth), string(PerItem)}
}

// UnitOrSession is the unit, or per session for a listing saved before
// listings had units (the migration writes it; this covers the moment
// before it has run).
func (u PriceUnit) UnitOrSession() PriceUnit {
	if u == "" {
		return PerSession
	}
	return u
}

// MaxCourseSessions is the longest course: a year of weekly sessions.
const MaxCourseSessions = 52

// Course is what a per-course price buys: how many sessions, from which
// day. It is the zero Course for every other unit.
type Course struct {
	Sessions int
	// Starts is the day of the first session (midnight UTC of that date).
	Starts time.Time
}

// IsZero reports whether the course is unset, as for every unit but a
// course.
func (c Course) IsZero() bool { return c.Sessions == 0 && c.Starts.IsZero() }

// Same reports whether two courses are the same sessions from the same day.
func (c Course) Same(d Course) bool { return c.Sessions == d.Sessions && c.Starts.Equal(d.Starts) }

// checkPrice checks the unit and, for a course, its sessions and start.
func (f *fieldErrors) checkPrice(unit PriceUnit, c Course) {
	switch unit {
	case PerSession, PerMonth, PerItem:
		if !c.IsZero() {
			f.add("unit", "error.listing.course_not_course")
		}
	case PerCourse:
		if c.Sessions < 2 || c.Sessions > MaxCourseSessions {
			f.add("course_sessions", "error.listing.course_sessions")
		}
		if c.Starts.IsZero() {
			f.add("course_starts", "error.listing.course_starts")
		}
	default:
		f.add("unit", "error.listing.unit")
	}
}

// PotPlan is how a group buying at a price per unit first plans its pot,
// each member putting in one price each time: a session every week for
// ten weeks (the form's usual plan), a month every month for six, and a
// course or an item once. The organiser can change it before starting.
func (u PriceUnit) PotPlan() (Period, int) {
	switch u.UnitOrSession() {
	case PerCourse, PerItem:
		return Once, 1
	case PerMonth:
		return EveryMonth, 6
	}
	return EveryWeek, 10
}
