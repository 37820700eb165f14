package community

import (
	"testing"
	"time"
)

func TestAGrantIsCheckedAndEndsByItself(t *testing.T) {
	now := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	week, _ := PermissionLengthOf("week")
	cases := []struct {
		name     string
		mentor   string
		scopes   []Scope
		length   time.Duration
		wantKeys []string
	}{
		{"a week of groups", "priya", []Scope{ScopeGroups}, week, nil},
		{"yourself", "sam", []Scope{ScopeGroups}, week, []string{"error.permission.self"}},
		{"nobody", "", []Scope{ScopeGroups}, week, []string{"error.permission.mentor"}},
		{"no scope", "priya", nil, week, []string{"error.permission.scope"}},
		{"an unknown scope", "priya", []Scope{"vote"}, week, []string{"error.permission.scope"}},
		{"recovery mixed in", "priya", []Scope{ScopeGroups, ScopeRecovery}, week, []string{"error.permission.scope"}},
		{"too short", "priya", []Scope{ScopeProfile}, time.Hour, []string{"error.permission.length"}},
		{"too long", "priya", []Scope{ScopeProfile}, MaxPermission + time.Hour, []string{"error.permission.length"}},
		{"recovery alone", "priya", []Scope{ScopeRecovery}, 0, nil},
	}
	for _, c := range cases {
		p, err := GrantOf("sam", c.mentor, c.scopes, c.length, now)
		var got []string
		for _, f := range FieldErrors(err) {
			got = append(got, f.Key)
		}
		if len(got) != len(c.wantKeys) || (len(got) > 0 && got[0] != c.wantKeys[0]) {
			t.Errorf("%s: %v, want %v", c.name, got, c.wantKeys)
		}
		if err == nil && c.scopes[0] == ScopeRecovery && !p.Until.IsZero() {
			t.Errorf("recovery has an end date %v", p.Until)
		}
	}
	p, _ := GrantOf("sam", "priya", []Scope{ScopeGroups, ScopePayments, ScopeGroups}, week, now)
	if !p.Allows(ScopeGroups, now) || !p.Allows(ScopePayments, now.Add(week-time.Second)) || p.Allows(ScopeProfile, now) {
		t.Errorf("a week of groups and payments: %+v", p)
	}
	if p.Live(now.Add(week)) || p.Acting(now.Add(week)) {
		t.Error("still live a week on")
	}
	p.EndedAt = now.Add(time.Minute)
	if p.Live(now.Add(time.Hour)) {
		t.Error("still live once taken back")
	}
	r, _ := GrantOf("sam", "priya", []Scope{ScopeRecovery}, 0, now)
	if !r.Live(now.Add(10*MaxPermission)) || r.Acting(now) {
		t.Errorf("recovery: live %v, acting %v", r.Live(now.Add(10*MaxPermission)), r.Acting(now))
	}
}

func TestEveryLengthOnOfferIsAllowed(t *testing.T) {
	for _, l := range PermissionLengths() {
		if _, err := GrantOf("sam", "priya", ActingScopes(), l.For, time.Now()); err != nil {
			t.Errorf("%s: %v", l.Key, err)
		}
	}
	if _, ok := PermissionLengthOf("year"); ok {
		t.Error("a year is on offer")
	}
}
