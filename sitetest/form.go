package sitetest

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Form is one <form> of a page: where it posts, and the hidden inputs it
// sends, by name.
type Form struct {
	Action string
	Hidden url.Values
}

// Forms returns a page's forms in the order the page has them. It reads
// the HTML with a tokenizer rather than a pattern, so that the order and
// quoting of attributes do not matter. Only inputs inside a form count
// (the site's forms do not use the form="" attribute).
func Forms(body string) []Form {
	var out []Form
	in := false // inside a form; HTML forms do not nest
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken: // io.EOF at the end; the page is the site's own
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch {
			case tok.Data == "form":
				out = append(out, Form{Action: attr(tok, "action"), Hidden: url.Values{}})
				in = true
			case tok.Data == "input" && in && strings.EqualFold(attr(tok, "type"), "hidden"):
				if name := attr(tok, "name"); name != "" {
					out[len(out)-1].Hidden.Add(name, attr(tok, "value"))
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "form" {
				in = false
			}
		}
	}
}

// attr returns the value of a tag's attribute, unescaped; "" when absent.
func attr(tok html.Token, name string) string {
	for _, a := range tok.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// FindForm returns the page's first form that posts to action and whose
// hidden inputs agree with values: for each name in values that the form
// also has hidden, the same values.
func FindForm(body, action string, values url.Values) (Form, bool) {
	for _, f := range Forms(body) {
		if f.Action == action && agrees(f.Hidden, values) {
			return f, true
		}
	}
	return Form{}, false
}

func agrees(hidden, values url.Values) bool {
	for name, v := range values {
		if h, ok := hidden[name]; ok && !slices.Equal(h, v) {
			return false
		}
	}
	return true
}

// FormKey returns the hidden "key" of the page's first form that posts to
// formAction, "" when there is none.
func FormKey(body, formAction string) string {
	f, _ := FindForm(body, formAction, nil)
	return f.Hidden.Get("key")
}

// DemoMembers lists the members the demo page offers to sign in as, in
// its order, each once: the roles at its top name members its list of
// towns names too.
func DemoMembers(body string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, f := range Forms(body) {
		if id := f.Hidden.Get("member"); f.Action == "/demo/signin" && id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}
