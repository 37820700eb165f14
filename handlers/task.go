package handlers

import (
	"fmt"
	"net/url"
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
	if !easy || len(items) <= easyListStep {
		return items, showMore{}
	}
	n, err := strconv.Atoi(c.Query(param))
	if err != nil || n < easyListStep {
		n = easyListStep
	}
	if n >= len(items) {
		return items, showMore{}
	}
	left := len(items) - n
	q := url.Values{}
	for k, v := range c.Request.URL.Query() {
		q[k] = v
	}
	q.Set(param, strconv.Itoa(n+easyListStep))
	return items[:n], showMore{
		Left: left, Next: min(left, easyListStep), Of: of,
		Href: fmt.Sprintf("%s?%s#%s", c.Request.URL.Path, q.Encode(), anchor),
	}
}
