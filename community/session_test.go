package community

import (
	"strings"
	"testing"
	"time"
)

func TestListingSessionsRunOnTheirDaysAndWithinTheCourse(t *testing.T) {
	times, _ := ParseAvailability([]string{"tue-evening", "sat-morning"})
	monday := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	l := Listing{ID: "a-b", Title: "Swim", District: "OX4", Times: times, Unit: PerSession, Interests: []string{"swimming"}}
	got := ListingSessions(l, "Pool", monday, 14)
	var keys []string
	for _, s := range got {
		keys = append(keys, s.Key)
	}
	want := []string{"listing-a-b-20261208-evening", "listing-a-b-20261212-morning", "listing-a-b-20261215-evening", "listing-a-b-20261219-morning"}
	if len(keys) != len(want) {
		t.Fatalf("sessions %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("session %d is %s, want %s", i, keys[i], want[i])
		}
		id, day, slot, ok := ListingSessionKey(keys[i])
		if !ok || id != "a-b" || !day.Equal(got[i].Day) || slot != got[i].Slot {
			t.Errorf("key %s reads back as %s %v %s %v", keys[i], id, day, slot, ok)
		}
	}
	start, end, allDay := got[0].Times()
	if allDay || start.In(London()).Hour() != 17 || end.In(London()).Hour() != 21 {
		t.Errorf("an evening runs %v to %v (all day %v), want 17:00 to 21:00 in London", start, end, allDay)
	}

	course := l
	course.Unit, course.Course = PerCourse, Course{Sessions: 2, Starts: time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC)}
	// 10 December is a Thursday: its two weeks hold two Saturdays and two
	// Tuesdays, and nothing before it starts or after it ends.
	got = ListingSessions(course, "Pool", monday, 28)
	if len(got) != 4 {
		t.Errorf("a two-week course from 10 December has %d sessions, want 4", len(got))
	}
	for _, s := range got {
		if s.Day.Before(course.Course.Starts) || !s.Day.Before(course.Course.Starts.AddDate(0, 0, 14)) {
			t.Errorf("the course has a session on %v, outside its two weeks", s.Day)
		}
	}
	hidden := l
	hidden.Hidden = true
	if got := ListingSessions(hidden, "Pool", monday, 28); len(got) != 0 {
		t.Errorf("a hidden listing has %d sessions", len(got))
	}
	for _, bad := range []string{"post-x", "listing-", "listing-a-20261308-evening", "listing-a-20261208-night"} {
		if _, _, _, ok := ListingSessionKey(bad); ok {
			t.Errorf("the key %q reads as a listing session", bad)
		}
	}
}

func TestSessionDaysAndFilter(t *testing.T) {
	thursday := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for choice, want := range map[string][]string{
		"today":    {"2026-12-03"},
		"tomorrow": {"2026-12-04"},
		"weekend":  {"2026-12-05", "2026-12-06"},
		"mon":      {"2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"},
	} {
		days, ok := SessionDays(choice, thursday)
		if !ok || len(days) != len(want) {
			t.Errorf("%s: %v %v, want %v", choice, days, ok, want)
			continue
		}
		for i := range want {
			if days[i].Format("2006-01-02") != want[i] {
				t.Errorf("%s day %d is %v, want %s", choice, i, days[i], want[i])
			}
		}
	}
	for start, want := range map[string][]string{"2026-12-05": {"2026-12-05", "2026-12-06"}, "2026-12-06": {"2026-12-06"}, "2026-12-07": {"2026-12-12", "2026-12-13"}} {
		from, _ := time.Parse("2006-01-02", start)
		days, _ := SessionDays("weekend", from)
		var got []string
		for _, d := range days {
			got = append(got, d.Format("2006-01-02"))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("the weekend seen on %s is %v, want %v", start, got, want)
		}
	}
	if _, ok := SessionDays("someday", thursday); ok {
		t.Error("a day not in the list is accepted")
	}
	s := Session{Interests: []string{"swimming"}, District: "OX4", Day: thursday}
	near := func(d string) bool { return d == "OX4" }
	for _, c := range []struct {
		f    SessionFilter
		want bool
	}{
		{SessionFilter{Near: near}, true},
		{SessionFilter{Interest: "cooking", Near: near}, false},
		{SessionFilter{Days: []time.Time{thursday.AddDate(0, 0, 1)}, Near: near}, false},
		{SessionFilter{Days: []time.Time{thursday}, Interest: "swimming", Near: near}, true},
		{SessionFilter{Near: func(string) bool { return false }}, false},
	} {
		if got := c.f.Keeps(s); got != c.want {
			t.Errorf("filter %+v keeps the session: %v, want %v", c.f, got, c.want)
		}
	}
}

