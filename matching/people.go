package matching

import (
	"hash/fnv"
	"math/bits"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// entry is one person as the suggestion loop reads them: 16 bytes, stored
// by district so that a query reads memory in order. Free times (21 bits)
// and access needs (9 bits) share a word; the slot (24 bits, so up to 16.7
// million people) shares one with the flags.
type entry struct {
	interests uint64
	week      uint32
	tag       uint32
}

const (
	timeBits = 21
	slotBits = 24
	slotMask = 1<<slotBits - 1
	// MaxPeople is how many people one index can hold.
	MaxPeople = slotMask
)

const (
	flagHidden uint8 = 1 << iota
	flagOpenToBuying
	flagTags
)

func newEntry(interests uint64, times community.Availability, needs uint16, slot uint32, flags uint8) entry {
	return entry{interests: interests, week: uint32(times)&(1<<timeBits-1) | uint32(needs)<<timeBits,
		tag: slot&slotMask | uint32(flags)<<slotBits}
}

func (e entry) times() community.Availability {
	return community.Availability(e.week & (1<<timeBits - 1))
}
func (e entry) needs() uint16 { return uint16(e.week >> timeBits) }
func (e entry) slot() uint32  { return e.tag & slotMask }
func (e entry) flags() uint8  { return uint8(e.tag >> slotBits) }

// person is what the index keeps about someone beyond their entry: who
// they are, and where their entry is.
type person struct {
	id       string
	name     string
	district uint16
	pos      uint32
}

// people holds everyone with a known district.
type people struct {
	slotOf map[string]uint32
	bySlot []person
	free   []uint32
	cells  []cell
	tags   map[uint32]ownWords
	counts [64]int32
	total  int
}

func newPeople(districts int) people {
	return people{slotOf: map[string]uint32{}, cells: make([]cell, districts), tags: map[uint32]ownWords{}}
}

// vocabulary numbers the curated interests and access needs as bits.
type vocabulary struct {
	interestBit map[string]uint
	interests   []string
	needBit     map[string]uint
}

func newVocabulary() vocabulary {
	v := vocabulary{interestBit: map[string]uint{}, needBit: map[string]uint{}}
	for i, in := range community.Interests() {
		v.interestBit[in.Slug] = uint(i)
		v.interests = append(v.interests, in.Slug)
	}
	for i, n := range community.AccessNeeds() {
		v.needBit[n] = uint(i)
	}
	return v
}

func (v vocabulary) interestSet(slugs []string) uint64 {
	var set uint64
	for _, s := range slugs {
		if b, ok := v.interestBit[s]; ok {
			set |= 1 << b
		}
	}
	return set
}

func (v vocabulary) needSet(needs []string) uint16 {
	var set uint16
	for _, n := range needs {
		if b, ok := v.needBit[n]; ok {
			set |= 1 << b
		}
	}
	return set
}

// slugs lists the interests in a set, in the curated order.
func (v vocabulary) slugs(set uint64) []string {
	var out []string
	for s := set; s != 0; s &= s - 1 {
		out = append(out, v.interests[bits.TrailingZeros64(s)])
	}
	return out
}

// tagHash reduces an own word to 64 bits; tags are compared by hash so the
// index keeps no words. Collisions are one in 2^64.
func tagHash(tag string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(strings.TrimSpace(tag))))
	return h.Sum64()
}

// ownWords are a person's own interest words. Few people write them, so
// they live beside the entries rather than in them.
type ownWords struct {
	hashes []uint64
	words  []string
}

func newOwnWords(tags []string) ownWords {
	w := ownWords{hashes: make([]uint64, 0, len(tags)), words: make([]string, 0, len(tags))}
	for _, t := range tags {
		w.hashes = append(w.hashes, tagHash(t))
		w.words = append(w.words, strings.Clone(t))
	}
	return w
}

// buckets returns the cell bitmap buckets of a person's own words.
func (ps *people) buckets(slot uint32) uint16 { return ps.tags[slot].buckets() }

func (w ownWords) buckets() uint16 {
	var b uint16
	for _, h := range w.hashes {
		b |= 1 << (h % tagBuckets)
	}
	return b
}

// common returns a's words that b wrote too, in a's order.
func (a ownWords) common(b ownWords) []string {
	var out []string
	for i, x := range a.hashes {
		if slices.Contains(b.hashes, x) {
			out = append(out, a.words[i])
		}
	}
	return out
}

