package community

import (
	"time"
	// The site works out days in Europe/London wherever it runs, so the
	// zone database travels inside the binary.
	_ "time/tzdata"
)

// Clock tells the time. The site reads the time only from the clock it
// was opened with, so that tests can move it forward.
type Clock func() time.Time

// london is the zone every date on the site is worked out and shown in.
var london = mustLoadLocation("Europe/London")

func mustLoadLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // the zone database is embedded: this cannot happen
	}
	return loc
}

// London returns the Europe/London time zone.
func London() *time.Location { return london }

// InLondon is t as a clock in London shows it.
func InLondon(t time.Time) time.Time { return t.In(london) }

// Day is the day t falls on in London, as midnight UTC of that date (how
// dates without a time, such as a session's day, are kept): a payment at
// 00:30 in British Summer Time is on that day, not the day before.
func Day(t time.Time) time.Time {
	y, m, d := t.In(london).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// EndOfDay is the last moment of a day, as Day keeps days, by the clock in
// London: a spend payable "by Monday 21 June" may be paid until midnight
// there, in British Summer Time as in winter.
func EndOfDay(day time.Time) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, london).Add(-time.Millisecond)
}
