package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// RemovePasskey deletes one of the owner's passkeys, so that the device
// that holds it signs nobody in any more. Removing one already gone is
// not an error (a second click). The last passkey of a member who has no
// other way to sign in stays: removing it would lock them out.
func (a *Actions) RemovePasskey(ctx context.Context, who Who, id string) error {
	if who.Actor.ID != who.Owner.ID && who.Actor.ID != "" {
		return community.Forbidden("error.passkey.while_helping")
	}
	if err := who.may(); err != nil {
		return err
	}
	keys, err := a.Store.PasskeysOf(ctx, who.Owner.ID)
	if err != nil {
		return err
	}
	if len(keys) == 1 && keys[0].ID == id && len(who.Owner.Identities) == 0 {
		return community.Conflict("error.passkey.last")
	}
	if err := a.Store.RemovePasskey(ctx, who.Owner.ID, id); err != nil {
		return err
	}
	return a.logChange(ctx, "remove passkey", "person", who.Owner.ID)
}
