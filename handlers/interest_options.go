package handlers

import (
	"html/template"
	"strings"

	"github.com/clubtogether/clubtogether/locale"
)

// interestOptions is groups as a select's optgroups and options, with the
// option for selected chosen.
func interestOptions(l *locale.Localizer, groups []interestGroup, selected string) template.HTML {
	var b strings.Builder
	for _, g := range groups {
		b.WriteString(`<optgroup label="`)
		b.WriteString(template.HTMLEscapeString(l.T("category." + g.Slug)))
		b.WriteString(`">`)
		for _, slug := range g.Interests {
			b.WriteString(`<option value="`)
			b.WriteString(template.HTMLEscapeString(slug))
			b.WriteString(`"`)
			if slug == selected {
				b.WriteString(` selected`)
			}
			b.WriteString(`>`)
			b.WriteString(template.HTMLEscapeString(l.T("interest." + slug)))
			b.WriteString(`</option>`)
		}
		b.WriteString(`</optgroup>`)
	}
	return template.HTML(b.String())
}
