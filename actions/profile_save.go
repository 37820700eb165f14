package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// SaveProfile saves what the owner says about themselves. p.Version must be
// the version they edited: if the profile was saved since (a second click,
// another tab), nothing is written and the profile as it is now comes back
// with a Conflict error, for the caller to tell a double click from a real
// clash.
func (a *Actions) SaveProfile(ctx context.Context, who Who, key string, p community.Person) (community.Person, error) {
	if err := who.may(); err != nil {
		return community.Person{}, err
	}
	p.ID = who.Owner.ID
	if err := p.Validate(a.Places.Known); err != nil {
		return community.Person{}, err
	}
	if _, err := a.clientKey(who, "profile", key); err != nil {
		return community.Person{}, err
	}
	saved, err := a.Store.SaveProfile(ctx, p)
	if community.KindOf(err) == community.KindConflict {
		current, loadErr := a.Store.Person(ctx, p.ID)
		if loadErr != nil {
			return community.Person{}, loadErr
		}
		return current, err
	}
	if err != nil {
		return community.Person{}, err
	}
	a.indexPerson(ctx, saved)
	return saved, a.logChange(ctx, "save profile", "person", saved.ID)
}
