package community

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/quick"
	"time"
)

// TestParseWellbeingAnswer: a form sends "0" to "10"; white space around
// is forgiven, anything else is refused, leading zeros ("07", "010") and
// signs included, since no form sends them.
func TestParseWellbeingAnswer(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"0", 0, true}, {"1", 1, true}, {"9", 9, true}, {"10", 10, true}, {" 7 ", 7, true}, {"\t10\n", 10, true},
		{"11", 0, false}, {"-1", 0, false}, {"happy", 0, false}, {"", 0, false}, {"   ", 0, false},
		{"7.5", 0, false}, {"010", 0, false}, {"07", 0, false}, {"00", 0, false}, {"+7", 0, false},
		{"1 0", 0, false}, {"100", 0, false}, {"٧", 0, false}, {"0x7", 0, false}, {"7a", 0, false},
	} {
		got, ok := ParseWellbeingAnswer(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseWellbeingAnswer(%q) = %d, %v, want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestWellbeingQuestionsAndAnswers: the four questions in asking order,
// each answer found by its key, and an unknown key neither panics nor
// answers.
func TestWellbeingQuestionsAndAnswers(t *testing.T) {
	if got := WellbeingQuestions(); !slices.Equal(got, []string{"life", "worthwhile", "happy", "anxious"}) {
		t.Errorf("questions %v", got)
	}
	w := Wellbeing{Life: 1, Worthwhile: 2, Happy: 3, Anxious: 4}
	for i, key := range WellbeingQuestions() {
		if a, ok := w.Answer(key); !ok || a != i+1 {
			t.Errorf("Answer(%q) = %d, %v, want %d", key, a, ok, i+1)
		}
	}
	for _, key := range []string{"", "Life", "sad", "anxiety"} {
		if a, ok := w.Answer(key); ok || a != 0 {
			t.Errorf("Answer(%q) = %d, %v, want 0, false", key, a, ok)
		}
	}
}

func fieldsOf(err error) map[string]string {
	fields := map[string]string{}
	for _, f := range FieldErrors(err) {
		fields[f.Field] = f.Key
	}
	return fields
}

// TestCheckInValidate: each answer out of 0 to 10 is an error on its own
// question; what helped may be up to 500 characters (not bytes).
func TestCheckInValidate(t *testing.T) {
	good := CheckIn{ID: "c1", PersonID: "p1", At: time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC),
		Answers: Wellbeing{Life: 0, Worthwhile: 10, Happy: 5, Anxious: 0}, Helped: "Walking with the group"}
	if err := good.Validate(); err != nil {
		t.Fatalf("a good check-in is refused: %v", err)
	}
	bad := good
	bad.Answers = Wellbeing{Life: 11, Worthwhile: 7, Happy: -1, Anxious: 3}
	err := bad.Validate()
	if KindOf(err) != KindInvalid {
		t.Fatalf("answers 11 and -1 give %v, want invalid", err)
	}
	if got := fieldsOf(err); len(got) != 2 || got["life"] != "error.wellbeing.answer" || got["happy"] != "error.wellbeing.answer" {
		t.Errorf("answers 11 and -1 in life and happy give field errors %v", got)
	}
	bad.Answers = Wellbeing{Life: 5, Worthwhile: -3, Happy: 5, Anxious: 12}
	if got := fieldsOf(bad.Validate()); len(got) != 2 || got["worthwhile"] == "" || got["anxious"] == "" {
		t.Errorf("bad worthwhile and anxious give field errors %v", got)
	}

	long := good
	long.Helped = strings.Repeat("é", MaxHelped) // 1,000 bytes, 500 characters
	if err := long.Validate(); err != nil {
		t.Errorf("what helped of exactly %d characters is refused: %v", MaxHelped, err)
	}
	long.Helped += "a"
	if got := fieldsOf(long.Validate()); len(got) != 1 || got["helped"] != "error.wellbeing.helped" {
		t.Errorf("what helped of %d characters gives %v", MaxHelped+1, got)
	}
	hidden := good
	hidden.Helped = "the walk\u202e and tea"
	if got := fieldsOf(hidden.Validate()); got["helped"] != "error.text.hidden_character" {
		t.Errorf("what helped with a right-to-left override gives %v", got)
	}
	lines := good
	lines.Helped = "the walk\nand tea"
	if err := lines.Validate(); err != nil {
		t.Errorf("what helped over two lines is refused: %v", err)
	}
}

// TestWellbeingPlanValidate: 3, 6, 12 months or never; nothing else.
func TestWellbeingPlanValidate(t *testing.T) {
	if got := WellbeingIntervals(); !slices.Equal(got, []int{3, 6, 12, 0}) {
		t.Errorf("intervals %v", got)
	}
	for _, every := range WellbeingIntervals() {
		if err := (WellbeingPlan{EveryMonths: every}).Validate(); err != nil {
			t.Errorf("every %d months is refused: %v", every, err)
		}
	}
	for _, every := range []int{-3, 1, 2, 4, 24} {
		if got := fieldsOf((WellbeingPlan{EveryMonths: every}).Validate()); len(got) != 1 || got["every"] != "error.wellbeing.every" {
			t.Errorf("every %d months gives %v", every, got)
		}
	}
}

// TestWellbeingPlanDue: asked when on and asking, at first straight away,
// then once the months have passed, from the very moment they have.
func TestWellbeingPlanDue(t *testing.T) {
	agreed := time.Date(2027, 1, 10, 12, 0, 0, 0, time.UTC)
	last := time.Date(2027, 2, 1, 9, 30, 0, 0, time.UTC)
	threeOn := last.AddDate(0, 3, 0) // 1 May 2027 09:30
	if !threeOn.Equal(time.Date(2027, 5, 1, 9, 30, 0, 0, time.UTC)) {
		t.Fatalf("three months on is %v", threeOn)
	}
	every3 := WellbeingPlan{AgreedAt: agreed, EveryMonths: 3}
	for _, tc := range []struct {
		name       string
		plan       WellbeingPlan
		last, now  time.Time
		due        bool
		next       time.Time
		wantNextOn bool // next is set
	}{
		{"never checked in", every3, time.Time{}, agreed, true, agreed, true},
		{"just checked in", every3, last, last, false, threeOn, true},
		{"a moment before three months", every3, last, threeOn.Add(-time.Nanosecond), false, threeOn, true},
		{"exactly three months on", every3, last, threeOn, true, threeOn, true},
		{"overdue", every3, last, threeOn.AddDate(0, 1, 0), true, threeOn.AddDate(0, 1, 0), true},
		{"every 12 months, 11 in", WellbeingPlan{AgreedAt: agreed, EveryMonths: 12}, last, last.AddDate(0, 11, 0), false, last.AddDate(1, 0, 0), true},
		{"every 12 months, 12 in", WellbeingPlan{AgreedAt: agreed, EveryMonths: 12}, last, last.AddDate(1, 0, 0), true, last.AddDate(1, 0, 0), true},
		{"never ask", WellbeingPlan{AgreedAt: agreed, EveryMonths: 0}, time.Time{}, agreed.AddDate(5, 0, 0), false, time.Time{}, false},
		{"never ask, checked in long ago", WellbeingPlan{AgreedAt: agreed, EveryMonths: 0}, last, last.AddDate(5, 0, 0), false, time.Time{}, false},
		{"not agreed", WellbeingPlan{EveryMonths: 3}, time.Time{}, agreed, false, time.Time{}, false},
		{"not agreed, long after a check-in", WellbeingPlan{EveryMonths: 6}, last, last.AddDate(2, 0, 0), false, time.Time{}, false},
	} {
		if got := tc.plan.Due(tc.last, tc.now); got != tc.due {
			t.Errorf("%s: due %v, want %v", tc.name, got, tc.due)
		}
		next := tc.plan.NextDue(tc.last, tc.now)
		if !next.Equal(tc.next) || next.IsZero() == tc.wantNextOn {
			t.Errorf("%s: next due %v, want %v", tc.name, next, tc.next)
		}
	}
	if (WellbeingPlan{}).On() || !every3.On() {
		t.Error("On is wrong")
	}
}

// TestDueIsNextDueReached: for any plan, last check-in and moment, Due is
// NextDue being set and not after now.
func TestDueIsNextDueReached(t *testing.T) {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	check := func(seed uint64) bool {
		r := rand.New(rand.NewPCG(seed, 11))
		p := WellbeingPlan{EveryMonths: []int{0, 3, 6, 12, 1}[r.IntN(5)]}
		if r.IntN(4) > 0 {
			p.AgreedAt = base.Add(time.Duration(r.Int64N(int64(400 * 24 * time.Hour))))
		}
		var last time.Time
		if r.IntN(4) > 0 {
			last = base.Add(time.Duration(r.Int64N(int64(800 * 24 * time.Hour))))
		}
		now := base.Add(time.Duration(r.Int64N(int64(1200 * 24 * time.Hour))))
		if !last.IsZero() && r.IntN(3) == 0 {
			now = last.AddDate(0, p.EveryMonths, 0).Add(time.Duration(r.IntN(3)-1) * time.Nanosecond)
		}
		next := p.NextDue(last, now)
		return p.Due(last, now) == (!next.IsZero() && !next.After(now))
	}
	if err := quick.Check(check, &quick.Config{MaxCount: 2000}); err != nil {
		t.Error(err)
	}
}

// TestTenths: one decimal place, negatives for a fall, and halves rounded
// away from zero.
func TestTenths(t *testing.T) {
	for _, tc := range []struct {
		t    Tenths
		want string
	}{
		{73, "7.3"}, {0, "0.0"}, {100, "10.0"}, {-12, "-1.2"}, {-5, "-0.5"}, {5, "0.5"}, {10, "1.0"}, {-100, "-10.0"},
		{Tenths(math.MinInt), "-922337203685477580.8"},
	} {
		if got := tc.t.String(); got != tc.want {
			t.Errorf("Tenths(%d) is %q, want %q", int(tc.t), got, tc.want)
		}
	}
	for _, tc := range []struct {
		sum, n int
		want   Tenths
	}{
		{29, 4, 73},     // 7.25
		{181, 25, 72},   // 7.24
		{-29, 4, -73},   // -7.25
		{-181, 25, -72}, // -7.24
		{3, 12, 3},      // 0.25
		{1, 20, 1},      // 0.05
		{-1, 20, -1},    // -0.05
		{1, 21, 0},      // 0.047…
		{0, 7, 0},
		{100, 10, 100},
		{2, 3, 7}, // 0.666…
	} {
		if got := roundTenths(tc.sum, tc.n); got != tc.want {
			t.Errorf("%d/%d rounds to %s, want %s", tc.sum, tc.n, got, tc.want)
		}
	}
	// math.Round rounds halves away from zero; 10*sum/n is one correctly
	// rounded float division, exact at every half.
	check := func(seed uint64) bool {
		r := rand.New(rand.NewPCG(seed, 12))
		n := 1 + r.IntN(500)
		sum := r.IntN(20*n+1) - 10*n
		return float64(roundTenths(sum, n)) == math.Round(float64(10*sum)/float64(n))
	}
	if err := quick.Check(check, &quick.Config{MaxCount: 5000}); err != nil {
		t.Error(err)
	}
}

// TestQuarters: quarters run January to March and so on, in UTC; a moment
// just after midnight in London in summer is still the day before in UTC.
func TestQuarters(t *testing.T) {
	for _, tc := range []struct {
		at   time.Time
		want Quarter
	}{
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), Quarter{2027, 1}},
		{time.Date(2027, 3, 31, 23, 59, 59, 999999999, time.UTC), Quarter{2027, 1}},
		{time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC), Quarter{2027, 2}},
		{time.Date(2027, 7, 1, 0, 30, 0, 0, London()), Quarter{2027, 2}}, // 23:30 on 30 June UTC
		{time.Date(2027, 9, 30, 12, 0, 0, 0, time.UTC), Quarter{2027, 3}},
		{time.Date(2027, 12, 31, 23, 0, 0, 0, time.UTC), Quarter{2027, 4}},
	} {
		if got := QuarterOf(tc.at); got != tc.want {
			t.Errorf("QuarterOf(%v) = %v, want %v", tc.at, got, tc.want)
		}
	}
	q4 := Quarter{2027, 4}
	if !q4.Start().Equal(time.Date(2027, 10, 1, 0, 0, 0, 0, time.UTC)) || !q4.End().Equal(time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("2027 Q4 runs %v to %v", q4.Start(), q4.End())
	}
	if q4.Start().Location() != time.UTC || q4.String() != "2027 Q4" {
		t.Errorf("2027 Q4 starts %v and is called %q", q4.Start(), q4)
	}
	for q := range 4 {
		qq := Quarter{2026, q + 1}
		if QuarterOf(qq.Start()) != qq || QuarterOf(qq.End().Add(-time.Nanosecond)) != qq || QuarterOf(qq.End()) == qq {
			t.Errorf("%v does not run from its start to before its end", qq)
		}
	}
}

