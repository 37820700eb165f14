package handlers

import (
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// memberGroup loads the group in the path for one of its members, for
// pages only members see; anyone else gets "not allowed" and false.
func (s *Server) memberGroup(c *gin.Context) (community.Group, bool) {
	g, err := s.Store.Group(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return community.Group{}, false
	}
	if _, in := g.Member(owner(c).ID); !in {
		s.fail(c, community.Forbidden("error.group.members_only"))
		return community.Group{}, false
	}
	return g, true
}

// statementGroup loads the group in the path for one of its members, or
// for someone who left it: a leaver keeps their own statement for good.
func (s *Server) statementGroup(c *gin.Context) (community.Group, bool) {
	g, err := s.Store.Group(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return community.Group{}, false
	}
	me := current(c).me.ID
	_, in := g.Member(me)
	if !in && !g.UsedBy(me) && !slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == me }) {
		s.fail(c, community.Forbidden("error.group.members_only"))
		return community.Group{}, false
	}
	return g, true
}

// votingGroup loads the group in the path for a member who votes, to show
// a voting member's form again; anyone else gets "not allowed" and false.
func (s *Server) votingGroup(c *gin.Context) (community.Group, bool) {
	g, ok := s.memberGroup(c)
	if !ok {
		return g, false
	}
	if m, _ := g.Member(owner(c).ID); m.Watching {
		s.fail(c, community.Forbidden("error.group.voters_only"))
		return g, false
	}
	return g, true
}

// answered sorts out an action's answer for a form: done (the member goes
// back to the group with the notice), refused (the error page), or bad
// input, whose problems come back for the form to be shown again.
func (s *Server) answered(c *gin.Context, err error, notice, anchor string) ([]community.FieldError, bool) {
	switch {
	case err == nil:
		done(c, c.Param("id"), notice, anchor)
		return nil, true
	case community.KindOf(err) != community.KindInvalid:
		s.fail(c, err)
		return nil, true
	}
	return community.FieldErrors(err), false
}

// done sends the member back to the group page with a notice.
func done(c *gin.Context, groupID, notice, anchor string) {
	c.Redirect(303, "/groups/"+groupID+"?done="+notice+anchor)
}

// groupRecords reads a group's ledger and proposals, which most of its
// pages need together; if either cannot be read the error page is shown
// and ok is false.
func (s *Server) groupRecords(c *gin.Context, groupID string) ([]community.Entry, []community.Proposal, bool) {
	entries, _, proposals, ok := s.groupBooks(c, groupID)
	return entries, proposals, ok
}

// groupBooks is groupRecords with the ledger's statement, tallied with
// the entries it comes from.
func (s *Server) groupBooks(c *gin.Context, groupID string) ([]community.Entry, community.Statement, []community.Proposal, bool) {
	entries, st, err := s.Store.Tallied(c.Request.Context(), groupID)
	if err != nil {
		s.fail(c, err)
		return nil, st, nil, false
	}
	proposals, err := s.Store.Proposals(c.Request.Context(), groupID)
	if err != nil {
		s.fail(c, err)
		return nil, st, nil, false
	}
	return entries, st, proposals, true
}
