// Package auth signs people in (through goth's providers, or as a demo
// member) and keeps them signed in with signed, encrypted cookies.
package auth

import (
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/securecookie"
)

const (
	sessionCookie = "ct_session"
	// sessionLifetime is how long a sign-in lasts; after it the cookie is
	// stale and the person is signed out.
	sessionLifetime = 30 * 24 * time.Hour
)

// Session is what the session cookie carries. Every visitor has one, for
// the CSRF token; PersonID is set once they sign in.
type Session struct {
	// ID names a sign-in, so that it can be ended on the server.
	ID       string `json:",omitempty"`
	PersonID string
	CSRF     string
	IssuedAt int64
	// IssuedMs is IssuedAt to the millisecond, so that a sign-in just after
	// "sign out everywhere" is not taken as made before it.
	IssuedMs int64 `json:",omitempty"`
	// Helping is the member a mentor is helping, chosen on /permissions;
	// empty when acting for themselves. It only says whose pages to show:
	// every action reads the member's permission from the store again.
	Helping string `json:",omitempty"`
}

// Issued is when the session began.
func (s Session) Issued() time.Time {
	if s.IssuedMs != 0 {
		return time.UnixMilli(s.IssuedMs)
	}
	return time.Unix(s.IssuedAt, 0)
}

// SignedIn reports whether the session belongs to a member.
func (s Session) SignedIn() bool { return s.PersonID != "" }

// ValidCSRF compares a submitted token with the session's in constant time.
func (s Session) ValidCSRF(token string) bool {
	return s.CSRF != "" && subtle.ConstantTimeCompare([]byte(s.CSRF), []byte(token)) == 1
}

// New starts a session with a fresh CSRF token. Signing in always starts
// a new one, so a token seen before sign-in is useless after it.
func (s *Sessions) New(personID string) Session {
	now := s.now()
	sess := Session{PersonID: personID, CSRF: RandomToken(), IssuedAt: now.Unix(), IssuedMs: now.UnixMilli()}
	if personID != "" {
		sess.ID = RandomToken()
	}
	return sess
}

// Sessions reads and writes session cookies.
type Sessions struct {
	codec  *securecookie.SecureCookie
	secure bool
	// now is the site's clock, which says when a session has lapsed.
	now func() time.Time
	// checked remembers members' sessions from cookies already verified
	// and decrypted, by the cookie's exact value: a member sends the same
	// cookie with every page, and checking it again each time was a tenth
	// of a small page's work. A value is only ever kept after the codec
	// accepted it, so a forged one is never found here, and lapsing is
	// checked on every read. That check is against the site's clock; the
	// codec's own age limit, against the real time, is the same 30 days
	// from when the cookie was written, never before the session's
	// IssuedAt, so on a real clock the check covers it.
	checked checkedSessions
}

// checkedSessions is a bounded map of cookie values to sessions; when
// full it is emptied, and fills again from the cookies still in use. Only
// signed-in members' sessions are kept, so that a visitor cannot fill it
// with the anonymous cookies every first visit is given.
type checkedSessions struct {
	mu sync.RWMutex
	m  map[string]Session
}

const (
	// mostChecked bounds the sessions remembered, and longestChecked the
	// cookie kept for each (securecookie writes at most 4,096 bytes): at
	// most 17 MB, and a few hundred bytes a member in practice.
	mostChecked    = 4096
	longestChecked = 4096
)

func (c *checkedSessions) get(value string) (Session, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	sess, ok := c.m[value]
	return sess, ok
}

func (c *checkedSessions) put(value string, sess Session) {
	if !sess.SignedIn() || len(value) > longestChecked {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= mostChecked {
		c.m = make(map[string]Session, 64)
	}
	// The value is cut from the request's whole Cookie header: a copy is
	// kept, not the header it would hold on to.
	c.m[strings.Clone(value)] = sess
}

// NewSessions makes the cookie codec from the site's secret. Separate keys
// for signing and encrypting are derived from the one secret.
// now is the site's clock; nil means the real time.
func NewSessions(secret string, secure bool, now func() time.Time) (*Sessions, error) {
	if now == nil {
		now = time.Now
	}
	hashKey, err := hkdf.Key(sha256.New, []byte(secret), nil, "clubtogether session signing", 64)
	if err != nil {
		return nil, err
	}
	blockKey, err := hkdf.Key(sha256.New, []byte(secret), nil, "clubtogether session encryption", 32)
	if err != nil {
		return nil, err
	}
	codec := securecookie.New(hashKey, blockKey)
	codec.MaxAge(int(sessionLifetime.Seconds()))
	codec.SetSerializer(securecookie.JSONEncoder{})
	return &Sessions{codec: codec, secure: secure, now: now}, nil
}

// Read returns the visitor's session. A missing, forged, tampered or stale
// cookie gives the empty session: signed out, never an error page.
func (s *Sessions) Read(r *http.Request) Session {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return Session{}
	}
	sess, ok := s.checked.get(c.Value)
	if !ok {
		if s.codec.Decode(sessionCookie, c.Value, &sess) != nil {
			return Session{}
		}
		s.checked.put(c.Value, sess)
	}
	if s.now().Sub(time.Unix(sess.IssuedAt, 0)) > sessionLifetime {
		return Session{}
	}
	return sess
}

// Write sends the session cookie.
func (s *Sessions) Write(w http.ResponseWriter, sess Session) error {
	return s.write(w, sessionCookie, sess, sessionLifetime)
}

// Clear removes the session cookie.
func (s *Sessions) Clear(w http.ResponseWriter) {
	http.SetCookie(w, s.cookie(sessionCookie, "", -1))
}

func (s *Sessions) read(r *http.Request, name string, into any) bool {
	c, err := r.Cookie(name)
	if err != nil {
		return false
	}
	return s.codec.Decode(name, c.Value, into) == nil
}

func (s *Sessions) write(w http.ResponseWriter, name string, value any, lifetime time.Duration) error {
	encoded, err := s.codec.Encode(name, value)
	if err != nil {
		return err
	}
	http.SetCookie(w, s.cookie(name, encoded, int(lifetime.Seconds())))
	return nil
}

// cookie builds a cookie with the site's rules: HttpOnly, SameSite=Lax,
// and Secure when the site is served over HTTPS.
func (s *Sessions) cookie(name, value string, maxAge int) *http.Cookie {
	return &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode,
	}
}