// The figures tests below put everyone's first group in one place and
// time, so that their "after" answers fall in one quarter, 2027 Q2.
var (
	wbJoined = time.Date(2027, 1, 20, 10, 0, 0, 0, time.UTC)
	wbAfter  = wbJoined.Add(90 * 24 * time.Hour) // 20 April: 2027 Q2
	wbQ2     = Quarter{2027, 2}
	wbLater  = time.Date(2027, 8, 1, 0, 0, 0, 0, time.UTC) // Q2 is over
)

// answerer is someone who counts, with one "before" and one "after"
// check-in of these answers.
func answerer(district string, before, after Wellbeing) Answerer {
	return Answerer{District: district, FirstGroup: wbJoined, CheckIns: []CheckIn{
		{At: wbJoined.Add(-30 * 24 * time.Hour), Answers: before},
		{At: wbAfter, Answers: after},
	}}
}

func crowd(district string, n int) []Answerer {
	var out []Answerer
	for range n {
		out = append(out, answerer(district, Wellbeing{5, 5, 5, 5}, Wellbeing{6, 6, 6, 4}))
	}
	return out
}

// rowsSummary is each row's quarter, district and people, to compare.
func rowsSummary(rows []QuarterFigures) []string {
	var out []string
	for _, r := range rows {
		d := r.District
		if d == "" {
			d = "site"
		}
		out = append(out, fmt.Sprintf("%v %s %d", r.Quarter, d, r.People))
	}
	return out
}

