package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// boardRemovePage asks whether to take a post off the board.
type boardRemovePage struct {
	Group community.Group
	Post  community.Post
}

// groupBoardRemoveForm asks the post's writer, or an organiser, whether
// to take it off the board: a session called off, or news no longer true.
func (s *Server) groupBoardRemoveForm(c *gin.Context) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	p, err := s.Store.BoardPost(c.Request.Context(), c.Param("post"))
	switch {
	case err != nil && community.KindOf(err) != community.KindNotFound:
		s.fail(c, err)
		return
	case err != nil || p.GroupID != g.ID:
		s.fail(c, community.NotFound("error.post.not_found"))
		return
	case p.By != owner(c).ID && !g.IsOrganiser(owner(c).ID):
		s.fail(c, community.Forbidden("error.post.remove_not_yours"))
		return
	}
	s.render(c, http.StatusOK, "group_board_remove", "board.remove_title", boardRemovePage{Group: g, Post: p})
}

// groupBoardRemove takes the post off the board.
func (s *Server) groupBoardRemove(c *gin.Context) {
	if err := s.Actions.RemovePost(c.Request.Context(), who(c), c.Param("id"), c.Param("post")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "post_removed", "#board")
}
