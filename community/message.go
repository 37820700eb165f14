package community

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxMessage bounds a message: a few paragraphs, never a file.
const MaxMessage = 2000

// Message is one member writing to another they are connected with: plain
// text, kept until either of them deletes their data.
type Message struct {
	ID       string
	From, To string
	Text     string
	At       time.Time
	// ReadAt is when the one it was sent to first read it; zero until then.
	ReadAt time.Time
	// Removed is a message whose writer deleted their account: its words
	// are gone.
	Removed bool
	// HiddenAt, when set, is when a moderator hid the message after a
	// report: it shows as removed to everyone but the moderators.
	HiddenAt time.Time
	HiddenBy string
}

// Hidden reports whether a moderator has hidden the message.
func (m Message) Hidden() bool { return !m.HiddenAt.IsZero() }

// Validate checks a message before it is sent: something to say, not too
// long, and no character that would hide or reorder what is shown (control
// characters other than new lines and tabs, or the marks that override the
// direction of text, used to disguise links and names).
func (m Message) Validate() error {
	var f fieldErrors
	text := strings.TrimSpace(m.Text)
	switch {
	case text == "":
		f.add("text", "error.message.empty")
	case utf8.RuneCountInString(text) > MaxMessage:
		f = append(f, FieldError{Field: "text", Key: "error.message.too_long", Args: []string{strconv.Itoa(MaxMessage)}})
	case strings.ContainsFunc(text, hidesText):
		f.add("text", "error.message.hidden_characters")
	}
	return f.err()
}

// hidesText reports whether r is a character that changes how text around
// it is shown without being seen itself.
func hidesText(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == '\r':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E || r == 0x200F:
		return true
	}
	return false
}

// ThreadID names the thread between two members, the same whoever writes.
func ThreadID(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "/" + b
}
