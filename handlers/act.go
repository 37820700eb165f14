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
		if a.ByMentor() && a.At.After(seen) {
			n++
		}
	}
	return n, nil
}
