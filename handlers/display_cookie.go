package handlers

import (
	"net/http"
	"net/url"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// displayCookie keeps display choices for everyone, signed in or not. It
// holds no secret, so it is plain; values are checked on every read.
const displayCookie = "ct_display"

// readDisplay returns how the visitor likes pages shown, and whether they
// have chosen it: a display cookie, or choices saved on their profile.
func (s *Server) readDisplay(c *gin.Context, me *community.Person) (community.Display, bool) {
	raw, err := c.Cookie(displayCookie)
	if err != nil {
		if me != nil {
			return me.Display.Normalised(), me.Display.Normalised() != community.Display{}.Normalised()
		}
		return community.Display{}.Normalised(), false
	}
	values, _ := url.ParseQuery(raw)
	return community.Display{
		EasyRead:   values.Get("easy_read") == "on",
		TextSize:   community.TextSize(values.Get("text_size")),
		Contrast:   community.Contrast(values.Get("contrast")),
		LessMotion: values.Get("motion") == "less",
	}.Normalised(), true
}

func (s *Server) writeDisplay(c *gin.Context, d community.Display) {
	easy := "off"
	if d.EasyRead {
		easy = "on"
	}
	motion := "full"
	if d.LessMotion {
		motion = "less"
	}
	value := url.Values{"easy_read": {easy}, "text_size": {string(d.TextSize)}, "contrast": {string(d.Contrast)}, "motion": {motion}}.Encode()
	http.SetCookie(c.Writer, &http.Cookie{
		Name: displayCookie, Value: value, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, Secure: s.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
	// Later code in this request sees the new choice too, and that a
	// choice has been made.
	current(c).display = d
	current(c).displayChosen = true
}
