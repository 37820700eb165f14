package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on wishes.
const (
	MaxWishText = 300
	// MaxPromise is the most one person may promise each week or month:
	// a promise is what someone could put in from a personal budget, and
	// a figure above this is a slip of the keyboard.
	MaxPromise Pence = 1_000_00
	// MinThreshold is the smallest "if at least N of us do": two people
	// make a group. MaxThreshold is the largest group the site takes.
	MinThreshold = 2
	MaxThreshold = MaxGroupSize
	// AnswerDays is how long people are asked yes or no once the promises
	// meet their thresholds.
	AnswerDays = 7
	// wishWeeks and wishMonths are how many times a group started from a
	// wish plans to collect: the pot form's usual ten weeks, or six months.
	wishWeeks  = 10
	wishMonths = 6
)

// Wish is what a member would like to do with others ("I would like to do
// …"): in their own words, with the interests and district that find it
// others nearby, when they are free, and what they could put in. Others
// say "Me too", some with a promise. A wish commits nobody: only a yes,
// asked once the promises meet their thresholds, does.
type Wish struct {
	ID        string
	PersonID  string
	Name      string
	Text      string
	Interests []string
	District  string
	Times     Availability
	// Every is how often the promises are paid: each week or each month.
	Every Period
	// Backers are the wisher, first, and everyone who said "Me too", in
	// the order they did.
	Backers []Backer
	// Round is the asking of yes or no, while it is open; Rounds counts
	// the rounds started, so that each has its own number. Closing is a
	// round's outcome once it is closed, while its group is being started.
	Round   *Round
	Rounds  int
	Closing *Closing
	// GroupID is the group the wish started, once it has.
	GroupID   string
	CreatedAt time.Time
	Version   int64
}

// Backer is someone who shares a wish. With a Promise they will put in
// that much each period if at least Threshold of the promisers (them
// included) do; with none they only say "Me too".
type Backer struct {
	PersonID  string
	Name      string
	Promise   Pence
	Threshold int
	At        time.Time
}

// Promised reports whether the backer made a promise, not only "Me too".
func (b Backer) Promised() bool { return b.Promise > 0 }

// Round is the asking of yes or no: Asked are the promisers whose
// thresholds were met when it opened, each asked until Ends.
type Round struct {
	N       int
	Opened  time.Time
	Ends    time.Time
	Asked   []string
	Answers map[string]bool
}

// Closing is who a closed round starts the group with: fixed when the
// round closed, so that a retry starts the same group and no answer can
// change it after.
type Closing struct {
	N    int
	Join []Backer
}

// Open reports whether answers are still taken at now.
func (r *Round) Open(now time.Time) bool { return r != nil && now.Before(r.Ends) }

// Answered reports whether everyone asked has answered.
func (r *Round) Answered() bool {
	for _, id := range r.Asked {
		if _, ok := r.Answers[id]; !ok {
			return false
		}
	}
	return true
}

// Backer returns the person's backing and whether they back the wish.
func (w Wish) Backer(personID string) (Backer, bool) {
	i := slices.IndexFunc(w.Backers, func(b Backer) bool { return b.PersonID == personID })
	if i < 0 {
		return Backer{}, false
	}
	return w.Backers[i], true
}

// Started reports whether the wish has become a group.
func (w Wish) Started() bool { return w.GroupID != "" }

// Promisers are the backers who promised, in the order they backed.
func (w Wish) Promisers() []Backer {
	return slices.DeleteFunc(slices.Clone(w.Backers), func(b Backer) bool { return !b.Promised() })
}

// Validate checks a new wish: its words, interests, district, times, how
// often it is paid, and the wisher's own promise, which is theirs as the
// first backer.
func (w Wish) Validate(knownDistrict func(string) bool) error {
	var f fieldErrors
	f.length("text", w.Text, 1, MaxWishText, "error.wish.text")
	f.interests(w.Interests)
	switch {
	case w.District == "":
		f.add("district", "error.wish.district_missing")
	case !knownDistrict(w.District):
		f.add("district", "error.district.unknown")
	}
	if !w.Times.Valid() {
		f.add("times", "error.free_times.unknown")
	}
	if w.Every != EveryWeek && w.Every != EveryMonth {
		f.add("every", "error.wish.every")
	}
	if len(w.Backers) != 1 || w.Backers[0].PersonID != w.PersonID {
		f.add("promise", "error.wish.promise")
	} else {
		f.checkPromise(w.Backers[0])
	}
	return f.err()
}

