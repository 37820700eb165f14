package matching

import "github.com/clubtogether/clubtogether/community"

// Why one person is kept from another's suggestions. One person can be
// kept from another for more than one reason, and undoing one must leave
// the others, so each reason is its own bit.
const (
	theyBlocked uint8 = 1 << iota
	iBlocked
	iAmNotInterested
)

// marks keeps blocks (which hide people from each other both ways) and
// "not interested" marks (which hide one from the other). They are few, so
// a query checks them only for people good enough to make its list.
type marks struct {
	// hidden[a][b] holds the reasons b is never suggested to a.
	hidden map[string]map[string]uint8
	// hellos[a][b] says a said hello to b; hellosTo[b][a] is the same,
	// looked up from b. Two who said hello to each other are connected.
	hellos, hellosTo map[string]map[string]bool
}

func newMarks() marks {
	return marks{hidden: map[string]map[string]uint8{}, hellos: map[string]map[string]bool{}, hellosTo: map[string]map[string]bool{}}
}

// set adds or removes a mark; setting a mark twice changes nothing.
func (ms *marks) set(m community.Mark, on bool) {
	switch m.Kind {
	case community.MarkBlock:
		ms.change(m.From, m.To, iBlocked, on)
		ms.change(m.To, m.From, theyBlocked, on)
	case community.MarkNotInterested:
		ms.change(m.From, m.To, iAmNotInterested, on)
	case community.MarkHello:
		flip(ms.hellos, m.From, m.To, on)
		flip(ms.hellosTo, m.To, m.From, on)
	}
}

// flip sets or clears set[a][b], leaving no empty inner map behind.
func flip(set map[string]map[string]bool, a, b string, on bool) {
	if on {
		if set[a] == nil {
			set[a] = map[string]bool{}
		}
		set[a][b] = true
		return
	}
	delete(set[a], b)
	if len(set[a]) == 0 {
		delete(set, a)
	}
}

func (ms *marks) change(from, to string, reason uint8, on bool) {
	set := ms.hidden[from]
	if set == nil {
		if !on {
			return
		}
		set = map[string]uint8{}
		ms.hidden[from] = set
	}
	if on {
		set[to] |= reason
		return
	}
	if set[to] &^= reason; set[to] == 0 {
		delete(set, to)
	}
	if len(set) == 0 {
		delete(ms.hidden, from)
	}
}

// hiddenFrom returns who must never be suggested to id; nil when nobody.
func (ms *marks) hiddenFrom(id string) map[string]uint8 { return ms.hidden[id] }
