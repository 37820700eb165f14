package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// pointField holds a document's point as one keyword, pointTerm, so that
// "within N miles" is a list of exact terms rather than Bleve's geo
// distance query. That query walks geohash cells at several precisions,
// looking each up in the dictionary, and then reads every candidate's geo
// doc values (dozens of terms a document) to check the distance: a third
// of a search's time at 100,000 documents. Documents sit at district
// centres, so there are only as many points as districts with something in
// them, and each point's distance is worked out once a search.
const pointField = "point"

// pointTerm writes a point with fixed widths, both numbers shifted to be
// positive. Six decimals is 11 cm.
func pointTerm(p Point) string {
	return fmt.Sprintf("%010.6f,%010.6f", p.Lat+90, p.Lon+180)
}

// parsePointTerm reads pointTerm back.
func parsePointTerm(term string) (Point, bool) {
	lat, lon, ok := strings.Cut(term, ",")
	if !ok {
		return Point{}, false
	}
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err1 != nil || err2 != nil {
		return Point{}, false
	}
	return Point{Lat: la - 90, Lon: lo - 180}, true
}

// milesPerDegreeLat is the length of a degree of latitude on the sphere
// milesBetween uses.
const milesPerDegreeLat = 2 * math.Pi * earthRadiusMiles / 360

// cellField holds the cells of the grids in cellDegrees a document's
// point lies in, one term each. A distance query asks for a whole cell
// when every known point in it is in reach, and for the points themselves
// only around the edge of the circle: for 10 miles around central London,
// a few dozen terms rather than the 250-odd districts.
const cellField = "cell"

// cellDegrees are the grids' cell sizes, coarsest first: about 28, 7 and
// 1.7 miles north to south.
var cellDegrees = [...]float64{0.4, 0.1, 0.025}

// cell is one cell of grid level.
type cell struct {
	level    int
	row, col int32
}

func cellOf(p Point, level int) cell {
	size := cellDegrees[level]
	return cell{level, int32(math.Floor((p.Lat + 90) / size)), int32(math.Floor((p.Lon + 180) / size))}
}

func (c cell) term() string { return fmt.Sprintf("%d:%d:%d", c.level, c.row, c.col) }

// cellTerms are the terms of the cells p lies in, one per grid.
func cellTerms(p Point) []string {
	terms := make([]string, len(cellDegrees))
	for level := range cellDegrees {
		terms[level] = cellOf(p, level).term()
	}
	return terms
}

// indexedPoint is a point some document was put at, with its term and
// cells.
type indexedPoint struct {
	Point
	term  string
	cells [len(cellDegrees)]cell
}

func newIndexedPoint(p Point, term string) indexedPoint {
	ip := indexedPoint{Point: p, term: term}
	for level := range cellDegrees {
		ip.cells[level] = cellOf(p, level)
	}
	return ip
}

// pointSet remembers every point put in the index, so that a distance
// query need not read the point dictionary (a scan of every segment's
// terms) each time. It may hold points no document is at any more, which
// cost a lookup that finds nothing; it never lacks one, because Put adds a
// document's point here before the document is in the index, and the
// dictionary is read in once, on the first distance query, and merged.
type pointSet struct {
	mu     sync.Mutex
	read   bool                // the dictionary has been merged in
	terms  map[string]struct{} // every known point's term
	sorted []indexedPoint      // the same, by latitude; nil when stale
}

// add records the points of documents about to be put.
func (s *pointSet) add(docs []Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range docs {
		if !d.HasPoint {
			continue
		}
		t := pointTerm(Point{Lat: d.Lat, Lon: d.Lon})
		if _, ok := s.terms[t]; !ok {
			if s.terms == nil {
				s.terms = map[string]struct{}{}
			}
			s.terms[t] = struct{}{}
			s.sorted = nil
		}
	}
}

// clear forgets every point, for an index that has been emptied.
func (s *pointSet) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.read, s.terms, s.sorted = false, nil, nil
}

