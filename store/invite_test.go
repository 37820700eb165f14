package store

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestDeleteUnusedInvitesOf: deleting an account takes away the invites
// the member made and the recovery invite for them, while unused; used
// invites and other members' stay.
func TestDeleteUnusedInvitesOf(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	now := time.Now().UTC()
	for _, i := range []community.Invite{
		{ID: "made", By: "me", MadeAt: now},
		{ID: "for-me", By: "mod", For: "me", Kind: community.InviteRecovery, MadeAt: now},
		{ID: "used", By: "me", MadeAt: now},
		{ID: "theirs", By: "other", MadeAt: now},
	} {
		if _, err := s.CreateInvite(ctx, i); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkInviteUsed(ctx, "used", "newcomer"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteUnusedInvitesOf(ctx, "me"); err != nil {
		t.Fatal(err)
	}
	for id, kept := range map[string]bool{"made": false, "for-me": false, "used": true, "theirs": true} {
		_, err := s.Invite(ctx, id)
		if got := err == nil; got != kept {
			t.Errorf("invite %s kept: %v, want %v (%v)", id, got, kept, err)
		}
	}
}
