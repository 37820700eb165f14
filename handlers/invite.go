package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// invitePage is what a new member sees when they follow an invite: who
// made it, that they will make a passkey on their own device, and a form
// for the name they choose. Problem, when set, says why the invite cannot
// be used, and there is no form.
type invitePage struct {
	Token, Maker, Name, Problem string
	Until                       string
	Passkeys                    bool
	SignedInAs                  string
	// Recovery is a way back in for the member named For, who makes a
	// new passkey and chooses no name.
	Recovery bool
	For      string
}

func (s *Server) invite(c *gin.Context) {
	s.showInvite(c, http.StatusOK, "")
}

// inviteOptions begins making the new member's passkey, once the name is
// right. The id they will have is chosen now and kept in the ceremony's
// state, since a passkey is made for one user id.
func (s *Server) inviteOptions(c *gin.Context) {
	inv, status, problem := s.usableInvite(c)
	if problem != "" || s.Passkeys == nil {
		c.JSON(status, gin.H{"error": "invite"})
		return
	}
	user := auth.PasskeyUser{ID: s.Store.NewID(), Name: c.PostForm("name")}
	if inv.Kind == community.InviteRecovery {
		member, err := s.Store.Person(c.Request.Context(), inv.For)
		if err == nil {
			user, err = s.passkeyUser(c.Request.Context(), member.ID, member.Name)
		}
		if err != nil {
			s.fail(c, err)
			return
		}
	} else if community.ValidateNewName(user.Name) != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "name"})
		return
	}
	options, err := s.Passkeys.BeginAdd(c.Writer, "invite:"+inv.ID, user)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json", options)
}

// inviteJoin makes the new member with the passkey their device made, and
// signs them in to fill in their profile.
func (s *Server) inviteJoin(c *gin.Context) {
	inv, status, problem := s.usableInvite(c)
	if problem != "" {
		s.showInvite(c, status, "")
		return
	}
	if inv.Kind == community.InviteRecovery {
		s.inviteRecover(c, inv)
		return
	}
	name := c.PostForm("name")
	if err := community.ValidateNewName(name); err != nil {
		s.showInvite(c, http.StatusBadRequest, name, summaryWith(community.FieldErrors(err), nil)...)
		return
	}
	response := c.PostForm("credential")
	if response == "" {
		s.showInvite(c, http.StatusBadRequest, name, fieldMessage{Field: "name", Anchor: "name", Key: passkeyMissing(c)})
		return
	}
	key, err := s.Passkeys.FinishNew(c.Writer, c.Request, "invite:"+inv.ID, name, response)
	if err != nil {
		s.Log.Warn("invite passkey refused", "request_id", requestID(c), "err", err)
		s.showInvite(c, http.StatusBadRequest, name, fieldMessage{Field: "name", Anchor: "name", Key: passkeyProblem(err)})
		return
	}
	key.Name = s.Locale.For(current(c).display.EasyRead).T("invite.first_passkey")
	me, err := s.Actions.JoinWithInvite(c.Request.Context(), c.Param("token"), actions.Joining{PersonID: key.PersonID, Name: name, Passkey: key})
	switch community.KindOf(err) {
	case community.KindInternal:
		if err != nil {
			s.fail(c, err)
			return
		}
		s.signedIn(c, me)
	case community.KindInvalid:
		s.showInvite(c, http.StatusBadRequest, name, summaryWith(community.FieldErrors(err), nil)...)
	default:
		s.fail(c, err)
	}
}

// usableInvite reads the invite the link names and says, as a status and a
// message key, why it cannot be used now: it does not exist, has run out
// or been used, or someone is signed in already.
func (s *Server) usableInvite(c *gin.Context) (community.Invite, int, string) {
	inv, err := s.Store.Invite(c.Request.Context(), community.InviteID(c.Param("token")))
	switch {
	case community.KindOf(err) == community.KindNotFound:
		return inv, http.StatusNotFound, "error.invite.not_found"
	case err != nil:
		return inv, http.StatusServiceUnavailable, "error.internal"
	}
	if problem := inv.Problem(s.Now()); problem != "" {
		return inv, http.StatusGone, problem
	}
	switch {
	case current(c).me != nil:
		return inv, http.StatusConflict, "error.invite.signed_in"
	case s.Passkeys == nil:
		return inv, http.StatusNotFound, "error.invite.no_passkeys"
	}
	return inv, http.StatusOK, ""
}

func (s *Server) showInvite(c *gin.Context, status int, name string, errs ...fieldMessage) {
	inv, problemStatus, problem := s.usableInvite(c)
	if problem != "" {
		status = problemStatus
	}
	page := invitePage{Token: c.Param("token"), Name: name, Problem: problem, Passkeys: s.Passkeys != nil,
		Recovery: inv.Kind == community.InviteRecovery}
	if page.Recovery && problem != "error.invite.not_found" {
		if member, err := s.Store.Person(c.Request.Context(), inv.For); err == nil {
			page.For = member.Name
		}
	}
	if me := current(c).me; me != nil {
		page.SignedInAs = me.Name
	}
	if problem != "error.invite.not_found" {
		if maker, err := s.Store.Person(c.Request.Context(), inv.By); err == nil {
			page.Maker = maker.Name
		}
		page.Until = community.InLondon(inv.Expires).Format("2 January 2006")
	}
	s.render(c, status, "invite", "invite.title", page, errs...)
}

// inviteRecover adds the passkey made with a recovery invite to the member
// it is for, and signs them in: every other sign-in of theirs has ended.
func (s *Server) inviteRecover(c *gin.Context, inv community.Invite) {
	ctx := c.Request.Context()
	member, err := s.Store.Person(ctx, inv.For)
	if err != nil {
		s.fail(c, err)
		return
	}
	response := c.PostForm("credential")
	if response == "" {
		s.showInvite(c, http.StatusBadRequest, "", fieldMessage{Field: "passkey", Anchor: "make-passkey", Key: passkeyMissing(c)})
		return
	}
	user, err := s.passkeyUser(ctx, member.ID, member.Name)
	if err != nil {
		s.fail(c, err)
		return
	}
	key, err := s.Passkeys.FinishAdd(c.Writer, c.Request, "invite:"+inv.ID, user, response)
	if err != nil {
		s.Log.Warn("recovery passkey refused", "request_id", requestID(c), "err", err)
		s.showInvite(c, http.StatusBadRequest, "", fieldMessage{Field: "passkey", Anchor: "make-passkey", Key: passkeyProblem(err)})
		return
	}
	key.Name = s.Locale.For(current(c).display.EasyRead).T("invite.recovery_passkey")
	me, err := s.Actions.RecoverWithInvite(ctx, c.Param("token"), key)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.signedIn(c, me)
}
