package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// AskHelp is the owner asking a peer mentor for help with one thing,
// optionally a mentor they chose. The request's id comes from the form's
// key, so the same form sent twice asks once. A chosen mentor must be an
// approved mentor, and nobody either of them blocked.
func (a *Actions) AskHelp(ctx context.Context, who Who, key string, h community.Help) (community.Help, error) {
	if err := who.may(); err != nil {
		return community.Help{}, err
	}
	h.By, h.District, h.Words = who.Owner.ID, who.Owner.District, strings.TrimSpace(h.Words)
	if err := h.Validate(); err != nil {
		return community.Help{}, err
	}
	if h.Mentor != "" && (h.Mentor == h.By || !a.Matching.IsMentor(h.Mentor) || a.Matching.Blocked(h.By, h.Mentor)) {
		return community.Help{}, community.NotFound("error.mentor.not_found")
	}
	k, err := a.clientKey(who, "help-ask", key)
	if err != nil {
		return community.Help{}, err
	}
	h.ID, h.AskedAt = community.DocID(k), a.now()
	saved, err := a.Store.SaveHelp(ctx, h)
	if err != nil {
		return community.Help{}, err
	}
	return saved, a.logChange(ctx, "ask for help", "help", saved.ID)
}
