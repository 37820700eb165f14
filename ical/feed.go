// Package ical writes a member's private calendar feed of sessions as
// iCalendar (RFC 5545), so that calendar apps can subscribe to it.
package ical

import (
	"errors"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Event is one session in a feed.
type Event struct {
	UID         string // stable across feeds, e.g. "post-abc@clubtogether"
	Summary     string
	Description string    // may be empty
	Location    string    // may be empty
	URL         string    // may be empty; absolute URL
	Start, End  time.Time // any location; written in Europe/London local time with TZID
	AllDay      bool      // when set, Start and End are dates (End exclusive), written as VALUE=DATE
	Stamp       time.Time // DTSTAMP, written in UTC "Z"
}

// Feed is a whole calendar.
type Feed struct {
	Name   string // X-WR-CALNAME
	Events []Event
}

const tzid = "Europe/London"

// vtimezone describes Europe/London by its current rules. Clients need it to
// read TZID=Europe/London without knowing the Olson database (RFC 5545 3.6.5).
func vtimezone() []string {
	return []string{
		"BEGIN:VTIMEZONE",
		"TZID:" + tzid,
		"BEGIN:STANDARD",
		"TZOFFSETFROM:+0100",
		"TZOFFSETTO:+0000",
		"DTSTART:19701025T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
		"TZNAME:GMT",
		"END:STANDARD",
		"BEGIN:DAYLIGHT",
		"TZOFFSETFROM:+0000",
		"TZOFFSETTO:+0100",
		"DTSTART:19700329T010000",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
		"TZNAME:BST",
		"END:DAYLIGHT",
		"END:VTIMEZONE",
	}
}

// Write writes the feed as iCalendar to w. london must be the Europe/London
// location (time.LoadLocation("Europe/London")): times are labelled with that
// TZID, so converting them with any other zone would silently shift sessions.
func Write(w io.Writer, f Feed, london *time.Location) error {
	if london == nil || london.String() != tzid {
		return errors.New("ical: Write needs the " + tzid + " location")
	}
	lw := &lineWriter{w: w}
	lw.line("BEGIN:VCALENDAR")
	lw.line("VERSION:2.0")
	lw.line("PRODID:-//ClubTogether//Sessions//EN")
	lw.line("CALSCALE:GREGORIAN")
	lw.line("METHOD:PUBLISH")
	lw.line("X-WR-CALNAME:" + text(f.Name))
	lw.line("X-WR-TIMEZONE:" + tzid)
	for _, l := range vtimezone() {
		lw.line(l)
	}
	for _, e := range f.Events {
		lw.line("BEGIN:VEVENT")
		lw.line("UID:" + text(e.UID))
		lw.line("DTSTAMP:" + e.Stamp.UTC().Format("20060102T150405Z"))
		if e.AllDay {
			// A date is taken as written in its own location: converting
			// midnight elsewhere to London could land on the day before.
			lw.line("DTSTART;VALUE=DATE:" + e.Start.Format("20060102"))
			lw.line("DTEND;VALUE=DATE:" + e.End.Format("20060102"))
		} else {
			lw.line("DTSTART" + dateTime(e.Start, london))
			lw.line("DTEND" + dateTime(e.End, london))
		}
		lw.line("SUMMARY:" + text(e.Summary))
		lw.optional("DESCRIPTION:", text(e.Description))
		lw.optional("LOCATION:", text(e.Location))
		lw.optional("URL:", uri(e.URL))
		lw.line("END:VEVENT")
	}
	lw.line("END:VCALENDAR")
	return lw.err
}

// dateTime formats t as a DATE-TIME property's parameters and value. It
// uses London local time with TZID, not UTC, so that clients show a session
// at its London wall-clock time across GMT and BST. The one exception is the
// hour repeated when clocks go back: there a local time means its first (BST)
// occurrence (RFC 5545 3.3.5), so an instant in the second is written in UTC.
func dateTime(t time.Time, london *time.Location) string {
	const layout = "20060102T150405"
	local := t.In(london).Format(layout)
	if t.Add(-time.Hour).In(london).Format(layout) == local {
		return ":" + t.UTC().Format(layout) + "Z"
	}
	return ";TZID=" + tzid + ":" + local
}

// lineWriter writes content lines and keeps the first write error, after
// which it writes nothing more.
type lineWriter struct {
	w   io.Writer
	err error
}

// line folds one content line and writes it with its CRLF.
func (lw *lineWriter) line(s string) {
	if lw.err == nil {
		_, lw.err = io.WriteString(lw.w, fold(s))
	}
}

// optional writes name+value only when there is a value, as empty
// DESCRIPTION, LOCATION and URL properties mean nothing.
func (lw *lineWriter) optional(name, value string) {
	if value != "" {
		lw.line(name + value)
	}
}

// fold splits a content line so no physical line passes 75 octets without
// its CRLF; continuation lines start with one space (RFC 5545 3.1). It only
// cuts at the start of a UTF-8 sequence, so no character is split.
func fold(s string) string {
	const maxOctets = 75
	var b strings.Builder
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	return b.String()
}

// textEscaper escapes a TEXT value (RFC 5545 3.3.11). A Replacer makes one
// pass, so the backslashes it adds are never escaped again.
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

// text makes member-written text safe as a TEXT value. Every line break
// becomes the two characters \n and other control characters are dropped,
// so text can never end the line and start a property or component of its
// own. Invalid UTF-8 becomes U+FFFD, as iCalendar is UTF-8.
func text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r': // a lone CR is an old-style line break
			return '\n'
		case r == '\n', r == '\t':
			return r
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return textEscaper.Replace(s)
}

// uri writes a URI as it is, since TEXT escaping would change it, but drops
// control characters (CR and LF above all, which could inject properties;
// none is allowed in a URI anyway).
func uri(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
