package store

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"os"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// openTestStore opens a fresh store: the embedded FerretDB in a temporary
// folder, or, when CLUBTOGETHER_TEST_MONGODB_URI is set, a new database on
// that real MongoDB (dropped afterwards).
func openTestStore(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	if uri := os.Getenv("CLUBTOGETHER_TEST_MONGODB_URI"); uri != "" {
		u, err := url.Parse(uri)
		if err != nil {
			t.Fatalf("CLUBTOGETHER_TEST_MONGODB_URI: %v", err)
		}
		u.Path = "/clubtogether_test_" + newID()
		s, err := Open(ctx, u.String(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			_ = s.db.Drop(ctx)
			_ = s.Close(ctx)
		})
		return s
	}
	s, err := OpenEmbedded(ctx, t.TempDir(), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(ctx) })
	return s
}

// secondWriter opens another store on s's database, as a second web
// replica would: through the embedded database's socket, or on the same
// MongoDB database.
func secondWriter(t *testing.T, s *Store) *Store {
	t.Helper()
	ctx := context.Background()
	uri := ""
	if s.embedded != nil {
		uri = s.embedded.uri
	} else {
		u, err := url.Parse(os.Getenv("CLUBTOGETHER_TEST_MONGODB_URI"))
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + s.db.Name()
		uri = u.String()
	}
	other, err := Open(ctx, uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = other.Close(ctx) })
	return other
}

func TestEmbeddedFolderIsPrivate(t *testing.T) {
	dir := t.TempDir() + "/data"
	s, err := OpenEmbedded(context.Background(), dir, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o700 {
		t.Errorf("data folder mode = %o, want 700", perm)
	}
	if !s.Embedded() {
		t.Error("store does not say it is embedded")
	}
}

func TestDatabaseName(t *testing.T) {
	for uri, want := range map[string]string{
		"mongodb://db.example/":                  "clubtogether",
		"mongodb://db.example/club?replicaSet=x": "club",
		"mongodb://%2Ftmp%2Fmongo.sock/":         "clubtogether",
		"mongodb+srv://user:pw@cluster.example/": "clubtogether",
	} {
		if got := databaseName(uri); got != want {
			t.Errorf("databaseName(%q) = %q, want %q", uri, got, want)
		}
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := OpenEmbedded(ctx, dir, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Collection("things").InsertOne(ctx, bson.M{"_id": "kept"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s, err = OpenEmbedded(ctx, dir, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if n, err := s.db.Collection("things").CountDocuments(ctx, bson.M{"_id": "kept"}); err != nil || n != 1 {
		t.Errorf("after reopening: %d documents, %v; want the one saved", n, err)
	}
}
