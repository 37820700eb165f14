package handlers

import (
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
)

// TestSavingsSayWhatTheyAreFor: a group that could start around a listing
// says what each pays and saves per the listing's unit, in plain words and
// in Easy Read, and only a listing priced per session says what is saved
// over four weeks.
func TestSavingsSayWhatTheyAreFor(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	base := matching.Formation{Size: 4, Nearby: 5, Each: 800, Alone: 1200, PerWeek: 2}
	course := community.Course{Sessions: 10, Starts: time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		unit        community.PriceUnit
		plain, easy []string
		noPlain     string
	}{
		{community.PerSession, []string{"each pays £8 a session instead of £12", "That is £4 less each, every session.", "Over four weeks, that is £32 less each."},
			[]string{"each pays £8 each time, not £12"}, ""},
		{community.PerCourse, []string{"each pays £8 for the course instead of £12", "That is £4 less each for the course of 10 sessions."},
			[]string{"each pays £8 for the course, not £12"}, "four weeks"},
		{community.PerMonth, []string{"each pays £8 a month instead of £12", "That is £4 less each, every month."},
			[]string{"each pays £8 each month, not £12"}, "four weeks"},
		{community.PerItem, []string{"each pays £8 an item instead of £12", "That is £4 less each, for every item."},
			[]string{"each pays £8 for one, not £12"}, "four weeks"},
	} {
		f := base
		f.Unit = c.unit
		if c.unit == community.PerCourse {
			f.Course = course
		}
		for easy, wants := range map[bool][]string{false: c.plain, true: c.easy} {
			var said []string
			for _, idea := range startReasons(cat.For(easy), f) {
				said = append(said, idea.Text)
			}
			text := strings.Join(said, " ")
			for _, want := range wants {
				if !strings.Contains(text, want) {
					t.Errorf("per %s (easy %v) the reasons do not say %q: %s", c.unit, easy, want, text)
				}
			}
			if c.noPlain != "" && strings.Contains(text, c.noPlain) {
				t.Errorf("per %s (easy %v) the reasons speak of %q: %s", c.unit, easy, c.noPlain, text)
			}
		}
	}
}
