package community

import (
	"testing"
	"time"
)

func TestWhoMayTakeAndFinishHelp(t *testing.T) {
	approved := Mentor{PersonID: "m1", ApprovedAt: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)}
	other := Mentor{PersonID: "m2", ApprovedAt: approved.ApprovedAt}
	open := Help{ID: "h", By: "asker", What: "find_group"}
	for _, tt := range []struct {
		name string
		h    Help
		m    Mentor
		want Kind
	}{
		{"an approved mentor", open, approved, 0},
		{"a mentor not approved yet", open, Mentor{PersonID: "m1"}, KindForbidden},
		{"the one who asked", Help{By: "m1", What: "find_group"}, approved, KindForbidden},
		{"addressed to another mentor", Help{By: "asker", Mentor: "m2"}, approved, KindForbidden},
		{"taken by someone else", Help{By: "asker", TakenBy: "m2"}, approved, KindConflict},
		{"taken by them already (a retry)", Help{By: "asker", TakenBy: "m1"}, approved, 0},
		{"done", Help{By: "asker", TakenBy: "m1", DoneAt: approved.ApprovedAt}, approved, KindConflict},
	} {
		if got := KindOf(tt.h.CanTake(tt.m)); got != tt.want {
			t.Errorf("%s: kind %v, want %v", tt.name, got, tt.want)
		}
	}
	taken := Help{By: "asker", TakenBy: "m1"}
	if taken.CanFinish("asker") != nil || taken.CanFinish("m1") != nil || KindOf(taken.CanFinish(other.PersonID)) != KindForbidden {
		t.Error("only the asker and the mentor who took it may finish it")
	}
	if KindOf(open.CanFinish("asker")) != KindConflict {
		t.Error("a request nobody took cannot be done")
	}
	if got := ParseLanguages(" English , polish,,english, British  Sign Language"); len(got) != 3 || got[2] != "British Sign Language" {
		t.Errorf("ParseLanguages = %q", got)
	}
}
