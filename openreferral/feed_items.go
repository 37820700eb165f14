package openreferral

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// item is one service of a feed as raw JSON, with its JSON path and where
// it starts in the file, so that errors inside it can name a line.
type item struct {
	raw   json.RawMessage
	path  string
	start int64
}

// splitItems finds the services of a feed that is known to be valid JSON.
func splitItems(data []byte) ([]item, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	first, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("read feed: %w", err)
	}
	switch first {
	case json.Delim('['):
		return readItems(dec, "")
	case json.Delim('{'):
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				return nil, fmt.Errorf("read feed: %w", err)
			}
			if key != "contents" {
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					return nil, fmt.Errorf("read feed: %w", err)
				}
				continue
			}
			at := dec.InputOffset()
			if open, err := dec.Token(); err != nil || open != json.Delim('[') {
				return nil, &FeedError{Line: lineAt(data, at), Path: "contents", Problem: "should be a list of services"}
			}
			return readItems(dec, "contents")
		}
	}
	return nil, &FeedError{Line: 1, Problem: `expected a page of services (an object with "contents") or a list of services`}
}

func readItems(dec *json.Decoder, prefix string) ([]item, error) {
	var items []item
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("read feed: %w", err)
		}
		path := fmt.Sprintf("%s[%d]", prefix, len(items))
		items = append(items, item{raw: raw, path: path, start: dec.InputOffset() - int64(len(raw))})
	}
	return items, nil
}

// typeError turns a decoding error inside one service into a FeedError
// naming the field (the standard library leaves out list positions, so a
// path such as contents[0].cost_options.amount names the field, not which
// cost option) and what it should have been.
func typeError(data []byte, it item, err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return &FeedError{Line: lineAt(data, it.start), Path: it.path, Problem: err.Error()}
	}
	path := it.path
	// The standard library names the embedded ServiceSummary in the path;
	// in the JSON its fields sit directly in the service.
	if field := strings.ReplaceAll(te.Field, "ServiceSummary.", ""); field != "" {
		path += "." + field
	}
	return &FeedError{Line: lineAt(data, it.start+te.Offset), Path: path,
		Problem: fmt.Sprintf("should be %s, not %s", wantKind(te.Type), kindWords(te.Value))}
}

// wantKind says in words what JSON a Go type expects.
func wantKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Float64, reflect.Int64, reflect.Int:
		return "a number"
	case reflect.Slice:
		return "a list"
	case reflect.Bool:
		return "true or false"
	}
	return "an object"
}

// kindWords says in words what JSON a feed gave instead.
func kindWords(value string) string {
	switch value {
	case "string":
		return "text"
	case "bool":
		return "true or false"
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "number":
		return "a number"
	}
	return value
}