// CheckBacker checks a "Me too": with a promise, its amount and threshold.
func CheckBacker(b Backer) error {
	var f fieldErrors
	f.checkPromise(b)
	return f.err()
}

func (f *fieldErrors) checkPromise(b Backer) {
	if b.Promise == 0 && b.Threshold == 0 {
		return // "Me too" without a promise
	}
	if b.Promise <= 0 || b.Promise > MaxPromise {
		f.add("promise", "error.wish.promise_amount")
	}
	if b.Threshold < MinThreshold || b.Threshold > MaxThreshold {
		f.add("threshold", "error.wish.threshold")
	}
}

// MetPromisers is who of the promisers would join now: the biggest set in
// which everyone's "if at least N of us" is met by the set itself. It is
// everyone whose threshold is at most k, for the largest k that at least
// k promisers' thresholds allow; empty when no set of two or more meets
// its own thresholds.
func MetPromisers(promisers []Backer) []Backer {
	thresholds := make([]int, len(promisers))
	for i, b := range promisers {
		thresholds[i] = b.Threshold
	}
	k := metSize(thresholds)
	if k < MinThreshold {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(promisers), func(b Backer) bool { return b.Threshold > k })
}

// metSize is the largest k such that at least k of the thresholds are at
// most k (0 when there is none): the size of the biggest group in which
// every threshold is met.
func metSize(thresholds []int) int {
	sorted := slices.Clone(thresholds)
	slices.Sort(sorted)
	best := 0
	for _, t := range sorted {
		// Everyone whose threshold is at most t makes a group of n; it
		// meets every threshold in it when t itself is met.
		if n := countAtMost(sorted, t); t <= n {
			best = max(best, n)
		}
	}
	return best
}

// countAtMost counts the sorted thresholds at most t.
func countAtMost(sorted []int, t int) int {
	n, _ := slices.BinarySearch(sorted, t+1)
	return n
}

// RoundToOpen is the round to ask, when the promises meet their thresholds
// and no round is open and the wish has not started a group; false when
// none should open.
func (w Wish) RoundToOpen(now time.Time) (Round, bool) {
	if w.Started() || w.Round != nil || w.Closing != nil {
		return Round{}, false // started, asking, or starting its group
	}
	met := MetPromisers(w.Promisers())
	if len(met) == 0 {
		return Round{}, false
	}
	// The last day to answer is a whole day: "say yes or no by Tuesday".
	r := Round{N: w.Rounds + 1, Opened: now, Ends: EndOfDay(now.AddDate(0, 0, AnswerDays)), Answers: map[string]bool{}}
	for _, b := range met {
		r.Asked = append(r.Asked, b.PersonID)
	}
	return r, true
}

// Ask opens the round when the promises meet their thresholds, or, while
// one is open, asks in it too the promisers met since it opened (someone
// who promises during a round is asked in it, until the same day). It
// reports whether anyone is newly asked.
func (w *Wish) Ask(now time.Time) bool {
	if r, open := w.RoundToOpen(now); open {
		w.Round, w.Rounds = &r, r.N
		return true
	}
	if w.Started() || !w.Round.Open(now) {
		return false
	}
	asked := false
	for _, b := range MetPromisers(w.Promisers()) {
		if !slices.Contains(w.Round.Asked, b.PersonID) {
			w.Round.Asked = append(w.Round.Asked, b.PersonID)
			asked = true
		}
	}
	return asked
}

// Outcome is how a round ends: the backers who said yes and whose
// thresholds the yeses still meet join the group; when there are none,
// the wish waits, and the promises of those who said no or did not answer
// are taken back, so that a new round opens only on new promises.
type Outcome struct {
	Join      []Backer
	Withdrawn []string
}

// RoundOutcome is the outcome of the wish's round, closed at now: once
// everyone has answered, or its days are over. False while it is open.
func (w Wish) RoundOutcome(now time.Time) (Outcome, bool) {
	r := w.Round
	if r == nil || (r.Open(now) && !r.Answered()) {
		return Outcome{}, false
	}
	var yes []Backer
	var out Outcome
	for _, id := range r.Asked {
		b, backs := w.Backer(id)
		switch {
		case !backs:
		case r.Answers[id]:
			yes = append(yes, b)
		default:
			out.Withdrawn = append(out.Withdrawn, id)
		}
	}
	out.Join = MetPromisers(yes)
	return out, true
}

