package community

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on a board post.
const (
	// MaxPost bounds a board post: short announcements only.
	MaxPost  = 500
	MaxVenue = 160
)

// Post is a line on a group's board: an announcement, or a session on a
// date. Only members see the board, unless an organiser shows a session
// on What's on.
type Post struct {
	ID      string
	GroupID string
	By      string
	ByName  string
	Text    string
	// On is the session's day; zero for an announcement.
	On time.Time
	// From and To are the session's clock times in London, like "19:00";
	// both empty for a session that has no set time.
	From, To string
	// Venue is where the session is, in the organiser's words.
	Venue string
	// Public shows the session on What's on, with its day, district and
	// venue but never who is going; District is the group's, kept with
	// the post so that What's on needs no group to place it.
	Public   bool
	District string
	At       time.Time
}

// IsSession reports whether the post is a session rather than an
// announcement.
func (p Post) IsSession() bool { return !p.On.IsZero() }

// Validate checks the post's text and date; today is the first day a
// session may be on. A public session must say where it is, or nobody
// reading What's on could go.
func (p Post) Validate(today time.Time) error {
	var f fieldErrors
	f.length("text", p.Text, 1, MaxPost, "error.post.text")
	if p.IsSession() && p.On.Before(today) {
		f.add("on", "error.post.past")
	}
	from, fromOK := ParseClock(p.From)
	to, toOK := ParseClock(p.To)
	switch {
	case p.From != "" && !fromOK:
		f.add("from", "error.post.clock")
	case p.From != "" && !p.IsSession():
		f.add("on", "error.post.time_without_day")
	}
	switch {
	case p.To != "" && !toOK:
		f.add("to", "error.post.clock")
	case p.To != "" && p.From == "":
		f.add("from", "error.post.to_without_from")
	case p.To != "" && fromOK && to <= from:
		f.add("to", "error.post.to_before_from")
	}
	if utf8.RuneCountInString(p.Venue) > MaxVenue {
		f.add("venue", "error.post.venue_long")
	} else {
		f.hidden("venue", p.Venue, true)
	}
	if p.Public {
		if !p.IsSession() {
			f.add("on", "error.post.public_day")
		}
		if strings.TrimSpace(p.Venue) == "" {
			f.add("venue", "error.post.venue_missing")
		}
	}
	return f.err()
}

// ParseClock reads a clock time such as "19:00" or "9:30" as minutes after
// midnight.
func ParseClock(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(m) != 2 || len(h) < 1 || len(h) > 2 {
		return 0, false
	}
	hours, err1 := strconv.Atoi(h)
	minutes, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || strings.ContainsAny(h+m, "+-") {
		return 0, false
	}
	return hours*60 + minutes, true
}

// FormatClock writes minutes after midnight as "19:00".
func FormatClock(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }
