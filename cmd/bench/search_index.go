package main

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/search"
)

// indexBatch is how many documents go into Bleve at a time.
const indexBatch = 1000

// documents turns the data into search documents the way discovery does
// (its builder is unexported): only visible people, at their district's
// centre; interest names as keywords; listings carry their provider's name
// and verification. Groups are already documents.
func (w *world) documents(d benchData) []search.Document {
	var docs []search.Document
	for _, p := range d.people {
		if p.Visible() && p.HasProfile() {
			docs = append(docs, w.placed(search.Document{
				Kind: search.KindPerson, ID: p.ID, Title: p.Name, Text: p.About,
				Keywords: append(w.keywords(p.Interests), p.Tags...), Interests: p.Interests, UpdatedAt: p.UpdatedAt,
			}, p.District))
		}
	}
	byID := map[string]community.Provider{}
	for _, p := range d.providers {
		byID[p.ID] = p
		docs = append(docs, w.placed(search.Document{
			Kind: search.KindProvider, ID: p.ID, Title: p.Name, Text: p.Description,
			Keywords: w.keywords(p.Interests), Interests: p.Interests, Online: p.Online,
			Verified: p.Verified(), UpdatedAt: p.UpdatedAt,
		}, p.Districts[0]))
	}
	for _, l := range d.listings {
		p := byID[l.ProviderID]
		docs = append(docs, w.placed(search.Document{
			Kind: search.KindListing, ID: l.ID, Title: l.Title, Text: l.Description,
			Keywords: append(w.keywords(l.Interests), p.Name), Interests: l.Interests, Online: l.Online,
			Verified: p.Verified(), PricePence: int64(l.LowestPrice()), UpdatedAt: l.UpdatedAt,
		}, l.District))
	}
	return append(docs, d.groups...)
}

func (w *world) keywords(interests []string) []string {
	out := make([]string, 0, len(interests))
	for _, s := range interests {
		out = append(out, w.names[s])
	}
	return out
}

// placed puts a document at its district's centre; online things have none.
func (w *world) placed(doc search.Document, district string) search.Document {
	if pt, ok := w.places.Lookup(district); ok {
		doc.District, doc.HasPoint, doc.Lat, doc.Lon = district, true, pt.Lat, pt.Lon
	}
	return doc
}

// buildIndex writes docs into a new Bleve index in dir, lets it merge its
// segments as it would soon after on a running site (Compact), and closes
// it, so the time includes getting everything onto disk and the folder's
// size is final. It returns how long that took.
func buildIndex(ctx context.Context, dir string, docs []search.Document) (time.Duration, error) {
	started := time.Now()
	idx, err := search.OpenBleve(dir)
	if err != nil {
		return 0, err
	}
	for start := 0; start < len(docs); start += indexBatch {
		if err := idx.Put(ctx, docs[start:min(start+indexBatch, len(docs))]...); err != nil {
			idx.Close()
			return 0, err
		}
	}
	if err := idx.Compact(ctx); err != nil {
		idx.Close()
		return 0, err
	}
	if err := idx.Close(); err != nil {
		return 0, err
	}
	return time.Since(started), nil
}

// folderMB is the size of the files under dir in megabytes.
func folderMB(dir string) (float64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err == nil {
			total += info.Size()
		}
		return err
	})
	return float64(total) / (1 << 20), err
}
