package community

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Members may opt in to wellbeing check-ins: the Office for National
// Statistics' four personal wellbeing questions (ONS4), each answered from
// 0 to 10, and in their own words what helped. A person's answers are
// theirs alone. The community page shows only figures per quarter, for the
// whole site and per postcode district, each standing for at least
// MinAnswered people, so that nothing on it is about one person.

// Wellbeing is one set of answers to the four ONS questions, each 0 to 10:
// life satisfaction, how worthwhile the things one does are, happiness
// yesterday and anxiety yesterday (for Anxious, lower is better).
type Wellbeing struct{ Life, Worthwhile, Happy, Anxious int }

// The keys of the four questions, which are also the form fields and the
// stems of their catalogue messages.
const (
	QuestionLife       = "life"
	QuestionWorthwhile = "worthwhile"
	QuestionHappy      = "happy"
	QuestionAnxious    = "anxious"
)

// Answers are from MinAnswer to MaxAnswer, both included.
const (
	MinAnswer = 0
	MaxAnswer = 10
)

// WellbeingQuestions returns the keys of the questions in the order they
// are asked: "life", "worthwhile", "happy", "anxious".
func WellbeingQuestions() []string {
	return []string{QuestionLife, QuestionWorthwhile, QuestionHappy, QuestionAnxious}
}

// Answer returns the answer to the question with that key, and false for a
// key that is not one of WellbeingQuestions.
func (w Wellbeing) Answer(key string) (int, bool) {
	switch key {
	case QuestionLife:
		return w.Life, true
	case QuestionWorthwhile:
		return w.Worthwhile, true
	case QuestionHappy:
		return w.Happy, true
	case QuestionAnxious:
		return w.Anxious, true
	}
	return 0, false
}

// answers are the four answers in asking order.
func (w Wellbeing) answers() [4]int { return [4]int{w.Life, w.Worthwhile, w.Happy, w.Anxious} }

// valid reports whether every answer is from 0 to 10.
func (w Wellbeing) valid() bool {
	for _, a := range w.answers() {
		if a < MinAnswer || a > MaxAnswer {
			return false
		}
	}
	return true
}

// ParseWellbeingAnswer reads an answer from a form: after trimming white
// space, one of exactly "0", "1", … "10". Anything else is refused: a
// number out of range ("11", "-1"), a word, nothing, a fraction ("7.5"), a
// sign ("+7") and a leading zero ("07", "010"), which no form sends and
// which would otherwise let odd spellings of a number through.
func ParseWellbeingAnswer(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "10" {
		return 10, true
	}
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		return int(s[0] - '0'), true
	}
	return 0, false
}

// MaxHelped is the most characters (runes) of "what helped".
const MaxHelped = 500

// CheckIn is a member's answers at a moment, and in their own words what
// helped (which may be empty).
type CheckIn struct {
	ID       string
	PersonID string
	At       time.Time
	Answers  Wellbeing
	Helped   string
}

// Validate checks a check-in: each answer from 0 to 10 (an error on the
// question's key as the field, "error.wellbeing.answer"), and what helped
// at most MaxHelped characters ("helped", "error.wellbeing.helped") with no
// character that hides or controls text ("helped",
// "error.text.hidden_character", as for all free text on the site).
func (c CheckIn) Validate() error {
	var f fieldErrors
	for _, key := range WellbeingQuestions() {
		if a, _ := c.Answers.Answer(key); a < MinAnswer || a > MaxAnswer {
			f.add(key, "error.wellbeing.answer")
		}
	}
	if utf8.RuneCountInString(c.Helped) > MaxHelped {
		f.add("helped", "error.wellbeing.helped")
	} else {
		f.hidden("helped", c.Helped, false)
	}
	return f.err()
}

// WellbeingPlan is whether the member agreed to check-ins (AgreedAt, zero
// when they have not) and how often, in months, they are asked.
type WellbeingPlan struct {
	AgreedAt    time.Time
	EveryMonths int
}

// WellbeingIntervals returns the choices of how often to ask, in months:
// 3, 6, 12, and 0, never ask (the member may still check in when they
// like).
func WellbeingIntervals() []int { return []int{3, 6, 12, 0} }

// On reports whether the member agreed to check-ins.
func (p WellbeingPlan) On() bool { return !p.AgreedAt.IsZero() }

// Validate checks the plan: EveryMonths must be one of WellbeingIntervals
// ("every", "error.wellbeing.every").
func (p WellbeingPlan) Validate() error {
	var f fieldErrors
	if !slices.Contains(WellbeingIntervals(), p.EveryMonths) {
		f.add("every", "error.wellbeing.every")
	}
	return f.err()
}

// asks reports whether the plan ever asks: agreed, and not "never".
func (p WellbeingPlan) asks() bool { return p.On() && p.EveryMonths > 0 }

// Due reports whether to ask the member now, given their last check-in
// (zero when they have none): when the plan is on and asks, and they have
// never checked in or EveryMonths have passed since (a calendar step, as
// time.AddDate takes it: 31 August and 6 months is 3 March).
func (p WellbeingPlan) Due(last, now time.Time) bool {
	if !p.asks() {
		return false
	}
	return last.IsZero() || !now.Before(last.AddDate(0, p.EveryMonths, 0))
}

