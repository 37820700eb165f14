package handlers

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// actLine is one line of the log, in the reader's words: "On 3 March,
// Priya joined the Swimming group for you".
func actLine(l *locale.Localizer, a community.Act) string {
	day := community.InLondon(a.At).Format("2 January")
	return l.T("act."+string(a.Kind), day, a.MentorName, a.GroupName, a.Amount.Pounds())
}

// newActs counts what mentors did for the member since they last read
// their log.
func (s *Server) newActs(ctx context.Context, memberID string) (int, error) {
	acts, err := s.Store.Acts(ctx, memberID)
	if err != nil || len(acts) == 0 {
		return 0, err
	}
	seen, err := s.Store.ActsSeen(ctx, memberID)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, a := range acts {
		if a.ByMentor() && a.Kind != community.ActRecovery && a.At.After(seen) {
			n++
		}
	}
	return n, nil
}

// recoveryNotices are the ways back in made for the member since they last
// read their log, each said in full on their home page with a way to
// report it, so that one they did not ask for is seen at once.
func (s *Server) recoveryNotices(ctx context.Context, l *locale.Localizer, memberID string) ([]homeTask, error) {
	acts, err := s.Store.Acts(ctx, memberID)
	if err != nil || len(acts) == 0 {
		return nil, err
	}
	seen, err := s.Store.ActsSeen(ctx, memberID)
	if err != nil {
		return nil, err
	}
	var out []homeTask
	for _, a := range acts {
		if a.Kind == community.ActRecovery && a.At.After(seen) {
			out = append(out, homeTask{Text: l.T("home.task.recovery", actLine(l, a)), Href: "/report?kind=person&id=" + a.MentorID, Picto: "lock"})
		}
	}
	return out, nil
}
