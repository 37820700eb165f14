package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// RecoverWithInvite adds the passkey made with an approved recovery
// invite to the member it is for, ends every other sign-in of theirs (a
// way in someone else took stops working), and leaves a line in their log
// that they will see on their home page: "Priya made a way back in for
// you. Not you? Tell a moderator." The invite is claimed by the new
// passkey's id, so two uses race to one winner and a retry of the same
// one finishes the rest, each write once.
func (a *Actions) RecoverWithInvite(ctx context.Context, token string, key community.Passkey) (community.Person, error) {
	inv, err := a.Store.Invite(ctx, community.InviteID(token))
	if err != nil {
		return community.Person{}, err
	}
	if inv.Kind != community.InviteRecovery {
		return community.Person{}, community.NotFound("error.invite.not_found")
	}
	if problem := inv.Problem(a.Now()); problem != "" && !inv.Used() {
		return community.Person{}, community.Conflict(problem)
	}
	// A used invite is refused below unless this passkey is what used it:
	// then this is a retry, and it finishes what the first try began.
	holder := "passkey:" + key.ID
	held, err := a.Store.Claim(ctx, "invite-used/"+inv.ID, holder)
	if err != nil {
		return community.Person{}, err
	}
	if held != holder {
		return community.Person{}, community.Conflict("error.invite.used")
	}
	member, err := a.Store.Person(ctx, inv.For)
	if err != nil {
		return community.Person{}, err
	}
	key.PersonID, key.CreatedAt = member.ID, a.now()
	if _, err := a.Store.AddPasskey(ctx, key); err != nil {
		return community.Person{}, err
	}
	if err := a.Store.EndSessionsBefore(ctx, member.ID, a.now()); err != nil {
		return community.Person{}, err
	}
	if err := a.Store.MarkInviteUsed(ctx, inv.ID, member.ID); err != nil {
		return community.Person{}, err
	}
	maker, err := a.Store.Person(ctx, inv.By)
	if err != nil {
		return community.Person{}, err
	}
	if err := a.recordAct(ctx, community.Act{ID: community.DocID("act:recovery:" + inv.ID), MemberID: member.ID,
		MentorID: maker.ID, MentorName: maker.Name, Kind: community.ActRecovery, At: a.now()}); err != nil {
		return community.Person{}, err
	}
	member, err = a.Store.Person(ctx, member.ID)
	if err != nil {
		return community.Person{}, err
	}
	return member, a.logChange(ctx, "recover with an invite", "person", member.ID)
}
