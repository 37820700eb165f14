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
