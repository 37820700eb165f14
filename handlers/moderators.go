package handlers

import (
	"github.com/clubtogether/clubtogether/community"
)

// isModerator reports whether the member is named in MODERATORS, by id or
// by the email their sign-in provider gave.
func (s *Server) isModerator(me *community.Person) bool {
	return me != nil && community.IsModerator(*me, s.Moderators)
}
