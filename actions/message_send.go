package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// SendMessage is the owner writing to someone they are connected with:
// both said hello, and neither has blocked the other. The message's id
// comes from the form's key, so the same form sent twice sends once.
func (a *Actions) SendMessage(ctx context.Context, who Who, key, to, text string) (community.Message, error) {
	if err := who.may(); err != nil {
		return community.Message{}, err
	}
	me := who.Owner.ID
	if to == me {
		return community.Message{}, community.Invalid(community.FieldError{Field: "text", Key: "error.message.to_yourself"})
	}
	if !a.Matching.Connected(me, to) {
		return community.Message{}, community.Forbidden("error.message.not_connected")
	}
	m := community.Message{From: me, To: to, Text: strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))}
	if err := m.Validate(); err != nil {
		return community.Message{}, err
	}
	k, err := a.clientKey(who, "message", key)
	if err != nil {
		return community.Message{}, err
	}
	m.ID = community.DocID(k)
	m.At = a.now()
	saved, _, err := a.Store.SaveMessage(ctx, m)
	if err != nil {
		return community.Message{}, err
	}
	if saved.From != me || saved.To != to {
		return community.Message{}, community.Forbidden("error.ledger.key_taken")
	}
	if saved.ReadAt.IsZero() {
		a.inbox.add(saved) // by its id: a retry counts it once
	}
	return saved, a.logChange(ctx, "send message", "message", saved.ID)
}
