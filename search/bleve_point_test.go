package search

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
)

func openBleveAt(t *testing.T, dir string) *Bleve {
	t.Helper()
	b, err := OpenBleve(dir)
	must(t, err)
	t.Cleanup(func() { b.Close() })
	return b
}

// within pages through every match of q and returns their ids, sorted.
func within(t *testing.T, idx Index, q Query) []string {
	t.Helper()
	var ids []string
	for off := 0; ; off += MaxLimit {
		q.Offset, q.Limit = off, MaxLimit
		r, err := idx.Search(context.Background(), q)
		must(t, err)
		for _, h := range r.Hits {
			ids = append(ids, h.ID)
			if !h.HasDistance || h.Miles > q.WithinMiles+1e-6 {
				t.Errorf("%s is %.3f miles away (has distance %v), outside %v", h.ID, h.Miles, h.HasDistance, q.WithinMiles)
			}
		}
		if off+MaxLimit >= r.Total {
			break
		}
	}
	slices.Sort(ids)
	return ids
}

func place(id string, p Point) Document {
	return Document{Kind: KindGroup, ID: id, Title: "Group " + id, HasPoint: true, Lat: p.Lat, Lon: p.Lon}
}

// TestBleveWithinFindsExactlyThePointsInReach checks the cells-and-points
// distance filter against working out every distance, over many points
// (several documents at each, as at district centres) and the distances
// the search page offers.
func TestBleveWithinFindsExactlyThePointsInReach(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	rng := rand.New(rand.NewPCG(4, 2))
	round := func(x float64) float64 { return math.Round(x*1e6) / 1e6 }
	var docs []Document
	var points []Point
	for i := range 400 {
		p := Point{Lat: round(51.2 + rng.Float64()*1.2), Lon: round(-1.8 + rng.Float64()*2.2)}
		points = append(points, p)
		for j := range 1 + i%3 {
			docs = append(docs, place(fmt.Sprintf("g%03d_%d", i, j), p))
		}
	}
	docs = append(docs, Document{Kind: KindGroup, ID: "online", Title: "Online group", Online: true})
	must(t, b.Put(ctx, docs...))
	for n := range 25 {
		centre := points[rng.IntN(len(points))]
		if n%2 == 1 {
			centre = Point{Lat: 51.3 + rng.Float64(), Lon: -1.7 + rng.Float64()*2}
		}
		for _, miles := range []float64{0.5, 1, 2, 5, 10, 25} {
			var want []string
			for _, d := range docs {
				if d.HasPoint && milesBetween(centre, Point{Lat: d.Lat, Lon: d.Lon}) <= miles {
					want = append(want, d.ID)
				}
			}
			slices.Sort(want)
			got := within(t, b, Query{Near: &centre, WithinMiles: miles})
			if !slices.Equal(got, want) {
				t.Fatalf("within %v miles of %v: got %d documents, want %d", miles, centre, len(got), len(want))
			}
		}
	}
}

// TestBleveWithinSeesPointsPutLater: the known points are kept in memory
// once read, so documents put afterwards at new points must be found, and
// must stop a cell near them being taken as wholly in reach.
func TestBleveWithinSeesPointsPutLater(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "search")
	b := openBleveAt(t, dir)
	// a and far share their smallest cell; far is 1.4 miles north of a.
	a := Point{Lat: 51.7301, Lon: -1.2201}
	far := Point{Lat: 51.7499, Lon: -1.2201}
	if cellOf(a, len(cellDegrees)-1) != cellOf(far, len(cellDegrees)-1) {
		t.Fatal("the test's points are not in one cell")
	}
	q := Query{Near: &a, WithinMiles: 0.5}
	must(t, b.Put(ctx, place("a", a)))
	if got := within(t, b, q); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("got %v, want [a]", got)
	}
	near := Point{Lat: 51.7311, Lon: -1.2211}
	must(t, b.Put(ctx, place("far", far), place("near", near)))
	if got := within(t, b, q); !slices.Equal(got, []string{"a", "near"}) {
		t.Errorf("after putting more: got %v, want [a near]", got)
	}
	must(t, b.Delete(ctx, KindGroup, "a"))
	if got := within(t, b, q); !slices.Equal(got, []string{"near"}) {
		t.Errorf("after a delete: got %v, want [near]", got)
	}
	must(t, b.Close())

	b = openBleveAt(t, dir)
	if got := within(t, b, q); !slices.Equal(got, []string{"near"}) {
		t.Errorf("after reopening: got %v, want [near]", got)
	}
	must(t, b.Reset())
	must(t, b.Put(ctx, place("far", far)))
	if got := within(t, b, Query{Near: &far, WithinMiles: 1}); !slices.Equal(got, []string{"far"}) {
		t.Errorf("after Reset: got %v, want [far]", got)
	}
	if got := within(t, b, q); len(got) != 0 {
		t.Errorf("after Reset: got %v near a, want nothing", got)
	}
}

func TestPointTermRoundTrips(t *testing.T) {
	for _, p := range []Point{{51.728, -1.226}, {-89.999999, 179.999999}, {90, -180}, {0, 0}} {
		got, ok := parsePointTerm(pointTerm(p))
		if !ok || math.Abs(got.Lat-p.Lat) > 1e-6 || math.Abs(got.Lon-p.Lon) > 1e-6 {
			t.Errorf("%v came back as %v (%v)", p, got, ok)
		}
	}
	if _, ok := parsePointTerm("not a point"); ok {
		t.Error("read a point from nonsense")
	}
}

// TestBleveCompactKeepsEverything: merging segments loses nothing.
func TestBleveCompactKeepsEverything(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	for _, d := range fixture() {
		must(t, b.Put(ctx, d)) // a segment each
	}
	must(t, b.Compact(ctx))
	stats := b.idx.StatsMap()["index"].(map[string]any)
	if mem, files := stats["num_root_memorysegments"], stats["num_root_filesegments"]; mem != uint64(0) || files != uint64(1) {
		t.Errorf("after Compact: %v segments in memory and %v on disk, want 0 and 1", mem, files)
	}
	counts, err := b.Count(ctx)
	must(t, err)
	wantCounts(t, counts, map[Kind]int{KindListing: 6, KindGroup: 2, KindPerson: 3, KindProvider: 2})
	r, err := b.Search(ctx, Query{Text: "yoag"})
	must(t, err)
	checkHits(t, r, contractCase{want: []string{"listing/l01"}})
}

// TestBleveWithinWhilePutting: distance searches run alongside saves at new
// points (run with -race), and each finds every document put before it began.
func TestBleveWithinWhilePutting(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	centre := Point{Lat: 51.5, Lon: -0.1}
	done := make(chan error)
	go func() {
		for i := range 40 {
			p := Point{Lat: centre.Lat + float64(i)*0.001, Lon: centre.Lon}
			if err := b.Put(ctx, place(fmt.Sprintf("g%02d", i), p)); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 40 {
		before, err := b.Count(ctx)
		must(t, err)
		r, err := b.Search(ctx, Query{Near: &centre, WithinMiles: 5})
		must(t, err)
		if r.Total < before[KindGroup] {
			t.Fatalf("found %d of at least %d groups", r.Total, before[KindGroup])
		}
	}
	must(t, <-done)
}
