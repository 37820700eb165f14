package handlers

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
)

// mentorCard is a mentor suggested to a member, with the reasons in words.
type mentorCard struct {
	matching.MentorMatch
	Reasons []locale.Idea
}

// mentorCards suggests the approved mentors near the member, best first.
func (s *Server) mentorCards(l *locale.Localizer, me community.Person, limit int) []mentorCard {
	var out []mentorCard
	for _, m := range s.Matching.MentorsFor(me.ID, mentorQuery(limit)) {
		out = append(out, mentorCard{MentorMatch: m, Reasons: mentorReasons(l, m)})
	}
	return out
}

// mentorQuery asks for mentors as far as anyone can choose: there are
// few mentors, and one a little further is better than none.
func mentorQuery(limit int) matching.Query {
	return matching.Query{Within: matching.MaxWithin, Limit: limit}
}

// mentorReasons says why a mentor is suggested: what they help with, how
// near, what both like, when both are free, the languages both speak. In
// Easy Read each reason is an idea with its picture, and only the first
// two are given, so that five mentors fit on a short page.
func mentorReasons(l *locale.Localizer, m matching.MentorMatch) []locale.Idea {
	reason := func(picto, text string) locale.Idea {
		if !l.Easy() {
			picto = ""
		}
		return locale.Idea{Text: text, Picto: picto}
	}
	out := []locale.Idea{reason("help", l.T("mentor.reason.helps", listWords(l, helpWords(l, m.HelpWith)))), reason("place", milesWords(l, "reason.lives", m.Miles))}
	if l.Easy() {
		return out
	}
	if len(m.Interests) > 0 {
		out = append(out, reason("heart", l.T("reason.likes", listWords(l, interestWords(l, m.Interests)))))
	}
	if times := m.Times.Keys(); len(times) > 0 {
		out = append(out, reason("calendar", l.T("reason.free", listWords(l, timeWords(l, times)))))
	}
	if len(m.Languages) > 0 {
		out = append(out, reason("languages", l.T("mentor.reason.speaks", listWords(l, m.Languages))))
	}
	return out
}

// approvedMentor returns the member's offer when a moderator approved it.
func (s *Server) approvedMentor(ctx context.Context, id string) *community.Mentor {
	m, err := s.Store.Mentor(ctx, id)
	if err != nil || !m.Approved() {
		return nil
	}
	return &m
}

// helpRow is a help request as a page shows it: who asked, who took it,
// and how far away the one who asked is from the reader.
type helpRow struct {
	community.Help
	ByName, TakenByName, MentorName string
	Distance                        distance
}

// helpRows names the people in each request for the reader, leaving out
// any request of someone the reader blocked or who blocked them.
func (s *Server) helpRows(ctx context.Context, me community.Person, helps []community.Help) []helpRow {
	names := map[string]string{}
	name := func(id string) string {
		if id == "" {
			return ""
		}
		if n, ok := names[id]; ok {
			return n
		}
		p, _ := s.Store.Person(ctx, id)
		names[id] = p.Name
		return p.Name
	}
	var out []helpRow
	for _, h := range helps {
		other := h.By
		if other == me.ID {
			other = h.TakenBy
		}
		if other != "" && s.Matching.Blocked(me.ID, other) {
			continue
		}
		r := helpRow{Help: h, ByName: name(h.By), TakenByName: name(h.TakenBy), MentorName: name(h.Mentor)}
		if miles, ok := s.Places.MilesBetween(me.District, h.District); ok {
			r.Distance = distance{Known: true, Miles: places.AboutMiles(miles)}
		}
		out = append(out, r)
	}
	return out
}

// openHelpsFor lists the requests nobody has taken that an approved
// mentor may take: addressed to them, or to any mentor and asked within
// matching.MaxWithin miles of them.
func (s *Server) openHelpsFor(ctx context.Context, me community.Person) ([]helpRow, error) {
	open, err := s.Store.OpenHelps(ctx)
	if err != nil {
		return nil, err
	}
	open = slices.DeleteFunc(open, func(h community.Help) bool {
		if h.By == me.ID || (h.Mentor != "" && h.Mentor != me.ID) {
			return true
		}
		if h.Mentor == me.ID {
			return false
		}
		miles, ok := s.Places.MilesBetween(me.District, h.District)
		return !ok || miles > matching.MaxWithin
	})
	return s.helpRows(ctx, me, open), nil
}

// helpWords are the words for what a mentor helps with.
func helpWords(l *locale.Localizer, keys []string) []string {
	var out []string
	for _, h := range keys {
		out = append(out, l.T("mentor.help."+h))
	}
	return out
}
