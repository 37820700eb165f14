package matching

import (
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
}

// New returns an empty index over the districts of dir.
func New(dir *places.Directory) *Index {
	d := newDistricts(dir)
	return &Index{
		districts: d, vocab: newVocabulary(),
		people: newPeople(len(d.names)), marks: newMarks(),
		listings: newListings(len(d.names)), groups: newGroups(len(d.names)),
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
}

// RemovePerson takes a person out, for example when they leave the site.
func (ix *Index) RemovePerson(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.people.remove(id)
}

// People returns how many people are indexed.
func (ix *Index) People() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.people.total
}

// Mark records a block or a "not interested"; other kinds do not change
// who is suggested and are ignored.
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

// Blocked reports whether either has blocked the other.
func (ix *Index) Blocked(a, b string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.marks.hiddenFrom(a)[b]&(iBlocked|theyBlocked) != 0
}
