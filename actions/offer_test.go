package actions_test

import (
	"context"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestAProviderAnswersAWishAndItsGroup: an unchecked provider may not
// offer; a wish takes offers once 5 share it; the offer moves to the group
// the wish starts, which makes it a spend proposal in one step, once; and
// after an organiser blocks the provider, a new offer is refused.
func TestAProviderAnswersAWishAndItsGroup(t *testing.T) {
	ctx := context.Background()
	owner := person(t, "Jo Offer")
	p, l := aProvider(t, owner)
	offer := func(o community.Offer) (community.Offer, error) {
		o.ProviderID, o.ListingID, o.Unit = p.ID, l.ID, community.PerSession
		o.Tiers = []community.PriceTier{{MinPeople: 1, Each: 1000}, {MinPeople: 3, Each: 700}}
		o.When, o.EasyText = "Saturdays from 9 January", "Swim with a coach. It costs less when more of you come."
		return rig.acts.SendOffer(ctx, actions.As(owner), key(owner, "offer-new"), o)
	}
	people := []community.Person{person(t, "Ka Offer"), person(t, "Li Offer"), person(t, "Mo Offer"), person(t, "Ned Offer"), person(t, "Oz Offer")}
	w, err := rig.acts.MakeWish(ctx, actions.As(people[0]), key(people[0], "wish-new"), community.Wish{Text: "Learn to swim",
		Interests: []string{"swimming"}, District: "OX4", Every: community.EveryWeek}, 700, 3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := offer(community.Offer{WishID: w.ID}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("an unchecked provider's offer is answered %v, want refused", err)
	}
	if _, err := rig.store.VerifyProvider(ctx, p.ID, "moderator"); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.BackWish(ctx, actions.As(people[1]), w.ID, 700, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := offer(community.Offer{WishID: w.ID}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("an offer to a wish two people share is answered %v, want refused until five do", err)
	}
	for _, b := range people[2:] {
		if _, err := rig.acts.BackWish(ctx, actions.As(b), w.ID, 0, 0); err != nil {
			t.Fatal(err)
		}
	}
	sent, err := offer(community.Offer{WishID: w.ID})
	if err != nil {
		t.Fatalf("an offer to a wish five share: %v", err)
	}
	if _, err := rig.acts.BackWish(ctx, actions.As(people[2]), w.ID, 700, 3); err != nil {
		t.Fatal(err)
	}
	for _, b := range people[:3] {
		if w, err = rig.acts.AnswerWish(ctx, actions.As(b), w.ID, 1, true); err != nil {
			t.Fatal(err)
		}
	}
	if !w.Started() {
		t.Fatalf("three yeses started no group: %+v", w)
	}
	moved, _ := rig.store.Offer(ctx, sent.ID)
	if moved.GroupID != w.GroupID {
		t.Fatalf("the wish's offer is to %q, not its group %q", moved.GroupID, w.GroupID)
	}
	prop, err := rig.acts.ProposeOffer(ctx, actions.As(people[1]), w.GroupID, sent.ID)
	if err != nil {
		t.Fatal(err)
	}
	if prop.Amount != 2100 || prop.To != p.Name {
		t.Errorf("the proposal is %s to %q, want £21 (3 × £7) to %s", prop.Amount.Pounds(), prop.To, p.Name)
	}
	if _, err := rig.acts.ProposeOffer(ctx, actions.As(people[2]), w.GroupID, sent.ID); community.KindOf(err) != community.KindConflict {
		t.Errorf("making the offer a proposal twice is answered %v", err)
	}
	if _, err := rig.acts.BlockProvider(ctx, actions.As(people[1]), w.GroupID, p.ID); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a member who is no organiser blocking the provider is answered %v", err)
	}
	if _, err := rig.acts.BlockProvider(ctx, actions.As(people[0]), w.GroupID, p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := offer(community.Offer{GroupID: w.GroupID}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("an offer from a blocked provider is answered %v, want refused", err)
	}
	if offers, _ := rig.store.OffersTo(ctx, w.GroupID); len(offers) != 1 {
		t.Errorf("the group has %d offers after the refused one, want 1", len(offers))
	}
}
