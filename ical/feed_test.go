package ical

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"testing/quick"
	"time"
	_ "time/tzdata" // the parser and the tests load Europe/London; don't depend on the machine's zoneinfo
	"unicode"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

func londonLoc(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// write runs Write and checks the physical form of every feed it produces.
func write(t testing.TB, f Feed) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, f, londonLoc(t)); err != nil {
		t.Fatalf("Write: %v", err)
	}
	out := buf.String()
	checkPhysicalLines(t, out)
	return out
}

// checkPhysicalLines checks RFC 5545 3.1: CRLF after every line, no line over
// 75 octets, continuation lines start with a space, and folding never split a
// UTF-8 character (each physical line is valid UTF-8 on its own).
func checkPhysicalLines(t testing.TB, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatalf("feed does not end in CRLF: %q", out[max(0, len(out)-20):])
	}
	lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d is not valid UTF-8 alone (split character?): %q", i, l)
		}
		if i == 0 && strings.HasPrefix(l, " ") {
			t.Errorf("first line is a continuation: %q", l)
		}
		if strings.HasPrefix(l, "\t") {
			t.Errorf("line %d starts with a tab; continuations use one space: %q", i, l)
		}
		// A segment is only cut short to keep a character whole, so it is at
		// most 3 octets under the limit; anything shorter is a needless fold.
		if i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") && len(l) < 72 {
			t.Errorf("line %d folded early at %d octets: %q", i, len(l), l)
		}
	}
}

func parse(t testing.TB, out string) *ics.Calendar {
	t.Helper()
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the feed: %v\n%s", err, out)
	}
	return cal
}

// value returns a property's unescaped value and whether it is present.
func value(ev *ics.VEvent, p ics.ComponentProperty) (string, bool) {
	prop := ev.GetProperty(p)
	if prop == nil {
		return "", false
	}
	return prop.Value, true
}

// unfold undoes RFC 5545 folding, giving the logical content lines.
func unfold(out string) []string {
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(out, "\r\n ", ""), "\r\n"), "\r\n")
}

// rawValues returns the values, still escaped, of the content lines that
// start with prefix (a property name with its parameters and colon).
func rawValues(out, prefix string) []string {
	var vs []string
	for _, l := range unfold(out) {
		if v, ok := strings.CutPrefix(l, prefix); ok {
			vs = append(vs, v)
		}
	}
	return vs
}

// checkEscaped checks a raw TEXT value against RFC 5545 3.3.11: a backslash
// only starts \\, \;, \, or \n, and ; and , only appear escaped. The parser
// is lenient about both, so round-tripping alone would not catch them.
func checkEscaped(t testing.TB, v string) {
	t.Helper()
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '\\':
			if i+1 == len(v) || !strings.ContainsRune(`\;,n`, rune(v[i+1])) {
				t.Errorf("bad escape at %d in %q", i, v)
				return
			}
			i++
		case ';', ',':
			t.Errorf("unescaped %q at %d in %q", v[i], i, v)
			return
		}
	}
}

func calProp(cal *ics.Calendar, name ics.Property) []string {
	var vs []string
	for _, p := range cal.CalendarProperties {
		if p.IANAToken == string(name) {
			vs = append(vs, p.Value)
		}
	}
	return vs
}

