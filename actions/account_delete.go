package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Deleting works out what deleting the member's account would do, for the
// page that asks them to confirm it.
func (a *Actions) Deleting(ctx context.Context, who Who) (community.Deleting, error) {
	if err := who.may(); err != nil {
		return community.Deleting{}, err
	}
	return a.deletingOf(ctx, who.Owner.ID)
}

func (a *Actions) deletingOf(ctx context.Context, me string) (community.Deleting, error) {
	groups, err := a.Store.GroupsEverIn(ctx, me)
	if err != nil {
		return community.Deleting{}, err
	}
	entries, proposals := map[string][]community.Entry{}, map[string][]community.Proposal{}
	for _, g := range groups {
		if entries[g.ID], err = a.Store.Entries(ctx, g.ID); err != nil {
			return community.Deleting{}, err
		}
		if proposals[g.ID], err = a.Store.Proposals(ctx, g.ID); err != nil {
			return community.Deleting{}, err
		}
	}
	providers, err := a.Store.ProvidersOwnedBy(ctx, me)
	if err != nil {
		return community.Deleting{}, err
	}
	return community.DeletingOf(me, groups, entries, proposals, providers), nil
}

// DeleteAccount deletes the member's account, only theirs and only by
// them. Each step can be done again without harm, so a retry after a
// failure at any step finishes the same deletion, in this order:
//
//  1. in each open group they are in, their open proposals withdrawn and
//     then they leave it under its rule (votes taken out, pledges
//     cancelled, a refund owed back or what they owe kept owed);
//  2. their name taken out of every group's records, except where a
//     refund is owed to them and not paid yet: the treasurer needs it to
//     pay them (paying it back takes it out then);
//  3. their permissions ended, their marks, passkeys, unused invites
//     (theirs, and any to let them back in) and offer to mentor taken
//     away, the words of their messages removed, their wishes deleted and
//     their "Me too" taken out of others', their calendar and its link
//     deleted, and their wellbeing answers;
//  4. last, their profile, with their sign-in links, and so every sign-in.
//
// An account with a role still to hand over, in a group winding up, or
// managing a provider, is refused with what to do first.
func (a *Actions) DeleteAccount(ctx context.Context, who Who, key string) error {
	if err := who.may(); err != nil {
		return err
	}
	me := who.Owner.ID
	if _, err := a.Store.Person(ctx, me); err != nil {
		return err
	}
	if _, err := a.clientKey(who, "delete", key); err != nil {
		return err
	}
	d, err := a.deletingOf(ctx, me)
	if err != nil {
		return err
	}
	if d.Blocked() {
		return community.Conflict("error.delete.blocked")
	}
	for _, dg := range d.Groups {
		if err := a.leaveForDeleting(ctx, who, dg); err != nil {
			return err
		}
	}
	if err := a.forgetDeleted(ctx, me, d); err != nil {
		return err
	}
	given, err := a.Store.PermissionsGiven(ctx, me)
	if err != nil {
		return err
	}
	held, err := a.Store.PermissionsTo(ctx, me)
	if err != nil {
		return err
	}
	for _, p := range append(given, held...) {
		if p.EndedAt.IsZero() {
			if _, err := a.Store.EndPermission(ctx, p.ID, me, a.now()); err != nil {
				return err
			}
		}
	}
	marks, err := a.Store.DeleteMarksOf(ctx, me)
	if err != nil {
		return err
	}
	for _, m := range marks {
		a.Matching.Unmark(m)
	}
	if err := a.Store.RemovePasskeysOf(ctx, me); err != nil {
		return err
	}
	if err := a.Store.DeleteUnusedInvitesOf(ctx, me); err != nil {
		return err
	}
	if err := a.Store.DeleteMentor(ctx, me); err != nil {
		return err
	}
	if err := a.Store.RemoveMessagesFrom(ctx, me); err != nil {
		return err
	}
	if err := a.forgetWishes(ctx, me); err != nil {
		return err
	}
	if err := a.Store.DeleteCalendar(ctx, me); err != nil {
		return err
	}
	if err := a.logChange(ctx, "delete calendar", "calendar", me); err != nil {
		return err
	}
	if err := a.Store.DeleteWellbeingOf(ctx, me); err != nil {
		return err
	}
	// Other replicas drop the answers and the plan from memory too.
	if err := a.logChange(ctx, "delete check-ins", "check-ins", me); err != nil {
		return err
	}
	if err := a.logChange(ctx, "delete wellbeing plan", "wellbeing plan", me); err != nil {
		return err
	}
	if err := a.Store.DeletePerson(ctx, me); err != nil {
		return err
	}
	a.Matching.RemovePerson(me)
	a.Discovery.Person(ctx, community.Person{ID: me}) // a person nobody sees: out of the index
	return a.logChange(ctx, "delete account", "person", me)
}

// leaveForDeleting takes the member out of one open group they are still
// in: their own open proposals withdrawn first (nobody else may), then
// they leave as the leave page would.
func (a *Actions) leaveForDeleting(ctx context.Context, who Who, dg community.DeletingGroup) error {
	if !dg.Leaves {
		return nil
	}
	g, err := a.Store.Group(ctx, dg.ID)
	if err != nil {
		return err
	}
	if _, in := g.Member(who.Owner.ID); !in {
		return nil // left already, on an earlier try
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	for _, p := range proposals {
		if p.By == who.Owner.ID && p.AsOf(a.Now()) == community.ProposalOpen {
			if _, err := a.Withdraw(ctx, who, g.ID, a.FormKeyFor(who, "withdraw"), p.ID, ""); err != nil {
				return err
			}
		}
	}
	_, err = a.Leave(ctx, who, g.ID, a.FormKeyFor(who, "leave"), 0)
	return err
}

// forgetDeleted takes the member's name out of each group's records but
// those where a refund is owed to them.
func (a *Actions) forgetDeleted(ctx context.Context, me string, d community.Deleting) error {
	for _, dg := range d.Groups {
		if dg.KeepsName {
			continue
		}
		g, err := a.Store.ChangeGroup(ctx, dg.ID, func(g *community.Group) error {
			if !g.ForgetName(me) {
				return store.Unchanged
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := a.changed(ctx, "forget name", g); err != nil {
			return err
		}
	}
	return nil
}