// TestWindowBoundaries: a "before" answer counts from 90 days before the
// first group up to, not at, joining; an "after" one from 60 to 180 days
// after, both ends included. Ten others always count: the site's figure
// has eleven people exactly when the one at the boundary counts.
func TestWindowBoundaries(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct {
		name          string
		before, after time.Duration
		counts        bool
	}{
		{"before at 90 days", -90 * day, 90 * day, true},
		{"before a moment past 90 days", -90*day - time.Nanosecond, 90 * day, false},
		{"before at 91 days", -91 * day, 90 * day, false},
		{"before a moment before joining", -time.Nanosecond, 90 * day, true},
		{"before at joining", 0, 90 * day, false},
		{"after at 60 days", -30 * day, 60 * day, true},
		{"after at 59 days", -30 * day, 59 * day, false},
		{"after a moment short of 60 days", -30 * day, 60*day - time.Nanosecond, false},
		{"after at 180 days", -30 * day, 180 * day, true},
		{"after a moment past 180 days", -30 * day, 180*day + time.Nanosecond, false},
		{"after at 181 days", -30 * day, 181 * day, false},
	} {
		joined := time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)
		one := Answerer{District: "OX4", FirstGroup: joined, CheckIns: []CheckIn{
			{At: joined.Add(tc.before), Answers: Wellbeing{5, 5, 5, 5}}, {At: joined.Add(tc.after), Answers: Wellbeing{5, 5, 5, 5}},
		}}
		// The ten others joined 100 days before the one's "after" moment,
		// so that theirs, at that moment, counts in the same quarter.
		people := []Answerer{one}
		for range 10 {
			theirs := joined.Add(tc.after).Add(-100 * day)
			people = append(people, Answerer{District: "OX4", FirstGroup: theirs, CheckIns: []CheckIn{
				{At: theirs.Add(-10 * day), Answers: Wellbeing{5, 5, 5, 5}}, {At: joined.Add(tc.after), Answers: Wellbeing{5, 5, 5, 5}},
			}})
		}
		rows := CommunityFigures(people, time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC))
		want := []string{"2027 Q2 site 10", "2027 Q2 OX4 10"}
		if tc.counts {
			want = []string{"2027 Q2 site 11", "2027 Q2 OX4 11"}
		}
		if q := QuarterOf(joined.Add(tc.after)); q != wbQ2 {
			want = []string{"2027 Q3" + want[0][7:], "2027 Q3" + want[1][7:]}
		}
		if got := rowsSummary(rows); !slices.Equal(got, want) {
			t.Errorf("%s: rows %v, want %v", tc.name, got, want)
		}
	}
	if _, ok := countedAs(Answerer{District: "OX4", CheckIns: answerer("OX4", Wellbeing{}, Wellbeing{}).CheckIns}); ok {
		t.Error("someone who never joined a group counts")
	}
}

