package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// SignIn returns the member linked to a sign-in provider's account,
// making a new member on the first sign-in.
func (a *Actions) SignIn(ctx context.Context, id community.Identity, name, email string) (community.Person, error) {
	p, err := a.Store.SignIn(ctx, id, name, email)
	if err != nil {
		return community.Person{}, err
	}
	return p, a.logChange(ctx, "sign in", "person", p.ID)
}

// SignInWithPasskey records that the member signed in with the passkey,
// keeping the credential as the ceremony updated it, and returns them.
func (a *Actions) SignInWithPasskey(ctx context.Context, personID string, key community.Passkey) (community.Person, error) {
	p, err := a.Store.Person(ctx, personID)
	if err != nil {
		return community.Person{}, err
	}
	if err := a.Store.UsePasskey(ctx, key.ID, key.Credential); err != nil {
		return community.Person{}, err
	}
	return p, a.logChange(ctx, "sign in with a passkey", "person", p.ID)
}
