package auth

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func roundTrip(t *testing.T, write *Sessions, read *Sessions, sess Session) Session {
	t.Helper()
	rec := httptest.NewRecorder()
	if err := write.Write(rec, sess); err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	for _, c := range rec.Result().Cookies() {
		req.AddCookie(c)
	}
	return read.Read(req)
}

func TestSessionCookie(t *testing.T) {
	s, _ := NewSessions(strings.Repeat("k", 32), true, nil)
	sess := s.New("person-1")
	if got := roundTrip(t, s, s, sess); got != sess {
		t.Errorf("read back %+v, want %+v", got, sess)
	}
	rec := httptest.NewRecorder()
	_ = s.Write(rec, sess)
	c := rec.Result().Cookies()[0]
	if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode {
		t.Errorf("cookie flags: HttpOnly %v Secure %v SameSite %v", c.HttpOnly, c.Secure, c.SameSite)
	}
	if strings.Contains(c.Value, "person-1") {
		t.Error("the cookie shows the person id in the clear")
	}
}

func TestForgedAndStaleSessionsAreSignedOut(t *testing.T) {
	s, _ := NewSessions(strings.Repeat("k", 32), false, nil)
	other, _ := NewSessions(strings.Repeat("x", 32), false, nil)
	if got := roundTrip(t, other, s, s.New("person-1")); got.SignedIn() {
		t.Error("a cookie made with another secret was accepted")
	}
	stale := s.New("person-1")
	stale.IssuedAt = time.Now().Add(-31 * 24 * time.Hour).Unix()
	if got := roundTrip(t, s, s, stale); got.SignedIn() {
		t.Error("a 31-day-old session was accepted")
	}
}

// TestSessionsLapseByTheSiteClock: a session lapses 30 days after it was
// issued on the site's clock, which tests move forward.
func TestSessionsLapseByTheSiteClock(t *testing.T) {
	now := time.Now()
	s, _ := NewSessions(strings.Repeat("k", 32), false, func() time.Time { return now })
	sess := s.New("person-1")
	if got := roundTrip(t, s, s, sess); !got.SignedIn() {
		t.Fatal("a new session was refused")
	}
	now = now.Add(31 * 24 * time.Hour)
	if got := roundTrip(t, s, s, sess); got.SignedIn() {
		t.Error("a session 31 days old on the site's clock was accepted")
	}
}

func TestNewSessionRenewsToken(t *testing.T) {
	s, _ := NewSessions(strings.Repeat("k", 32), false, nil)
	a, b := s.New(""), s.New("person-1")
	if a.CSRF == b.CSRF || len(a.CSRF) < 32 {
		t.Error("signing in should start a session with a new CSRF token")
	}
	if !b.ValidCSRF(b.CSRF) || b.ValidCSRF(a.CSRF) || (Session{}).ValidCSRF("") {
		t.Error("ValidCSRF accepts the wrong token")
	}
}

func TestSecretIsMadeOnceAndKept(t *testing.T) {
	dir := t.TempDir()
	first, err := LoadOrCreateSecret(dir)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := LoadOrCreateSecret(dir)
	if first != second || len(first) < 32 {
		t.Errorf("secret changed between starts or is short")
	}
	info, _ := os.Stat(filepath.Join(dir, secretFile))
	if info.Mode().Perm() != 0o600 {
		t.Errorf("secret file mode %o, want 600", info.Mode().Perm())
	}
}

// TestCheckedCookiesStillLapseAndForgeriesStillFail: a cookie read once is
// remembered, but what it says is still checked on every read, and a
// cookie changed by one character is checked afresh and refused.
func TestCheckedCookiesStillLapseAndForgeriesStillFail(t *testing.T) {
	now := time.Now()
	s, _ := NewSessions(strings.Repeat("k", 32), false, func() time.Time { return now })
	rec := httptest.NewRecorder()
	sess := s.New("person-1")
	if err := s.Write(rec, sess); err != nil {
		t.Fatal(err)
	}
	cookie := rec.Result().Cookies()[0]
	read := func(value string) Session {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.AddCookie(&http.Cookie{Name: cookie.Name, Value: value})
		return s.Read(req)
	}
	for range 3 {
		if got := read(cookie.Value); got != sess {
			t.Fatalf("read back %+v, want %+v", got, sess)
		}
	}
	// A character in the middle, within the signed and encrypted part,
	// not the padding at the end, which would fail as bad base64 alone.
	mid := len(cookie.Value) / 2
	swap := byte('A')
	if cookie.Value[mid] == 'A' {
		swap = 'B'
	}
	forged := cookie.Value[:mid] + string(swap) + cookie.Value[mid+1:]
	if got := read(forged); got.SignedIn() {
		t.Error("a cookie changed by one character was accepted")
	}
	now = now.Add(31 * 24 * time.Hour)
	if got := read(cookie.Value); got.SignedIn() {
		t.Error("a remembered session did not lapse after 30 days")
	}
}
