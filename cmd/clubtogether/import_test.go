package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/store"
)

func TestImportOpenReferralTwiceAddsOnce(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error", "DEMO": "off"}
	getenv := func(k string) string { return env[k] }
	var first, second bytes.Buffer
	if err := run(context.Background(), []string{"import-openreferral", "../../openreferral/testdata/feed_good.json"}, getenv, &first); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.String(), "imported ") || strings.Contains(first.String(), "imported 0 new providers") {
		t.Fatalf("first import: %q", first.String())
	}
	if err := run(context.Background(), []string{"import-openreferral", "../../openreferral/testdata/feed_good.json"}, getenv, &second); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(second.String(), "imported 0 new providers and 0 new listings") {
		t.Errorf("second import added again: %q", second.String())
	}
}

func TestImportOfAMalformedFeedSavesNothing(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error", "DEMO": "off"}
	getenv := func(k string) string { return env[k] }
	for _, file := range []string{"feed_truncated.json", "feed_wrong_type.json"} {
		var out bytes.Buffer
		err := run(context.Background(), []string{"import-openreferral", "../../openreferral/testdata/" + file}, getenv, &out)
		if err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("%s: %v, want an error naming the line", file, err)
		}
	}
	st, err := store.OpenEmbedded(context.Background(), env["DATA_DIR"], slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	providers, _ := st.AllProviders(context.Background())
	listings, _ := st.AllListings(context.Background())
	st.Close(context.Background())
	if len(providers)+len(listings) != 0 {
		t.Errorf("refused imports saved %d providers and %d listings", len(providers), len(listings))
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"import-openreferral"}, getenv, &out); err == nil {
		t.Error("import with no file gave no error")
	}
}