// TestWhichCheckInsCount: of several, the latest "before" and the earliest
// "after" are taken, and a check-in with an answer out of range is passed
// over.
func TestWhichCheckInsCount(t *testing.T) {
	day := 24 * time.Hour
	p := Answerer{District: "OX4", FirstGroup: wbJoined, CheckIns: []CheckIn{
		{At: wbJoined.Add(100 * day), Answers: Wellbeing{9, 9, 9, 9}},
		{At: wbJoined.Add(-80 * day), Answers: Wellbeing{1, 1, 1, 1}},
		{At: wbJoined.Add(-5 * day), Answers: Wellbeing{2, 3, 4, 5}},        // the latest before
		{At: wbJoined.Add(-1 * day), Answers: Wellbeing{2, 3, 11, 5}},       // later, but refused
		{At: wbJoined.Add(70 * day), Answers: Wellbeing{8, 7, 6, 1}},        // the earliest after
		{At: wbJoined.Add(65 * day), Answers: Wellbeing{-1, 7, 6, 1}},       // earlier, but refused
		{At: wbJoined.Add(200 * day), Answers: Wellbeing{0, 0, 0, 0}},       // too late
		{At: wbJoined.Add(10 * day), Answers: Wellbeing{10, 10, 10, 10}},    // between: neither
		{At: wbJoined.Add(-5 * day), Answers: Wellbeing{10, 10, 10, 10}},    // as late as the latest, listed after it
		{At: wbJoined.Add(-100 * day), Answers: Wellbeing{10, 10, 10, 10}},  // too early
		{At: wbJoined.Add(70 * day), Answers: Wellbeing{10, 10, 10, 10}},    // as early as the earliest, listed after it
		{At: wbJoined.Add(180*day + 1), Answers: Wellbeing{10, 10, 10, 10}}, // too late by a nanosecond
	}}
	c, ok := countedAs(p)
	if !ok || c.before != [4]int{2, 3, 4, 5} || c.after != [4]int{8, 7, 6, 1} || c.quarter != QuarterOf(wbJoined.Add(70*day)) {
		t.Errorf("counted %+v %v, want before 2 3 4 5 and after 8 7 6 1", c, ok)
	}
}

