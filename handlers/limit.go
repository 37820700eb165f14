package handlers

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/config"
	"github.com/gin-gonic/gin"
)

// rateLimiter counts, in memory, what each member and each address has
// done in the last hour, against the limits table.
type rateLimiter struct {
	limits config.Limits
	mu     sync.Mutex
	// seen are the times of each member's or address's recent tries, by
	// what they did and who: "hello member:ID", "hello address:IP".
	seen  map[string][]time.Time
	calls int
}

func newRateLimiter(limits config.Limits) *rateLimiter {
	return &rateLimiter{limits: limits, seen: map[string][]time.Time{}}
}

// addressFactor is how many members' worth one address may do: people
// behind one address (a day centre, a library) share it.
const addressFactor = 4

// allow counts one try at what by the member (new on the site, or not)
// from the address, and says whether it is within the limits, and if not,
// how long until it will be.
func (l *rateLimiter) allow(what, member, address string, firstDay bool, now time.Time) (bool, time.Duration) {
	limit, ok := l.limits[what]
	if !ok {
		return true, 0
	}
	most := limit.PerHour
	if firstDay {
		most = limit.FirstDay
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.calls++
	if l.calls%1024 == 0 {
		l.forget(now)
	}
	memberKey, addressKey := what+" member:"+member, what+" address:"+address
	m, a := l.recent(memberKey, now), l.recent(addressKey, now)
	switch {
	case len(m) >= most:
		return false, m[0].Add(config.LimitWindow).Sub(now)
	case len(a) >= limit.PerHour*addressFactor:
		return false, a[0].Add(config.LimitWindow).Sub(now)
	}
	l.seen[memberKey], l.seen[addressKey] = append(m, now), append(a, now)
	return true, 0
}

// recent is key's tries within the window, oldest first.
func (l *rateLimiter) recent(key string, now time.Time) []time.Time {
	times := l.seen[key]
	i := 0
	for i < len(times) && now.Sub(times[i]) >= config.LimitWindow {
		i++
	}
	return times[i:]
}

// forget drops everyone with no try in the window, so the counts do not
// grow with the number of visitors.
func (l *rateLimiter) forget(now time.Time) {
	for key := range l.seen {
		if len(l.recent(key, now)) == 0 {
			delete(l.seen, key)
		}
	}
}

// limit refuses, with a friendly page, a member who has done what too
// often in the last hour, from their account or their address.
func (s *Server) limit(what string) gin.HandlerFunc { return s.limitWhen(what, nil) }

// limitWhen is limit for the requests that do what, as counts says: the
// pages before the last of a form asked a part at a time start nothing,
// so they count for nothing. A nil counts counts every request.
func (s *Server) limitWhen(what string, counts func(*gin.Context) bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		me := current(c).me
		if me == nil || (counts != nil && !counts(c)) {
			c.Next()
			return
		}
		now := s.Now()
		firstDay := now.Sub(me.CreatedAt) < 24*time.Hour
		if ok, wait := s.limiter.allow(what, me.ID, c.ClientIP(), firstDay, now); !ok {
			s.Metrics.RateLimited(what)
			minutes := max(int(wait.Round(time.Minute)/time.Minute), 1)
			c.Header("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			s.render(c, http.StatusTooManyRequests, "error", "error.limit.heading", errorPage{
				Heading: "error.limit.heading", Message: "error.limit." + what, Minutes: minutes})
			c.Abort()
			return
		}
		c.Next()
	}
}
