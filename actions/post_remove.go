package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// RemovePost takes a post off the group's board: a session called off,
// which leaves What's on and every calendar with it, or an announcement
// no longer true. Its writer may, and so may an organiser. Taking it off
// twice takes it off once.
func (a *Actions) RemovePost(ctx context.Context, who Who, groupID, postID string) error {
	g, _, err := a.memberGroup(ctx, who, groupID)
	if err != nil {
		return err
	}
	p, err := a.Store.BoardPost(ctx, postID)
	if err != nil || p.GroupID != g.ID {
		return community.NotFound("error.post.not_found")
	}
	if p.By != who.Owner.ID && !g.IsOrganiser(who.Owner.ID) {
		return community.Forbidden("error.post.remove_not_yours")
	}
	if err := a.Store.DeletePost(ctx, p.ID); err != nil {
		return err
	}
	return a.logChange(ctx, "remove post", "post", p.ID)
}
