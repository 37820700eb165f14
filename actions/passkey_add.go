package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// AddPasskey saves a passkey the owner has just made on their device,
// under the name they gave it. Nobody adds a passkey for someone else,
// not even a mentor helping them: a way in is made only by its owner (or
// through a recovery invite a moderator approved). Saving the same passkey
// again (a retry) saves it once.
func (a *Actions) AddPasskey(ctx context.Context, who Who, name string, key community.Passkey) (community.Passkey, error) {
	if who.Actor.ID != who.Owner.ID && who.Actor.ID != "" {
		return community.Passkey{}, community.Forbidden("error.passkey.while_helping")
	}
	if err := who.may(); err != nil {
		return community.Passkey{}, err
	}
	have, err := a.Store.PasskeysOf(ctx, who.Owner.ID)
	if err != nil {
		return community.Passkey{}, err
	}
	for _, k := range have {
		if k.ID == key.ID {
			return k, nil
		}
	}
	if err := community.ValidatePasskeyName(name, len(have)); err != nil {
		return community.Passkey{}, err
	}
	key.PersonID, key.Name, key.CreatedAt = who.Owner.ID, strings.TrimSpace(name), a.now()
	saved, err := a.Store.AddPasskey(ctx, key)
	if err != nil {
		return community.Passkey{}, err
	}
	return saved, a.logChange(ctx, "add passkey", "person", who.Owner.ID)
}
