package community

import (
	"math/rand/v2"
	"slices"
	"testing"
	"testing/quick"
	"time"
)

// bruteMetSize is the plain reference for metSize: the biggest subset of
// the thresholds in which every threshold is at most the subset's size,
// found by trying every subset.
func bruteMetSize(thresholds []int) int {
	best := 0
	for set := 0; set < 1<<len(thresholds); set++ {
		size, ok := 0, true
		for i := range thresholds {
			if set&(1<<i) != 0 {
				size++
			}
		}
		for i, t := range thresholds {
			if set&(1<<i) != 0 && t > size {
				ok = false
			}
		}
		if ok {
			best = max(best, size)
		}
	}
	return best
}

// TestMetSizeIsTheBiggestGroupMeetingItsThresholds: metSize agrees with
// trying every subset, for up to 12 promisers with thresholds 1 to 14.
func TestMetSizeIsTheBiggestGroupMeetingItsThresholds(t *testing.T) {
	check := func(seed uint64) bool {
		r := rand.New(rand.NewPCG(seed, 1))
		thresholds := make([]int, r.IntN(13))
		for i := range thresholds {
			thresholds[i] = 1 + r.IntN(14)
		}
		if got, want := metSize(thresholds), bruteMetSize(thresholds); got != want {
			t.Logf("thresholds %v: metSize %d, every subset says %d", thresholds, got, want)
			return false
		}
		return true
	}
	if err := quick.Check(check, &quick.Config{MaxCount: 2000}); err != nil {
		t.Error(err)
	}
}

// TestMetPromisersMeetTheirOwnThresholds: whoever MetPromisers names has a
// threshold the named set meets, and nobody left out could be added.
func TestMetPromisersMeetTheirOwnThresholds(t *testing.T) {
	check := func(seed uint64) bool {
		r := rand.New(rand.NewPCG(seed, 2))
		var promisers []Backer
		for i := range r.IntN(15) {
			promisers = append(promisers, Backer{PersonID: string(rune('a' + i)), Promise: 500, Threshold: 2 + r.IntN(10)})
		}
		met := MetPromisers(promisers)
		for _, b := range met {
			if b.Threshold > len(met) {
				return false
			}
		}
		for _, b := range promisers {
			if !slices.Contains(met, b) && b.Threshold <= len(met)+1 && len(met) > 0 {
				return false // they would fit in a bigger group
			}
		}
		thresholds := make([]int, len(promisers))
		for i, b := range promisers {
			thresholds[i] = b.Threshold
		}
		want := bruteMetSize(thresholds)
		return len(met) == want || (want < MinThreshold && met == nil)
	}
	if err := quick.Check(check, &quick.Config{MaxCount: 1000}); err != nil {
		t.Error(err)
	}
}

func wishOf(backers ...Backer) Wish {
	w := Wish{ID: "w1", PersonID: backers[0].PersonID, Text: "Swim together", Interests: []string{"swimming"}, District: "OX4",
		Every: EveryWeek, Backers: backers}
	return w
}

// TestARoundOpensWhenThePromisesMeet: "me too" alone never opens a round;
// five promises of "if at least 5 of us" do, asking those five for 7 days;
// the group starts with the yeses that still meet their thresholds, and
// otherwise the wish waits with the others' promises taken back.
func TestARoundOpensWhenThePromisesMeet(t *testing.T) {
	now := time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC)
	w := wishOf(Backer{PersonID: "a", Promise: 500, Threshold: 5})
	for _, id := range []string{"b", "c", "d"} {
		w.Backers = append(w.Backers, Backer{PersonID: id, Promise: 500, Threshold: 5})
	}
	w.Backers = append(w.Backers, Backer{PersonID: "x"}) // "Me too" only
	if _, ok := w.RoundToOpen(now); ok {
		t.Fatal("four promises of 'if 5 of us' and a 'me too' opened a round")
	}
	w.Backers = append(w.Backers, Backer{PersonID: "e", Promise: 300, Threshold: 3})
	r, ok := w.RoundToOpen(now)
	if !ok || !slices.Equal(r.Asked, []string{"a", "b", "c", "d", "e"}) || !r.Ends.Equal(EndOfDay(now.AddDate(0, 0, 7))) || r.N != 1 {
		t.Fatalf("round %+v %v, want a, b, c, d and e asked for 7 days", r, ok)
	}
	w.Round, w.Rounds = &r, 1
	if _, ok := w.RoundToOpen(now); ok {
		t.Error("a second round opened beside the first")
	}
	r.Answers["a"], r.Answers["b"], r.Answers["c"] = true, true, true
	if _, done := w.RoundOutcome(now.Add(time.Hour)); done {
		t.Error("the round closed before everyone answered or the days were over")
	}
	r.Answers["d"] = false
	out, done := w.RoundOutcome(r.Ends.Add(time.Minute))
	// Three said yes, each "if at least 5 of us"; d said no and e never
	// answered: no threshold is met, so nobody joins.
	if !done || len(out.Join) != 0 || !slices.Equal(out.Withdrawn, []string{"d", "e"}) {
		t.Errorf("outcome %+v %v, want nobody joined and d and e's promises taken back", out, done)
	}
	r.Answers["d"], r.Answers["e"] = true, true
	out, done = w.RoundOutcome(now.Add(2 * time.Hour))
	if !done || len(out.Join) != 5 || len(out.Withdrawn) != 0 {
		t.Errorf("with five yeses the outcome is %+v %v, want all five joined", out, done)
	}
	rules := w.GroupRules(out.Join)
	if rules.Contribution != 300 || rules.Every != EveryWeek || rules.Times != 10 {
		t.Errorf("the group's rules %+v, want the least promise, £3, each week for 10 weeks", rules)
	}
}

