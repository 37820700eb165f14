package handlers

import (
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type displayPage struct {
	Saved     bool
	TextSizes []community.TextSize
	Contrasts []community.Contrast
}

func newDisplayPage(saved bool) displayPage {
	return displayPage{
		Saved:     saved,
		TextSizes: []community.TextSize{community.TextNormal, community.TextLarge, community.TextLarger},
		Contrasts: []community.Contrast{community.ContrastNormal, community.ContrastHigh},
	}
}

// displayForm shows the display settings.
func (s *Server) displayForm(c *gin.Context) {
	s.render(c, http.StatusOK, "display", "display.title", newDisplayPage(c.Query("saved") == "1"))
}

// displaySave keeps the display choices in a cookie and, for a member, on
// their profile. The Easy Read button in every page's header posts here
// too, with "return" naming the page to go back to.
func (s *Server) displaySave(c *gin.Context) {
	var problems []community.FieldError
	easy := c.PostForm("easy_read")
	if easy != "on" && easy != "off" {
		problems = append(problems, community.FieldError{Field: "easy_read", Key: "error.display.easy_read"})
	}
	chosen := community.Display{
		EasyRead: easy == "on",
		TextSize: community.TextSize(c.PostForm("text_size")),
		Contrast: community.Contrast(c.PostForm("contrast")),
		// The header's Easy Read button sends no "motion": the choice
		// already made stays.
		LessMotion: current(c).display.LessMotion,
	}
	switch c.PostForm("motion") {
	case "less":
		chosen.LessMotion = true
	case "full":
		chosen.LessMotion = false
	}
	if len(problems) > 0 {
		s.render(c, http.StatusBadRequest, "display", "display.title", newDisplayPage(false), summaryFor(problems, "easy_read-on")...)
		return
	}
	// Unknown sizes or colours fall back to normal rather than failing:
	// they only come from a tampered form.
	chosen = chosen.Normalised()
	s.writeDisplay(c, chosen)
	if me := current(c).me; me != nil {
		if err := s.Actions.SaveDisplay(c.Request.Context(), actions.As(*me), chosen); err != nil {
			s.fail(c, err)
			return
		}
	}
	c.Redirect(http.StatusSeeOther, returnPath(c.PostForm("return"), "/settings/display?saved=1"))
}

// returnPath accepts only a path on this site, so the form cannot be used
// to send people elsewhere.
func returnPath(path, fallback string) string {
	// Browsers drop tabs and newlines from a Location, so "/\t/evil" would
	// become "//evil", another site: any control character is refused, and
	// what is left must parse as a path on this site.
	if !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") || strings.ContainsAny(path, "\\") ||
		strings.ContainsFunc(path, unicode.IsControl) {
		return fallback
	}
	if u, err := url.Parse(path); err != nil || u.Scheme != "" || u.Host != "" {
		return fallback
	}
	return path
}

func summaryFor(problems []community.FieldError, anchor string) []fieldMessage {
	return summaryWith(problems, map[string]string{"easy_read": anchor})
}
