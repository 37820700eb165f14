package handlers

import (
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// isModerator reports whether the member is named in MODERATORS, by id or
// by the email their sign-in provider gave.
func (s *Server) isModerator(me *community.Person) bool {
	if me == nil {
		return false
	}
	for _, m := range s.Moderators {
		if m == me.ID || (me.Email != "" && strings.EqualFold(m, me.Email)) {
			return true
		}
	}
	return false
}