// sharedTags counts the hashes in both lists; lists hold at most
// community.MaxTags each, so a double loop is the quickest.
func sharedTags(a, b []uint64) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// put adds or replaces a person; someone without a known district cannot
// be matched and is removed instead.
func (ps *people) put(v vocabulary, district uint16, p community.Person) {
	if district == noDistrict {
		ps.remove(p.ID)
		return
	}
	var flags uint8
	if !p.Visible() {
		flags |= flagHidden
	}
	if p.OpenToBuying {
		flags |= flagOpenToBuying
	}
	slot, known := ps.slotOf[p.ID]
	if known {
		ps.unplace(slot)
	} else {
		slot = ps.allocate(strings.Clone(p.ID))
	}
	ps.bySlot[slot].name = strings.Clone(p.Name)
	delete(ps.tags, slot)
	if len(p.Tags) > 0 {
		flags |= flagTags
		ps.tags[slot] = newOwnWords(p.Tags)
	}
	ps.place(district, newEntry(v.interestSet(p.Interests), p.FreeTimes, v.needSet(p.AccessNeeds), slot, flags))
}

func (ps *people) allocate(id string) uint32 {
	var slot uint32
	if n := len(ps.free); n > 0 {
		slot, ps.free = ps.free[n-1], ps.free[:n-1]
		ps.bySlot[slot] = person{id: id}
	} else {
		if len(ps.bySlot) >= MaxPeople {
			panic("matching: an index holds at most MaxPeople people")
		}
		slot = uint32(len(ps.bySlot))
		ps.bySlot = append(ps.bySlot, person{id: id})
	}
	ps.slotOf[id] = slot
	return slot
}

// place adds the entry to its district's cell and counts its interests.
func (ps *people) place(district uint16, e entry) {
	p := &ps.bySlot[e.slot()]
	p.district, p.pos = district, ps.cells[district].add(e, ps.buckets(e.slot()))
	ps.count(e.interests, 1)
}

// unplace takes the entry out of its cell; the cell moves its last entry
// into the gap to stay packed, so that entry's position is updated.
func (ps *people) unplace(slot uint32) entry {
	p := ps.bySlot[slot]
	removed, moved, didMove := ps.cells[p.district].remove(p.pos, ps.buckets)
	if didMove {
		ps.bySlot[moved.slot()].pos = p.pos
	}
	ps.count(removed.interests, -1)
	return removed
}

func (ps *people) remove(id string) {
	slot, ok := ps.slotOf[id]
	if !ok {
		return
	}
	ps.unplace(slot)
	delete(ps.slotOf, id)
	delete(ps.tags, slot)
	ps.bySlot[slot] = person{}
	ps.free = append(ps.free, slot)
}

// count keeps the per-interest totals that rarity weights come from.
func (ps *people) count(set uint64, delta int32) {
	for s := set; s != 0; s &= s - 1 {
		ps.counts[bits.TrailingZeros64(s)] += delta
	}
	ps.total += int(delta)
}

// weightsFor works out the rarity weight of each interest in set from the
// current counts; other interests are left at zero.
func (ps *people) weightsFor(set uint64) *[64]float64 {
	var w [64]float64
	for s := set; s != 0; s &= s - 1 {
		b := bits.TrailingZeros64(s)
		w[b] = rarity(ps.total, int(ps.counts[b]))
	}
	return &w
}

// affinity adds the weights of the shared interests in bit (curated) order,
// then tagWeight for each shared own word.
func affinity(w *[64]float64, shared uint64, tags int) float64 {
	a := 0.0
	for s := shared; s != 0; s &= s - 1 {
		a += w[bits.TrailingZeros64(s)]
	}
	return a + float64(tagWeight*float64(tags))
}

// find returns a person's slot, entry and district, and false when they
// are not in the index.
func (ps *people) find(id string) (uint32, entry, uint16, bool) {
	slot, ok := ps.slotOf[id]
	if !ok {
		return 0, entry{}, noDistrict, false
	}
	e, d := ps.entryOf(slot)
	return slot, e, d, true
}

// entryOf returns the person's entry and district.
func (ps *people) entryOf(slot uint32) (entry, uint16) {
	p := ps.bySlot[slot]
	return ps.cells[p.district].entries[p.pos], p.district
}

// sameWord compares two own words as people mean them.
func sameWord(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
