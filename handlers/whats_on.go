package handlers

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// whatsOnWithin is how far What's on looks unless the member says.
const whatsOnWithin = "10"

// plainSessionsStep is how many sessions a plain page lists at a time;
// Easy Read lists easyListStep.
const plainSessionsStep = 20

// runningListing is a listing with the name of its provider, which What's
// on shows.
type runningListing struct {
	Listing  community.Listing
	Provider string
}

// runningListings is every listing whose provider is known, with its
// name; ListingSessions gives hidden, removed and online ones no
// sessions.
func (s *Server) runningListings(ctx context.Context) ([]runningListing, error) {
	return builtNow(ctx, s, s.running, func(providers []community.Provider, listings []community.Listing) []runningListing {
		names := make(map[string]string, len(providers))
		for _, p := range providers {
			names[p.ID] = p.Name
		}
		var out []runningListing
		for _, l := range listings {
			if name, known := names[l.ProviderID]; known {
				out = append(out, runningListing{Listing: l, Provider: name})
			}
		}
		return out
	})
}

// whatsOnForm is What's on's filter as chosen; it is a GET form, so the
// address holds it.
type whatsOnForm struct {
	Interest, Day, Within string
}

// sessionCard is a session in a list: what, when, where and whose, never
// who is going.
type sessionCard struct {
	Key, Title, Href string
	When, Where, By  string
	// WhenWhere says both in one idea, as Easy Read's list does.
	WhenWhere string
	Picto     string
	Chosen    bool
}

type whatsOnPage struct {
	Form      whatsOnForm
	Interests []interestGroup
	Days      []string
	Withins   []string
	Sessions  []sessionCard
	More      showMore
	Placed    bool
}

// whatsOn lists the sessions coming up near the member in the next four
// weeks: the days providers' listings run and the sessions organisers
// showed, filtered by interest, day and distance.
func (s *Server) whatsOn(c *gin.Context) {
	me := current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	form := whatsOnForm{Interest: c.Query("interest"), Day: c.Query("day"), Within: c.DefaultQuery("within", whatsOnWithin)}
	page := whatsOnPage{Form: form, Interests: interestGroups(), Days: community.SessionDayChoices(), Withins: withinChoices(),
		Placed: me.District != ""}
	filter, problems := s.sessionFilter(form, me.District, community.Day(s.Now()))
	if len(problems) > 0 {
		s.render(c, http.StatusBadRequest, "whats_on", "whats_on.title", page, summaryWith(problems, nil)...)
		return
	}
	if !page.Placed {
		s.render(c, http.StatusOK, "whats_on", "whats_on.title", page)
		return
	}
	sessions, err := s.sessionsNear(c.Request.Context(), filter)
	if err != nil {
		s.fail(c, err)
		return
	}
	chosen, err := s.chosenSessions(c.Request.Context(), me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	step := plainSessionsStep
	if l.Easy() {
		step = easyListStep
	}
	shown, more := firstStep(c, step, sessions, "shown", "sessions", l.T("whats_on.sessions"))
	for _, se := range shown {
		page.Sessions = append(page.Sessions, s.sessionCardOf(l, se, chosen[se.Key]))
	}
	page.More = more
	s.render(c, http.StatusOK, "whats_on", "whats_on.title", page)
}

// sessionFilter checks the chosen filter and turns it into one.
func (s *Server) sessionFilter(f whatsOnForm, district string, today time.Time) (community.SessionFilter, []community.FieldError) {
	var problems []community.FieldError
	var filter community.SessionFilter
	if f.Interest != "" && !community.InterestSlugs()[f.Interest] {
		problems = append(problems, community.FieldError{Field: "interest", Key: "error.search.interest"})
	}
	filter.Interest = f.Interest
	days, ok := community.SessionDays(f.Day, today)
	if !ok {
		problems = append(problems, community.FieldError{Field: "day", Key: "error.whats_on.day"})
	}
	filter.Days = days
	miles, err := strconv.Atoi(f.Within)
	if err != nil || !slices.Contains(withinChoices(), f.Within) {
		problems = append(problems, community.FieldError{Field: "within", Key: "error.search.within"})
	}
	home, placed := s.Places.Lookup(district)
	filter.Near = func(d string) bool {
		at, ok := s.Places.Lookup(d)
		return placed && ok && places.Miles(home, at) <= float64(miles)
	}
	return filter, problems
}

// sessionsNear is every session the filter keeps, soonest first.
func (s *Server) sessionsNear(ctx context.Context, f community.SessionFilter) ([]community.Session, error) {
	today := community.Day(s.Now())
	running, err := s.runningListings(ctx)
	if err != nil {
		return nil, err
	}
	var out []community.Session
	for _, r := range running {
		if !f.Near(r.Listing.District) {
			continue
		}
		for _, se := range community.ListingSessions(r.Listing, r.Provider, today, community.WhatsOnDays) {
			if f.Keeps(se) {
				out = append(out, se)
			}
		}
	}
	posts, err := s.Store.PublicSessions(ctx, today)
	if err != nil {
		return nil, err
	}
	last := today.AddDate(0, 0, community.WhatsOnDays)
	for _, p := range posts {
		if !p.On.Before(last) {
			continue
		}
		g, err := s.Store.Group(ctx, p.GroupID)
		switch {
		case community.KindOf(err) == community.KindNotFound:
			continue
		case err != nil:
			return nil, err
		}
		if se := community.PostSession(p, g); !g.Closed && !g.WindingUp && f.Keeps(se) {
			out = append(out, se)
		}
	}
	community.SortSessions(out)
	return out, nil
}

// chosenSessions are the keys of the public sessions on the member's
// calendar.
func (s *Server) chosenSessions(ctx context.Context, personID string) (map[string]bool, error) {
	cal, _, err := s.Store.Calendar(ctx, personID)
	if err != nil {
		return nil, err
	}
	chosen := make(map[string]bool, len(cal.Chosen))
	for _, k := range cal.Chosen {
		chosen[k] = true
	}
	return chosen, nil
}

// sessionCardOf says what, when and where a session is and whose it is.
func (s *Server) sessionCardOf(l *locale.Localizer, se community.Session, chosen bool) sessionCard {
	card := sessionCard{Key: se.Key, Title: se.Title, Href: "/whats-on/" + url.PathEscape(se.Key), When: sessionWhen(l, se), Chosen: chosen, Picto: "calendar"}
	if len(se.Interests) > 0 {
		card.Picto = se.Interests[0]
	}
	card.Where = se.District
	if se.Venue != "" {
		card.Where = l.T("session.where_venue", se.Venue, se.District)
	}
	card.WhenWhere = l.T("session.when_where", card.When, theirsIn(card.Where))
	card.By = l.T("session.by_group", se.GroupName)
	if se.ListingID != "" {
		card.By = l.T("session.by_provider", se.ProviderName)
	}
	return card
}

// sessionWhen says the session's day and time: "Tuesday 8 December, in
// the evening" or "Tuesday 8 December, 19:00 to 21:00".
func sessionWhen(l *locale.Localizer, se community.Session) string {
	day := se.Day.Format("Monday 2 January")
	switch {
	case se.Slot != "":
		return l.T("session.when_slot", day, strings.ToLower(l.T("slot."+se.Slot)))
	case se.From != "" && se.To != "":
		return l.T("session.when_from_to", day, se.From, se.To)
	case se.From != "":
		return l.T("session.when_from", day, se.From)
	}
	return day
}