// NextDue returns when the member is next asked: zero when the plan is off
// or never asks; now when they are due (never checked in, or overdue);
// otherwise EveryMonths after the last check-in. So Due(last, now) is
// exactly NextDue(last, now) being set and not after now.
func (p WellbeingPlan) NextDue(last, now time.Time) time.Time {
	if !p.asks() {
		return time.Time{}
	}
	if last.IsZero() {
		return now
	}
	if next := last.AddDate(0, p.EveryMonths, 0); next.After(now) {
		return next
	}
	return now
}

// Community figures.
const (
	// MinAnswered is the fewest people a published figure may stand for.
	MinAnswered = 10
	// BeforeWindow: a "before" answer is given in the 90 days before the
	// person joins their first group, from FirstGroup-BeforeWindow
	// (included) to FirstGroup (not included).
	BeforeWindow = 90 * 24 * time.Hour
	// AfterFrom and AfterTo: an "after" answer is given from 60 to 180
	// days after the person joined their first group, both ends included.
	AfterFrom = 60 * 24 * time.Hour
	AfterTo   = 180 * 24 * time.Hour
)

// Tenths is a figure rounded to one decimal place, held in tenths (73 is
// 7.3), so that no float rounding decides what is shown.
type Tenths int

// String is the figure with one decimal place: "7.3", "0.0", "10.0", and
// for a fall "-1.2".
func (t Tenths) String() string {
	sign, u := "", uint64(t)
	if t < 0 {
		sign, u = "-", -u // -u is |t| in two's complement, even for the least int
	}
	return fmt.Sprintf("%s%d.%d", sign, u/10, u%10)
}

// roundTenths is sum/n rounded to tenths, half away from zero, in whole
// numbers: 29/4 = 7.25 is 7.3, 181/25 = 7.24 is 7.2. n must be positive.
func roundTenths(sum, n int) Tenths {
	num := 10 * sum
	if num < 0 {
		return -Tenths((-2*num + n) / (2 * n))
	}
	return Tenths((2*num + n) / (2 * n))
}

// WellbeingAverages are the average answers to the four questions, each
// rounded to tenths.
type WellbeingAverages struct{ Life, Worthwhile, Happy, Anxious Tenths }

// Average returns the average for the question with that key, and false
// for a key that is not one of WellbeingQuestions.
func (a WellbeingAverages) Average(key string) (Tenths, bool) {
	switch key {
	case QuestionLife:
		return a.Life, true
	case QuestionWorthwhile:
		return a.Worthwhile, true
	case QuestionHappy:
		return a.Happy, true
	case QuestionAnxious:
		return a.Anxious, true
	}
	return 0, false
}

// Answerer is one member as the community figures see them: their
// postcode district ("" when they gave none: they count in the site's
// figures only), when they joined their first group (zero if they have
// not), and their check-ins, in any order.
type Answerer struct {
	District   string
	FirstGroup time.Time
	CheckIns   []CheckIn
}

// Quarter is a calendar quarter in UTC: Q is 1 to 4, Q1 being January to
// March.
type Quarter struct{ Year, Q int }

// QuarterOf returns the quarter t falls in, in UTC.
func QuarterOf(t time.Time) Quarter {
	t = t.UTC()
	return Quarter{Year: t.Year(), Q: (int(t.Month())-1)/3 + 1}
}

// Start is the first instant of the quarter, in UTC.
func (q Quarter) Start() time.Time {
	return time.Date(q.Year, time.Month(3*(q.Q-1)+1), 1, 0, 0, 0, 0, time.UTC)
}

// End is the first instant of the next quarter, in UTC.
func (q Quarter) End() time.Time { return q.Start().AddDate(0, 3, 0) }

// Previous is the quarter before.
func (q Quarter) Previous() Quarter { return QuarterOf(q.Start().Add(-time.Nanosecond)) }

// String is the quarter as "2027 Q1".
func (q Quarter) String() string { return fmt.Sprintf("%d Q%d", q.Year, q.Q) }

// Compare orders quarters, oldest first.
func (q Quarter) Compare(o Quarter) int {
	return cmp.Or(cmp.Compare(q.Year, o.Year), cmp.Compare(q.Q, o.Q))
}

// Figures are the average answers before and after joining a first group,
// per question, of People people. Before and After are averages of the
// same people, each person's "before" and "after" check-in.
type Figures struct {
	People        int
	Before, After WellbeingAverages
}

// Change is how the average for the question with that key moved, After
// less Before, as the two shown figures differ (so that "7.1 then 7.6" is
// always "0.5" more); false for an unknown key. For "anxious" a fall is
// the better way.
func (f Figures) Change(key string) (Tenths, bool) {
	before, ok := f.Before.Average(key)
	after, _ := f.After.Average(key)
	return after - before, ok
}

// QuarterFigures are one quarter's figures for a postcode district, or for
// the whole site when District is "".
type QuarterFigures struct {
	Quarter  Quarter
	District string
	Figures
}

