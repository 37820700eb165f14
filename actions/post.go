package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Post adds an announcement, or a session on a date, to the group's
// board. Members who are only watching read the board but do not post.
// The post's id comes from the form's key, so sending it twice posts once.
func (a *Actions) Post(ctx context.Context, who Who, groupID, key string, p community.Post) (community.Post, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Post{}, err
	}
	p.GroupID, p.By, p.ByName = g.ID, who.Owner.ID, who.Owner.Name
	if err := p.Validate(community.Day(a.Now())); err != nil {
		return community.Post{}, err
	}
	k, err := a.clientKey(who, "post", key)
	if err != nil {
		return community.Post{}, err
	}
	p.ID, p.At = community.DocID(k), a.now()
	saved, err := a.Store.Post(ctx, p)
	if err != nil {
		return community.Post{}, err
	}
	return saved, a.logChange(ctx, "post", "post", saved.ID)
}
