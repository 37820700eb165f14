package handlers

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// wishPage is one wish, as the member reading it may act on it: say "Me
// too" (with a promise or not), answer yes or no while a round asks them,
// or go to the group it started. It names nobody who backs it but the
// wisher and the reader.
type wishPage struct {
	Wish community.Wish
	// Facts are what the wish is, as key ideas: where, when, how many.
	Facts []locale.Idea
	// Mine is the reader's backing, when they back it.
	Mine   *community.Backer
	MineIs locale.Idea
	// CanBack is true while the reader may still say "Me too" or add a
	// promise; Asked while the open round asks them yes or no, Answer
	// their answer so far ("yes", "no" or "").
	CanBack, Asked bool
	Answer         string
	Round          locale.Idea
	// Done is what the member just did; Notice says it.
	Done   string
	Notice locale.Idea
	// Form is a "Me too" as typed, shown again with its problems;
	// PromiseHint names how often a promise is paid. BackPage shows only
	// that form: Easy Read's page of its own for it.
	Promise, Threshold string
	PromiseHint        string
	EveryWords         string
	BackPage           bool
	// Offers are providers' answers to the wish.
	Offers []offerCard
}

// PageTitle is the wish's own words.
func (p wishPage) PageTitle() string { return p.Wish.Text }

// wishShow shows a wish; one whose round's days are over is settled first,
// so that nobody reads a round that has ended as open.
func (s *Server) wishShow(c *gin.Context) {
	s.showWish(c, http.StatusOK, "", "", nil)
}

// wishBackForm is Easy Read's page for saying "Me too" (the plain page of
// the wish has the form on it).
func (s *Server) wishBackForm(c *gin.Context) {
	s.showWish(c, http.StatusOK, "", "", nil)
}

func (s *Server) showWish(c *gin.Context, status int, promise, threshold string, problems []community.FieldError) {
	ctx := c.Request.Context()
	w, err := s.Store.Wish(ctx, c.Param("id"))
	if err == nil && (w.Round != nil && !w.Round.Open(s.Now()) || w.Closing != nil) {
		// A round whose days are over is settled before it is shown; if
		// that fails, the page shows the wish as it is, and the replica's
		// settling tries again within a minute.
		if settled, serr := s.Actions.SettleWish(ctx, w.ID); serr == nil {
			w = settled
		} else {
			s.Log.Warn("settle a wish", "request_id", requestID(c), "wish", w.ID, "err", serr)
		}
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me
	// A block hides a wish from someone new to it; one who backed it
	// before the block still reads it and answers its round.
	if _, backs := w.Backer(me.ID); !backs && s.Matching.Blocked(me.ID, w.PersonID) {
		s.fail(c, community.NotFound("error.wish.not_found"))
		return
	}
	l := s.Locale.For(current(c).display.EasyRead)
	page := wishPage{Wish: w, Promise: promise, Threshold: threshold, Facts: wishFacts(l, w),
		EveryWords: everyWords(l, w.Every), PromiseHint: promiseHintKey(w.Every),
		BackPage: l.Easy() && (strings.HasSuffix(c.Request.URL.Path, "/me-too"))}
	if done := c.Query("done"); slices.Contains([]string{"made", "backed", "yes", "no"}, done) {
		page.Done = done
	}
	if b, backs := w.Backer(me.ID); backs {
		page.Mine = &b
		page.MineIs = l.Idea("wish.you_back")
		if b.Promised() {
			page.MineIs = l.Idea("wish.your_promise", b.Promise.Pounds(), page.EveryWords, b.Threshold)
		}
	}
	offers, err := s.Store.OffersTo(ctx, w.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, o := range offers {
		card := offerCard{Offer: o}
		// The wish shows each offer's best price: for the most people.
		if len(o.Tiers) > 0 {
			card.Prices = []string{tierWords(l, o.Unit, o.Tiers[len(o.Tiers)-1])}
		}
		page.Offers = append(page.Offers, card)
	}
	page.CanBack = !w.Started() && (page.Mine == nil || !page.Mine.Promised())
	page.Notice = doneNotice(l, page.Done, w, s.Now())
	if r := w.Round; r != nil {
		ends := dayWords(true, s.Now(), r.Ends, "2 January 2006")
		page.Round = l.Idea("wish.round_waiting", ends)
		if slices.Contains(r.Asked, me.ID) {
			page.Asked, page.CanBack = true, false
			page.Round = l.Idea("wish.round_ask", ends)
			if yes, answered := r.Answers[me.ID]; answered {
				page.Answer = map[bool]string{true: "yes", false: "no"}[yes]
			}
		}
	}
	s.render(c, status, "wish", "", page, summaryWith(problems, nil)...)
}

// wishFacts are where and when the wish is, and how many share it.
func wishFacts(l *locale.Localizer, w community.Wish) []locale.Idea {
	out := []locale.Idea{l.Idea("wish.where", w.District)}
	if times := w.Times.Keys(); len(times) > 0 {
		out = append(out, locale.Idea{Text: l.T("wish.when") + ": " + listWords(l, timeWords(l, times)), Picto: l.Idea("wish.when").Picto})
	}
	out = append(out, backersIdea(l, len(w.Backers)))
	if n := len(w.Promisers()); n == 0 {
		out = append(out, l.Idea("wish.promisers_none"))
	} else {
		out = append(out, l.Idea(plural("wish.promisers", n), n))
	}
	return out
}

// backersIdea says how many would like to do what a wish says.
func backersIdea(l *locale.Localizer, n int) locale.Idea { return l.Idea(plural("wish.backers", n), n) }

// everyWords is how often a wish's promises are paid: "a week".
func everyWords(l *locale.Localizer, every community.Period) string {
	if every == community.EveryMonth {
		return l.T("wish.every_month")
	}
	return l.T("wish.every_week")
}

// promiseHintKey is the hint for a promise, each week or each month.
func promiseHintKey(every community.Period) string {
	if every == community.EveryMonth {
		return "wish.promise_hint_month"
	}
	return "wish.promise_hint_week"
}

// doneNotice says what the member just did to the wish.
func doneNotice(l *locale.Localizer, done string, w community.Wish, now time.Time) locale.Idea {
	switch done {
	case "made":
		return l.Idea("wish.made")
	case "backed":
		return l.Idea("wish.said_me_too")
	case "yes":
		return l.Idea("wish.answered_yes")
	case "no":
		if w.Round != nil {
			return l.Idea("wish.answered_no", dayWords(true, now, w.Round.Ends, "2 January 2006"))
		}
		return l.Idea("wish.answered_no_closed")
	}
	return locale.Idea{}
}