// counted is one person as they count in the figures.
type counted struct {
	quarter       Quarter
	district      string
	before, after [4]int
}

// countedAs reports how a person counts: with a first group, a "before"
// check-in in the BeforeWindow before it and an "after" one from AfterFrom
// to AfterTo after it. Of several, the latest before and the earliest
// after are taken (the one listed first of any given at the same moment);
// a check-in with an answer outside 0 to 10, which Validate refuses, is
// passed over. The person counts in the quarter of their "after" answer.
func countedAs(p Answerer) (counted, bool) {
	if p.FirstGroup.IsZero() {
		return counted{}, false
	}
	beforeFrom, afterFrom, afterTo := p.FirstGroup.Add(-BeforeWindow), p.FirstGroup.Add(AfterFrom), p.FirstGroup.Add(AfterTo)
	var before, after *CheckIn
	for i := range p.CheckIns {
		c := &p.CheckIns[i]
		if !c.Answers.valid() {
			continue
		}
		if !c.At.Before(beforeFrom) && c.At.Before(p.FirstGroup) && (before == nil || c.At.After(before.At)) {
			before = c
		}
		if !c.At.Before(afterFrom) && !c.At.After(afterTo) && (after == nil || c.At.Before(after.At)) {
			after = c
		}
	}
	if before == nil || after == nil {
		return counted{}, false
	}
	return counted{quarter: QuarterOf(after.At), district: p.District, before: before.Answers.answers(), after: after.Answers.answers()}, true
}

// wellbeingSums add up the answers of the people in one figure.
type wellbeingSums struct {
	district      string
	people        int
	before, after [4]int
}

func (s *wellbeingSums) add(c counted) {
	s.people++
	for i := range 4 {
		s.before[i] += c.before[i]
		s.after[i] += c.after[i]
	}
}

func (s wellbeingSums) figures() Figures {
	avg := func(sums [4]int) WellbeingAverages {
		return WellbeingAverages{
			Life: roundTenths(sums[0], s.people), Worthwhile: roundTenths(sums[1], s.people),
			Happy: roundTenths(sums[2], s.people), Anxious: roundTenths(sums[3], s.people),
		}
	}
	return Figures{People: s.people, Before: avg(s.before), After: avg(s.after)}
}

// CommunityFigures returns the figures the community page publishes, from
// everyone's check-ins, at now:
//
//   - a person counts as countedAs says, in the quarter of their "after"
//     answer (UTC);
//   - a quarter is published once it has ended: its End is not after now;
//   - each published quarter has a row for the whole site (District "")
//     and one per district, each only when at least MinAnswered people
//     count in it; the people of a district left out still count in the
//     site's row;
//   - and so that no one can work out a few people's answers by taking the
//     districts shown from the site's row: when the people in the site's
//     row but in no district row shown are more than none and fewer than
//     MinAnswered, the shown district with the fewest people (the first
//     alphabetically of equals) is left out too, which makes them at least
//     MinAnswered.
//
// Averages are sums over people rounded half away from zero to tenths, in
// whole numbers. The rows are in order of quarter, oldest first; in a
// quarter the site's row first, then the districts alphabetically.
func CommunityFigures(people []Answerer, now time.Time) []QuarterFigures {
	var all []counted
	for _, p := range people {
		if c, ok := countedAs(p); ok && !c.quarter.End().After(now) {
			all = append(all, c)
		}
	}
	slices.SortFunc(all, func(a, b counted) int {
		return cmp.Or(a.quarter.Compare(b.quarter), strings.Compare(a.district, b.district))
	})
	var out []QuarterFigures
	for len(all) > 0 {
		q := all[0].quarter
		n := 1
		for n < len(all) && all[n].quarter == q {
			n++
		}
		out = append(out, quarterRows(q, all[:n])...)
		all = all[n:]
	}
	return out
}

// quarterRows are one quarter's published rows from its people, who are
// sorted by district.
func quarterRows(q Quarter, in []counted) []QuarterFigures {
	var site wellbeingSums
	var districts []wellbeingSums
	for _, c := range in {
		site.add(c)
		if c.district == "" {
			continue
		}
		if len(districts) == 0 || districts[len(districts)-1].district != c.district {
			districts = append(districts, wellbeingSums{district: c.district})
		}
		districts[len(districts)-1].add(c)
	}
	if site.people < MinAnswered {
		return nil // and no district has more people than the site
	}
	districts = slices.DeleteFunc(districts, func(d wellbeingSums) bool { return d.people < MinAnswered })
	unshown := site.people
	for _, d := range districts {
		unshown -= d.people
	}
	if unshown > 0 && unshown < MinAnswered && len(districts) > 0 {
		fewest := 0
		for i, d := range districts {
			if d.people < districts[fewest].people {
				fewest = i
			}
		}
		districts = slices.Delete(districts, fewest, fewest+1)
	}
	rows := []QuarterFigures{{Quarter: q, Figures: site.figures()}}
	for _, d := range districts {
		rows = append(rows, QuarterFigures{Quarter: q, District: d.district, Figures: d.figures()})
	}
	return rows
}
