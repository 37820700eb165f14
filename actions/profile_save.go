package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// SaveProfile saves what the owner says about themselves. p.Version must be
// the version they edited. If the profile was saved since with what this
// form says (a double click, a retry), that save stands and is returned; if
// it was saved with something else (another tab), nothing is written and
// the profile as it is now comes back with a Conflict error.
func (a *Actions) SaveProfile(ctx context.Context, who Who, key string, p community.Person) (community.Person, error) {
	if err := a.mayFor(ctx, who, community.ScopeProfile); err != nil {
		return community.Person{}, err
	}
	p.ID = who.Owner.ID
	if err := p.Validate(a.Places.Known); err != nil {
		return community.Person{}, err
	}
	k, err := a.clientKey(who, "profile", key)
	if err != nil {
		return community.Person{}, err
	}
	saved, err := a.Store.SaveProfile(ctx, p)
	if community.KindOf(err) == community.KindConflict {
		current, loadErr := a.Store.Person(ctx, p.ID)
		if loadErr != nil {
			return community.Person{}, loadErr
		}
		if !community.SameProfile(current, p) {
			return current, err
		}
		saved = current
	} else if err != nil {
		return community.Person{}, err
	}
	a.indexPerson(ctx, saved)
	if err := a.noteAct(ctx, who, k, community.Act{Kind: community.ActProfile}); err != nil {
		return community.Person{}, err
	}
	return saved, a.logChange(ctx, "save profile", "person", saved.ID)
}