func TestRoundTripThroughParser(t *testing.T) {
	london := londonLoc(t)
	stamp := time.Date(2026, 12, 4, 10, 15, 0, 0, time.UTC)
	timed := Event{
		UID:         "post-abc;1,2\\x@clubtogether",
		Summary:     "Swim, sauna; chat 🏊 — Zoë's café",
		Description: "Bring: towel, goggles; £2\nMeet at the café 😀\r\nThanks \\ see you, \"all\"; ok\n\nÀ bientôt",
		Location:    "Leisure Centre, Pool 2; Hackney",
		URL:         "https://clubtogether.example/s/abc?x=1&y=a,b;c",
		Start:       time.Date(2026, 12, 8, 19, 0, 0, 0, london),
		End:         time.Date(2026, 12, 8, 20, 30, 0, 0, london),
		Stamp:       stamp,
	}
	allDay := Event{
		UID:     "post-day@clubtogether",
		Summary: "Walking weekend",
		Start:   time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC),
		End:     time.Date(2026, 12, 9, 0, 0, 0, 0, time.UTC),
		AllDay:  true,
		Stamp:   stamp,
	}
	out := write(t, Feed{Name: "Sam's sessions, Hackney; ClubTogether", Events: []Event{timed, allDay}})
	cal := parse(t, out)

	for name, want := range map[ics.Property]string{
		ics.PropertyVersion:     "2.0",
		ics.PropertyProductId:   "-//ClubTogether//Sessions//EN",
		ics.PropertyCalscale:    "GREGORIAN",
		ics.PropertyMethod:      "PUBLISH",
		ics.PropertyXWRCalName:  "Sam's sessions, Hackney; ClubTogether",
		ics.PropertyXWRTimezone: "Europe/London",
	} {
		if got := calProp(cal, name); !reflect.DeepEqual(got, []string{want}) {
			t.Errorf("calendar %s = %q, want [%q]", name, got, want)
		}
	}

	tzs := cal.Timezones()
	if len(tzs) != 1 {
		t.Fatalf("got %d VTIMEZONEs, want 1", len(tzs))
	}
	if got := tzs[0].GetProperty(ics.ComponentPropertyTzid); got == nil || got.Value != "Europe/London" {
		t.Errorf("VTIMEZONE TZID = %v, want Europe/London", got)
	}
	var std, day map[string]string
	for _, c := range tzs[0].Components {
		props := map[string]string{}
		for _, p := range c.UnknownPropertiesIANAProperties() {
			props[p.IANAToken] = p.Value
		}
		switch c.(type) {
		case *ics.Standard:
			std = props
		case *ics.Daylight:
			day = props
		}
	}
	wantStd := map[string]string{"TZOFFSETFROM": "+0100", "TZOFFSETTO": "+0000", "DTSTART": "19701025T020000", "RRULE": "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZNAME": "GMT"}
	wantDay := map[string]string{"TZOFFSETFROM": "+0000", "TZOFFSETTO": "+0100", "DTSTART": "19700329T010000", "RRULE": "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME": "BST"}
	if !reflect.DeepEqual(std, wantStd) {
		t.Errorf("STANDARD = %v, want %v", std, wantStd)
	}
	if !reflect.DeepEqual(day, wantDay) {
		t.Errorf("DAYLIGHT = %v, want %v", day, wantDay)
	}

	evs := cal.Events()
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2", len(evs))
	}
	for prefix, want := range map[string]string{
		"UID:":          `post-abc\;1\,2\\x@clubtogether`,
		"SUMMARY:":      `Swim\, sauna\; chat 🏊 — Zoë's café`,
		"LOCATION:":     `Leisure Centre\, Pool 2\; Hackney`,
		"URL:":          "https://clubtogether.example/s/abc?x=1&y=a,b;c",
		"X-WR-CALNAME:": `Sam's sessions\, Hackney\; ClubTogether`,
		"DESCRIPTION:":  `Bring: towel\, goggles\; £2\nMeet at the café 😀\nThanks \\ see you\, "all"\; ok\n\nÀ bientôt`,
	} {
		// The first match is from the calendar or the first event.
		if got := rawValues(out, prefix); len(got) == 0 || got[0] != want {
			t.Errorf("raw %s = %q, want %q first", prefix, got, want)
		}
	}

	ev := evs[0]
	for p, want := range map[ics.ComponentProperty]string{
		ics.ComponentPropertyUniqueId:    timed.UID,
		ics.ComponentPropertySummary:     timed.Summary,
		ics.ComponentPropertyDescription: strings.ReplaceAll(timed.Description, "\r\n", "\n"),
		ics.ComponentPropertyLocation:    timed.Location,
		ics.ComponentPropertyUrl:         timed.URL,
		ics.ComponentPropertyDtstamp:     "20261204T101500Z",
		ics.ComponentPropertyDtStart:     "20261208T190000",
		ics.ComponentPropertyDtEnd:       "20261208T203000",
	} {
		if got, ok := value(ev, p); !ok || got != want {
			t.Errorf("event 1 %s = %q (present %v), want %q", p, got, ok, want)
		}
	}
	for _, p := range []ics.ComponentProperty{ics.ComponentPropertyDtStart, ics.ComponentPropertyDtEnd} {
		params := ev.GetProperty(p).ICalParameters
		if want := map[string][]string{"TZID": {"Europe/London"}}; !reflect.DeepEqual(params, want) {
			t.Errorf("event 1 %s params = %v, want %v", p, params, want)
		}
	}
	if got, err := ev.GetStartAt(); err != nil || !got.Equal(timed.Start) {
		t.Errorf("event 1 start parsed as %v (%v), want %v", got, err, timed.Start)
	}
	if got, err := ev.GetEndAt(); err != nil || !got.Equal(timed.End) {
		t.Errorf("event 1 end parsed as %v (%v), want %v", got, err, timed.End)
	}
	if got, err := ev.GetDtStampTime(); err != nil || !got.Equal(stamp) {
		t.Errorf("event 1 DTSTAMP parsed as %v (%v), want %v", got, err, stamp)
	}

	ev = evs[1]
	if got, _ := value(ev, ics.ComponentPropertyUniqueId); got != allDay.UID {
		t.Errorf("events out of order: second UID = %q", got)
	}
	for p, want := range map[ics.ComponentProperty]string{
		ics.ComponentPropertyDtStart: "20261208",
		ics.ComponentPropertyDtEnd:   "20261209",
	} {
		prop := ev.GetProperty(p)
		if prop == nil || prop.Value != want {
			t.Errorf("all-day %s = %v, want %q", p, prop, want)
			continue
		}
		if want := map[string][]string{"VALUE": {"DATE"}}; !reflect.DeepEqual(prop.ICalParameters, want) {
			t.Errorf("all-day %s params = %v, want %v", p, prop.ICalParameters, want)
		}
	}
	// Empty optional properties are left out rather than written empty.
	for _, p := range []ics.ComponentProperty{ics.ComponentPropertyDescription, ics.ComponentPropertyLocation, ics.ComponentPropertyUrl} {
		if _, ok := value(ev, p); ok {
			t.Errorf("all-day event has %s though it was empty", p)
		}
	}
}

