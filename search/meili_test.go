package search

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestMeiliOpenCreatesIndexAndAppliesSettings(t *testing.T) {
	f, srv := newFakeMeili(t)
	if _, err := OpenMeili(context.Background(), srv.URL, "key", "ct"); err != nil {
		t.Fatal(err)
	}
	reqs := f.take()
	wantPaths(t, reqs, "GET /indexes/ct", "POST /indexes", "GET /tasks/1", "PATCH /indexes/ct/settings", "GET /tasks/2")
	sameJSON(t, "create", reqs[1].Body, `{"uid":"ct","primaryKey":"uid"}`)
	sameJSON(t, "settings", reqs[3].Body, `{
		"searchableAttributes": ["title", "keywords", "text"],
		"filterableAttributes": ["kind", "interests", "verified", "price_pence", "online", "_geo"],
		"sortableAttributes": ["_geo", "updated_at", "uid"],
		"synonyms": {
			"gym": ["fitness"], "fitness": ["gym"],
			"swim": ["swimming"], "swimming": ["swim"],
			"walk": ["walking", "rambling"], "walking": ["walk", "rambling"], "rambling": ["walk", "walking"]
		},
		"typoTolerance": {
			"enabled": true,
			"minWordSizeForTypos": {"oneTypo": 4, "twoTypos": 8},
			"disableOnWords": [], "disableOnAttributes": [], "disableOnNumbers": false
		}
	}`)
}

func TestMeiliOpenKeepsAnExistingIndex(t *testing.T) {
	f, srv := newFakeMeili(t)
	f.indexExists = true
	if _, err := OpenMeili(context.Background(), srv.URL, "", ""); err != nil {
		t.Fatal(err)
	}
	wantPaths(t, f.take(), "GET /indexes/clubtogether", "PATCH /indexes/clubtogether/settings", "GET /tasks/1")

	f.primaryKey = "id"
	if _, err := OpenMeili(context.Background(), srv.URL, "", "ct"); err == nil {
		t.Error("opened an index whose primary key is not uid")
	}
}

func TestMeiliWritesWaitForTheirTasks(t *testing.T) {
	ctx := context.Background()
	f, srv := newFakeMeili(t)
	m, err := OpenMeili(ctx, srv.URL, "", "ct")
	must(t, err)
	f.take()
	docs := fixture()
	must(t, m.Put(ctx, docs[0], docs[2])) // one with a point, one online
	reqs := f.take()
	wantPaths(t, reqs, "POST /indexes/ct/documents?primaryKey=uid", "GET /tasks/3")
	sameJSON(t, "documents", reqs[0].Body, `[
		{"uid": "listing-l01", "kind": "listing", "id": "l01", "title": "Gentle yoga for beginners",
		 "text": "A slow, friendly class on Tuesday mornings.", "keywords": ["yoga"], "interests": ["yoga"],
		 "district": "", "online": false, "verified": true, "price_pence": 800, "updated_at": 1772366400,
		 "_geo": {"lat": 51.728, "lng": -1.226}},
		{"uid": "listing-l03", "kind": "listing", "id": "l03", "title": "Online art club",
		 "text": "Draw and paint together from home.", "keywords": ["art"], "interests": ["art"],
		 "district": "", "online": true, "verified": true, "price_pence": 500, "updated_at": 1772366400}
	]`)

	must(t, m.Delete(ctx, KindListing, "l01", "l03"))
	reqs = f.take()
	wantPaths(t, reqs, "POST /indexes/ct/documents/delete-batch", "GET /tasks/4")
	sameJSON(t, "delete", reqs[0].Body, `["listing-l01", "listing-l03"]`)

	f.failTask = 5
	if err := m.Put(ctx, docs[1]); err == nil || !strings.Contains(err.Error(), "invalid_document_id") {
		t.Errorf("a failed task gave %v, want its error code", err)
	}
	if err := m.Put(ctx, Document{Kind: KindPerson, ID: "no spaces"}); err == nil {
		t.Error("sent an id Meilisearch would refuse")
	}
}

func TestMeiliPing(t *testing.T) {
	_, srv := newFakeMeili(t)
	m, err := OpenMeili(context.Background(), srv.URL, "", "ct")
	must(t, err)
	must(t, m.Ping(context.Background()))
	srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := m.Ping(ctx); err == nil {
		t.Error("Ping of a stopped server succeeded")
	}
}

func wantPaths(t *testing.T, reqs []recorded, want ...string) {
	t.Helper()
	got := make([]string, 0, len(reqs))
	for _, r := range reqs {
		got = append(got, r.String())
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("requests:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func sameJSON(t *testing.T, what string, got any, want string) {
	t.Helper()
	if w := jsonOf(t, want); !reflect.DeepEqual(got, w) {
		t.Errorf("%s body:\n got %#v\nwant %#v", what, got, w)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }
