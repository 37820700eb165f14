package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Joining is a new member signing up with an invite: the id chosen for
// them when their device was asked for a passkey, the name they chose and
// the passkey it made.
type Joining struct {
	PersonID string
	Name     string
	Passkey  community.Passkey
}

// JoinWithInvite makes a new member from a one-time invite and their
// passkey. The invite is claimed first, by a unique insert holding the new
// member's id, so two uses race to one winner; a retry of the same sign-up
// holds the claim already and finishes the rest: the member, the passkey,
// the invite marked used, each written once.
func (a *Actions) JoinWithInvite(ctx context.Context, token string, j Joining) (community.Person, error) {
	inv, err := a.Store.Invite(ctx, community.InviteID(token))
	if err != nil {
		return community.Person{}, err
	}
	if inv.Kind != community.InviteNewMember {
		return community.Person{}, community.NotFound("error.invite.not_found")
	}
	if err := community.ValidateNewName(j.Name); err != nil {
		return community.Person{}, err
	}
	retry := inv.Used() && inv.UsedBy == j.PersonID
	if problem := inv.Problem(a.Now()); problem != "" && !retry {
		return community.Person{}, community.Conflict(problem)
	}
	holder, err := a.Store.Claim(ctx, "invite-used/"+inv.ID, j.PersonID)
	if err != nil {
		return community.Person{}, err
	}
	if holder != j.PersonID {
		return community.Person{}, community.Conflict("error.invite.used")
	}
	p, err := a.Store.CreatePerson(ctx, community.Person{ID: j.PersonID, Name: strings.TrimSpace(j.Name)})
	if err != nil {
		return community.Person{}, err
	}
	j.Passkey.PersonID, j.Passkey.CreatedAt = p.ID, a.now()
	if _, err := a.Store.AddPasskey(ctx, j.Passkey); err != nil {
		return community.Person{}, err
	}
	if err := a.Store.MarkInviteUsed(ctx, inv.ID, p.ID); err != nil {
		return community.Person{}, err
	}
	return p, a.logChange(ctx, "join with an invite", "person", p.ID)
}
