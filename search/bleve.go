package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// schemaKey is where the index records which BleveSchemaVersion built it.
const schemaKey = "clubtogether.schema_version"

// Bleve is the embedded search index, kept in a folder under DATA_DIR.
type Bleve struct {
	dir string
	// mu guards idx, which Reset replaces; searches share it, writes too
	// (Bleve serialises its own batches), only Reset and Close hold it alone.
	mu     sync.RWMutex
	idx    bleve.Index
	closed bool
	// points are where documents are, for distance queries.
	points pointSet
	// terms are the words each query word stood for, until a write.
	terms termCache
}

// OpenBleve opens the index in dir, or creates it there. An index written by
// an older mapping still opens: check SchemaCurrent and call Reset (then
// reindex) when it reports false.
func OpenBleve(dir string) (*Bleve, error) {
	idx, err := bleve.OpenUsing(dir, bleveConfig())
	switch {
	case err == nil:
		return &Bleve{dir: dir, idx: idx}, nil
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing):
		if err := refuseForeignFolder(dir); err != nil {
			return nil, err
		}
		b := &Bleve{dir: dir}
		return b, b.create()
	default:
		return nil, fmt.Errorf("open search index %s: %w", dir, err)
	}
}

// refuseForeignFolder stops the index being created inside a folder that
// holds other things (DATA_DIR itself, say), which Reset would then delete.
func refuseForeignFolder(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		return nil
	}
	return fmt.Errorf("open search index %s: the folder holds other files; give the index a folder of its own", dir)
}

// create makes a new, empty index at b.dir stamped with the current version.
func (b *Bleve) create() error {
	idx, err := bleve.NewUsing(b.dir, bleveMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, bleveConfig())
	if err != nil {
		return fmt.Errorf("create search index %s: %w", b.dir, err)
	}
	if err := idx.SetInternal([]byte(schemaKey), []byte(BleveSchemaVersion)); err != nil {
		idx.Close()
		return fmt.Errorf("record search schema version: %w", err)
	}
	b.idx = idx
	return nil
}

// bleveConfig keeps the index in few segments. Every search looks each
// of its terms up in every segment, so at 100,000 documents an index in 20
// segments (what Bleve's default merge policy settles on after a rebuild)
// answered in twice the time of one in a single segment. This policy
// lets the background merger keep about three: tiny segments from single
// saves are merged with each other, not with the big one, so a save
// stays cheap.
func bleveConfig() map[string]any {
	// Bleve reads these by field name over the defaults.
	return map[string]any{"scorchMergePlanOptions": map[string]any{
		"MaxSegmentsPerTier": segmentsPerTier,
		"FloorSegmentSize":   floorSegmentDocs,
	}}
}

// The merge policy's two changes to Bleve's defaults (10 segments a tier,
// segments under 2,000 documents counted as 2,000): with 2 a tier and
// every segment counted as at least 10,000 documents, 100,000 documents
// may stay in 3 segments and 10,000 in 1.
const (
	segmentsPerTier  = 2
	floorSegmentDocs = 10000
)

// mergePolicy is bleveConfig's policy, for Compact.
func mergePolicy() *mergeplan.MergePlanOptions {
	o := mergeplan.DefaultMergePlanOptions
	o.MaxSegmentsPerTier, o.FloorSegmentSize = segmentsPerTier, floorSegmentDocs
	return &o
}

// Compact merges the index's segments now, as the background merger
// would soon after a bulk load, so that the searches that follow one are
// as quick as on an index that has settled. It waits for the merge.
func (b *Bleve) Compact(ctx context.Context) error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	adv, err := b.idx.Advanced()
	if err != nil {
		return fmt.Errorf("compact search index: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// Only segments written to disk are merged: wait for the last batches
	// to be written, or they stay behind as segments of their own (9 of
	// them once, after a 115,000-document rebuild).
	for {
		if n, _ := sc.StatsMap()["num_root_memorysegments"].(uint64); n == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	if err := sc.ForceMerge(ctx, mergePolicy()); err != nil {
		return fmt.Errorf("compact search index: %w", err)
	}
	return ctx.Err()
}

// SchemaCurrent reports whether the index was built with this code's mapping.
func (b *Bleve) SchemaCurrent() bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	v, err := b.idx.GetInternal([]byte(schemaKey))
	return err == nil && string(v) == BleveSchemaVersion
}

// Reset throws the index away and starts an empty one with the current
// mapping. A changed mapping cannot be applied to existing documents, so
// the folder is recreated rather than emptied. It also mends an index
// broken by a failed write (its folder removed, the disk full): closing
// one may fail or panic, and its folder may be gone, which is no reason
// not to start again.
func (b *Bleve) Reset() (err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	closeBroken(b.idx)
	switch _, err := os.Stat(filepath.Join(b.dir, "index_meta.json")); {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist) && refuseForeignFolder(b.dir) == nil:
		// Gone, or an empty folder: nothing of anyone's to remove.
	default:
		return fmt.Errorf("reset search index %s: not a search index: %w", b.dir, err)
	}
	b.points.clear()
	defer b.terms.forget()
	if err := os.RemoveAll(b.dir); err != nil {
		return fmt.Errorf("reset search index %s: %w", b.dir, err)
	}
	return b.create()
}

// closeBroken closes an index that may be broken, for one to take its
// place: whatever closing it says, or however it fails, it is done with.
func closeBroken(idx bleve.Index) {
	if idx == nil {
		return
	}
	defer func() { _ = recover() }()
	_ = idx.Close()
}

// survive turns a panic inside Bleve into an error. After one failed
// write (its folder removed, the disk full) Bleve's segment code can
// panic on every later one ("assignment to entry in nil map"); the
// caller, told it failed, can then rebuild the index, rather than the
// request that only wanted to keep it current failing with it.
func survive(err *error, what string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: the search index broke: %v", what, r)
	}
}

// Put adds or replaces documents in one batch.
func (b *Bleve) Put(ctx context.Context, docs ...Document) (err error) {
	defer survive(&err, "write search index")
	b.mu.RLock()
	defer b.mu.RUnlock()
	batch := b.idx.NewBatch()
	for _, d := range docs {
		if err := checkDocument(d); err != nil {
			return err
		}
	}
	// Before the documents are searchable, so a distance query that can
	// see them knows their points.
	b.points.add(docs)
	for _, d := range docs {
		if err := batch.Index(bleveID(d.Kind, d.ID), bleveFields(d)); err != nil {
			return fmt.Errorf("index %s %s: %w", d.Kind, d.ID, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	defer b.terms.forget()
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("write search index: %w", err)
	}
	return nil
}

// Delete removes documents in one batch.
func (b *Bleve) Delete(ctx context.Context, kind Kind, ids ...string) (err error) {
	defer survive(&err, "delete from search index")
	b.mu.RLock()
	defer b.mu.RUnlock()
	batch := b.idx.NewBatch()
	for _, id := range ids {
		if err := checkID(kind, id); err != nil {
			return err
		}
		batch.Delete(bleveID(kind, id))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	defer b.terms.forget()
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("delete from search index: %w", err)
	}
	return nil
}

// Ping reports whether the index is open.
func (b *Bleve) Ping(ctx context.Context) (err error) {
	defer survive(&err, "search index")
	b.mu.RLock()
	defer b.mu.RUnlock()
	if _, err := b.idx.DocCount(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return ctx.Err()
}

// Close closes the index files; closing twice is harmless, because Bleve
// itself panics on a second close.
func (b *Bleve) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	return b.idx.Close()
}
