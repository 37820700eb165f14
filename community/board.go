package community

import "time"

// MaxPost bounds a board post: short announcements only.
const MaxPost = 500

// Post is a line on a group's board: an announcement, or a session on a
// date. Only members see the board.
type Post struct {
	ID      string
	GroupID string
	By      string
	ByName  string
	Text    string
	// On is the session's day; zero for an announcement.
	On time.Time
	At time.Time
}

// Validate checks the post's text and date; today is the first day a
// session may be on.
func (p Post) Validate(today time.Time) error {
	var f fieldErrors
	f.length("text", p.Text, 1, MaxPost, "error.post.text")
	if !p.On.IsZero() && p.On.Before(today) {
		f.add("on", "error.post.past")
	}
	return f.err()
}
