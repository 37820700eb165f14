package handlers

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/gin-gonic/gin"
)

// task is one large button at the start of an Easy Read page with several
// tasks: a picture and a few words, going to the task's own short page
// (the "one thing per page" pattern).
type task struct {
	Href, Picto, Text string
	// Secondary is a task most people will not need now, like leaving.
	Secondary bool
}

// easyListStep is how many items an Easy Read list shows at first, and how
// many more each "Show more" adds.
const easyListStep = 5

// showMore is the link under a list that shows only its first items.
type showMore struct {
	// Left is how many items are not shown; Next how many the link adds.
	Left, Next int
	// Href is this page with the list showing Next more items.
	Href string
	// Of names the list, for a screen reader's link list.
	Of string
}

// firstOf returns the items an Easy Read list shows and the link to show
// more: easyListStep at first, and as many more each time as the query
// parameter param asks (it counts the items shown). Plain pages show every
// item. anchor is the list's id, so the page opens where the list goes on.
func firstOf[T any](c *gin.Context, easy bool, items []T, param, anchor, of string) ([]T, showMore) {
	if !easy {
		return items, showMore{}
	}
	return firstStep(c, easyListStep, items, param, anchor, of)
}

// knownDone is the page's ?done= when it is one of the notices it has.
func knownDone(c *gin.Context, notices ...string) string {
	if done := c.Query("done"); slices.Contains(notices, done) {
		return done
	}
	return ""
}

// firstStep is firstOf for a list shown step items at a time, in plain
// pages as in Easy Read.
func firstStep[T any](c *gin.Context, step int, items []T, param, anchor, of string) ([]T, showMore) {
	n, err := strconv.Atoi(c.Query(param))
	if err != nil || n < step {
		n = step
	}
	if n >= len(items) {
		return items, showMore{}
	}
	left := len(items) - n
	q := c.Request.URL.Query()
	q.Set(param, strconv.Itoa(n+step))
	return items[:n], showMore{Left: left, Next: min(left, step), Of: of, Href: fmt.Sprintf("%s?%s#%s", c.Request.URL.Path, q.Encode(), anchor)}
}