// TestExactOutput pins the whole feed for one event, so that the order of
// properties and the VTIMEZONE text cannot drift unnoticed.
func TestExactOutput(t *testing.T) {
	london := londonLoc(t)
	out := write(t, Feed{Name: "My sessions", Events: []Event{{
		UID:     "post-abc@clubtogether",
		Summary: "Swim",
		URL:     "https://clubtogether.example/p/abc",
		Start:   time.Date(2026, 12, 8, 19, 0, 0, 0, london),
		End:     time.Date(2026, 12, 8, 20, 0, 0, 0, london),
		Stamp:   time.Date(2026, 12, 4, 10, 15, 0, 0, london),
	}}})
	want := strings.Join([]string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//ClubTogether//Sessions//EN",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"X-WR-CALNAME:My sessions",
		"X-WR-TIMEZONE:Europe/London",
		"BEGIN:VTIMEZONE",
		"TZID:Europe/London",
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
		"BEGIN:VEVENT",
		"UID:post-abc@clubtogether",
		"DTSTAMP:20261204T101500Z",
		"DTSTART;TZID=Europe/London:20261208T190000",
		"DTEND;TZID=Europe/London:20261208T200000",
		"SUMMARY:Swim",
		"URL:https://clubtogether.example/p/abc",
		"END:VEVENT",
		"END:VCALENDAR",
	}, "\r\n") + "\r\n"
	if out != want {
		t.Errorf("feed:\n%s\nwant:\n%s", out, want)
	}
}

