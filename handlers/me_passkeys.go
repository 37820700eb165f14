package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// passkeysPage lists the member's passkeys, each removable, with a form to
// add one made on the device they are using.
type passkeysPage struct {
	On   bool
	Keys []community.Passkey
	Name string
	Done string
}

func (s *Server) mePasskeys(c *gin.Context) {
	s.showPasskeys(c, http.StatusOK, "")
}

// mePasskeyOptions begins making a passkey, once the name is right: the
// options for the browser's prompt, as JSON. A wrong name answers 400 and
// the script then sends the form, so that the page says what is wrong.
func (s *Server) mePasskeyOptions(c *gin.Context) {
	if s.Passkeys == nil {
		s.notFound(c)
		return
	}
	me := current(c).me
	user, err := s.passkeyUser(c.Request.Context(), me.ID, me.Name)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := community.ValidatePasskeyName(c.PostForm("name"), len(user.Keys)); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "name"})
		return
	}
	options, err := s.Passkeys.BeginAdd(c.Writer, "add", user)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json", options)
}

// mePasskeyAdd saves the passkey the device made.
func (s *Server) mePasskeyAdd(c *gin.Context) {
	if s.Passkeys == nil {
		s.notFound(c)
		return
	}
	ctx, me, name := c.Request.Context(), current(c).me, c.PostForm("name")
	user, err := s.passkeyUser(ctx, me.ID, me.Name)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := community.ValidatePasskeyName(name, len(user.Keys)); err != nil {
		s.showPasskeys(c, http.StatusBadRequest, name, summaryWith(community.FieldErrors(err), nil)...)
		return
	}
	response := c.PostForm("credential")
	if response == "" {
		s.showPasskeys(c, http.StatusBadRequest, name, fieldMessage{Field: "name", Anchor: "name", Key: passkeyMissing(c)})
		return
	}
	key, err := s.Passkeys.FinishAdd(c.Writer, c.Request, "add", user, response)
	if err != nil {
		s.Log.Warn("passkey refused", "request_id", requestID(c), "err", err)
		s.showPasskeys(c, http.StatusBadRequest, name, fieldMessage{Field: "name", Anchor: "name", Key: passkeyProblem(err)})
		return
	}
	_, err = s.Actions.AddPasskey(ctx, who(c), name, key)
	switch community.KindOf(err) {
	case community.KindInvalid:
		s.showPasskeys(c, http.StatusBadRequest, name, summaryWith(community.FieldErrors(err), nil)...)
	case community.KindInternal:
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Redirect(http.StatusSeeOther, "/me/passkeys?done=added")
	default:
		s.fail(c, err)
	}
}

// mePasskeyRemove removes one passkey.
func (s *Server) mePasskeyRemove(c *gin.Context) {
	if err := s.Actions.RemovePasskey(c.Request.Context(), who(c), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/me/passkeys?done=removed")
}

func (s *Server) showPasskeys(c *gin.Context, status int, name string, errs ...fieldMessage) {
	keys, err := s.Store.PasskeysOf(c.Request.Context(), current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, status, "me_passkeys", "passkeys.title",
		passkeysPage{On: s.Passkeys != nil, Keys: keys, Name: name, Done: c.Query("done")}, errs...)
}
