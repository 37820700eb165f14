package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// waitingRecovery is a mentor's recovery invite waiting for a moderator,
// with the names a moderator checks.
type waitingRecovery struct {
	ID, For, By, Made string
}

// waitingRecoveries lists the recovery invites a moderator must approve.
func (s *Server) waitingRecoveries(c *gin.Context) ([]waitingRecovery, error) {
	ctx := c.Request.Context()
	invites, err := s.Store.RecoveryInvitesWaiting(ctx)
	if err != nil {
		return nil, err
	}
	var out []waitingRecovery
	for _, inv := range invites {
		if inv.Problem(s.Now()) != "error.invite.not_approved" {
			continue
		}
		member, err1 := s.Store.Person(ctx, inv.For)
		maker, err2 := s.Store.Person(ctx, inv.By)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, waitingRecovery{ID: inv.ID, For: member.Name, By: maker.Name, Made: community.InLondon(inv.MadeAt).Format("2 January 2006")})
	}
	return out, nil
}

// recoveryApprove is a moderator approving a mentor's recovery invite.
func (s *Server) recoveryApprove(c *gin.Context) {
	if err := s.Actions.ApproveRecoveryInvite(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=recovery_approved")
}
