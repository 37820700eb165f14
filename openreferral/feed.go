package openreferral

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxFeedBytes bounds what ReadFeed holds in memory. The largest UK feeds
// are a few thousand services, well under this.
const maxFeedBytes = 64 << 20

// Feed is the services of an Open Referral UK feed, each checked to have
// an id, a name and an organization with an id and a name.
type Feed struct {
	Services []Service
}

// FeedError says where a feed is malformed, so that whoever made the file
// can find the spot: the line (counting from 1), the JSON path such as
// "contents[2].organization.name", and what is wrong, in plain words.
type FeedError struct {
	Line    int
	Path    string
	Problem string
}

func (e *FeedError) Error() string {
	where := fmt.Sprintf("line %d", e.Line)
	if e.Path != "" {
		where += ", " + e.Path
	}
	return where + ": " + e.Problem
}

// ReadFeed reads a feed: a services page (an object whose "contents" is
// the list of full services, as GET /services returns) or a bare list of
// services. It reads the whole file before returning anything, so a
// malformed file gives an error (usually a *FeedError) and no services.
func ReadFeed(r io.Reader) (Feed, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFeedBytes+1))
	if err != nil {
		return Feed{}, fmt.Errorf("read feed: %w", err)
	}
	if len(data) > maxFeedBytes {
		return Feed{}, &FeedError{Line: 1, Problem: fmt.Sprintf("the file is over %d MB", maxFeedBytes>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark some editors add
	var whole json.RawMessage
	if err := json.Unmarshal(data, &whole); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return Feed{}, &FeedError{Line: lineAt(data, syntax.Offset), Problem: "this is not valid JSON: " + syntax.Error()}
		}
		return Feed{}, fmt.Errorf("read feed: %w", err)
	}
	items, err := splitItems(data)
	if err != nil {
		return Feed{}, err
	}
	var feed Feed
	seen := make(map[string]string)
	for _, it := range items {
		var s Service
		if err := json.Unmarshal(it.raw, &s); err != nil {
			return Feed{}, typeError(data, it, err)
		}
		if err := checkService(s, it.path); err != nil {
			err.Line = lineAt(data, it.start)
			return Feed{}, err
		}
		id := canonicalID(s.ID)
		if first, dup := seen[id]; dup {
			return Feed{}, &FeedError{Line: lineAt(data, it.start), Path: it.path + ".id",
				Problem: fmt.Sprintf("%q is also the id of %s, and ids must be unique", s.ID, first)}
		}
		seen[id] = it.path
		feed.Services = append(feed.Services, s)
	}
	return feed, nil
}

// checkService finds the first field import cannot do without.
func checkService(s Service, path string) *FeedError {
	missing := func(field, why string) *FeedError {
		return &FeedError{Path: path + field, Problem: "is missing or empty; " + why}
	}
	switch {
	case strings.TrimSpace(s.ID) == "":
		return missing(".id", "every service needs an id")
	case strings.TrimSpace(s.Name) == "":
		return missing(".name", "every service needs a name")
	case s.Organization == nil:
		return missing(".organization", "every service needs the organization that provides it")
	case strings.TrimSpace(s.Organization.ID) == "":
		return missing(".organization.id", "every organization needs an id")
	case strings.TrimSpace(s.Organization.Name) == "":
		return missing(".organization.name", "every organization needs a name")
	}
	return nil
}

// lineAt is the line number of a byte offset.
func lineAt(data []byte, offset int64) int {
	offset = max(0, min(offset, int64(len(data))))
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}
