package actions_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestAWishBecomesAGroupOnlyWithItsYeses walks a wish from its making to
// its group: "Me too" commits nobody; promises that meet their thresholds
// open a round of yes or no; a round whose yeses fall short waits and
// takes back the other promises; a later round that holds starts the
// group with each yes joined and pledging their own promise, once however
// often it is settled; and the bad inputs change nothing.
func TestAWishBecomesAGroupOnlyWithItsYeses(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	a, b, c, d, e, f := person(t, "Ann Wish"), person(t, "Bo Wish"), person(t, "Cy Wish"), person(t, "Di Wish"), person(t, "Ed Wish"), person(t, "Flo Wish")
	w, err := rig.acts.MakeWish(ctx, actions.As(a), key(a, "wish-new"), community.Wish{Text: "Swim on Saturday mornings",
		Interests: []string{"swimming"}, District: "OX4", Every: community.EveryWeek}, 500, 3)
	if err != nil {
		t.Fatal(err)
	}
	back := func(p community.Person, promise community.Pence, threshold int) (community.Wish, error) {
		return rig.acts.BackWish(ctx, actions.As(p), w.ID, promise, threshold)
	}
	if w, err = back(b, 0, 0); err != nil || w.Round != nil {
		t.Fatalf("a 'Me too': %v, round %+v", err, w.Round)
	}
	if _, err := back(b, 0, 0); community.KindOf(err) != community.KindConflict {
		t.Errorf("a second 'Me too' is answered %v, want a conflict", err)
	}
	for _, bad := range []struct {
		promise   community.Pence
		threshold int
	}{{0, 5}, {-100, 5}, {100_000_00, 5}, {500, 1}} {
		if _, err := back(c, bad.promise, bad.threshold); community.KindOf(err) != community.KindInvalid {
			t.Errorf("a promise of %s if %d of us is answered %v, want it refused", bad.promise.Pounds(), bad.threshold, err)
		}
	}
	if w, err = back(c, 400, 3); err != nil || w.Round != nil {
		t.Fatalf("two promises of 'if 3 of us': %v, round %+v", err, w.Round)
	}
	if w, err = back(d, 600, 3); err != nil || w.Round == nil || !slices.Equal(w.Round.Asked, []string{a.ID, c.ID, d.ID}) {
		t.Fatalf("three promises of 'if 3 of us' should ask those three: %v, round %+v", err, w.Round)
	}
	if _, err := rig.acts.AnswerWish(ctx, actions.As(b), w.ID, 1, true); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a yes from someone who only said 'Me too' is answered %v, want refused", err)
	}
	for _, ans := range []struct {
		p   community.Person
		yes bool
	}{{a, true}, {c, true}, {d, false}} {
		if w, err = rig.acts.AnswerWish(ctx, actions.As(ans.p), w.ID, 1, ans.yes); err != nil {
			t.Fatal(err)
		}
	}
	// Everyone answered: two yeses of "if 3 of us" start nothing. The
	// wish waits, and the no takes back Di's promise.
	if w.Round != nil || w.Started() {
		t.Fatalf("after two yeses of three the wish is %+v", w)
	}
	if dd, _ := w.Backer(d.ID); dd.Promised() {
		t.Errorf("Di said no and still promises %s", dd.Promise.Pounds())
	}

	// Ed promises "if 2 of us": with Ann and Cy that meets, and a second
	// round asks the three; Flo, promising while it is open, is asked in
	// it too. Cy never answers, and a yes after the 7 days is refused.
	if w, err = back(e, 500, 2); err != nil || w.Round == nil || w.Round.N != 2 || len(w.Round.Asked) != 3 {
		t.Fatalf("the second round: %v %+v", err, w.Round)
	}
	if w, err = back(f, 500, 2); err != nil || w.Round.N != 2 || !slices.Contains(w.Round.Asked, f.ID) {
		t.Fatalf("Flo promising during the round: %v %+v", err, w.Round)
	}
	for _, p := range []community.Person{a, e, f} {
		if _, err := rig.acts.AnswerWish(ctx, actions.As(p), w.ID, 2, true); err != nil {
			t.Fatal(err)
		}
	}
	rig.clock.Set(w.Round.Ends.Add(time.Minute))
	if _, err := rig.acts.AnswerWish(ctx, actions.As(c), w.ID, 2, true); community.KindOf(err) != community.KindConflict {
		t.Errorf("a yes after the 7 days is answered %v, want refused", err)
	}
	if n, err := rig.acts.SettleDueWishes(ctx); err != nil || n < 1 {
		t.Fatalf("settling due wishes settled %d: %v", n, err)
	}
	w, _ = rig.store.Wish(ctx, w.ID)
	if !w.Started() {
		t.Fatalf("three yeses meeting their thresholds started no group: %+v", w)
	}
	g, err := rig.store.Group(ctx, w.GroupID)
	if err != nil {
		t.Fatal(err)
	}
	var members []string
	for _, m := range g.Members {
		members = append(members, m.PersonID)
	}
	if !slices.Equal(members, []string{a.ID, e.ID, f.ID}) || g.Treasurer != a.ID || g.Rules.Contribution != 500 || g.Rules.Every != community.EveryWeek {
		t.Errorf("the group has %v, treasurer %s, rules %+v; want Ann, Ed and Flo, Ann in charge, £5 a week", members, g.Treasurer, g.Rules)
	}
	if _, err := rig.acts.SettleWish(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	st, err := rig.store.Statement(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []community.Person{a, e, f} {
		if got := st.People[p.ID].Pledged; got != 5000 {
			t.Errorf("%s pledged %s, want £50 (£5 a week for 10 weeks), once", p.Name, got.Pounds())
		}
	}
	if _, err := back(b, 500, 2); community.KindOf(err) != community.KindConflict {
		t.Errorf("a promise to a wish that started its group is answered %v, want refused", err)
	}
}

// TestABadWishChangesNothing: a wish with no interest, an unknown
// district, or a promise of £0 or £100,000 is refused with the field it is
// about, and nothing is saved.
func TestABadWishChangesNothing(t *testing.T) {
	ctx := context.Background()
	p := person(t, "Gil Wish")
	good := community.Wish{Text: "Walk on Sundays", Interests: []string{"walking"}, District: "OX4", Every: community.EveryWeek}
	for field, bad := range map[string]func(*community.Wish, *community.Pence){
		"interests": func(w *community.Wish, _ *community.Pence) { w.Interests = nil },
		"district":  func(w *community.Wish, _ *community.Pence) { w.District = "ZZ99" },
		"promise":   func(_ *community.Wish, p *community.Pence) { *p = 0 },
	} {
		w, promise := good, community.Pence(500)
		bad(&w, &promise)
		_, err := rig.acts.MakeWish(ctx, actions.As(p), key(p, "wish-new"), w, promise, 3)
		if !slices.ContainsFunc(community.FieldErrors(err), func(f community.FieldError) bool { return f.Field == field }) {
			t.Errorf("a wish bad in %s is answered %v", field, err)
		}
	}
	if _, err := rig.acts.MakeWish(ctx, actions.As(p), key(p, "wish-new"), good, 100_000_00, 3); community.KindOf(err) != community.KindInvalid {
		t.Errorf("a promise of £100,000 a week is answered %v", err)
	}
	if mine, _ := rig.store.WishesOf(ctx, p.ID); len(mine) != 0 {
		t.Errorf("refused wishes saved %d", len(mine))
	}
}

// TestDeletingAnAccountForgetsItsWishes: a deleted member's "Me too" and
// promise leave the wishes they backed, and their own wish is deleted.
func TestDeletingAnAccountForgetsItsWishes(t *testing.T) {
	ctx := context.Background()
	a, b := person(t, "Hal Wish"), person(t, "Ivy Wish")
	w, err := rig.acts.MakeWish(ctx, actions.As(a), key(a, "wish-new"), community.Wish{Text: "Bake bread together",
		Interests: []string{"baking"}, District: "OX4", Every: community.EveryMonth}, 1000, 4)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.BackWish(ctx, actions.As(b), w.ID, 800, 4); err != nil {
		t.Fatal(err)
	}
	if err := rig.acts.DeleteAccount(ctx, actions.As(b), key(b, "delete")); err != nil {
		t.Fatal(err)
	}
	if got, _ := rig.store.Wish(ctx, w.ID); len(got.Backers) != 1 || got.Backers[0].PersonID != a.ID {
		t.Errorf("after Ivy's account was deleted the wish is backed by %+v", got.Backers)
	}
	if err := rig.acts.DeleteAccount(ctx, actions.As(a), key(a, "delete")); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.store.Wish(ctx, w.ID); community.KindOf(err) != community.KindNotFound {
		t.Errorf("after Hal's account was deleted his wish reads %v, want it gone", err)
	}
}
