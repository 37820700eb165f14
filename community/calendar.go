package community

import "time"

// MaxChosenSessions bounds the public sessions a member keeps on their
// calendar: enough for every session on What's on for weeks.
const MaxChosenSessions = 200

// Calendar is a member's private calendar feed: its link's token, and the
// public sessions they chose to have in it besides their groups'. Anyone
// with the token can read the feed, so a new link ends the old one.
type Calendar struct {
	PersonID string
	Token    string
	MadeAt   time.Time
	// Chosen are the keys of the public sessions chosen, oldest first.
	Chosen []string
}

// FeedPastDays is how far back a calendar keeps its groups' sessions, so
// that it still shows last week's.
const FeedPastDays = 30

// GroupBoard is a group with the posts on its board.
type GroupBoard struct {
	Group Group
	Posts []Post
}

// CalendarSessions is what a member's calendar holds: the sessions on the
// boards of their groups on the day since or later, and the public
// sessions they chose, each once, soonest first.
func CalendarSessions(boards []GroupBoard, chosen []Session, since time.Time) []Session {
	var out []Session
	seen := map[string]bool{}
	add := func(s Session) {
		if !seen[s.Key] {
			seen[s.Key] = true
			out = append(out, s)
		}
	}
	for _, b := range boards {
		for _, p := range b.Posts {
			if p.IsSession() && !p.On.Before(since) {
				add(PostSession(p, b.Group))
			}
		}
	}
	for _, s := range chosen {
		add(s)
	}
	SortSessions(out)
	return out
}
