package matching

import (
	"slices"
	"sync"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// Index holds everyone who can be matched, the marks between them, the
// listings and the groups. It is safe for concurrent use: many readers
// at once, one writer at a time.
type Index struct {
	districts *districts
	vocab     vocabulary

	mu       sync.RWMutex
	people   people
	marks    marks
	listings listings
	groups   groups
	mentors  mentors
	wishes   wishes
}

// New returns an empty index over the districts of dir.
func New(dir *places.Directory) *Index {
	d := newDistricts(dir)
	return &Index{
		districts: d, vocab: newVocabulary(),
		people: newPeople(len(d.names)), marks: newMarks(),
		listings: newListings(len(d.names)), groups: newGroups(len(d.names)), mentors: newMentors(len(d.names)),
	}
}

// PutPerson adds a person or brings them up to date. Someone hidden stays
// in the index (so their interests still count towards rarity and they can
// be counted, never named, in a group that could form) but is never
// suggested; someone without a known district is taken out.
func (ix *Index) PutPerson(p community.Person) {
	d := ix.districts.lookup(p.District)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.people.put(ix.vocab, d, p)
	ix.mentors.setLanguages(p.ID, p.Languages)
	ix.mentors.refresh(ix.vocab, d, p)
}

// RemovePerson takes a person out, for example when they leave the site.
func (ix *Index) RemovePerson(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.people.remove(id)
	ix.mentors.setLanguages(id, nil)
	ix.mentors.remove(id)
}

// People returns how many people are indexed.
func (ix *Index) People() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.people.total
}

// Mark records a block, a "not interested" or a hello.
func (ix *Index) Mark(m community.Mark) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.marks.set(m, true)
}

// Unmark undoes a mark.
func (ix *Index) Unmark(m community.Mark) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.marks.set(m, false)
}

// Connected reports whether two members said hello to each other and
// neither has blocked the other: then they can message each other.
func (ix *Index) Connected(a, b string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.marks.hellos[a][b] && ix.marks.hellos[b][a] && ix.marks.hiddenFrom(a)[b]&(iBlocked|theyBlocked) == 0
}

// SaidHello reports whether from said hello to to.
func (ix *Index) SaidHello(from, to string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.marks.hellos[from][to]
}

// HellosWaiting lists who said hello to id and has had no hello back, leaving
// out anyone either of them blocked: what waits for id to answer.
func (ix *Index) HellosWaiting(id string) []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []string
	for from := range ix.marks.hellosTo[id] {
		if !ix.marks.hellos[id][from] && ix.marks.hiddenFrom(id)[from]&(iBlocked|theyBlocked) == 0 {
			out = append(out, from)
		}
	}
	slices.Sort(out)
	return out
}

// ConnectionsOf lists who id is connected with.
func (ix *Index) ConnectionsOf(id string) []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []string
	for to := range ix.marks.hellos[id] {
		if ix.marks.hellos[to][id] && ix.marks.hiddenFrom(id)[to]&(iBlocked|theyBlocked) == 0 {
			out = append(out, to)
		}
	}
	slices.Sort(out)
	return out
}

// Blocked reports whether either has blocked the other.
func (ix *Index) Blocked(a, b string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.marks.hiddenFrom(a)[b]&(iBlocked|theyBlocked) != 0
}
