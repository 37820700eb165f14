package community

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// WhatsOnDays is how far ahead What's on and the calendars look.
const WhatsOnDays = 28

// Session is one time people meet, as What's on and the calendars show
// it: a date a provider's listing runs, or a session on a group's board.
// It is worked out from the listing or the post, never kept itself, so
// it is as current as they are.
type Session struct {
	// Key names the session the same way every time it is worked out: a
	// calendar's entry keeps it as its UID, and a member's choice of a
	// public session keeps it.
	Key   string
	Title string
	// ListingID and ProviderName say whose listing it is; GroupID and
	// GroupName whose board it is on.
	ListingID, ProviderName string
	GroupID, GroupName      string
	Interests               []string
	District, Venue         string
	// Day is its date, as Day keeps dates. Slot is the part of the day a
	// listing runs ("evening"); From and To the clock times a group set.
	Day      time.Time
	Slot     string
	From, To string
	// Public sessions may be seen by anyone on What's on.
	Public bool
}

// slotMinutes is the part of the day a listing's times name, as minutes
// after midnight: a calendar needs a start and an end, and a listing says
// only "evening".
func slotMinutes(slot string) (from, to int, ok bool) {
	switch slot {
	case "morning":
		return 9 * 60, 12 * 60, true
	case "afternoon":
		return 12 * 60, 17 * 60, true
	case "evening":
		return 17 * 60, 21 * 60, true
	}
	return 0, 0, false
}

// Times returns when the session starts and ends in London, and whether
// it has no set time (a whole-day entry, ending the next day).
func (s Session) Times() (start, end time.Time, allDay bool) {
	y, m, d := s.Day.Date()
	at := func(minutes int) time.Time { return time.Date(y, m, d, 0, minutes, 0, 0, london) }
	if from, to, ok := slotMinutes(s.Slot); ok {
		return at(from), at(to), false
	}
	from, ok := ParseClock(s.From)
	if !ok {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC), true
	}
	to, ok := ParseClock(s.To)
	if !ok {
		to = from + 60 // no end given: an hour holds the place in a calendar
	}
	return at(from), at(to), false
}

// ListingSessions are the dates a listing runs from the day from, for
// days days: each of its weekly times, and for a course only the weeks
// of the course. Hidden and removed listings have none.
func ListingSessions(l Listing, providerName string, from time.Time, days int) []Session {
	if l.Hidden || !l.RemovedAt.IsZero() || l.Online {
		return nil
	}
	first, last := from, from.AddDate(0, 0, days)
	if l.Unit == PerCourse && !l.Course.IsZero() {
		first = later(first, l.Course.Starts)
		last = earlier(last, l.Course.Starts.AddDate(0, 0, 7*l.Course.Sessions))
	}
	var out []Session
	for day := first; day.Before(last); day = day.AddDate(0, 0, 1) {
		weekday := Days()[(int(day.Weekday())+6)%7]
		for _, slot := range Slots() {
			if l.Times.Has(TimeKey(weekday, slot)) {
				out = append(out, Session{
					Key: "listing-" + l.ID + "-" + day.Format("20060102") + "-" + slot, Title: l.Title,
					ListingID: l.ID, ProviderName: providerName, Interests: l.Interests, District: l.District,
					Day: day, Slot: slot, Public: true,
				})
			}
		}
	}
	return out
}

// PostSession is the session a board post names, in the group g: where
// the group is now, should it have moved since the post.
func PostSession(p Post, g Group) Session {
	return Session{
		Key: "post-" + p.ID, Title: p.Text, GroupID: g.ID, GroupName: g.Name, Interests: g.Interests,
		District: cmp.Or(g.District, p.District), Venue: p.Venue, Day: p.On, From: p.From, To: p.To, Public: p.Public,
	}
}

// ListingSessionKey reads a listing session's key back into the listing
// and the day, so that a member's choice finds its session again.
func ListingSessionKey(key string) (listingID string, day time.Time, slot string, ok bool) {
	rest, found := strings.CutPrefix(key, "listing-")
	if !found {
		return "", time.Time{}, "", false
	}
	parts := strings.Split(rest, "-")
	if len(parts) < 3 {
		return "", time.Time{}, "", false
	}
	slot, date := parts[len(parts)-1], parts[len(parts)-2]
	day, err := time.Parse("20060102", date)
	if err != nil || !slices.Contains(Slots(), slot) {
		return "", time.Time{}, "", false
	}
	return strings.Join(parts[:len(parts)-2], "-"), day, slot, true
}

// SessionFilter is what a member asks What's on for.
type SessionFilter struct {
	// Interest, when set, keeps sessions with that interest.
	Interest string
	// Days, when set, keeps sessions on those dates (as Day keeps them).
	Days []time.Time
	// Near keeps sessions in the districts it accepts.
	Near func(district string) bool
}

// Keeps reports whether the session is one the filter asks for.
func (f SessionFilter) Keeps(s Session) bool {
	if f.Interest != "" && !slices.Contains(s.Interests, f.Interest) {
		return false
	}
	if len(f.Days) > 0 && !slices.ContainsFunc(f.Days, s.Day.Equal) {
		return false
	}
	return f.Near == nil || f.Near(s.District)
}

// SortSessions puts sessions soonest first, then by title and key so
// that a page of them reads the same on every visit.
func SortSessions(sessions []Session) {
	slices.SortFunc(sessions, func(a, b Session) int {
		as, _, _ := a.Times()
		bs, _, _ := b.Times()
		if c := as.Compare(bs); c != 0 {
			return c
		}
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
}

// inComingWeekend reports whether the day i days from today, a weekday,
// is in the coming weekend: this one when today is Saturday or Sunday.
// Its Sunday is the first within a week, its Saturday the day before.
func inComingWeekend(i int, weekday string) bool {
	return weekday == "sun" && i < 7 || weekday == "sat" && i < 6
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// SessionDayChoices are the days a member may ask What's on for, besides
// any day: today, tomorrow, the coming weekend, or one day of the week.
func SessionDayChoices() []string {
	return append([]string{"today", "tomorrow", "weekend"}, Days()...)
}

// SessionDays are the dates in the next WhatsOnDays days from today a day
// choice names; false for a choice that is not one of SessionDayChoices.
// An empty choice is any day, and names no dates.
func SessionDays(choice string, today time.Time) ([]time.Time, bool) {
	if choice == "" {
		return nil, true
	}
	var out []time.Time
	for i := range WhatsOnDays {
		day := today.AddDate(0, 0, i)
		weekday := Days()[(int(day.Weekday())+6)%7]
		switch {
		case choice == "today" && i == 0, choice == "tomorrow" && i == 1, choice == weekday,
			choice == "weekend" && inComingWeekend(i, weekday):
			out = append(out, day)
		}
	}
	return out, len(out) > 0
}
