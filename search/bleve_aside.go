package search

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// OpenBleveOrStartAgain opens the index in dir as OpenBleve does, and when
// it cannot be opened or read (a corrupt or partial index, a plain file
// where its folder should be) moves what is there aside, to a name that
// says when and why, and starts an empty index in its place. The index is
// only derived data, rebuilt from the store, so it never stops the site
// starting; aside names where the old one went ("" when it opened), for
// the log.
func OpenBleveOrStartAgain(dir string, now time.Time) (b *Bleve, aside string, err error) {
	b, err = OpenBleve(dir)
	if err == nil {
		if err = b.probe(); err == nil {
			return b, "", nil
		}
		closeBroken(b.idx)
	}
	why := err
	if _, statErr := os.Lstat(dir); statErr == nil {
		aside = fmt.Sprintf("%s.broken-%s", dir, now.UTC().Format("20060102T150405"))
		if err := os.Rename(dir, aside); err != nil {
			return nil, "", fmt.Errorf("move the unreadable search index %s aside (%v): %w", dir, why, err)
		}
	}
	if b, err = OpenBleve(dir); err != nil {
		return nil, aside, fmt.Errorf("start the search index again after %v: %w", why, err)
	}
	return b, aside, nil
}

// probe reads what every search reads: the document count, the schema
// version, the kinds of every document and the stored fields of a page of
// them. An index whose files were cut short or overwritten fails here,
// or panics, rather than on a member's first search.
func (b *Bleve) probe() (err error) {
	defer survive(&err, "read search index")
	if _, err := b.idx.DocCount(); err != nil {
		return fmt.Errorf("count search documents: %w", err)
	}
	if _, err := b.idx.GetInternal([]byte(schemaKey)); err != nil {
		return fmt.Errorf("read search schema version: %w", err)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 50, 0, false)
	req.Fields = []string{storedField, "lat", "lon"}
	req.AddFacet("kind", bleve.NewFacetRequest("kind", len(Kinds())))
	if _, err := b.idx.SearchInContext(context.Background(), req); err != nil {
		return fmt.Errorf("read search documents: %w", err)
	}
	return nil
}
