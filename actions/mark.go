package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Mark records the owner's mark on another member: hello, "not
// interested" or a block. Marking twice records one mark. Anyone but
// yourself can be blocked; hello and "not interested" are only for people
// you can see.
func (a *Actions) Mark(ctx context.Context, who Who, key, to string, kind community.MarkKind) (community.Mark, error) {
	if err := who.may(); err != nil {
		return community.Mark{}, err
	}
	me := who.Owner.ID
	if to == me {
		return community.Mark{}, community.Conflict("error.mark.yourself")
	}
	them, err := a.Store.Person(ctx, to)
	if err == nil && (them.ID == me || kind != community.MarkBlock && (!them.Visible() || a.Matching.Blocked(me, them.ID))) {
		err = community.NotFound("error.person.not_found")
	}
	if err != nil {
		return community.Mark{}, err
	}
	m := community.Mark{From: me, To: them.ID, Kind: kind}
	if !m.Valid() {
		return community.Mark{}, community.Invalid()
	}
	if _, err := a.clientKey(who, MarkForm(kind), key); err != nil {
		return community.Mark{}, err
	}
	if _, err := a.Store.PutMark(ctx, m); err != nil {
		return community.Mark{}, err
	}
	a.Matching.Mark(m)
	return m, a.logChange(ctx, "mark "+string(kind), "mark", me+"/"+them.ID)
}

// MarkForm names the form that makes a mark of this kind, for its key:
// "hello", "not-interested" or "block".
func MarkForm(kind community.MarkKind) string {
	return strings.ReplaceAll(string(kind), "_", "-")
}

// Unmark takes back a "not interested" or a block.
func (a *Actions) Unmark(ctx context.Context, who Who, key, to string, kind community.MarkKind) error {
	if err := who.may(); err != nil {
		return err
	}
	m := community.Mark{From: who.Owner.ID, To: to, Kind: kind}
	if m.Kind != community.MarkNotInterested && m.Kind != community.MarkBlock || !m.Valid() {
		return community.Invalid()
	}
	if _, err := a.clientKey(who, "unmark", key); err != nil {
		return err
	}
	if _, err := a.Store.DeleteMark(ctx, m); err != nil {
		return err
	}
	a.Matching.Unmark(m)
	return a.logChange(ctx, "unmark "+string(kind), "mark", m.From+"/"+m.To)
}
