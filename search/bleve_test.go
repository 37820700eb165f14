package search

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func openTestBleve(t *testing.T) Index {
	t.Helper()
	b, err := OpenBleve(filepath.Join(t.TempDir(), "search"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestBleveContract(t *testing.T) { runContract(t, openTestBleve) }

func TestBleveReopenKeepsDocuments(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "search")
	b, err := OpenBleve(dir)
	must(t, err)
	must(t, b.Put(ctx, fixture()...))
	must(t, b.Close())
	b, err = OpenBleve(dir)
	must(t, err)
	defer b.Close()
	if !b.SchemaCurrent() {
		t.Error("a fresh index is not current")
	}
	counts, err := b.Count(ctx)
	must(t, err)
	if counts[KindListing] != 6 {
		t.Errorf("listings after reopen = %d, want 6", counts[KindListing])
	}
}

func TestBleveOldSchemaIsNoticedAndReset(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "search")
	b, err := OpenBleve(dir)
	must(t, err)
	must(t, b.Put(ctx, fixture()...))
	must(t, b.idx.SetInternal([]byte(schemaKey), []byte("0")))
	must(t, b.Close())

	b, err = OpenBleve(dir)
	must(t, err)
	defer b.Close()
	if b.SchemaCurrent() {
		t.Fatal("an index stamped with version 0 reports current")
	}
	must(t, b.Reset())
	if !b.SchemaCurrent() {
		t.Error("not current after Reset")
	}
	counts, err := b.Count(ctx)
	must(t, err)
	if len(counts) != 0 {
		t.Errorf("counts after Reset = %v, want none", counts)
	}
	must(t, b.Put(ctx, fixture()...))
	r, err := b.Search(ctx, Query{Text: "yoga"})
	must(t, err)
	checkHits(t, r, contractCase{want: []string{"listing/l01"}})
}

func TestBleveRefusesAFolderOfOtherFiles(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600))
	if _, err := OpenBleve(dir); err == nil {
		t.Fatal("created an index among other files")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("the other file is gone: %v", err)
	}
}

func TestBleveOpensAnEmptyFolder(t *testing.T) {
	b, err := OpenBleve(t.TempDir())
	must(t, err)
	must(t, b.Close())
}

func TestBleveClosesTwice(t *testing.T) {
	b, err := OpenBleve(t.TempDir() + "/idx")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if err := b.Ping(t.Context()); err == nil {
		t.Error("a closed index answers Ping")
	}
}