// TestPromisesAreChecked: a wish needs words, an interest, a known district
// and a period; a promise is more than £0 and at most £1,000, with a
// threshold from 2; "Me too" alone needs neither.
func TestPromisesAreChecked(t *testing.T) {
	known := func(d string) bool { return d == "OX4" }
	good := wishOf(Backer{PersonID: "a", Promise: 500, Threshold: 5})
	if err := good.Validate(known); err != nil {
		t.Fatalf("a good wish is refused: %v", err)
	}
	for field, bad := range map[string]func(*Wish){
		"text":      func(w *Wish) { w.Text = " " },
		"interests": func(w *Wish) { w.Interests = nil },
		"district":  func(w *Wish) { w.District = "ZZ99" },
		"every":     func(w *Wish) { w.Every = Once },
		"promise":   func(w *Wish) { w.Backers[0].Promise = MaxPromise + 1 },
		"threshold": func(w *Wish) { w.Backers[0].Threshold = 1 },
	} {
		w := good
		w.Backers = slices.Clone(good.Backers)
		bad(&w)
		var fields []string
		for _, f := range FieldErrors(w.Validate(known)) {
			fields = append(fields, f.Field)
		}
		if !slices.Contains(fields, field) {
			t.Errorf("a wish bad in %s is refused for %v", field, fields)
		}
	}
	for _, b := range []Backer{{Promise: 0, Threshold: 5}, {Promise: -1, Threshold: 5}, {Promise: 100_000_00, Threshold: 5}, {Promise: 500, Threshold: 0}} {
		if CheckBacker(b) == nil {
			t.Errorf("the promise %+v is taken", b)
		}
	}
	if err := CheckBacker(Backer{}); err != nil {
		t.Errorf("'Me too' without a promise is refused: %v", err)
	}
}

// TestMembersPayTheirOwnPromise: in a group started from a wish each member
// is asked for their own promise each week, and the pot's plan counts it.
func TestMembersPayTheirOwnPromise(t *testing.T) {
	rules := PotRules{Contribution: 300, Every: EveryWeek, Times: 10}
	joined := time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	own := Membership{PersonID: "a", JoinedAt: joined, Contribution: 700}
	usual := Membership{PersonID: "b", JoinedAt: joined}
	if own.PledgeUnder(rules) != 7000 || usual.PledgeUnder(rules) != 3000 {
		t.Errorf("pledges %s and %s, want £70 and £30", own.PledgeUnder(rules).Pounds(), usual.PledgeUnder(rules).Pounds())
	}
	amount, due, n, ok := NextPayment(rules, own, PersonMoney{Pledged: 7000, Paid: 700}, joined)
	if !ok || amount != 700 || n != 2 || !due.Equal(joined.AddDate(0, 0, 7)) {
		t.Errorf("next payment %s, week %d, due %v, want £7 in week 2", amount.Pounds(), n, due)
	}
	g := Group{Rules: rules, Members: []Membership{own, usual}}
	st := Statement{People: map[string]PersonMoney{"a": {Pledged: 7000}, "b": {Pledged: 3000}}}
	c := CommitmentsOf(g, st, nil, joined)
	if c.Each != 1000 || c.Pledged != 10000 {
		t.Errorf("the pot gains %s a week of %s pledged, want £10 of £100", c.Each.Pounds(), c.Pledged.Pounds())
	}
	if got := c.ReachDay(3000, joined); !got.Equal(joined.AddDate(0, 0, 21)) {
		t.Errorf("£30 is reached on %v, want in 3 weeks at £10 a week", got)
	}
}

