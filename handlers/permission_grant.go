package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// permissionGrant gives a mentor permission for the ticked things, for the
// chosen time. A refusal shows the form again as typed, with the reason.
func (s *Server) permissionGrant(c *gin.Context) {
	form := permissionForm{Mentor: c.PostForm("mentor"), Length: c.PostForm("length"), Scopes: map[string]bool{}}
	var scopes []community.Scope
	for _, sc := range c.PostFormArray("scopes") {
		scopes = append(scopes, community.Scope(sc))
		form.Scopes[sc] = true
	}
	length, ok := community.PermissionLengthOf(form.Length)
	if !ok {
		length = -1
	}
	_, err := s.Actions.GrantPermission(c.Request.Context(), who(c), c.PostForm("key"), form.Mentor, scopes, length)
	s.permissionAnswer(c, form, err, "given", "give")
}

// permissionRecovery lets a mentor help the member get back in, until
// taken back.
func (s *Server) permissionRecovery(c *gin.Context) {
	form := permissionForm{Recovery: c.PostForm("mentor"), Length: "week"}
	_, err := s.Actions.GrantPermission(c.Request.Context(), who(c), c.PostForm("key"), form.Recovery,
		[]community.Scope{community.ScopeRecovery}, 0)
	s.permissionAnswer(c, form, err, "recovery", "recovery")
}

// permissionAnswer sends the member back to the page with a notice, or
// shows the form again with what was typed and what is wrong.
func (s *Server) permissionAnswer(c *gin.Context, form permissionForm, err error, notice, only string) {
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/permissions?done="+notice)
	case staleKey(err):
		field := "mentor"
		if only == "recovery" {
			field = "recovery_mentor"
		}
		s.showPermissions(c, http.StatusBadRequest, form, only, community.FieldError{Field: field, Key: "error.form.key"})
	case community.KindOf(err) == community.KindInvalid:
		problems := community.FieldErrors(err)
		if only == "recovery" {
			for i := range problems {
				problems[i].Field = "recovery_mentor"
			}
		}
		s.showPermissions(c, http.StatusBadRequest, form, only, problems...)
	default:
		s.fail(c, err)
	}
}
