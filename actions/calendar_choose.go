package actions

import (
	"context"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// ChooseSession puts a public session on the member's calendar, or with
// chosen false takes it off, making their calendar if they have none.
// Only sessions anyone may see can be chosen: a group's own sessions are
// on its members' calendars already. Choosing twice changes it once.
func (a *Actions) ChooseSession(ctx context.Context, who Who, key string, chosen bool) error {
	if err := who.may(); err != nil {
		return err
	}
	cal, has, err := a.Store.Calendar(ctx, who.Owner.ID)
	if err != nil {
		return err
	}
	if chosen == slices.Contains(cal.Chosen, key) {
		return nil // on it already, or never on it
	}
	if chosen {
		if _, err := a.PublicSession(ctx, key); err != nil {
			return err
		}
		if len(cal.Chosen) >= community.MaxChosenSessions {
			if err := a.forgetOverSessions(ctx, who, cal.Chosen); err != nil {
				return err
			}
		}
	}
	if !has { // choosing the first session makes the calendar
		if _, err := a.MakeCalendarLink(ctx, who); err != nil {
			return err
		}
	}
	if err := a.Store.ChooseSession(ctx, who.Owner.ID, key, chosen); err != nil {
		return err
	}
	return a.logChange(ctx, "choose session", "calendar", who.Owner.ID)
}

// forgetOverSessions takes off a full calendar the sessions that are over
// or no longer open to everyone, which its member can no longer open to
// take off; a calendar still full of sessions to come is refused.
func (a *Actions) forgetOverSessions(ctx context.Context, who Who, chosen []string) error {
	left := len(chosen)
	for _, key := range chosen {
		_, err := a.PublicSession(ctx, key)
		switch {
		case community.KindOf(err) == community.KindNotFound:
			if err := a.Store.ChooseSession(ctx, who.Owner.ID, key, false); err != nil {
				return err
			}
			left--
		case err != nil:
			return err
		}
	}
	if left >= community.MaxChosenSessions {
		return community.Conflict("error.calendar.too_many")
	}
	return nil
}

// PublicSession is the session a key names, if anyone may see it and it
// is still to come: a day a listing runs, or a session an organiser
// showed on What's on.
func (a *Actions) PublicSession(ctx context.Context, key string) (community.Session, error) {
	today := community.Day(a.Now())
	gone := community.NotFound("error.session.not_found")
	if id, ok := strings.CutPrefix(key, "post-"); ok {
		p, err := a.Store.BoardPost(ctx, id)
		if err != nil {
			return community.Session{}, err
		}
		if !p.Public || p.On.Before(today) {
			return community.Session{}, gone
		}
		g, err := a.Store.Group(ctx, p.GroupID)
		if community.KindOf(err) == community.KindNotFound || err == nil && (g.Closed || g.WindingUp) {
			return community.Session{}, gone
		}
		if err != nil {
			return community.Session{}, err
		}
		return community.PostSession(p, g), nil
	}
	id, day, _, ok := community.ListingSessionKey(key)
	if !ok || day.Before(today) {
		return community.Session{}, gone
	}
	l, err := a.Store.Listing(ctx, id)
	if community.KindOf(err) == community.KindNotFound {
		return community.Session{}, gone
	}
	if err != nil {
		return community.Session{}, err
	}
	p, err := a.Store.Provider(ctx, l.ProviderID)
	if community.KindOf(err) == community.KindNotFound {
		return community.Session{}, gone
	}
	if err != nil {
		return community.Session{}, err
	}
	for _, s := range community.ListingSessions(l, p.Name, day, 1) {
		if s.Key == key {
			return s, nil
		}
	}
	return community.Session{}, gone
}
