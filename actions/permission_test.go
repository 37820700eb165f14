package actions_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// aMentor is a new member whose offer to mentor a moderator approved.
func aMentor(t *testing.T, name string) community.Person {
	t.Helper()
	ctx := context.Background()
	p := person(t, name)
	if _, err := rig.store.OfferMentor(ctx, community.Mentor{PersonID: p.ID, HelpWith: []string{"sign_up"}, FreeTimes: 1,
		Languages: []string{"English"}, Why: "I like helping.", Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.store.ApproveMentor(ctx, p.ID, "mod", "met them", time.Time{}); err != nil {
		t.Fatal(err)
	}
	return p
}

// grant is member giving mentor the scopes for a week.
func grant(t *testing.T, member, mentor community.Person, scopes ...community.Scope) community.Permission {
	t.Helper()
	p, err := rig.acts.GrantPermission(context.Background(), actions.As(member), key(member, "permission"), mentor.ID, scopes, 7*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGivingPermissionIsRefusedInWords: only an approved mentor, not
// blocked either way, not yourself, for things on the list, for a day to
// three months; a mentor cannot give themselves permission for someone.
func TestGivingPermissionIsRefusedInWords(t *testing.T) {
	ctx := context.Background()
	sam, priya, offered := person(t, "Sam Member"), aMentor(t, "Priya Mentor"), person(t, "Otto Offered")
	if _, err := rig.store.OfferMentor(ctx, community.Mentor{PersonID: offered.ID, Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	blocker, blocked := person(t, "Bea Blocker"), aMentor(t, "Ben Blocked")
	if _, err := rig.acts.Mark(ctx, actions.As(blocker), key(blocker, "block"), blocked.ID, community.MarkBlock); err != nil {
		t.Fatal(err)
	}
	week := 7 * 24 * time.Hour
	groups := []community.Scope{community.ScopeGroups}
	cases := []struct {
		name           string
		who            actions.Who
		mentor         string
		scopes         []community.Scope
		length         time.Duration
		field, message string
	}{
		{"not approved yet", actions.As(sam), offered.ID, groups, week, "mentor", "error.permission.not_approved"},
		{"not a mentor", actions.As(sam), blocker.ID, groups, week, "mentor", "error.permission.not_approved"},
		{"blocked by the member", actions.As(blocker), blocked.ID, groups, week, "mentor", "error.permission.blocked"},
		{"the mentor blocked the member", actions.As(blocked), priya.ID, groups, week, "", ""},
		{"yourself", actions.As(priya), priya.ID, groups, week, "mentor", "error.permission.self"},
		{"an unknown scope", actions.As(sam), priya.ID, []community.Scope{"vote"}, week, "scopes", "error.permission.scope"},
		{"an hour", actions.As(sam), priya.ID, groups, time.Hour, "length", "error.permission.length"},
		{"a year", actions.As(sam), priya.ID, groups, 365 * 24 * time.Hour, "length", "error.permission.length"},
	}
	for _, c := range cases {
		_, err := rig.acts.GrantPermission(ctx, c.who, key(c.who.Actor, "permission"), c.mentor, c.scopes, c.length)
		if c.field == "" {
			if err != nil {
				t.Errorf("%s: %v, want given", c.name, err)
			}
			continue
		}
		f := community.FieldErrors(err)
		if len(f) == 0 || f[0].Field != c.field || f[0].Key != c.message {
			t.Errorf("%s: %v, want %s on %s", c.name, err, c.message, c.field)
		}
	}
	// Blocking is both ways: the mentor blocking the member refuses too.
	if _, err := rig.acts.Mark(ctx, actions.As(priya), key(priya, "block"), blocked.ID, community.MarkBlock); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.GrantPermission(ctx, actions.As(blocked), key(blocked, "permission"), priya.ID, groups, week); community.KindOf(err) != community.KindInvalid {
		t.Errorf("blocked by the mentor: %v, want refused", err)
	}
	helping := actions.Who{Actor: priya, Owner: sam}
	if _, err := rig.acts.GrantPermission(ctx, helping, rig.acts.FormKeyFor(helping, "permission"), priya.ID, groups, week); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a mentor giving themselves permission for someone: %v, want refused", err)
	}
}

// TestAMentorActsOnlyWithALivePermission: with a live permission a mentor
// joins, pays in, edits the profile and leaves for the member, each act in
// the member's log once even when the form is sent twice; never given,
// taken back, ended by time, or for other things, each is refused.
func TestAMentorActsOnlyWithALivePermission(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr, sam, priya := person(t, "Tia Treasurer"), person(t, "Sam Member"), aMentor(t, "Priya Mentor")
	g := aGroup(t, tr)
	helping := actions.Who{Actor: priya, Owner: sam}
	k := func(form string) string { return rig.acts.FormKeyFor(helping, form) }
	join := func() error { _, err := rig.acts.Join(ctx, helping, g.ID, k("join"), false); return err }
	pay := func() error {
		_, err := rig.acts.Pay(ctx, helping, g.ID, k("pay"), "", community.Payment{Amount: 500, Method: "cash"})
		return err
	}
	profile := func() error {
		p, _ := rig.store.Person(ctx, sam.ID)
		p.About = "I like swimming on Tuesdays."
		_, err := rig.acts.SaveProfile(ctx, helping, k("profile"), p)
		return err
	}
	leave := func() error { _, err := rig.acts.Leave(ctx, helping, g.ID, k("leave"), 0); return err }
	refusedAll := func(when string) {
		t.Helper()
		for name, do := range map[string]func() error{"join": join, "pay": pay, "profile": profile, "leave": leave} {
			if err := do(); community.KindOf(err) != community.KindForbidden {
				t.Errorf("%s, %s: %v, want refused", when, name, err)
			}
		}
	}
	refusedAll("never given")

	recovery, err := rig.acts.GrantPermission(ctx, actions.As(sam), key(sam, "permission-recovery"), priya.ID, []community.Scope{community.ScopeRecovery}, 0)
	if err != nil {
		t.Fatal(err)
	}
	refusedAll("only help to get back in")
	profileOnly := grant(t, sam, priya, community.ScopeProfile)
	for name, do := range map[string]func() error{"join": join, "pay": pay, "leave": leave} {
		if err := do(); community.KindOf(err) != community.KindForbidden {
			t.Errorf("wrong scope, %s: %v, want refused", name, err)
		}
	}
	if _, err := rig.acts.EndPermission(ctx, actions.As(sam), profileOnly.ID); err != nil {
		t.Fatal(err)
	}
	refusedAll("taken back")

	all := grant(t, sam, priya, community.ActingScopes()...)
	joinKey, payKey := k("join"), k("pay")
	for range 2 { // the same forms twice: one join, one payment, one line each
		if _, err := rig.acts.Join(ctx, helping, g.ID, joinKey, false); err != nil {
			t.Fatalf("joining for Sam: %v", err)
		}
		if _, err := rig.acts.Pay(ctx, helping, g.ID, payKey, "", community.Payment{Amount: 500, Method: "cash"}); err != nil {
			t.Fatalf("paying for Sam: %v", err)
		}
	}
	if err := profile(); err != nil {
		t.Fatalf("editing Sam's profile: %v", err)
	}
	if got, _ := rig.store.Person(ctx, sam.ID); got.About != "I like swimming on Tuesdays." {
		t.Errorf("Sam's profile says %q", got.About)
	}
	if _, err := rig.acts.Pay(ctx, helping, g.ID, k("pay"), tr.ID, community.Payment{Amount: 500, Method: "cash"}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("recording a payment for someone else while helping: %v, want refused", err)
	}
	if err := leave(); err != nil {
		t.Fatalf("leaving for Sam: %v", err)
	}
	if got := ledger(t, g, map[string]string{sam.ID: "Sam"}); !slices.Contains(got, "payment Sam £5") {
		t.Errorf("the ledger: %v", got)
	}
	if entries, _ := rig.store.Entries(ctx, g.ID); !slices.ContainsFunc(entries, func(e community.Entry) bool {
		return e.Kind == community.EntryPayment && e.PersonID == sam.ID && e.RecordedBy == priya.ID
	}) {
		t.Error("the payment does not say Priya recorded it")
	}

	rig.clock.Set(all.Until)
	refusedAll("ended by time")
	rig.clock.Set(start)

	acts, err := rig.store.Acts(ctx, sam.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []community.ActKind
	for _, a := range acts {
		kinds = append(kinds, a.Kind)
		if a.MentorName != "Priya Mentor" {
			t.Errorf("a line names %q", a.MentorName)
		}
	}
	slices.Sort(kinds)
	want := []community.ActKind{"end", "grant", "grant", "grant", "join", "leave", "pay", "profile"}
	if !slices.Equal(kinds, want) {
		t.Errorf("Sam's log: %v, want %v", kinds, want)
	}
	if _, err := rig.acts.EndPermission(ctx, actions.As(priya), recovery.ID); community.KindOf(err) != community.KindNotFound {
		t.Errorf("the mentor taking back the member's permission: %v", err)
	}
}

// TestActingNeverVotesProposesOrConfirms: with every permission, and even
// when the member is the group's treasurer, a mentor cannot vote, propose
// (with its automatic yes) or confirm a payment for them.
func TestActingNeverVotesProposesOrConfirms(t *testing.T) {
	ctx := context.Background()
	sam, m, priya := person(t, "Sam Treasurer"), person(t, "Mo Member"), aMentor(t, "Priya Mentor")
	g := aGroup(t, sam, m)
	paid(t, g, sam, m, 1000)
	p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 100, To: "Pool", For: "lane"})
	if err != nil {
		t.Fatal(err)
	}
	e, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: 500, Method: "cash"})
	if err != nil {
		t.Fatal(err)
	}
	grant(t, sam, priya, community.ActingScopes()...)
	helping := actions.Who{Actor: priya, Owner: sam}
	k := func(form string) string { return rig.acts.FormKeyFor(helping, form) }
	if _, err := rig.acts.Vote(ctx, helping, g.ID, k("vote"), p.ID, "yes"); community.KindOf(err) != community.KindForbidden {
		t.Errorf("voting for the member: %v, want refused", err)
	}
	if _, err := rig.acts.Propose(ctx, helping, g.ID, k("propose"), community.Proposal{Amount: 100, To: "Pool", For: "lane"}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("proposing for the member: %v, want refused", err)
	}
	if _, err := rig.acts.Confirm(ctx, helping, g.ID, k("confirm"), e.ID); community.KindOf(err) != community.KindForbidden {
		t.Errorf("confirming as the treasurer for them: %v, want refused", err)
	}
	if _, err := rig.acts.ConfirmAll(ctx, helping, g.ID, k("confirm-all"), []string{e.ID}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("confirming all as the treasurer for them: %v, want refused", err)
	}
	if _, err := rig.acts.SendMessage(ctx, helping, k("message"), m.ID, "hello"); community.KindOf(err) != community.KindForbidden {
		t.Errorf("messaging for them: %v, want refused", err)
	}
	if got, _ := rig.store.Proposals(ctx, g.ID); len(got) != 1 || len(got[0].Votes) != 1 {
		t.Errorf("proposals %d, votes on the first %d; want one with the proposer's yes", len(got), len(got[0].Votes))
	}
}

// TestAskingToJoinForSomeone: asking to join a group that asks first is
// joining for someone, so it needs the groups scope, and is logged.
func TestAskingToJoinForSomeone(t *testing.T) {
	ctx := context.Background()
	org, sam, priya := person(t, "Ola Organiser"), person(t, "Sam Member"), aMentor(t, "Priya Mentor")
	g, err := rig.acts.StartGroup(ctx, actions.As(org), key(org, "group-new"), community.Group{
		Name: "Quiet swimmers", Purpose: "We share lessons.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: "OX4", MaxSize: 10,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	helping := actions.Who{Actor: priya, Owner: sam}
	grant(t, sam, priya, community.ScopePayments)
	if _, err := rig.acts.Ask(ctx, helping, g.ID, rig.acts.FormKeyFor(helping, "ask")); community.KindOf(err) != community.KindForbidden {
		t.Errorf("asking with only the payments scope: %v, want refused", err)
	}
	grant(t, sam, priya, community.ScopeGroups)
	asked, err := rig.acts.Ask(ctx, helping, g.ID, rig.acts.FormKeyFor(helping, "ask"))
	if err != nil || !slices.Contains(asked.Asking, sam.ID) {
		t.Fatalf("asking for Sam: %v %v", err, asked.Asking)
	}
	acts, _ := rig.store.Acts(ctx, sam.ID)
	if !slices.ContainsFunc(acts, func(a community.Act) bool { return a.Kind == community.ActAsk && a.GroupName == "Quiet swimmers" }) {
		t.Errorf("Sam's log: %+v", acts)
	}
}

// TestARetriedActForSomeoneIsLoggedOnce: joining and paying in for a
// member, and giving permission, each failed at every write step and sent
// again, leave what one clean run leaves, one line in the log included.
func TestARetriedActForSomeoneIsLoggedOnce(t *testing.T) {
	ctx := context.Background()
	logOf := func(memberID string) string {
		acts, _ := rig.store.Acts(ctx, memberID)
		var kinds []string
		for _, a := range acts {
			kinds = append(kinds, string(a.Kind)+" "+a.GroupName+" "+a.Amount.Pounds())
		}
		slices.Sort(kinds)
		return strings.Join(kinds, ", ")
	}
	helped := func(t *testing.T, scope community.Scope) (community.Person, community.Person, community.Group) {
		tr, sam, priya := person(t, "Tia Treasurer"), person(t, "Sam Member"), aMentor(t, "Priya Mentor")
		grant(t, sam, priya, scope)
		return sam, priya, aGroup(t, tr)
	}
	retryEachStep(t, []retryCase{
		{"join for someone", func(t *testing.T) world {
			sam, priya, g := helped(t, community.ScopeGroups)
			return world{actor: priya, form: "join@" + sam.ID,
				act: func(k string) error {
					_, err := rig.acts.Join(ctx, actions.Who{Actor: priya, Owner: sam}, g.ID, k, false)
					return err
				},
				look: func() string {
					return fmt.Sprint(ledger(t, g, map[string]string{sam.ID: "Sam"}), " / ", logOf(sam.ID))
				}}
		}},
		{"pay in for someone", func(t *testing.T) world {
			sam, priya, g := helped(t, community.ScopePayments)
			if _, err := rig.acts.Join(ctx, actions.As(sam), g.ID, key(sam, "join"), false); err != nil {
				t.Fatal(err)
			}
			return world{actor: priya, form: "pay@" + sam.ID,
				act: func(k string) error {
					_, err := rig.acts.Pay(ctx, actions.Who{Actor: priya, Owner: sam}, g.ID, k, "", community.Payment{Amount: 700, Method: "cash"})
					return err
				},
				look: func() string {
					return fmt.Sprint(ledger(t, g, map[string]string{sam.ID: "Sam"}), " / ", logOf(sam.ID))
				}}
		}},
		{"give permission", func(t *testing.T) world {
			sam, priya := person(t, "Sam Member"), aMentor(t, "Priya Mentor")
			return world{actor: sam, form: "permission",
				act: func(k string) error {
					_, err := rig.acts.GrantPermission(ctx, actions.As(sam), k, priya.ID, community.ActingScopes(), 24*time.Hour)
					return err
				},
				look: func() string {
					given, _ := rig.store.PermissionsGiven(ctx, sam.ID)
					return fmt.Sprint(len(given), " given / ", logOf(sam.ID))
				}}
		}},
	})
}
