package handlers

import (
	"errors"
	"net/http"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
	"github.com/skip2/go-qrcode"
)

// invitesPage is where a mentor makes one-time invites and sees those they
// made. Made is the invite just made, with its link: the link is shown
// this once, since only its hash is kept.
type invitesPage struct {
	Invites []community.Invite
	Note    string
	Made    *madeInvite
	Now     int64
	// Recovery names the member a recovery invite was just made for; the
	// page then shows only that invite.
	Recovery string
	// More shows more of Invites, which Easy Read lists five at a time.
	More showMore
}

type madeInvite struct {
	community.Invite
	Link, Token string
}

func (s *Server) invites(c *gin.Context) {
	s.showInvites(c, http.StatusOK, "", nil)
}

// invitesMake makes an invite and shows its link and QR code at once. The
// answer is the page itself, not a redirect, so the link is never in an
// address bar or history; sending the form again shows the same invite.
func (s *Server) invitesMake(c *gin.Context) {
	note := c.PostForm("note")
	inv, token, err := s.Actions.MakeInvite(c.Request.Context(), who(c), c.PostForm("key"), note)
	switch community.KindOf(err) {
	case community.KindInternal:
		if err != nil {
			s.fail(c, err)
			return
		}
		s.showInvites(c, http.StatusOK, "", &madeInvite{Invite: inv, Token: token, Link: s.BaseURL + "/invites/" + token})
	case community.KindInvalid:
		if staleKey(err) {
			s.fail(c, err)
			return
		}
		s.showInvites(c, http.StatusBadRequest, note, nil, summaryWith(community.FieldErrors(err), nil)...)
	default:
		s.fail(c, err)
	}
}

func (s *Server) showInvites(c *gin.Context, status int, note string, made *madeInvite, errs ...fieldMessage) {
	me := current(c).me
	err := s.Actions.MayInvite(c.Request.Context(), *me)
	var mine []community.Invite
	if err == nil {
		mine, err = s.Store.InvitesBy(c.Request.Context(), me.ID)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	easy := current(c).display.EasyRead
	page := invitesPage{Note: note, Made: made, Now: s.Now().Unix()}
	page.Invites, page.More = firstOf(c, easy, mine, "shown", "made", s.Locale.For(easy).T("invites.made_before"))
	s.render(c, status, "invites", "invites.title", page, errs...)
}

// inviteQR is the invite's link as a QR code, for a new member to scan
// with their phone. Only a usable invite has one.
func (s *Server) inviteQR(c *gin.Context) {
	token := c.Param("token")
	inv, err := s.Store.Invite(c.Request.Context(), community.InviteID(token))
	// A recovery invite waiting for approval has one already: the mentor
	// hands it over now, and it works once approved.
	if problem := inv.Problem(s.Now()); err == nil && problem != "" && problem != "error.invite.not_approved" {
		err = community.NotFound("error.invite.not_found")
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	png, err := qrcode.Encode(s.BaseURL+"/invites/"+token, qrcode.Medium, 320)
	if err != nil {
		s.fail(c, errors.Join(errors.New("draw the invite's QR code"), err))
		return
	}
	c.Header("Cache-Control", "private, no-store")
	c.Data(http.StatusOK, "image/png", png)
}

// invitesRecovery makes a way back in for the member named in the form:
// a mentor they gave "help me get back in", or a moderator, makes it, and
// sees its link and QR code this once. A mentor's works once a moderator
// approves it.
func (s *Server) invitesRecovery(c *gin.Context) {
	ctx := c.Request.Context()
	member, err := s.Store.Person(ctx, c.PostForm("member"))
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me
	inv, token, err := s.Actions.MakeRecoveryInvite(ctx, actions.Who{Actor: *me, Owner: member}, c.PostForm("key"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, http.StatusOK, "invites", "invites.recovery_title", invitesPage{Now: s.Now().Unix(), Recovery: member.Name,
		Made: &madeInvite{Invite: inv, Token: token, Link: s.BaseURL + "/invites/" + token}})
}
