package handlers

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// TestAPanicIsLoggedWithItsStackAndRequestID: a handler that panics gives
// the person the "something went wrong" page, and the log says where it
// went wrong (the stack) and for which request (the id the page was sent
// with).
func TestAPanicIsLoggedWithItsStackAndRequestID(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	s, err := New(Deps{Locale: cat, Log: slog.New(slog.NewJSONHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.engine.GET("/boom", func(*gin.Context) { panicInAHandler() })
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/boom", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status %d, want 500", rec.Code)
	}
	id := rec.Header().Get("X-Request-Id")
	if id == "" {
		t.Fatal("the response has no request id")
	}
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil || entry["msg"] != "panic" {
			continue
		}
		found = true
		if entry["request_id"] != id {
			t.Errorf("the panic is logged for request %v, the response was %s", entry["request_id"], id)
		}
		if stack, _ := entry["stack"].(string); !strings.Contains(stack, "panicInAHandler") {
			t.Errorf("the logged stack does not say where it panicked:\n%s", stack)
		}
		if entry["panic"] != "the handler broke" {
			t.Errorf("the logged panic is %v", entry["panic"])
		}
	}
	if !found {
		t.Fatalf("no panic in the log:\n%s", logs.String())
	}
}

func panicInAHandler() { panic("the handler broke") }
