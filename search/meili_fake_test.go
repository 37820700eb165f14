package search

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// recorded is one request the adapter made.
type recorded struct {
	Method, Path string // Path includes the query string
	Body         any    // decoded JSON, nil when empty
}

func (r recorded) String() string { return r.Method + " " + r.Path }

// fakeMeili imitates the Meilisearch endpoints the adapter uses, records
// every request, and answers as Meilisearch v1 does: writes return an
// enqueued task, GET /tasks/{uid} reports it finished.
type fakeMeili struct {
	mu          sync.Mutex
	reqs        []recorded
	tasks       int
	indexExists bool
	primaryKey  string
	failTask    int // this task uid finishes as failed
	// search answers POST .../search; nil answers with no hits.
	search func(body map[string]any) string
}

func newFakeMeili(t *testing.T) (*fakeMeili, *httptest.Server) {
	f := &fakeMeili{primaryKey: "uid"}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeMeili) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var body any
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, recorded{Method: r.Method, Path: r.URL.RequestURI(), Body: body})
	w.Header().Set("Content-Type", "application/json")
	path := r.URL.Path
	switch {
	case r.Method == http.MethodGet && path == "/health":
		io.WriteString(w, `{"status":"available"}`)
	case r.Method == http.MethodGet && strings.HasPrefix(path, "/tasks/"):
		uid := strings.TrimPrefix(path, "/tasks/")
		if uid == fmt.Sprint(f.failTask) {
			fmt.Fprintf(w, `{"uid":%s,"status":"failed","type":"documentAdditionOrUpdate","error":{"message":"bad document","code":"invalid_document_id","type":"invalid_request","link":""}}`, uid)
			return
		}
		fmt.Fprintf(w, `{"uid":%s,"status":"succeeded","type":"documentAdditionOrUpdate"}`, uid)
	case r.Method == http.MethodGet && strings.HasPrefix(path, "/indexes/"):
		uid := strings.TrimPrefix(path, "/indexes/")
		if !f.indexExists {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprintf(w, `{"message":"Index %s not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}`, uid)
			return
		}
		fmt.Fprintf(w, `{"uid":%q,"primaryKey":%q,"createdAt":"2026-01-02T03:04:05Z","updatedAt":"2026-01-02T03:04:05Z"}`, uid, f.primaryKey)
	case r.Method == http.MethodPost && strings.HasSuffix(path, "/search"):
		if f.search == nil {
			io.WriteString(w, `{"hits":[],"estimatedTotalHits":0,"processingTimeMs":1,"query":""}`)
			return
		}
		m, _ := body.(map[string]any)
		io.WriteString(w, f.search(m))
	case r.Method == http.MethodPost && path == "/indexes":
		f.indexExists = true
		f.enqueue(w)
	case r.Method == http.MethodPost || r.Method == http.MethodPatch || r.Method == http.MethodDelete:
		f.enqueue(w)
	default:
		http.NotFound(w, r)
	}
}

// enqueue answers a write with a new task, as Meilisearch does (202).
func (f *fakeMeili) enqueue(w http.ResponseWriter) {
	f.tasks++
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprintf(w, `{"taskUid":%d,"indexUid":"ct","status":"enqueued","type":"x","enqueuedAt":"2026-01-02T03:04:05Z"}`, f.tasks)
}

// take returns the requests recorded so far and forgets them.
func (f *fakeMeili) take() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.reqs
	f.reqs = nil
	return r
}

// jsonOf decodes a JSON literal the way recorded bodies are decoded.
func jsonOf(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad JSON in test: %v\n%s", err, s)
	}
	return v
}
