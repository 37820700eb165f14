package handlers

import (
	"context"
	"errors"
	"net/http"

	"github.com/clubtogether/clubtogether/auth"
	"github.com/gin-gonic/gin"
)

// passkeySignInOptions begins signing in with a passkey: it answers, as
// JSON, the options the browser's passkey prompt needs. Only the site's
// script asks for it; the form it serves posts to passkeySignIn.
func (s *Server) passkeySignInOptions(c *gin.Context) {
	if s.Passkeys == nil {
		s.notFound(c)
		return
	}
	options, err := s.Passkeys.BeginSignIn(c.Writer)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json", options)
}

// passkeySignIn finishes signing in with the passkey the browser sent.
func (s *Server) passkeySignIn(c *gin.Context) {
	if s.Passkeys == nil {
		s.notFound(c)
		return
	}
	response := c.PostForm("credential")
	if response == "" {
		s.passkeyFailed(c, passkeyMissing(c), "/signin")
		return
	}
	ctx := c.Request.Context()
	personID, key, err := s.Passkeys.FinishSignIn(c.Writer, c.Request, response, s.passkeyOwner(ctx))
	if err != nil {
		s.Log.Warn("passkey sign-in refused", "request_id", requestID(c), "err", err)
		s.passkeyFailed(c, passkeyProblem(err), "/signin")
		return
	}
	me, err := s.Actions.SignInWithPasskey(ctx, personID, key)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.signedIn(c, me)
}

// passkeyOwner finds the member a passkey belongs to, with all their
// passkeys, for the sign-in ceremony to check the signature against.
func (s *Server) passkeyOwner(ctx context.Context) func(string) (auth.PasskeyUser, error) {
	return func(credentialID string) (auth.PasskeyUser, error) {
		key, err := s.Store.Passkey(ctx, credentialID)
		if err != nil {
			return auth.PasskeyUser{}, err
		}
		return s.passkeyUser(ctx, key.PersonID, "")
	}
}

// passkeyUser is the member as the passkey ceremonies see them.
func (s *Server) passkeyUser(ctx context.Context, personID, name string) (auth.PasskeyUser, error) {
	keys, err := s.Store.PasskeysOf(ctx, personID)
	return auth.PasskeyUser{ID: personID, Name: name, Keys: keys}, err
}

// passkeyMissing says why a form came without a passkey: the device was
// asked and said no (or the person pressed Cancel), or the page's script
// never ran.
func passkeyMissing(c *gin.Context) string {
	if c.PostForm("cancelled") != "" {
		return "error.passkey.cancelled"
	}
	return "error.passkey.no_script"
}

// passkeyProblem names the message for a ceremony that failed.
func passkeyProblem(err error) string {
	if errors.Is(err, auth.ErrPasskeyStale) {
		return "error.passkey.stale"
	}
	return "error.passkey.refused"
}

// passkeyFailed shows what went wrong with a passkey, with a way back.
func (s *Server) passkeyFailed(c *gin.Context, message, back string) {
	s.showError(c, http.StatusBadRequest, errorPage{Heading: "error.passkey.heading", Message: message, Back: back})
}
