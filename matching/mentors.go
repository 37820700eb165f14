package matching

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// MentorMatch is an approved mentor suggested to a member, with the
// reasons: how near, what they both like, when both are free, and the
// languages both speak.
type MentorMatch struct {
	ID        string
	Name      string
	District  string
	Miles     float64
	Interests []string
	Times     community.Availability
	// Languages are the member's languages the mentor speaks, as the
	// member wrote them.
	Languages []string
	HelpWith  []string
	Score     float64
}

// mentor is an approved mentor as the index keeps them: where and what of
// their profile, and when they help.
type mentor struct {
	id, name  string
	district  uint16
	interests uint64
	times     community.Availability
	languages []string
	helps     []string
	hidden    bool
}

type mentors struct {
	byID  map[string]*mentor
	cells [][]*mentor
	// speaks holds the languages of the people who gave any, so a new
	// member is matched to mentors who speak them.
	speaks map[string][]string
}

func newMentors(districts int) mentors {
	return mentors{byID: map[string]*mentor{}, cells: make([][]*mentor, districts), speaks: map[string][]string{}}
}

// PutMentor adds an approved mentor, or brings them up to date, from their
// offer and their profile. Anyone not (or no longer) approved, or without
// a known district, is taken out: only approved mentors are suggested.
func (ix *Index) PutMentor(m community.Mentor, p community.Person) {
	d := ix.districts.lookup(p.District)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.mentors.remove(m.PersonID)
	if d == noDistrict || !m.Approved() || m.PersonID != p.ID || p.Suspended() {
		return
	}
	ix.mentors.add(&mentor{
		id: strings.Clone(m.PersonID), times: m.FreeTimes, languages: slices.Clone(m.Languages), helps: slices.Clone(m.HelpWith),
	}, ix.vocab, d, p)
}

// add places a mentor, taking where they are and what they like from
// their profile.
func (ms *mentors) add(m *mentor, v vocabulary, d uint16, p community.Person) {
	m.name, m.district, m.interests, m.hidden = strings.Clone(p.Name), d, v.interestSet(p.Interests), !p.Visible()
	ms.byID[m.id] = m
	ms.cells[d] = append(ms.cells[d], m)
}

// refresh brings a mentor up to date with a profile they saved: a mentor
// who moves, hides or is suspended moves, hides or goes at once.
func (ms *mentors) refresh(v vocabulary, d uint16, p community.Person) {
	m, ok := ms.byID[p.ID]
	if !ok {
		return
	}
	ms.remove(p.ID)
	if d != noDistrict && !p.Suspended() {
		ms.add(m, v, d, p)
	}
}

// RemoveMentor takes a mentor out.
func (ix *Index) RemoveMentor(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.mentors.remove(id)
}

// IsMentor reports whether id is an approved mentor the index knows.
func (ix *Index) IsMentor(id string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, ok := ix.mentors.byID[id]
	return ok
}

func (ms *mentors) remove(id string) {
	m, ok := ms.byID[id]
	if !ok {
		return
	}
	delete(ms.byID, id)
	ms.cells[m.district] = slices.DeleteFunc(ms.cells[m.district], func(x *mentor) bool { return x == m })
}

// setLanguages keeps what a person speaks; none forgets them.
func (ms *mentors) setLanguages(id string, languages []string) {
	if len(languages) == 0 {
		delete(ms.speaks, id)
		return
	}
	ms.speaks[strings.Clone(id)] = slices.Clone(languages)
}

// MentorsFor returns the approved mentors within q.Within miles of
// personID, best first by the mentor rule (see mentorScore): everyone
// near counts, more so the more they share. Nobody is suggested to
// themselves, nor when hidden, nor across a block or a "not interested".
func (ix *Index) MentorsFor(personID string, q Query) []MentorMatch {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, me, home, ok := ix.people.find(personID)
	if !ok {
		return nil
	}
	weights := ix.people.weightsFor(me.interests)
	speaks := ix.mentors.speaks[personID]
	hidden := ix.marks.hiddenFrom(personID)
	within := q.within()
	t := top{k: q.limit()}
	var found []*mentor
	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		for _, m := range ix.mentors.cells[n.district] {
			if m.id == personID || m.hidden || hidden[m.id] != 0 {
				continue
			}
			shared := m.interests & me.interests
			s := mentorScore(affinity(weights, shared, 0), decay(n.miles),
				bits.OnesCount32(uint32(m.times&me.times())), len(commonLanguages(speaks, m.languages)) > 0)
			t.offer(ranked{score: s, id: m.id, slot: uint32(len(found)), miles: n.miles})
			found = append(found, m)
		}
	}
	out := make([]MentorMatch, 0, len(t.list))
	for _, r := range t.list {
		m := found[r.slot]
		out = append(out, MentorMatch{
			ID: m.id, Name: m.name, District: ix.districts.names[m.district], Miles: r.miles,
			Interests: ix.vocab.slugs(m.interests & me.interests), Times: m.times & me.times(),
			Languages: commonLanguages(speaks, m.languages), HelpWith: slices.Clone(m.helps), Score: r.score,
		})
	}
	return out
}

// commonLanguages returns the languages of mine that theirs has, ignoring
// case, as I wrote them.
func commonLanguages(mine, theirs []string) []string {
	var out []string
	for _, l := range mine {
		if slices.ContainsFunc(theirs, func(x string) bool { return sameWord(x, l) }) {
			out = append(out, l)
		}
	}
	return out
}
