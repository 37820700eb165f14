package handlers

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type signinPage struct {
	Providers []auth.Provider
	Demo      bool
	// Passkeys says the site can sign people in with passkeys.
	Passkeys bool
	// SignedOut says the member has just signed out everywhere; Deleted
	// that they have just deleted their account.
	SignedOut, Deleted bool
}

// signin lists the ways to sign in.
func (s *Server) signin(c *gin.Context) {
	s.render(c, http.StatusOK, "signin", "signin.title", signinPage{Providers: s.Providers.List(), Demo: s.DemoSignIn, Passkeys: s.Passkeys != nil,
		SignedOut: c.Query("done") == "signed_out_everywhere", Deleted: c.Query("done") == "deleted"})
}

// authBegin sends the person to their sign-in provider.
func (s *Server) authBegin(c *gin.Context) {
	target, err := s.Providers.Begin(c.Writer, c.Param("provider"))
	if auth.IsUnknownProvider(err) {
		s.notFound(c)
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusFound, target)
}

// authCallback is where the provider sends the person back.
func (s *Server) authCallback(c *gin.Context) {
	user, err := s.Providers.Complete(c.Writer, c.Request, c.Param("provider"))
	switch {
	case auth.IsUnknownProvider(err):
		s.notFound(c)
		return
	case auth.IsBadState(err):
		s.showError(c, http.StatusBadRequest, errorPage{Heading: "error.signin.heading", Message: "error.signin.state"})
		return
	case err != nil:
		s.Log.Warn("sign-in failed", "request_id", requestID(c), "provider", c.Param("provider"), "err", err)
		s.showError(c, http.StatusBadRequest, errorPage{Heading: "error.signin.heading", Message: "error.signin.failed"})
		return
	}
	identity := community.Identity{Provider: c.Param("provider"), Subject: user.UserID}
	me, err := s.Actions.SignIn(c.Request.Context(), identity, displayName(user.Name, user.NickName), user.Email)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.signedIn(c, me)
}

// signedIn starts the session and sends a new member to fill in their
// profile, and anyone else home.
func (s *Server) signedIn(c *gin.Context, me community.Person) {
	if err := s.startSession(c, me); err != nil {
		s.fail(c, err)
		return
	}
	target := "/"
	if !me.HasProfile() {
		target = "/me/edit"
	}
	c.Redirect(http.StatusSeeOther, target)
}

// displayName picks a name from what the provider gave, within the limit.
func displayName(names ...string) string {
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			continue
		}
		for utf8.RuneCountInString(n) > community.MaxNameLength {
			_, size := utf8.DecodeLastRuneInString(n)
			n = n[:len(n)-size]
		}
		return n
	}
	return "New member"
}

// signout ends the session. It is a POST so that no link or image can sign
// someone out. The session is always the signed-in member's own, even
// while a mentor helps someone: it is the mentor who signs out, which
// ends the helping too.
func (s *Server) signout(c *gin.Context) {
	if v := current(c); v.me != nil {
		if err := s.Actions.SignOut(c.Request.Context(), actions.As(*v.me), v.session.ID); err != nil {
			s.fail(c, err)
			return
		}
	}
	s.Sessions.Clear(c.Writer)
	c.Redirect(http.StatusSeeOther, "/")
}
