package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// wishCard is a wish in a list, with why it is suggested.
type wishCard struct {
	ID, Text string
	Reasons  []locale.Idea
}

// wishesPage is /wishes: wishes near the member that share their
// interests, best first, and their own.
type wishesPage struct {
	Near, Mine []wishCard
	Placed     bool
}

func (s *Server) wishes(c *gin.Context) {
	me := current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	page := wishesPage{Placed: me.District != ""}
	limit := 10
	if l.Easy() {
		limit = easyListStep
	}
	for _, w := range s.Matching.WishesFor(me.ID, matching.Query{Within: matching.DefaultWithin, Limit: limit}) {
		page.Near = append(page.Near, wishCard{ID: w.ID, Text: w.Text, Reasons: wishReasons(l, w)})
	}
	mine, err := s.Store.WishesOf(c.Request.Context(), me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, w := range mine {
		page.Mine = append(page.Mine, wishCard{ID: w.ID, Text: w.Text, Reasons: mineReasons(l, w)})
	}
	s.render(c, http.StatusOK, "wishes", "wishes.title", page)
}

// wishReasons says why a wish is suggested: what is shared, how far, when
// both are free and how many share it already. Easy Read says it in one.
func wishReasons(l *locale.Localizer, w matching.WishSuggestion) []locale.Idea {
	out := []locale.Idea{l.Idea("reason.wish_shared", listWords(l, interestWords(l, w.Shared))), milesIdea(l, "reason.wish_at", w.Miles)}
	if times := w.Times.Keys(); len(times) > 0 && !l.Easy() {
		out = append(out, l.Idea("reason.wish_times", listWords(l, timeWords(l, times))))
	}
	out = append(out, backersIdea(l, w.Backers))
	if l.Easy() {
		return []locale.Idea{oneIdea(out)}
	}
	return out
}

// mineReasons says where the member's own wish stands.
func mineReasons(l *locale.Localizer, w community.Wish) []locale.Idea {
	switch {
	case w.Started():
		return []locale.Idea{l.Idea("wish.started")}
	case w.Round != nil:
		return []locale.Idea{l.Idea("wish.round_title")}
	}
	return []locale.Idea{backersIdea(l, len(w.Backers))}
}
