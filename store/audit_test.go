package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestAuditLog: a line is kept once under its id, and the log reads
// newest first, a page at a time, narrowed by action and by moderator.
func TestAuditLog(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if mods, err := s.AuditModerators(ctx); err != nil || len(mods) != 0 {
		t.Errorf("moderators in an empty log: %v %v", mods, err)
	}
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i := range 5 {
		a := community.Audit{ID: fmt.Sprint("line-", i), By: fmt.Sprint("mod-", i%2), Action: []string{"dismiss", "hide"}[i%2],
			Kind: "message", Target: "m1", At: start.Add(time.Duration(i) * time.Minute)}
		for range 2 {
			if err := s.RecordAudit(ctx, a); err != nil {
				t.Fatal(err)
			}
		}
	}
	all, more, err := s.AuditLog(ctx, AuditFilter{}, 0, 3)
	if err != nil || more != true || len(all) != 3 || all[0].ID != "line-4" || all[2].ID != "line-2" {
		t.Fatalf("first page: %+v more %v %v", all, more, err)
	}
	rest, more, _ := s.AuditLog(ctx, AuditFilter{}, 1, 3)
	if more || len(rest) != 2 || rest[1].ID != "line-0" {
		t.Errorf("second page: %+v more %v", rest, more)
	}
	if hides, _, _ := s.AuditLog(ctx, AuditFilter{Action: "hide", By: "mod-1"}, 0, 10); len(hides) != 2 {
		t.Errorf("hides by mod-1: %+v", hides)
	}
	if of, _ := s.AuditOf(ctx, "message", "m1"); len(of) != 5 || of[0].ID != "line-0" {
		t.Errorf("the lines about m1: %d, oldest first", len(of))
	}
	if mods, _ := s.AuditModerators(ctx); len(mods) != 2 {
		t.Errorf("moderators in the log: %v", mods)
	}
}

// TestHandleReport: an open report is dealt with once; the same key again
// matches, another key does not, and changes nothing.
func TestHandleReport(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	r, err := s.SaveReport(ctx, community.Report{ID: "r1", By: "p1", Kind: "person", Target: "p2", Reason: "unkind"})
	if err != nil {
		t.Fatal(err)
	}
	r.HandledBy, r.HandledAt, r.HandledAs, r.HandledKey = "mod", time.Now().UTC().Truncate(time.Millisecond), "dismiss", "k1"
	if ok, err := s.HandleReport(ctx, r); !ok || err != nil {
		t.Fatalf("dealing with an open report: %v %v", ok, err)
	}
	if ok, _ := s.HandleReport(ctx, r); !ok {
		t.Error("the same key again does not match")
	}
	other := r
	other.HandledAs, other.HandledKey = "hide", "k2"
	if ok, _ := s.HandleReport(ctx, other); ok {
		t.Error("another action dealt with a report already dealt with")
	}
	if got, _ := s.Report(ctx, "r1"); got.HandledAs != "dismiss" || got.Open() {
		t.Errorf("the report: %+v", got)
	}
	if open, _ := s.OpenReports(ctx); len(open) != 0 {
		t.Errorf("still open: %+v", open)
	}
}
