package matching

import "math/bits"

// Rows 0 to 63 of a cell's bitmaps are the curated interests; the next
// tagBuckets rows sort people who wrote own words by a bucket of each
// word's hash, so that a query for "crochet" looks at about a sixteenth of
// the people with own words rather than all of them.
const (
	tagRow     = 64
	tagBuckets = 16
	rows       = tagRow + tagBuckets
)

// atLeastMost is the most shared interests a visit can be asked to need;
// asking for more only means some visits are wasted, never missed.
const atLeastMost = 4

// filter says which entries of a cell a query wants to look at.
type filter struct {
	// mine are the asker's interests; visits need atLeast of them...
	mine    uint64
	atLeast int
	// ...and at least one of strong.
	strong uint64
	// tags are the own-word buckets that also earn a visit on their own.
	tags uint16
}

// cell is everyone in one district. Beside the packed entries it keeps,
// for each interest, a bitmap of which entries have it, so a query visits
// only the people who share something that could put them on its list:
// in a city district of a thousand people, most share only common
// interests and are never touched. The bitmaps cost about 8 bytes a person.
type cell struct {
	entries []entry
	// bitmap holds row r, word w at r*stride+w.
	bitmap []uint64
	stride int
}

// add appends an entry, with the buckets of its own words, and returns its
// position.
func (c *cell) add(e entry, buckets uint16) uint32 {
	pos := len(c.entries)
	c.entries = append(c.entries, e)
	if pos/64 >= c.stride {
		c.grow(pos/64 + 1 + c.stride/4)
	}
	c.mark(pos, e, buckets, true)
	return uint32(pos)
}

// remove takes out the entry at pos, moving the last entry into the gap,
// and returns the entry removed and the one moved (if any). buckets gives
// the own-word buckets of an entry's person.
func (c *cell) remove(pos uint32, buckets func(slot uint32) uint16) (removed entry, moved entry, didMove bool) {
	last := len(c.entries) - 1
	removed = c.entries[pos]
	c.mark(int(pos), removed, buckets(removed.slot()), false)
	if int(pos) != last {
		moved = c.entries[last]
		b := buckets(moved.slot())
		c.mark(last, moved, b, false)
		c.entries[pos] = moved
		c.mark(int(pos), moved, b, true)
		didMove = true
	}
	c.entries = c.entries[:last]
	return removed, moved, didMove
}

// grow widens every row to stride words.
func (c *cell) grow(stride int) {
	wider := make([]uint64, rows*stride)
	for r := range rows {
		copy(wider[r*stride:], c.bitmap[r*c.stride:(r+1)*c.stride])
	}
	c.bitmap, c.stride = wider, stride
}

func (c *cell) mark(pos int, e entry, buckets uint16, on bool) {
	word, bit := pos/64, uint64(1)<<(pos%64)
	set := func(r int) {
		if on {
			c.bitmap[r*c.stride+word] |= bit
		} else {
			c.bitmap[r*c.stride+word] &^= bit
		}
	}
	for s := e.interests; s != 0; s &= s - 1 {
		set(bits.TrailingZeros64(s))
	}
	for b := buckets; b != 0; b &= b - 1 {
		set(tagRow + bits.TrailingZeros16(b))
	}
}

// each calls visit for every entry that f lets through, in position order.
func (c *cell) each(f filter, visit func(entry)) {
	var mine, strong, tags [rows]int
	nm, ns, nt := 0, 0, 0
	for s := f.mine; s != 0; s &= s - 1 {
		b := bits.TrailingZeros64(s)
		mine[nm] = b * c.stride
		nm++
		if f.strong&(1<<b) != 0 {
			strong[ns] = b * c.stride
			ns++
		}
	}
	for b := f.tags; b != 0; b &= b - 1 {
		tags[nt] = (tagRow + bits.TrailingZeros16(b)) * c.stride
		nt++
	}
	need := min(max(f.atLeast, 1), atLeastMost)
	words := (len(c.entries) + 63) / 64
	for w := range words {
		// count[k] has a bit for each entry with more than k of mine.
		var count [atLeastMost]uint64
		for _, base := range mine[:nm] {
			v := c.bitmap[base+w]
			for k := need - 1; k > 0; k-- {
				count[k] |= count[k-1] & v
			}
			count[0] |= v
		}
		var any uint64
		for _, base := range strong[:ns] {
			any |= c.bitmap[base+w]
		}
		m := any & count[need-1]
		for _, base := range tags[:nt] {
			m |= c.bitmap[base+w]
		}
		for ; m != 0; m &= m - 1 {
			visit(c.entries[w*64+bits.TrailingZeros64(m)])
		}
	}
}