// TestAWishStartsAGroupThatValidates: the group a wish starts is a valid
// group, named from the wish's first words, led by the wisher when they
// join, with each member's own promise.
func TestAWishStartsAGroupThatValidates(t *testing.T) {
	now := time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC)
	w := wishOf(Backer{PersonID: "a", Name: "Ann", Promise: 500, Threshold: 2})
	w.Text = "I would like to go swimming on Saturday mornings with people who are a bit nervous in the water, like me."
	join := []Backer{{PersonID: "b", Name: "Bob", Promise: 300, Threshold: 2}, w.Backers[0]}
	g := w.GroupFor(join, now)
	if err := g.Validate(func(string) bool { return true }, Day(now)); err != nil {
		t.Fatalf("the group is not valid: %v", err)
	}
	if g.Treasurer != "a" || !slices.Equal(g.Organisers, []string{"a"}) || len(g.Members) != 2 || g.Members[0].Contribution != 300 {
		t.Errorf("group %+v, want Ann in charge and Bob paying his £3", g)
	}
	if g.Name != "I would like to go swimming on Saturday mornings with…" {
		t.Errorf("the group is named %q", g.Name)
	}
	if without := w.GroupFor(join[:1], now); without.Treasurer != "b" {
		t.Errorf("without the wisher the treasurer is %q, want the first to join", without.Treasurer)
	}
}

// TestClosingARoundFixesWhoJoins: closing takes the round away (no answer
// is taken after), takes back the promises of the noes, keeps apart two
// who blocked each other, and fixes who joins.
func TestClosingARoundFixesWhoJoins(t *testing.T) {
	now := time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC)
	w := wishOf(Backer{PersonID: "a", Promise: 500, Threshold: 2})
	for _, id := range []string{"b", "c", "d"} {
		w.Backers = append(w.Backers, Backer{PersonID: id, Promise: 400, Threshold: 2})
	}
	if !w.Ask(now) || len(w.Round.Asked) != 4 {
		t.Fatalf("four promises of 'if 2 of us' asked %+v", w.Round)
	}
	w.Round.Answers = map[string]bool{"a": true, "b": true, "c": true, "d": false}
	apart := func(x, y string) bool { return x == "c" && y == "a" || x == "a" && y == "c" }
	if !w.Close(now.Add(time.Hour), apart) {
		t.Fatal("a round everyone answered did not close")
	}
	var join []string
	for _, b := range w.Closing.Join {
		join = append(join, b.PersonID)
	}
	if w.Round != nil || !slices.Equal(join, []string{"a", "b"}) || w.Closing.N != 1 {
		t.Errorf("closed: round %+v, joining %v, want no round and a and b (c blocked a)", w.Round, join)
	}
	for _, id := range []string{"c", "d"} {
		if b, _ := w.Backer(id); b.Promised() {
			t.Errorf("%s's promise was not taken back", id)
		}
	}
	if w.Close(now.Add(2*time.Hour), apart) {
		t.Error("a closed round closed again")
	}
	w.Backers = append(w.Backers, Backer{PersonID: "e", Promise: 400, Threshold: 2}, Backer{PersonID: "f", Promise: 400, Threshold: 2})
	if w.Ask(now.Add(3 * time.Hour)) {
		t.Error("a round opened while the closed one's group was starting")
	}
}

// TestForgettingOneOfTwoWhoJoinStopsTheGroup: a closed round starting a
// group of two, one of whom deletes their account, starts no group.
func TestForgettingOneOfTwoWhoJoinStopsTheGroup(t *testing.T) {
	w := wishOf(Backer{PersonID: "a", Promise: 500, Threshold: 2}, Backer{PersonID: "b", Promise: 500, Threshold: 2})
	w.Closing = &Closing{N: 1, Join: slices.Clone(w.Backers)}
	w.Forget("b")
	if w.Closing != nil || len(w.Backers) != 1 {
		t.Errorf("after b is forgotten the wish is closing %+v with backers %+v", w.Closing, w.Backers)
	}
}
