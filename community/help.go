package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxHelpWords bounds what a member writes when asking for help.
const MaxHelpWords = 500

// HelpStatus is how far a help request has got.
type HelpStatus string

const (
	HelpAsked HelpStatus = "asked"
	HelpTaken HelpStatus = "taken"
	HelpDone  HelpStatus = "done"
)

// Help is a member asking a peer mentor for help with one thing: "I would
// like help to find a group". It may be addressed to a chosen mentor;
// otherwise any approved mentor near them may take it. One mentor takes it,
// and either of them says when it is done.
type Help struct {
	ID string
	By string
	// What is one of MentorHelps; Words are the member's own, if any.
	What  string
	Words string
	// Mentor, when set, is the only mentor who may take it.
	Mentor string
	// District is where the member was when they asked, so that mentors
	// near them see it without a read of their profile.
	District string
	AskedAt  time.Time
	TakenBy  string
	TakenAt  time.Time
	DoneBy   string
	DoneAt   time.Time
}

// Status says how far the request has got.
func (h Help) Status() HelpStatus {
	switch {
	case !h.DoneAt.IsZero():
		return HelpDone
	case h.TakenBy != "":
		return HelpTaken
	}
	return HelpAsked
}

// Validate checks what the member asked.
func (h Help) Validate() error {
	var f fieldErrors
	if !slices.Contains(MentorHelps(), h.What) {
		f.add("what", "error.help.what")
	}
	words := strings.TrimSpace(h.Words)
	switch {
	case utf8.RuneCountInString(words) > MaxHelpWords:
		f.add("words", "error.help.words_too_long")
	case strings.ContainsFunc(words, hidesText):
		f.add("words", "error.message.hidden_characters")
	}
	return f.err()
}

// CanTake says whether mentor may take the request: only an approved
// mentor, never the one who asked, only while nobody has taken it, and,
// when it names a mentor, only that one. Taking it again is no error, so
// a retry completes.
func (h Help) CanTake(m Mentor) error {
	switch {
	case !m.Approved():
		return Forbidden("error.help.not_a_mentor")
	case m.PersonID == h.By:
		return Forbidden("error.help.yourself")
	case h.Mentor != "" && h.Mentor != m.PersonID:
		return Forbidden("error.help.someone_else")
	case h.TakenBy == m.PersonID && h.DoneAt.IsZero():
		return nil
	case h.Status() != HelpAsked:
		return Conflict("error.help.taken")
	}
	return nil
}

// CanFinish says whether personID may say the request is done: the member
// who asked or the mentor who took it, once taken.
func (h Help) CanFinish(personID string) error {
	if personID != h.By && personID != h.TakenBy {
		return Forbidden("error.forbidden")
	}
	if h.TakenBy == "" {
		return Conflict("error.help.not_taken")
	}
	return nil
}
