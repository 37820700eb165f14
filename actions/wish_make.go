package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// MakeWish saves what the owner would like to do with others, with what
// they could put in as their own promise (and the number of people it
// needs, if any). The wish's id comes from the form's key, so a double
// click makes one wish.
func (a *Actions) MakeWish(ctx context.Context, who Who, key string, w community.Wish, promise community.Pence, threshold int) (community.Wish, error) {
	if err := who.may(); err != nil {
		return community.Wish{}, err
	}
	me := who.Owner
	w.PersonID, w.Name, w.CreatedAt = me.ID, me.Name, a.now()
	w.Backers = []community.Backer{{PersonID: me.ID, Name: me.Name, Promise: promise, Threshold: threshold, At: a.now()}}
	w.Round, w.Rounds, w.GroupID = nil, 0, ""
	if err := w.Validate(a.Places.Known); err != nil {
		return community.Wish{}, err
	}
	k, err := a.clientKey(who, "wish-new", key)
	if err != nil {
		return community.Wish{}, err
	}
	w.ID = community.DocID(k)
	created, err := a.Store.CreateWish(ctx, w)
	if err != nil {
		return community.Wish{}, err
	}
	return created, a.wished(ctx, "make wish", created)
}