func TestABoardSessionSaysWhenAndWhere(t *testing.T) {
	today := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	on := today.AddDate(0, 0, 2)
	for _, c := range []struct {
		name   string
		post   Post
		fields []string
	}{
		{"an announcement", Post{Text: "Hello"}, nil},
		{"a session with times", Post{Text: "Swim", On: on, From: "9:30", To: "11:00"}, nil},
		{"a public session", Post{Text: "Swim", On: on, Venue: "Pool", Public: true}, nil},
		{"a public session with no venue", Post{Text: "Swim", On: on, Public: true, Venue: "  "}, []string{"venue"}},
		{"a public announcement", Post{Text: "Swim", Public: true, Venue: "Pool"}, []string{"on"}},
		{"a time with no day", Post{Text: "Swim", From: "10:00"}, []string{"on"}},
		{"a bad time", Post{Text: "Swim", On: on, From: "25:00"}, []string{"from"}},
		{"an end before the start", Post{Text: "Swim", On: on, From: "10:00", To: "09:00"}, []string{"to"}},
		{"an end with no start", Post{Text: "Swim", On: on, To: "09:00"}, []string{"from"}},
		{"a session in the past", Post{Text: "Swim", On: today.AddDate(0, 0, -1)}, []string{"on"}},
	} {
		var got []string
		for _, f := range FieldErrors(c.post.Validate(today)) {
			got = append(got, f.Field)
		}
		if len(got) != len(c.fields) || (len(got) > 0 && got[0] != c.fields[0]) {
			t.Errorf("%s: fields %v, want %v", c.name, got, c.fields)
		}
	}
	for text, want := range map[string]int{"0:00": 0, "9:30": 570, "19:05": 1145, "23:59": 1439} {
		if got, ok := ParseClock(text); !ok || got != want || FormatClock(got) != map[string]string{"9:30": "09:30", "0:00": "00:00"}[text] && FormatClock(got) != text {
			t.Errorf("ParseClock(%q) = %d %v, want %d", text, got, ok, want)
		}
	}
	for _, bad := range []string{"", "7", "24:00", "12:60", "-1:00", "1:5", "12:+5", "ab:cd"} {
		if _, ok := ParseClock(bad); ok {
			t.Errorf("ParseClock(%q) accepted", bad)
		}
	}
}

func TestACalendarHoldsItsGroupsSessionsAndTheChosenOnce(t *testing.T) {
	since := time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)
	g := Group{ID: "g", Name: "Swimmers", District: "OX4"}
	boards := []GroupBoard{{Group: g, Posts: []Post{
		{ID: "old", Text: "Swim", On: since.AddDate(0, 0, -1)},
		{ID: "news", Text: "Hello"},
		{ID: "later", Text: "Swim", On: since.AddDate(0, 0, 9), From: "10:00"},
		{ID: "public", Text: "Open swim", On: since.AddDate(0, 0, 2), Public: true, Venue: "Pool"},
	}}}
	chosen := []Session{PostSession(boards[0].Posts[3], g), {Key: "listing-x-20261110-evening", Title: "Yoga", Day: since.AddDate(0, 0, 6), Slot: "evening"}}
	var keys []string
	for _, s := range CalendarSessions(boards, chosen, since) {
		keys = append(keys, s.Key)
	}
	if want := "post-public listing-x-20261110-evening post-later"; strings.Join(keys, " ") != want {
		t.Errorf("the calendar holds %v, want %s: no announcement, nothing before since, each once, soonest first", keys, want)
	}
}
