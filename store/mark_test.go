package store

import (
	"context"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func TestMarks(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	block := community.Mark{From: "ann", To: "bob", Kind: community.MarkBlock}
	hello := community.Mark{From: "cat", To: "bob", Kind: community.MarkHello}
	for i, m := range []community.Mark{block, block, hello} {
		added, err := s.PutMark(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if want := i != 1; added != want {
			t.Errorf("mark %d: added %v, want %v (marking twice adds nothing)", i, added, want)
		}
	}
	if _, err := s.PutMark(ctx, community.Mark{From: "ann", To: "ann", Kind: community.MarkBlock}); community.KindOf(err) != community.KindInvalid {
		t.Errorf("marking yourself: %v", err)
	}
	if from, _ := s.MarksFrom(ctx, "ann"); len(from) != 1 || from[0].To != "bob" || from[0].Kind != community.MarkBlock || from[0].At.IsZero() {
		t.Errorf("marks from ann: %+v", from)
	}
	if to, _ := s.MarksTo(ctx, "bob", community.MarkHello); len(to) != 1 || to[0].From != "cat" {
		t.Errorf("hellos to bob: %+v", to)
	}
	if all, _ := s.AllMarks(ctx); len(all) != 2 {
		t.Errorf("all marks: %+v", all)
	}
	if gone, err := s.DeleteMark(ctx, block); !gone || err != nil {
		t.Errorf("undo block: %v %v", gone, err)
	}
	if gone, _ := s.DeleteMark(ctx, block); gone {
		t.Error("undoing twice reports a mark removed")
	}
	if from, _ := s.MarksFrom(ctx, "ann"); len(from) != 0 {
		t.Errorf("after undo: %+v", from)
	}
}
