package store

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestALivePermissionIsReadFromTheStore: a permission kept once (the same
// form twice), found live for its scopes only, not once taken back, and
// never after it ends by itself; recovery has no end date.
func TestALivePermissionIsReadFromTheStore(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	p, err := community.GrantOf("sam", "priya", []community.Scope{community.ScopeGroups}, 7*24*time.Hour, now)
	if err != nil {
		t.Fatal(err)
	}
	p.ID = "form-key-1"
	first, err := s.GrantPermission(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	again := p
	again.Scopes = []community.Scope{community.ScopeProfile}
	if second, err := s.GrantPermission(ctx, again); err != nil || second.Scopes[0] != community.ScopeGroups {
		t.Fatalf("the same form again: %v %+v, want the first kept", err, second)
	}
	if got, err := s.LivePermission(ctx, "sam", "priya", community.ScopeGroups, now.Add(time.Hour)); err != nil || got.ID != first.ID {
		t.Errorf("live for groups an hour on: %v %+v", err, got)
	}
	for name, at := range map[string]time.Time{"wrong scope": now, "a week on": now.Add(7 * 24 * time.Hour)} {
		scope := community.ScopeGroups
		if name == "wrong scope" {
			scope = community.ScopePayments
		}
		if _, err := s.LivePermission(ctx, "sam", "priya", scope, at); community.KindOf(err) != community.KindNotFound {
			t.Errorf("%s: %v, want not found", name, err)
		}
	}
	if _, err := s.LivePermission(ctx, "priya", "sam", community.ScopeGroups, now); community.KindOf(err) != community.KindNotFound {
		t.Errorf("the other way round: %v", err)
	}
	ended, err := s.EndPermission(ctx, p.ID, "sam", now.Add(time.Minute))
	if err != nil || ended.Live(now.Add(time.Hour)) {
		t.Fatalf("taken back: %v %+v", err, ended)
	}
	if again, _ := s.EndPermission(ctx, p.ID, "priya", now.Add(time.Hour)); again.EndedBy != "sam" || !again.EndedAt.Equal(ended.EndedAt) {
		t.Errorf("ended twice: %+v, want the first kept", again)
	}
	if _, err := s.LivePermission(ctx, "sam", "priya", community.ScopeGroups, now.Add(2*time.Minute)); community.KindOf(err) != community.KindNotFound {
		t.Errorf("taken back, still live: %v", err)
	}
	r, _ := community.GrantOf("sam", "priya", []community.Scope{community.ScopeRecovery}, 0, now)
	r.ID = "form-key-2"
	if _, err := s.GrantPermission(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got, err := s.LivePermission(ctx, "sam", "priya", community.ScopeRecovery, now.AddDate(2, 0, 0)); err != nil || !got.Until.IsZero() {
		t.Errorf("recovery two years on: %v %+v", err, got)
	}
	given, _ := s.PermissionsGiven(ctx, "sam")
	to, _ := s.PermissionsTo(ctx, "priya")
	if len(given) != 2 || len(to) != 2 {
		t.Errorf("given %d, to the mentor %d; want 2 each", len(given), len(to))
	}
}

// TestActsAreLoggedOnce: the same act twice is one line; reading the log
// is remembered.
func TestActsAreLoggedOnce(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	a := community.Act{ID: "k1", MemberID: "sam", MentorID: "priya", MentorName: "Priya", Kind: community.ActJoin, GroupName: "Swimming", At: now}
	for range 2 {
		if err := s.RecordAct(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	acts, err := s.Acts(ctx, "sam")
	if err != nil || len(acts) != 1 || acts[0].GroupName != "Swimming" {
		t.Fatalf("%v %+v", err, acts)
	}
	if seen, err := s.ActsSeen(ctx, "sam"); err != nil || !seen.IsZero() {
		t.Errorf("never read: %v %v", seen, err)
	}
	if err := s.SeeActs(ctx, "sam", now); err != nil {
		t.Fatal(err)
	}
	if seen, _ := s.ActsSeen(ctx, "sam"); !seen.Equal(now) {
		t.Errorf("read at %v, remembered %v", now, seen)
	}
}
