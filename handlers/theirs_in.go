package handlers

import (
	"html/template"
	"strings"
)

// theirsMark stands in for a member's words while a sentence is filled
// in, so that they can be marked as theirs once the site's words around
// them are escaped. No catalogue message or name holds it.
const theirsMark = "\x00theirs\x00"

// WithTheirs is the catalogue message for key with name, which a member
// wrote, marked as theirs (as the theirs template func does) wherever the
// sentence puts it: "Sam wants help to find a group" with only "Sam"
// theirs. name fills the message's first %s; args fill the rest.
func (v view) WithTheirs(key, name string, args ...any) template.HTML {
	text := template.HTMLEscapeString(v.L.T(key, append([]any{theirsMark}, args...)...))
	mark := template.HTMLEscapeString(theirsMark)
	return template.HTML(strings.ReplaceAll(text, mark, `<bdi class="theirs">`+template.HTMLEscapeString(name)+`</bdi>`))
}