// TestFiguresAverages: averages of ten people, before and after, rounded
// half away from zero, and the change as the shown figures differ.
func TestFiguresAverages(t *testing.T) {
	var people []Answerer
	for i := range 10 {
		// Life before: 7 ×5 and 8 ×5 = 7.5; after: 72/10 = 7.2.
		// Anxious before: 3 ×9 and 8 = 3.5; after 25/10 = 2.5.
		before := Wellbeing{Life: 7 + i%2, Worthwhile: 6, Happy: i, Anxious: 3}
		if i == 0 {
			before.Anxious = 8
		}
		after := Wellbeing{Life: 7, Worthwhile: 10, Happy: 10, Anxious: 2 + i%2}
		if i < 2 {
			after.Life = 8
		}
		people = append(people, answerer("OX4", before, after))
	}
	rows := CommunityFigures(people, wbLater)
	if len(rows) != 2 || rows[0].District != "" || rows[1].District != "OX4" {
		t.Fatalf("rows %v, want the site's and OX4's", rowsSummary(rows))
	}
	if rows[0].Figures != rows[1].Figures {
		t.Errorf("the site's figures %+v differ from its one district's %+v", rows[0].Figures, rows[1].Figures)
	}
	want := Figures{People: 10,
		Before: WellbeingAverages{Life: 75, Worthwhile: 60, Happy: 45, Anxious: 35},
		After:  WellbeingAverages{Life: 72, Worthwhile: 100, Happy: 100, Anxious: 25}}
	if rows[0].Quarter != wbQ2 || rows[0].Figures != want {
		t.Errorf("figures %v %+v, want %v %+v", rows[0].Quarter, rows[0].Figures, wbQ2, want)
	}
	for key, change := range map[string]string{"life": "-0.3", "worthwhile": "4.0", "happy": "5.5", "anxious": "-1.0"} {
		if got, ok := rows[0].Change(key); !ok || got.String() != change {
			t.Errorf("change in %s is %s, want %s", key, got, change)
		}
	}
	if _, ok := rows[0].Change("mood"); ok {
		t.Error("a change for an unknown question")
	}
	if a, ok := want.After.Average("worthwhile"); !ok || a != 100 {
		t.Errorf("Average(worthwhile) = %v, %v", a, ok)
	}
}

