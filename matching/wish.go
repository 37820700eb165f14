package matching

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// WishSuggestion is an open wish suggested to someone, with the reasons:
// how near it is, the interests they share with it, when both are free,
// and how many already back it and how many of those promised money.
type WishSuggestion struct {
	ID       string
	Text     string
	District string
	Miles    float64
	// Shared are the interests the person shares with the wish, in the
	// curated order.
	Shared []string
	// Times are the parts of the week both the person and the wish are free.
	Times              community.Availability
	Backers, Promisers int
}

// wish is an open wish as the index keeps it: what ranking needs, and who
// must never be offered it.
type wish struct {
	id, text  string
	wisher    string
	district  uint16
	interests uint64
	times     community.Availability
	// backers are the ids of everyone who backs the wish, the wisher
	// first, so that nobody is offered a wish they already share.
	backers   []string
	promisers int
}

// wishes holds the open wishes by district. Its zero value is ready to
// use, so the Index needs no setting up for it.
type wishes struct {
	byID  map[string]*wish
	cells [][]*wish
}

// PutWish adds an open wish or brings it up to date. A wish that started a
// group, or has no known district, is taken out: only open wishes near
// someone can be joined.
func (ix *Index) PutWish(w community.Wish) {
	entry := ix.wishEntry(w)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.wishes.remove(w.ID)
	if entry != nil {
		ix.wishes.add(entry, len(ix.districts.names))
	}
}

// RemoveWish takes a wish out, for example when its wisher withdraws it.
func (ix *Index) RemoveWish(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.wishes.remove(id)
}

// wishEntry is what the index keeps of w, or nil when w is not open or
// not placed. The districts and vocabulary never change, so it is worked
// out before the lock is taken, keeping writers' time under it short.
func (ix *Index) wishEntry(w community.Wish) *wish {
	d := ix.districts.lookup(w.District)
	if d == noDistrict || w.Started() {
		return nil
	}
	entry := &wish{
		id: strings.Clone(w.ID), text: strings.Clone(w.Text), wisher: strings.Clone(w.PersonID), district: d,
		interests: ix.vocab.interestSet(w.Interests), times: w.Times, backers: make([]string, 0, len(w.Backers)),
	}
	for _, b := range w.Backers {
		entry.backers = append(entry.backers, strings.Clone(b.PersonID))
		if b.Promised() {
			entry.promisers++
		}
	}
	return entry
}

// sharedBy reports whether the person wished or backs the wish already.
func (w *wish) sharedBy(personID string) bool {
	return w.wisher == personID || slices.Contains(w.backers, personID)
}

func (ws *wishes) add(w *wish, districts int) {
	if ws.byID == nil {
		ws.byID, ws.cells = map[string]*wish{}, make([][]*wish, districts)
	}
	ws.byID[w.id] = w
	ws.cells[w.district] = append(ws.cells[w.district], w)
}

func (ws *wishes) remove(id string) {
	w, ok := ws.byID[id]
	if !ok {
		return
	}
	delete(ws.byID, id)
	ws.cells[w.district] = slices.DeleteFunc(ws.cells[w.district], func(x *wish) bool { return x == w })
}

// in returns the open wishes in a district; none before the first is put.
func (ws *wishes) in(district uint16) []*wish {
	if int(district) >= len(ws.cells) {
		return nil
	}
	return ws.cells[district]
}

// WishesFor returns the open wishes near personID that share an interest
// with them, best first, ranked by the same rule as people: shared
// interests by rarity, distance, and shared free times. It leaves out
// wishes the person made or backs, and wishes whose wisher a mark keeps
// from them (a block either way, or their "not interested"), just as that
// wisher is kept from their people suggestions. A person not in the index
// gets nil.
func (ix *Index) WishesFor(personID string, q Query) []WishSuggestion {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, me, home, ok := ix.people.find(personID)
	if !ok {
		return nil
	}
	weights := ix.people.weightsFor(me.interests)
	hidden := ix.marks.hiddenFrom(personID)
	within := q.within()
	t := top{k: q.limit()}
	var found []*wish
	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		near := decay(n.miles)
		for _, w := range ix.wishes.in(n.district) {
			shared := w.interests & me.interests
			if shared == 0 || w.sharedBy(personID) || hidden[w.wisher] != 0 {
				continue
			}
			s := score(affinity(weights, shared, 0), near, bits.OnesCount32(uint32(w.times&me.times())))
			if t.full() && s < t.floor() {
				continue // cannot make the list, so not worth keeping
			}
			t.offer(ranked{score: s, id: w.id, slot: uint32(len(found)), miles: n.miles})
			found = append(found, w)
		}
	}
	return ix.wishSuggestions(t.list, found, me)
}

// wishSuggestions turns the winners into answers with their reasons.
func (ix *Index) wishSuggestions(list []ranked, found []*wish, me entry) []WishSuggestion {
	out := make([]WishSuggestion, 0, len(list))
	for _, r := range list {
		w := found[r.slot]
		out = append(out, WishSuggestion{
			ID: w.id, Text: w.text, District: ix.districts.names[w.district], Miles: r.miles,
			Shared: ix.vocab.slugs(w.interests & me.interests), Times: w.times & me.times(),
			Backers: len(w.backers), Promisers: w.promisers,
		})
	}
	return out
}