// byLatitude returns every known point sorted by latitude, reading the
// point dictionary from i the first time. The slice is never changed
// afterwards, so callers may keep it.
func (s *pointSet) byLatitude(i index.IndexReader) ([]indexedPoint, error) {
	s.mu.Lock()
	read := s.read
	s.mu.Unlock()
	var fromIndex []string
	if !read {
		var err error
		if fromIndex, err = pointTerms(i); err != nil {
			return nil, err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.read {
		if s.terms == nil {
			s.terms = map[string]struct{}{}
		}
		for _, t := range fromIndex {
			s.terms[t] = struct{}{}
		}
		s.read, s.sorted = true, nil
	}
	if s.sorted == nil {
		sorted := make([]indexedPoint, 0, len(s.terms))
		for t := range s.terms {
			if p, ok := parsePointTerm(t); ok {
				sorted = append(sorted, newIndexedPoint(p, t))
			}
		}
		slices.SortFunc(sorted, func(a, b indexedPoint) int { return strings.Compare(a.term, b.term) })
		s.sorted = sorted
	}
	return s.sorted, nil
}

// pointTerms reads every term of the point field.
func pointTerms(i index.IndexReader) ([]string, error) {
	dict, err := i.FieldDict(pointField)
	if err != nil {
		return nil, fmt.Errorf("read indexed points: %w", err)
	}
	defer dict.Close()
	var terms []string
	for {
		entry, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("read indexed points: %w", err)
		}
		if entry == nil {
			return terms, nil
		}
		terms = append(terms, entry.Term)
	}
}

// withinQuery matches documents whose point is at most miles from centre,
// measured as Hit.Miles is, with milesBetween. It scores nothing: it is
// only ever a filter.
type withinQuery struct {
	points *pointSet
	centre Point
	miles  float64
}

func (w withinQuery) Searcher(ctx context.Context, i index.IndexReader, _ mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	all, err := w.points.byLatitude(i)
	if err != nil {
		return nil, err
	}
	cells, points := w.cover(all)
	var parts []search.Searcher
	for _, tf := range []struct {
		field string
		terms []string
	}{{cellField, cells}, {pointField, points}} {
		if len(tf.terms) == 0 {
			continue
		}
		s, err := searcher.NewMultiTermSearcher(ctx, i, tf.terms, tf.field, 1, options, false)
		if err != nil {
			for _, p := range parts {
				_ = p.Close()
			}
			return nil, err
		}
		parts = append(parts, s)
	}
	switch len(parts) {
	case 0:
		return searcher.NewMatchNoneSearcher(i)
	case 1:
		return parts[0], nil
	default:
		return searcher.NewDisjunctionSearcher(ctx, i, parts, 0, options)
	}
}

// cover returns the cells and the points whose documents are all in reach
// and together hold every known point in reach: a point is given by the
// largest of its cells that holds no known point out of reach, or by
// itself. Known points are a superset of the indexed ones, so a cell given
// never holds a document out of reach.
func (w withinQuery) cover(all []indexedPoint) (cells, points []string) {
	// A little slack so that rounding never loses a point on the edge;
	// the distance is what decides.
	band := w.miles/milesPerDegreeLat + 1e-4
	// Every point sharing a cell with one in reach lies in the rows of
	// coarsest cells the band touches; a row more each way leaves no doubt
	// from rounding at the rows' edges.
	coarsest := cellDegrees[0]
	lo := math.Floor((w.centre.Lat-band+90)/coarsest)*coarsest - 90 - coarsest
	hi := math.Ceil((w.centre.Lat+band+90)/coarsest)*coarsest - 90 + coarsest
	from := fmt.Sprintf("%010.6f", max(lo, -90)+90)
	start, _ := slices.BinarySearchFunc(all, from, func(p indexedPoint, t string) int { return strings.Compare(p.term, t) })
	var near []indexedPoint
	for _, p := range all[start:] {
		if p.Lat > hi {
			break
		}
		near = append(near, p)
	}
	// How many known points each cell holds in reach, and then in all,
	// for the cells of points in reach.
	type count struct{ in, all int }
	counts := map[cell]*count{}
	var in []indexedPoint
	for _, p := range near {
		if math.Abs(p.Lat-w.centre.Lat) > band || milesBetween(w.centre, p.Point) > w.miles {
			continue
		}
		in = append(in, p)
		for _, c := range p.cells {
			if n := counts[c]; n != nil {
				n.in++
			} else {
				counts[c] = &count{in: 1}
			}
		}
	}
	for _, p := range near {
		for _, c := range p.cells {
			if n := counts[c]; n != nil {
				n.all++
			}
		}
	}
	given := map[cell]bool{}
	for _, p := range in {
		whole := false
		for _, c := range p.cells {
			if n := counts[c]; n.in == n.all {
				if !given[c] {
					given[c] = true
					cells = append(cells, c.term())
				}
				whole = true
				break
			}
		}
		if !whole {
			points = append(points, p.term)
		}
	}
	return cells, points
}