// Close closes the round once everyone has answered or its days are over,
// and reports whether it did: the promises of those who said no or did
// not answer are taken back, and Closing holds who joins. A yes from
// someone kept apart from another who joins (a block, either way) is left
// out, as is anyone whose number the yeses left no longer meet.
func (w *Wish) Close(now time.Time, apart func(a, b string) bool) bool {
	out, done := w.RoundOutcome(now)
	if !done {
		return false
	}
	var kept []Backer
	for _, b := range out.Join {
		if !slices.ContainsFunc(kept, func(k Backer) bool { return apart(b.PersonID, k.PersonID) }) {
			kept = append(kept, b)
		} else {
			out.Withdrawn = append(out.Withdrawn, b.PersonID)
		}
	}
	join := MetPromisers(kept)
	for i, b := range w.Backers {
		if slices.Contains(out.Withdrawn, b.PersonID) {
			w.Backers[i].Promise, w.Backers[i].Threshold = 0, 0
		}
	}
	n := w.Round.N
	w.Round, w.Closing = nil, nil
	if len(join) > 0 {
		w.Closing = &Closing{N: n, Join: join}
	}
	return true
}

// GroupRules are the pot rules of the group a wish starts: each pays
// their own promise every period (the least of them is the group's, for
// anyone who joins later), for ten weeks or six months; a leaver is paid
// back what is unspent, and most votes win.
func (w Wish) GroupRules(join []Backer) PotRules {
	least := MaxPromise
	for _, b := range join {
		least = min(least, b.Promise)
	}
	times := wishWeeks
	if w.Every == EveryMonth {
		times = wishMonths
	}
	return PotRules{Contribution: least, Every: w.Every, Times: times, Leaver: RefundUnspent, Votes: VotesMajority, Split: SplitEqual}
}

// maxWishGroupName is how much of a wish's words name its group.
const maxWishGroupName = 60

// GroupFor is the group the wish starts with the backers who join: named
// from the wish's words, open to others, with the wisher in charge when
// they join (otherwise the first to join), and each member paying their
// own promise.
func (w Wish) GroupFor(join []Backer, now time.Time) Group {
	g := Group{
		Name: wishGroupName(w.Text), Purpose: w.Text, EasySummary: w.Text, Interests: slices.Clone(w.Interests),
		District: w.District, Open: true, MaxSize: min(max(10, 2*len(join)), MaxGroupSize), Rules: w.GroupRules(join),
	}
	lead := join[0].PersonID
	if slices.ContainsFunc(join, func(b Backer) bool { return b.PersonID == w.PersonID }) {
		lead = w.PersonID
	}
	g.Organisers, g.Treasurer = []string{lead}, lead
	for _, b := range join {
		g.Members = append(g.Members, Membership{PersonID: b.PersonID, Name: b.Name, JoinedAt: now, Contribution: b.Promise})
	}
	return g
}

// wishGroupName is the start of the wish's words, cut at a word.
func wishGroupName(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= maxWishGroupName {
		return text
	}
	cut := string([]rune(text)[:maxWishGroupName])
	if i := strings.LastIndex(cut, " "); i > maxWishGroupName/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

// Forget takes a person out of a wish they back, for the deleting of their
// account: their "Me too", any promise, their place in an open round, and
// in the group a closed round is starting.
func (w *Wish) Forget(personID string) {
	w.Backers = slices.DeleteFunc(w.Backers, func(b Backer) bool { return b.PersonID == personID })
	if w.Round != nil {
		w.Round.Asked = slices.DeleteFunc(w.Round.Asked, func(id string) bool { return id == personID })
		delete(w.Round.Answers, personID)
	}
	if w.Closing != nil {
		// The others join only if their numbers are still met without them.
		others := slices.DeleteFunc(w.Closing.Join, func(b Backer) bool { return b.PersonID == personID })
		if w.Closing.Join = MetPromisers(others); len(w.Closing.Join) == 0 {
			w.Closing = nil
		}
	}
}
