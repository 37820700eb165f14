package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// MakeRecoveryInvite makes a one-time link that adds a passkey to the
// owner's account, for a member who lost every way to sign in. The actor
// is a mentor the owner gave "help me get back in", or a moderator who
// checked who the member is offline (where no such permission exists). A
// mentor's invite works only once a moderator approves it; a moderator's
// is approved as it is made. Like MakeInvite, it returns the link's token,
// kept nowhere, and the same form sent twice makes one invite.
func (a *Actions) MakeRecoveryInvite(ctx context.Context, who Who, key string) (community.Invite, string, error) {
	if who.Actor.ID == "" || who.Owner.ID == "" {
		return community.Invite{}, "", community.Forbidden("error.forbidden")
	}
	if !who.Acting() {
		return community.Invite{}, "", community.Forbidden("error.recovery.yourself")
	}
	moderator := community.IsModerator(who.Actor, a.Moderators)
	if !moderator {
		if err := a.mayHelp(ctx, who.Actor.ID, who.Owner.ID); err != nil {
			return community.Invite{}, "", err
		}
		if _, err := a.Store.LivePermission(ctx, who.Owner.ID, who.Actor.ID, community.ScopeRecovery, a.Now()); err != nil {
			if community.KindOf(err) == community.KindNotFound {
				return community.Invite{}, "", community.Forbidden("error.recovery.no_permission")
			}
			return community.Invite{}, "", err
		}
	}
	nonce, err := a.Keys.Open(who.Actor.ID, "recovery@"+who.Owner.ID, key)
	if err != nil {
		return community.Invite{}, "", err
	}
	token := a.inviteToken(who.Actor.ID, "recovery:"+nonce)
	now := a.now()
	inv := community.Invite{ID: community.InviteID(token), Kind: community.InviteRecovery, By: who.Actor.ID, For: who.Owner.ID,
		MadeAt: now, Expires: now.Add(community.InviteLifetime)}
	if moderator {
		inv.ApprovedAt, inv.ApprovedBy = now, who.Actor.ID
	}
	saved, err := a.Store.CreateInvite(ctx, inv)
	if err != nil {
		return community.Invite{}, "", err
	}
	return saved, token, a.logChange(ctx, "make recovery invite", "invite", saved.ID)
}