func TestLondonWallClock(t *testing.T) {
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2026, 12, 4, 10, 15, 0, 0, newYork)
	tz := "DTSTART;TZID=Europe/London:"
	for _, tc := range []struct {
		name  string
		start time.Time
		want  string // the DTSTART line
		// exact says the parser must read the line back as the same instant.
		// It reads the repeated autumn hour as GMT, against RFC 5545 3.3.5.
		exact bool
	}{
		{"winter GMT", time.Date(2026, 12, 8, 19, 0, 0, 0, time.UTC), tz + "20261208T190000", true},
		{"summer BST", time.Date(2026, 7, 1, 18, 0, 0, 0, time.UTC), tz + "20260701T190000", true},
		{"summer from New York", time.Date(2026, 7, 1, 14, 0, 0, 0, newYork), tz + "20260701T190000", true},
		{"before spring change", time.Date(2026, 3, 29, 0, 30, 0, 0, time.UTC), tz + "20260329T003000", true},
		{"after spring change", time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC), tz + "20260329T023000", true},
		{"hour before autumn change", time.Date(2026, 10, 24, 23, 30, 0, 0, time.UTC), tz + "20261025T003000", true},
		// 01:30 happens twice on 25 October 2026: first in BST, then GMT.
		// The local time means the first, so the second is written in UTC.
		{"repeated hour BST", time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC), tz + "20261025T013000", false},
		{"repeated hour GMT", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), "DTSTART:20261025T013000Z", true},
		{"after autumn change", time.Date(2026, 10, 25, 2, 0, 0, 0, time.UTC), tz + "20261025T020000", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := Event{UID: "u", Summary: "s", Start: tc.start, End: tc.start.Add(time.Hour), Stamp: stamp}
			out := write(t, Feed{Events: []Event{ev}})
			if !strings.Contains(out, "\r\n"+tc.want+"\r\n") {
				t.Errorf("want %s in:\n%s", tc.want, out)
			}
			if !strings.Contains(out, "\r\nDTSTAMP:20261204T151500Z\r\n") {
				t.Errorf("DTSTAMP not written in UTC:\n%s", out)
			}
			got, err := parse(t, out).Events()[0].GetStartAt()
			if err != nil || (tc.exact && !got.Equal(tc.start)) {
				t.Errorf("parsed start %v (%v), want the instant %v", got, err, tc.start)
			}
		})
	}
}

