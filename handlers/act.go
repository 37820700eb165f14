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

// unseenActs are the lines of the member's log written since they last
// read it, oldest first: read once per home page, for both the count of
// what mentors did and the notices of ways back in.
func (s *Server) unseenActs(ctx context.Context, memberID string) ([]community.Act, error) {
	acts, err := s.Store.Acts(ctx, memberID)
	if err != nil || len(acts) == 0 {
		return nil, err
	}
	seen, err := s.Store.ActsSeen(ctx, memberID)
	if err != nil {
		return nil, err
	}
	var out []community.Act
	for _, a := range acts {
		if a.At.After(seen) {
			out = append(out, a)
		}
	}
	return out, nil
}

// newActs counts what mentors did for the member among the unseen acts;
// a way back in is said on its own (recoveryNotices).
func newActs(unseen []community.Act) int {
	n := 0
	for _, a := range unseen {
		if a.ByMentor() && a.Kind != community.ActRecovery {
			n++
		}
	}
	return n
}

// recoveryNotices are the ways back in made for the member since they last
// read their log, each said in full on their home page with a way to
// report it, so that one they did not ask for is seen at once.
func recoveryNotices(l *locale.Localizer, unseen []community.Act) []homeTask {
	var out []homeTask
	for _, a := range unseen {
		if a.Kind == community.ActRecovery {
			out = append(out, homeTask{Text: l.T("home.task.recovery", actLine(l, a)), Href: "/report?kind=person&id=" + a.MentorID, Picto: "lock"})
		}
	}
	return out
}
