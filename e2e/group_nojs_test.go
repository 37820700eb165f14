package e2e

import (
	"slices"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestGroupJourneyWithoutJavaScript joins a group, records a payment and
// votes with scripts turned off: each step must work without them. The
// organiser sets the group up over HTTP: they paid £20, confirmed it and
// proposed a spend of £6 while they were the only voter, so one yes
// approves it.
func TestGroupJourneyWithoutJavaScript(t *testing.T) {
	cast := groupsMembers(t)
	t.Parallel()
	organiser := httpAs(t, cast.organiser)
	g := startGroupOverHTTP(t, organiser, cast.organiser, "Walking football kit fund", true)
	g.pay(organiser, "20", "Kit money")
	g.confirmAll(organiser)
	const what = "Bibs for the team"

	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turn scripts off: %v", err)
	}
	dialogs := watchDialogs(t, ctx)
	me := cast.noJS
	signInAs(t, ctx, me, "off")

	// Join.
	open(t, ctx, g.path, 200)
	if status := clickNamed(t, ctx, "button", "Join this group"); status != 200 {
		t.Fatalf("join: status %d", status)
	}
	wantPath(t, ctx, g.path+"?done=joined")
	wantNotice(t, ctx, "You have joined the group.")
	// With two voting, the organiser's proposal counts their own yes and
	// waits for one more.
	g.propose(organiser, "6", "Sports shop", what)
	open(t, ctx, g.path, 200)
	if got := readGroup(t, ctx); !slices.Contains(got.Members, me.Name) {
		t.Errorf("after joining, the members are %q", got.Members)
	}

	// Record a payment.
	fill(t, ctx, "amount", "7.50", "method", "cash", "note", "Week 1")
	if status := pressForm(t, ctx, g.path+"/payments"); status != 200 {
		t.Fatalf("record a payment: status %d; main says: %s", status, mainText(t, ctx))
	}
	wantPath(t, ctx, g.path+"?done=paid")
	wantNotice(t, ctx, "Your payment is recorded. The treasurer will confirm it when it arrives.")
	if row := readGroup(t, ctx).Table[me.Name]; !slices.Equal(row, []string{"£50", "£0", "£7.50", "£50", "£0"}) {
		t.Errorf("my row of who has paid what: %q, want £50 pledged, £0 paid, £7.50 waiting, £50 still to pay, £0 in my account", row)
	}

	// Vote yes: the second yes needed approves the spend.
	if status := clickNamed(t, ctx, "button", "Vote yes: "+what); status != 200 {
		t.Fatalf("vote yes: status %d", status)
	}
	wantPath(t, ctx, g.path+"?done=voted")
	wantNotice(t, ctx, "Your vote is recorded. You can change it until the vote closes.")
	got := readGroup(t, ctx)
	if len(got.Proposals) != 1 || got.Proposals[0].Status != "Approved, waiting to be paid" ||
		!slices.Contains(got.Proposals[0].Lines, "2 yes, 0 no; 2 yes votes needed; 2 members vote") {
		t.Errorf("after voting yes, the proposal is %+v; want approved with 2 yes", got.Proposals)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened with scripts off: %q", d)
	}
}