// TestAllDayUsesGivenDate checks a date is not shifted by converting it to
// London: midnight in Tokyo is the previous afternoon in London.
func TestAllDayUsesGivenDate(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	out := write(t, Feed{Events: []Event{{
		UID: "u", Summary: "s", AllDay: true,
		Start: time.Date(2026, 7, 1, 0, 0, 0, 0, tokyo),
		End:   time.Date(2026, 7, 3, 0, 0, 0, 0, tokyo),
	}}})
	for _, want := range []string{"\r\nDTSTART;VALUE=DATE:20260701\r\n", "\r\nDTEND;VALUE=DATE:20260703\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
}

func TestFoldingMultiByte(t *testing.T) {
	// Each prefix length moves the fold points to a different offset inside
	// the 2-octet "é" and 4-octet "😀", so every way of splitting is tried.
	for _, prefix := range []string{"", "a", "ab", "abc"} {
		for _, body := range []string{
			strings.Repeat("é", 150),
			strings.Repeat("😀", 90),
			strings.Repeat("é😀", 60),
			strings.Repeat("😀é,;\\\n", 40), // escapes grow the value too
		} {
			desc := prefix + body
			out := write(t, Feed{Events: []Event{{UID: "u", Summary: desc, Description: desc}}})
			folds := strings.Count(out, "\r\n ")
			if folds < 6 {
				t.Errorf("only %d folds for %d octets of text", folds, 2*len(desc))
			}
			ev := parse(t, out).Events()[0]
			for _, p := range []ics.ComponentProperty{ics.ComponentPropertySummary, ics.ComponentPropertyDescription} {
				if got, _ := value(ev, p); got != desc {
					t.Errorf("prefix %q: %s round-tripped as %q, want %q", prefix, p, got, desc)
				}
			}
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "\r\n"},
		{strings.Repeat("a", 75), strings.Repeat("a", 75) + "\r\n"},
		{strings.Repeat("a", 76), strings.Repeat("a", 75) + "\r\n a\r\n"},
		{strings.Repeat("a", 75+74+1), strings.Repeat("a", 75) + "\r\n " + strings.Repeat("a", 74) + "\r\n a\r\n"},
		// "é" would straddle octets 75 and 76, so the first line stops at 74.
		{strings.Repeat("a", 74) + "éb", strings.Repeat("a", 74) + "\r\n éb\r\n"},
		{strings.Repeat("a", 73) + "😀", strings.Repeat("a", 73) + "\r\n 😀\r\n"},
	} {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInjection(t *testing.T) {
	for _, tc := range []struct {
		name string
		ev   Event
	}{
		{"summary CRLF", Event{Summary: "Swim\r\nEND:VEVENT\r\nBEGIN:VEVENT"}},
		{"summary LF", Event{Summary: "Swim\nEND:VEVENT\nBEGIN:VEVENT"}},
		{"summary CR", Event{Summary: "Swim\rEND:VEVENT\rBEGIN:VEVENT"}},
		{"description", Event{Summary: "s", Description: "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil"}},
		{"location", Event{Summary: "s", Location: "x\nATTENDEE:mailto:evil@example.com"}},
		{"uid", Event{UID: "a\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b", Summary: "s"}},
		{"url", Event{Summary: "s", URL: "https://x.example/\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nURL:https://evil.example/"}},
		{"vertical tab and NEL", Event{Summary: "Swim\v\u0085END:VEVENT\f\x00BEGIN:VEVENT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := write(t, Feed{Name: "n\r\nMETHOD:REQUEST", Events: []Event{tc.ev}})
			if n := strings.Count(out, "\r\nBEGIN:VEVENT\r\n"); n != 1 {
				t.Errorf("%d BEGIN:VEVENT lines, want 1:\n%s", n, out)
			}
			if n := strings.Count(out, "\r\nEND:VEVENT\r\n"); n != 1 {
				t.Errorf("%d END:VEVENT lines, want 1:\n%s", n, out)
			}
			for _, c := range []string{"\v", "\f", "\x00", "\u0085"} {
				if strings.Contains(out, c) {
					t.Errorf("control %q written:\n%s", c, out)
				}
			}
			cal := parse(t, out)
			if evs := cal.Events(); len(evs) != 1 {
				t.Fatalf("parsed %d VEVENTs, want 1:\n%s", len(evs), out)
			}
			if got := calProp(cal, ics.PropertyMethod); !reflect.DeepEqual(got, []string{"PUBLISH"}) {
				t.Errorf("METHOD = %q, want [PUBLISH]", got)
			}
			ev := cal.Events()[0]
			for _, p := range []ics.ComponentProperty{ics.ComponentPropertySummary, ics.ComponentPropertyUniqueId, ics.ComponentPropertyUrl, ics.ComponentPropertyAttendee} {
				if n := len(ev.GetProperties(p)); n > 1 {
					t.Errorf("%d %s properties, want at most 1", n, p)
				}
			}
			if ev.GetProperty(ics.ComponentPropertyAttendee) != nil {
				t.Errorf("ATTENDEE injected")
			}
		})
	}
	// The text survives, with line breaks as escaped newlines.
	out := write(t, Feed{Events: []Event{{Summary: "Swim\r\nEND:VEVENT\r\nBEGIN:VEVENT"}}})
	if got, _ := value(parse(t, out).Events()[0], ics.ComponentPropertySummary); got != "Swim\nEND:VEVENT\nBEGIN:VEVENT" {
		t.Errorf("summary = %q", got)
	}
}

// randText is a string generator for testing/quick that favours what is hard
// for a writer: iCalendar's special characters, line breaks, control
// characters, multi-byte and astral runes, surrogate code points and invalid
// UTF-8.
type randText string

func (randText) Generate(r *rand.Rand, size int) reflect.Value {
	pieces := []string{`\`, ";", ",", ":", `"`, "\n", "\r\n", "\r", "\t", " ", "\\n", "\\;",
		"é", "😀", "ß", "中", "\u0301", "\u200d", "\ufeff", "\u2028", "\x00", "\x1b", "\x7f", "\u0085",
		"\xff", "\xe2\x82", "END:VEVENT", "BEGIN:VEVENT"}
	var b strings.Builder
	n := r.Intn(4 * size)
	for range n {
		switch r.Intn(4) {
		case 0:
			b.WriteString(pieces[r.Intn(len(pieces))])
		case 1:
			b.WriteByte(byte(0x20 + r.Intn(0x5f))) // printable ASCII
		case 2:
			b.WriteRune(rune(r.Intn(unicode.MaxRune + 1))) // surrogates become U+FFFD
		default:
			b.WriteRune(rune(r.Intn(0x3000))) // dense in scripts and controls
		}
	}
	return reflect.ValueOf(randText(b.String()))
}

// wantText is what a text value should read as once parsed: the spec's
// cleaning, restated here rune by rune.
func wantText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\r' && i+1 < len(rs) && rs[i+1] == '\n':
			// CRLF is one line break; the LF is written next time round.
		case r == '\r', r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20, r >= 0x7f && r <= 0x9f:
			// C0 and C1 controls and DEL are dropped.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestRandomTextRoundTrips(t *testing.T) {
	london := londonLoc(t)
	start := time.Date(2026, 12, 8, 19, 0, 0, 0, london)
	check := func(name, uid, summary, desc, loc randText) bool {
		ev := Event{UID: string(uid), Summary: string(summary), Description: string(desc), Location: string(loc),
			Start: start, End: start.Add(time.Hour), Stamp: start}
		out := write(t, Feed{Name: string(name), Events: []Event{ev}})
		cal := parse(t, out)
		evs := cal.Events()
		if len(evs) != 1 {
			t.Errorf("parsed %d events:\n%s", len(evs), out)
			return false
		}
		for _, prefix := range []string{"X-WR-CALNAME:", "UID:", "SUMMARY:", "DESCRIPTION:", "LOCATION:"} {
			for _, v := range rawValues(out, prefix) {
				checkEscaped(t, v)
			}
		}
		ok := !t.Failed()
		if got := calProp(cal, ics.PropertyXWRCalName); !reflect.DeepEqual(got, []string{wantText(string(name))}) {
			t.Errorf("X-WR-CALNAME from %q = %q", name, got)
			ok = false
		}
		for _, f := range []struct {
			p        ics.ComponentProperty
			in       randText
			optional bool
		}{
			{ics.ComponentPropertyUniqueId, uid, false},
			{ics.ComponentPropertySummary, summary, false},
			{ics.ComponentPropertyDescription, desc, true},
			{ics.ComponentPropertyLocation, loc, true},
		} {
			want := wantText(string(f.in))
			got, present := value(evs[0], f.p)
			if got != want || present != (want != "" || !f.optional) {
				t.Errorf("%s from %q = %q (present %v), want %q", f.p, f.in, got, present, want)
				ok = false
			}
		}
		return ok
	}
	cfg := &quick.Config{MaxCount: 2000, Rand: rand.New(rand.NewSource(5545))}
	if err := quick.Check(check, cfg); err != nil {
		t.Error(err)
	}
}

// failWriter accepts limit bytes, then fails every call, and counts the
// calls made after its first failure.
type failWriter struct {
	limit, n   int
	afterError int
	failed     bool
}

var errDisk = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.failed {
		w.afterError++
		return 0, errDisk
	}
	if w.n+len(p) > w.limit {
		k := w.limit - w.n
		w.n, w.failed = w.limit, true
		return k, fmt.Errorf("write %d: %w", w.n, errDisk)
	}
	w.n += len(p)
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	london := londonLoc(t)
	f := Feed{Name: "n", Events: []Event{
		{UID: "a", Summary: strings.Repeat("long ", 40), Start: time.Now(), End: time.Now()},
		{UID: "b", Summary: "s", AllDay: true},
	}}
	var full bytes.Buffer
	if err := Write(&full, f, london); err != nil {
		t.Fatal(err)
	}
	for limit := 0; limit < full.Len(); limit += 7 {
		w := &failWriter{limit: limit}
		err := Write(w, f, london)
		if !errors.Is(err, errDisk) || err.Error() != fmt.Sprintf("write %d: disk full", limit) {
			t.Fatalf("limit %d: Write returned %v, want the first write error", limit, err)
		}
		if w.afterError != 0 {
			t.Fatalf("limit %d: %d writes after the first error", limit, w.afterError)
		}
	}
	if err := Write(&failWriter{limit: full.Len()}, f, london); err != nil {
		t.Errorf("exact-size writer: %v", err)
	}
}

func TestWrongLocation(t *testing.T) {
	for _, loc := range []*time.Location{nil, time.UTC, time.FixedZone("Europe/Paris", 3600)} {
		var buf bytes.Buffer
		if err := Write(&buf, Feed{}, loc); err == nil {
			t.Errorf("Write with location %v succeeded", loc)
		}
		if buf.Len() != 0 {
			t.Errorf("Write with location %v wrote %q", loc, buf.String())
		}
	}
}
