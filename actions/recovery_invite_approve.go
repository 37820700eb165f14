package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// ApproveRecoveryInvite is a moderator approving a mentor's recovery
// invite, after checking with the member that they asked for it. The
// change log keeps who approved it and when. Approving twice keeps the
// first approval.
func (a *Actions) ApproveRecoveryInvite(ctx context.Context, who Who, key, inviteID string) error {
	if err := a.mayModerate(who); err != nil {
		return err
	}
	k, err := a.clientKey(who, "approve-recovery", key)
	if err != nil {
		return err
	}
	inv, err := a.Store.Invite(ctx, inviteID)
	if err != nil {
		return err
	}
	if inv.Kind != community.InviteRecovery {
		return community.NotFound("error.invite.not_found")
	}
	if inv.By == who.Actor.ID {
		return community.Forbidden("error.recovery.own_invite")
	}
	if inv.Used() || !a.Now().Before(inv.Expires) {
		return community.Conflict(inv.Problem(a.Now()))
	}
	if err := a.Store.ApproveInvite(ctx, inv.ID, who.Actor.ID); err != nil {
		return err
	}
	if err := a.audit(ctx, who, k, community.Audit{Action: "recovery_approve", Kind: "invite", Target: inv.ID}); err != nil {
		return err
	}
	return a.logChange(ctx, "approve recovery invite", "invite", inv.ID)
}
