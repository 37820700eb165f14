package openreferral

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func readFile(t *testing.T, name string) (Feed, error) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ReadFeed(f)
}

func TestReadFeedGood(t *testing.T) {
	feed, err := readFile(t, "feed_good.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Services) != 5 || feed.Services[1].Name != "Saturday walking group" {
		t.Fatalf("read %d services", len(feed.Services))
	}
	if p, ok := feed.Services[0].CostOptions[0].Amount.pence(); !ok || p != 650 {
		t.Errorf("first amount %d, %v", p, ok)
	}
}

func TestReadFeedMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, file, input string
		line              int
		path, problem     string
	}{
		{name: "truncated", file: "feed_truncated.json", line: 7, problem: "not valid JSON"},
		{name: "wrong type", file: "feed_wrong_type.json", line: 8, path: "contents[1].name", problem: "should be text, not a number"},
		{name: "empty", input: "", line: 1, problem: "not valid JSON"},
		{name: "trailing comma", input: "[\n{\"id\": \"a\",}\n]", line: 2, problem: "not valid JSON"},
		{name: "a number", input: "42", line: 1, problem: "expected a page of services"},
		{name: "no contents", input: `{"total_items": 0}`, line: 1, problem: "expected a page of services"},
		{name: "contents not a list", input: "{\n\"contents\": {}}", line: 2, path: "contents", problem: "should be a list"},
		{name: "service not an object", input: "[\n\n 7]", line: 3, path: "[0]", problem: "should be an object, not a number"},
		{name: "no id", input: `[{"name": "x", "organization": {"id": "o", "name": "O"}}]`, line: 1, path: "[0].id", problem: "missing"},
		{name: "no organization", input: "[\n{\"id\": \"s\", \"name\": \"x\"}]", line: 2, path: "[0].organization", problem: "missing"},
		{name: "organization without name", input: `[{"id": "s", "name": "x", "organization": {"id": "o", "name": " "}}]`,
			line: 1, path: "[0].organization.name", problem: "missing"},
		{name: "amount as text", input: "[{\"id\": \"s\", \"name\": \"x\",\n \"cost_options\": [{\"id\": \"c\", \"amount\": \"£5\"}]}]",
			line: 1, path: "[0].cost_options.amount", problem: "should be a number, not text"},
		{name: "duplicate id", input: `[{"id": "S", "name": "x", "organization": {"id": "o", "name": "O"}},
			{"id": "S", "name": "y", "organization": {"id": "o", "name": "O"}}]`,
			line: 2, path: "[1].id", problem: "also the id of [0]"},
	} {
		var err error
		if tc.file != "" {
			_, err = readFile(t, tc.file)
		} else {
			_, err = ReadFeed(strings.NewReader(tc.input))
		}
		var fe *FeedError
		if !errors.As(err, &fe) {
			t.Errorf("%s: got %v, want a FeedError", tc.name, err)
			continue
		}
		if fe.Line != tc.line || fe.Path != tc.path || !strings.Contains(fe.Problem, tc.problem) {
			t.Errorf("%s: got line %d, path %q, problem %q; want line %d, path %q, problem with %q",
				tc.name, fe.Line, fe.Path, fe.Problem, tc.line, tc.path, tc.problem)
		}
		if !strings.HasPrefix(err.Error(), "line ") {
			t.Errorf("%s: message %q should start with the line", tc.name, err)
		}
	}
}

func TestReadFeedAcceptsAByteOrderMarkAndAnEmptyPage(t *testing.T) {
	feed, err := ReadFeed(strings.NewReader("\xef\xbb\xbf{\"contents\": [], \"total_items\": 0}"))
	if err != nil || len(feed.Services) != 0 {
		t.Errorf("got %+v, %v", feed, err)
	}
}
