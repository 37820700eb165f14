package handlers

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

// sessionPage is one session on What's on, with the button that puts it
// on the member's calendar or takes it off.
type sessionPage struct {
	Card sessionCard
	// About is the listing's or the group's page, and the words and
	// picture of the link to it.
	About, AboutKey, AboutPicto string
	Done                        string
}

// whatsOnSession shows one public session still to come.
func (s *Server) whatsOnSession(c *gin.Context) {
	ctx := c.Request.Context()
	se, err := s.Actions.PublicSession(ctx, c.Param("key"))
	if err != nil {
		s.fail(c, err)
		return
	}
	chosen, err := s.chosenSessions(ctx, current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	l := s.Locale.For(current(c).display.EasyRead)
	page := sessionPage{Card: s.sessionCardOf(l, se, chosen[se.Key]), About: "/groups/" + se.GroupID,
		AboutKey: "whats_on.about_group", AboutPicto: "group", Done: knownDone(c, "added", "taken_off")}
	if se.ListingID != "" {
		page.About, page.AboutKey, page.AboutPicto = "/listings/"+se.ListingID, "whats_on.about_listing", "search"
	}
	s.render(c, http.StatusOK, "whats_on_session", "whats_on.session_title", page)
}

// whatsOnChoose puts the session on the member's calendar, or takes it
// off, and shows it again with what was done.
func (s *Server) whatsOnChoose(c *gin.Context) {
	key := c.Param("key")
	chosen := c.PostForm("chosen") == "yes"
	if err := s.Actions.ChooseSession(c.Request.Context(), who(c), key, chosen); err != nil {
		s.fail(c, err)
		return
	}
	done := "taken_off"
	if chosen {
		done = "added"
	}
	c.Redirect(http.StatusSeeOther, "/whats-on/"+url.PathEscape(key)+"?done="+done)
}
