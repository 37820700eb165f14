package handlers

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
	"golang.org/x/net/html"
)

// glossaryPage explains the hard words the site cannot do without.
type glossaryPage struct {
	Terms []locale.Term
}

func (s *Server) glossary(c *gin.Context) {
	s.render(c, 200, "glossary", "glossary.title", glossaryPage{Terms: locale.Glossary()})
}

// termsUsed returns the glossary's terms that a page's own words use, in
// the glossary's order, so an Easy Read page can link each one to what it
// means. Text members and providers wrote (inside an element of class
// "theirs") is theirs, not the site's, and is not read.
func termsUsed(page []byte) []locale.Term {
	terms := locale.Glossary()
	forms := make(map[string]int)
	for i, t := range terms {
		for _, f := range t.Forms {
			forms[f] = i
		}
	}
	used := make([]bool, len(terms))
	z := html.NewTokenizer(bytes.NewReader(page))
	skip := "" // the tag whose content is skipped, until its end tag
	depth := 0 // how many of that tag are open inside the skipped one
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return nil
			}
			var out []locale.Term
			for i, u := range used {
				if u {
					out = append(out, terms[i])
				}
			}
			return out
		case html.StartTagToken:
			tok := z.Token()
			if skip != "" {
				if tok.Data == skip {
					depth++
				}
				continue
			}
			if tok.Data == "script" || tok.Data == "style" || (theirs(tok) && !void(tok.Data)) {
				skip, depth = tok.Data, 0
			}
		case html.EndTagToken:
			if skip == "" {
				continue
			}
			if name, _ := z.TagName(); string(name) == skip {
				if depth == 0 {
					skip = ""
				} else {
					depth--
				}
			}
		case html.TextToken:
			if skip != "" {
				continue
			}
			for _, w := range strings.FieldsFunc(strings.ToLower(string(z.Text())), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if i, ok := forms[w]; ok {
					used[i] = true
				}
			}
		}
	}
}

// theirs reports whether an element holds words a member or provider wrote.
func theirs(tok html.Token) bool {
	for _, a := range tok.Attr {
		if a.Key == "class" && slices.Contains(strings.Fields(a.Val), "theirs") {
			return true
		}
	}
	return false
}

// void reports whether an element has no end tag, so nothing is inside it.
func void(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}
