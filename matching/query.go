package matching

import (
	"github.com/clubtogether/clubtogether/community"
)

// Radii are the distances people can choose between, in miles.
func Radii() []int { return []int{1, 2, 5, 10} }

// DefaultWithin is the radius used when none is chosen.
const DefaultWithin = 5

// Query says what someone asks for.
type Query struct {
	// Within is the radius in miles, above 0 and at most MaxWithin.
	Within float64
	// Limit is how many answers at most; 0 means DefaultLimit.
	Limit int
	// Needs, when set, keeps only people who have each of these access
	// needs too (for example others who need a quiet place).
	Needs []string
}

// DefaultLimit is how many suggestions a query returns unless told.
const DefaultLimit = 20

func (q Query) limit() int {
	if q.Limit <= 0 {
		return DefaultLimit
	}
	return q.Limit
}

func (q Query) within() float64 { return min(max(q.Within, 0), MaxWithin) }

// Suggestion is a person suggested to someone, with the reasons.
type Suggestion struct {
	ID       string
	Name     string
	District string
	Miles    float64
	// Interests are the curated interests both like, in the curated order.
	Interests []string
	// Tags are the own words both wrote, as the asker wrote them.
	Tags []string
	// Times are the parts of the week both are free.
	Times community.Availability
	Score float64
}

// ranked is a candidate while a query runs: compared by score, then id.
type ranked struct {
	score float64
	id    string
	slot  uint32
	miles float64
}

// better reports whether a goes before b: higher score first, then the
// smaller id, so that results never depend on the order people were added.
func better(a, b ranked) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.id < b.id
}

// top keeps the best k candidates in order. k is small (a page of
// suggestions), so a sorted slice with insertion beats a heap.
type top struct {
	k    int
	list []ranked
}

// full reports whether a candidate must beat the last to get in.
func (t *top) full() bool { return len(t.list) == t.k }

// floor is the score a candidate must reach to be considered once full.
func (t *top) floor() float64 { return t.list[len(t.list)-1].score }

func (t *top) offer(c ranked) {
	if t.full() && !better(c, t.list[len(t.list)-1]) {
		return
	}
	i := len(t.list)
	if !t.full() {
		t.list = append(t.list, c)
	}
	for ; i > 0 && better(c, t.list[i-1]); i-- {
		if i < len(t.list) {
			t.list[i] = t.list[i-1]
		}
	}
	t.list[i] = c
}
