package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// MakeInvite is an approved mentor (or a moderator) making a one-time link
// for someone new to sign up with, valid for seven days. It returns the
// invite and the link's secret token, which is kept nowhere: only its hash
// is saved. The token comes from the form's key, so the same form sent
// twice makes one invite and shows the same link.
func (a *Actions) MakeInvite(ctx context.Context, who Who, key, note string) (community.Invite, string, error) {
	if err := who.may(); err != nil {
		return community.Invite{}, "", err
	}
	if err := a.MayInvite(ctx, who.Owner); err != nil {
		return community.Invite{}, "", err
	}
	if err := community.ValidateInviteNote(note); err != nil {
		return community.Invite{}, "", err
	}
	nonce, err := a.Keys.Open(who.Actor.ID, "invite", key)
	if err != nil {
		return community.Invite{}, "", err
	}
	token := a.inviteToken(who.Actor.ID, nonce)
	now := a.now()
	saved, err := a.Store.CreateInvite(ctx, community.Invite{ID: community.InviteID(token), Kind: community.InviteNewMember,
		By: who.Owner.ID, Note: strings.TrimSpace(note), MadeAt: now, Expires: now.Add(community.InviteLifetime)})
	if err != nil {
		return community.Invite{}, "", err
	}
	return saved, token, a.logChange(ctx, "make invite", "invite", saved.ID)
}

// inviteToken is the secret a link carries: a signature of the form's
// nonce under the server's key, so that nobody without the key can make
// or guess one, and a retry of the same form makes the same.
func (a *Actions) inviteToken(member, nonce string) string {
	_, token, _ := strings.Cut(a.Keys.Make(member, "invite link", nonce), ".")
	return token
}

// MayInvite checks that the person is an approved mentor or a moderator,
// the people who may make invites (and see the page for them).
func (a *Actions) MayInvite(ctx context.Context, p community.Person) error {
	if community.IsModerator(p, a.Moderators) {
		return nil
	}
	m, err := a.Store.Mentor(ctx, p.ID)
	if community.KindOf(err) == community.KindNotFound || err == nil && !m.Approved() {
		return community.Forbidden("error.invite.not_mentor")
	}
	return err
}