// TestDistrictsOfTenShow: a district of ten people is shown, one of nine
// is not, though its people count in the site's figures; so that the
// districts shown cannot be taken from the site's figures to find a few
// people's answers, a larger district is held back when that would leave
// fewer than ten.
func TestDistrictsOfTenShow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		people []Answerer
		want   []string
	}{
		{"ten and ten", slices.Concat(crowd("OX1", 10), crowd("OX2", 10)),
			[]string{"2027 Q2 site 20", "2027 Q2 OX1 10", "2027 Q2 OX2 10"}},
		{"ten, nine, and one elsewhere", slices.Concat(crowd("OX2", 10), crowd("OX1", 9), crowd("OX3", 1)),
			[]string{"2027 Q2 site 20", "2027 Q2 OX2 10"}},
		{"ten, nine, and one with no district", slices.Concat(crowd("OX2", 10), crowd("OX1", 9), crowd("", 1)),
			[]string{"2027 Q2 site 20", "2027 Q2 OX2 10"}},
		{"nine alone", crowd("OX1", 9), nil},
		{"ten alone", crowd("OX1", 10), []string{"2027 Q2 site 10", "2027 Q2 OX1 10"}},
		{"nine and one", slices.Concat(crowd("OX1", 9), crowd("OX2", 1)), []string{"2027 Q2 site 10"}},
		// Showing OX2 would give away the one in OX3: OX2 is held back too.
		{"ten and one", slices.Concat(crowd("OX2", 10), crowd("OX3", 1)), []string{"2027 Q2 site 11"}},
		// 12, 10 and 3: showing both would give away OX3's three, so the
		// smaller, OX2, is held back, leaving thirteen unshown.
		{"twelve, ten and three", slices.Concat(crowd("OX3", 3), crowd("OX1", 12), crowd("OX2", 10)),
			[]string{"2027 Q2 site 25", "2027 Q2 OX1 12"}},
		// Of equals, the first alphabetically is held back.
		{"ten, ten and one", slices.Concat(crowd("OX2", 10), crowd("OX1", 10), crowd("", 1)),
			[]string{"2027 Q2 site 21", "2027 Q2 OX2 10"}},
		{"ten, ten and nine", slices.Concat(crowd("OX2", 10), crowd("OX1", 10), crowd("OX3", 9)),
			[]string{"2027 Q2 site 29", "2027 Q2 OX2 10"}},
		{"ten, ten and ten unshown", slices.Concat(crowd("OX2", 10), crowd("OX1", 10), crowd("OX3", 9), crowd("", 1)),
			[]string{"2027 Q2 site 30", "2027 Q2 OX1 10", "2027 Q2 OX2 10"}},
	} {
		if got := rowsSummary(CommunityFigures(tc.people, wbLater)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: rows %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestQuartersArePublishedOnceOver: nothing of a quarter shows until it
// has ended, from its very end; quarters come oldest first, each with the
// site first and districts alphabetically.
func TestQuartersArePublishedOnceOver(t *testing.T) {
	q2 := slices.Concat(crowd("OX4", 10), crowd("OX10", 10), crowd("B1", 10))
	q3 := slices.Concat(crowd("OX4", 10), crowd("OX1", 5))
	for i := range q3 {
		// Their first group is three months later, so their "after" is in Q3.
		q3[i].FirstGroup = q3[i].FirstGroup.AddDate(0, 3, 0)
		for j := range q3[i].CheckIns {
			q3[i].CheckIns[j].At = q3[i].CheckIns[j].At.AddDate(0, 3, 0)
		}
	}
	people := slices.Concat(q3, q2) // the later ones listed first
	q3end := Quarter{2027, 3}.End()
	for _, tc := range []struct {
		name string
		now  time.Time
		want []string
	}{
		{"in Q2", wbAfter.Add(24 * time.Hour), nil},
		{"a moment before Q2 ends", wbQ2.End().Add(-time.Nanosecond), nil},
		{"as Q2 ends", wbQ2.End(), []string{"2027 Q2 site 30", "2027 Q2 B1 10", "2027 Q2 OX10 10", "2027 Q2 OX4 10"}},
		{"a moment before Q3 ends", q3end.Add(-time.Nanosecond), []string{"2027 Q2 site 30", "2027 Q2 B1 10", "2027 Q2 OX10 10", "2027 Q2 OX4 10"}},
		{"as Q3 ends", q3end, []string{"2027 Q2 site 30", "2027 Q2 B1 10", "2027 Q2 OX10 10", "2027 Q2 OX4 10", "2027 Q3 site 15"}},
	} {
		if got := rowsSummary(CommunityFigures(people, tc.now)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: rows %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := CommunityFigures(nil, wbLater); len(got) != 0 {
		t.Errorf("nobody gives rows %v", got)
	}
}

// The reference below works the figures out again with plain loops and
// float averages, from the rules as written, sharing nothing with the
// code under test.

type refKey struct {
	year, q  int
	district string
}

type refSum struct {
	people        int
	before, after [4]int
}

func refValid(w Wellbeing) bool {
	return w.Life >= 0 && w.Life <= 10 && w.Worthwhile >= 0 && w.Worthwhile <= 10 &&
		w.Happy >= 0 && w.Happy <= 10 && w.Anxious >= 0 && w.Anxious <= 10
}

func refAverage(sum, people int) Tenths {
	// 10*sum/people in one float division is correctly rounded, so a true
	// half (x.x5) stays exactly a half, and math.Round takes it away from
	// zero. (sum/people first and times 10 after could land a hair under.)
	return Tenths(math.Round(float64(sum*10) / float64(people)))
}

func refFigures(s refSum) Figures {
	f := Figures{People: s.people}
	f.Before = WellbeingAverages{refAverage(s.before[0], s.people), refAverage(s.before[1], s.people), refAverage(s.before[2], s.people), refAverage(s.before[3], s.people)}
	f.After = WellbeingAverages{refAverage(s.after[0], s.people), refAverage(s.after[1], s.people), refAverage(s.after[2], s.people), refAverage(s.after[3], s.people)}
	return f
}

// refCommunityFigures also says how many districts of ten or more it held
// back, to show that the random populations reach that rule.
func refCommunityFigures(people []Answerer, now time.Time) ([]QuarterFigures, int) {
	day := 24 * time.Hour
	sums := map[refKey]*refSum{}
	for _, p := range people {
		if p.FirstGroup.IsZero() {
			continue
		}
		// Walk from the last check-in back to the first, each one as good
		// as the best so far replacing it: of equals, the first listed wins.
		var before, after *CheckIn
		for i := len(p.CheckIns) - 1; i >= 0; i-- {
			c := &p.CheckIns[i]
			if !refValid(c.Answers) {
				continue
			}
			since := c.At.Sub(p.FirstGroup)
			if since >= -90*day && since < 0 {
				if before == nil || !c.At.Before(before.At) {
					before = c
				}
			}
			if since >= 60*day && since <= 180*day {
				if after == nil || !c.At.After(after.At) {
					after = c
				}
			}
		}
		if before == nil || after == nil {
			continue
		}
		u := after.At.UTC()
		q := (int(u.Month()) + 2) / 3
		end := time.Date(u.Year(), time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC)
		if now.Before(end) {
			continue
		}
		b := [4]int{before.Answers.Life, before.Answers.Worthwhile, before.Answers.Happy, before.Answers.Anxious}
		a := [4]int{after.Answers.Life, after.Answers.Worthwhile, after.Answers.Happy, after.Answers.Anxious}
		keys := []refKey{{u.Year(), q, "\x00site"}}
		if p.District != "" {
			keys = append(keys, refKey{u.Year(), q, p.District})
		}
		for _, k := range keys {
			if sums[k] == nil {
				sums[k] = &refSum{}
			}
			sums[k].people++
			for i := range 4 {
				sums[k].before[i] += b[i]
				sums[k].after[i] += a[i]
			}
		}
	}
	var quarters [][2]int
	for k := range sums {
		if k.district == "\x00site" {
			quarters = append(quarters, [2]int{k.year, k.q})
		}
	}
	sort.Slice(quarters, func(i, j int) bool {
		return quarters[i][0]*10+quarters[i][1] < quarters[j][0]*10+quarters[j][1]
	})
	var out []QuarterFigures
	heldBack := 0
	for _, yq := range quarters {
		site := sums[refKey{yq[0], yq[1], "\x00site"}]
		if site.people < 10 {
			continue
		}
		var shown []string
		left := site.people
		for k, s := range sums {
			if k.year == yq[0] && k.q == yq[1] && k.district != "\x00site" && s.people >= 10 {
				shown = append(shown, k.district)
				left -= s.people
			}
		}
		if left > 0 && left < 10 && len(shown) > 0 {
			// Hold back the smallest, of equals the first alphabetically.
			sort.Slice(shown, func(i, j int) bool {
				a, b := sums[refKey{yq[0], yq[1], shown[i]}], sums[refKey{yq[0], yq[1], shown[j]}]
				if a.people != b.people {
					return a.people < b.people
				}
				return shown[i] < shown[j]
			})
			shown = shown[1:]
			heldBack++
		}
		sort.Strings(shown)
		out = append(out, QuarterFigures{Quarter: Quarter{yq[0], yq[1]}, Figures: refFigures(*site)})
		for _, d := range shown {
			out = append(out, QuarterFigures{Quarter: Quarter{yq[0], yq[1]}, District: d, Figures: refFigures(*sums[refKey{yq[0], yq[1], d}])})
		}
	}
	return out, heldBack
}

// randomPopulation is people in three districts (and a few in none),
// joining first groups over up to two years, with check-ins all about
// those times and often right on the edges of the windows, some at the
// same moment, a few with an answer out of range.
func randomPopulation(r *rand.Rand) ([]Answerer, time.Time) {
	day := 24 * time.Hour
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	span := []time.Duration{60 * day, 365 * day, 730 * day}[r.IntN(3)]
	edges := []time.Duration{-90 * day, -90*day - 1, -90*day + 1, -1, 0, 1, 60*day - 1, 60 * day, 60*day + 1, 180*day - 1, 180 * day, 180*day + 1, -89 * day, 59 * day, 181 * day}
	answer := func() int {
		if r.IntN(60) == 0 {
			return []int{-1, 11}[r.IntN(2)]
		}
		return r.IntN(11)
	}
	people := make([]Answerer, r.IntN(600))
	for i := range people {
		p := &people[i]
		p.District = []string{"OX1", "OX2", "OX3", "OX1", "OX2", "OX3", ""}[r.IntN(7)]
		if r.IntN(10) > 0 {
			p.FirstGroup = base.Add(time.Duration(r.Int64N(int64(span))))
			if r.IntN(3) == 0 {
				p.FirstGroup = p.FirstGroup.In(London())
			}
		}
		for range r.IntN(6) {
			var at time.Time
			switch {
			case p.FirstGroup.IsZero():
				at = base.Add(time.Duration(r.Int64N(int64(900 * day))))
			case r.IntN(2) == 0:
				at = p.FirstGroup.Add(edges[r.IntN(len(edges))])
			case r.IntN(8) == 0 && len(p.CheckIns) > 0:
				at = p.CheckIns[r.IntN(len(p.CheckIns))].At // at the same moment as another
			default:
				at = p.FirstGroup.Add(time.Duration(r.Int64N(int64(340*day))) - 120*day)
			}
			p.CheckIns = append(p.CheckIns, CheckIn{At: at, Answers: Wellbeing{answer(), answer(), answer(), answer()}})
		}
	}
	now := base.Add(time.Duration(r.Int64N(int64(1100 * day))))
	if r.IntN(4) == 0 {
		now = QuarterOf(now).Start().Add(time.Duration(r.IntN(3)-1) * time.Nanosecond)
	}
	return people, now
}

// TestCommunityFiguresMatchTheRules: for random populations the figures
// are those worked out again from the rules; and, whatever the rules, no
// row stands for fewer than ten people and no quarter's districts shown
// leave fewer than ten (but some) of its site's people unshown.
func TestCommunityFiguresMatchTheRules(t *testing.T) {
	var rows, districtRows, heldBack int
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 13))
		people, now := randomPopulation(r)
		got := CommunityFigures(people, now)
		want, held := refCommunityFigures(people, now)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d, %d people, now %v:\n got  %v\n want %v\n got  %+v\n want %+v", seed, len(people), now, rowsSummary(got), rowsSummary(want), got, want)
		}
		rows += len(got)
		for i, row := range got {
			if row.People < MinAnswered {
				t.Fatalf("seed %d: a row of %d people: %+v", seed, row.People, row)
			}
			if row.Quarter.End().After(now) {
				t.Fatalf("seed %d: %v shown at %v, before it ended", seed, row.Quarter, now)
			}
			if i > 0 && !got[i-1].Quarter.Start().Before(row.Quarter.End()) {
				t.Fatalf("seed %d: quarters out of order", seed)
			}
			if row.District != "" {
				districtRows++
				continue
			}
			unshown := row.People
			for _, d := range got[i+1:] {
				if d.Quarter != row.Quarter || d.District == "" {
					break
				}
				unshown -= d.People
			}
			if unshown > 0 && unshown < MinAnswered {
				t.Fatalf("seed %d: %v's districts leave %d people to be worked out", seed, row.Quarter, unshown)
			}
		}
		heldBack += held
	}
	// The test means something only if the populations reach the rules.
	if rows < 300 || districtRows < 100 || heldBack < 10 {
		t.Errorf("over all populations %d rows, %d of districts, %d districts held back: too few to test the rules", rows, districtRows, heldBack)
	}
}
