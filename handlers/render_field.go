package handlers

import (
	"fmt"
	"html/template"
	"reflect"
	"strings"
)

// A form's fields are made here rather than by templates: the group page
// alone shows some twenty, and as templates each cost its page about
// twenty calls through reflection (every key of its dict, every escaper),
// which was nearly half of that page's work. The templates still call
// them by their names ("text-field", "text-area", "select-field",
// "field-error", "radio-field", "group-radios"), with the same dict, and get the same markup, escaped as
// html/template escapes it there: render_field_test.go holds the templates they
// replace and checks both give the same bytes.

// fieldDict is what a field's template is given: V, the page's view, and
// the words it shows, as dict made them.
type fieldDict map[string]any

// view is the page's view the dict carries. Beside it, markup already
// made (template.HTML and its kin) and pointers are refused: html/template
// would have shown them another way than this file writes them (passing
// markup through, showing what a pointer points to), so a page that gives
// one fails rather than shows it differently.
func (d fieldDict) view() (view, error) {
	v, ok := d["V"].(view)
	if !ok {
		return view{}, fmt.Errorf("a field needs the page's view as V, not %T", d["V"])
	}
	for key, value := range d {
		switch value.(type) {
		case template.HTML, template.HTMLAttr, template.JS, template.JSStr, template.CSS, template.URL, template.Srcset:
			return view{}, fmt.Errorf("a field's %s is markup (%T), which it would not show as a template did", key, value)
		}
		if value != nil && reflect.TypeOf(value).Kind() == reflect.Pointer {
			return view{}, fmt.Errorf("a field's %s is a pointer (%T), not what it points to", key, value)
		}
	}
	return v, nil
}

// text is what the template showed of a value: a string as it is, nothing
// for a key not given, and anything else as fmt prints it.
func (d fieldDict) text(key string) string {
	switch v := d[key].(type) {
	case string:
		return v
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// set says whether a template's {{if}} would take the value as true.
func (d fieldDict) set(key string) bool {
	truth, _ := template.IsTrue(d[key])
	return truth
}

// fieldBuilder writes a field's markup, escaping what it is given.
type fieldBuilder struct{ strings.Builder }

func (b *fieldBuilder) raw(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

// esc writes words escaped for text, a quoted attribute or a textarea,
// which html/template escapes alike.
func (b *fieldBuilder) esc(s string) { b.WriteString(htmlEscapes.Replace(s)) }

// head writes what every field starts with: the box, its label, its hint
// and its error.
func (b *fieldBuilder) head(v view, d fieldDict, e *fieldText, withHint bool) {
	field := d.text("Field")
	b.raw("\n<div class=\"field")
	if e != nil {
		b.raw(" has-error")
	}
	b.raw("\">\n  <label for=\"")
	b.esc(field)
	b.raw("\">")
	b.esc(v.L.T(d.text("Label")))
	b.raw("</label>\n  ")
	if withHint && d.set("Hint") {
		b.raw(`<p class="hint" id="`)
		b.esc(field)
		b.raw(`-hint">`)
		b.esc(v.L.T(d.text("Hint")))
		b.raw("</p>")
	}
	if withHint {
		b.raw("\n  ")
	}
	b.writeFieldError(e)
	b.raw("\n  ")
}

// idName writes a control's id and name, both the field's.
func (b *fieldBuilder) idName(field string) {
	b.raw(`id="`)
	b.esc(field)
	b.raw(`" name="`)
	b.esc(field)
	b.raw(`"`)
}

// describedBy writes the ids of a field's hint and error.
func (b *fieldBuilder) describedBy(d fieldDict, e *fieldText) {
	field := d.text("Field")
	if d.set("Hint") {
		b.esc(field)
		b.raw("-hint")
	}
	if e != nil {
		b.raw(" ")
		b.esc(field)
		b.raw("-error")
	}
}

func textField(d fieldDict) (template.HTML, error) {
	v, err := d.view()
	if err != nil {
		return "", err
	}
	field := d.text("Field")
	e := v.FieldError(field)
	var b fieldBuilder
	b.head(v, d, e, true)
	b.raw(`<input `)
	b.idName(field)
	b.raw(` type="`)
	if d.set("Type") {
		b.esc(d.text("Type"))
	} else {
		b.raw("text")
	}
	b.raw(`" value="`)
	b.esc(d.text("Value"))
	b.raw(`"`)
	if d.set("Class") {
		b.raw(` class="`)
		b.esc(d.text("Class"))
		b.raw(`"`)
	}
	b.raw(` aria-describedby="`)
	b.describedBy(d, e)
	b.raw("\">\n</div>\n")
	return template.HTML(b.String()), nil
}

func textArea(d fieldDict) (template.HTML, error) {
	v, err := d.view()
	if err != nil {
		return "", err
	}
	field := d.text("Field")
	e := v.FieldError(field)
	var b fieldBuilder
	b.head(v, d, e, true)
	b.raw(`<textarea `)
	b.idName(field)
	b.raw(` rows="5" aria-describedby="`)
	b.describedBy(d, e)
	b.raw(`">`)
	b.esc(d.text("Value"))
	b.raw("</textarea>\n</div>\n")
	return template.HTML(b.String()), nil
}

func selectField(d fieldDict) (template.HTML, error) {
	v, err := d.view()
	if err != nil {
		return "", err
	}
	options, ok := d["Options"].([]string)
	if !ok && d["Options"] != nil {
		return "", fmt.Errorf("a select field's options are words, not %T", d["Options"])
	}
	field := d.text("Field")
	e := v.FieldError(field)
	var b fieldBuilder
	b.head(v, d, e, false)
	b.raw(`<select `)
	b.idName(field)
	if e != nil {
		b.raw(` aria-describedby="`)
		b.esc(field)
		b.raw(`-error"`)
	}
	b.raw(">\n    ")
	if d.set("Any") {
		b.raw(`<option value="">`)
		b.esc(v.L.T(d.text("Any")))
		b.raw("</option>")
	}
	b.raw("\n    ")
	value, prefix := d.text("Value"), d.text("Prefix")
	for _, o := range options {
		b.raw(`<option value="`)
		b.esc(o)
		b.raw(`"`)
		if o == value {
			b.raw(" selected")
		}
		b.raw(">")
		b.esc(v.L.T(prefix + o))
		b.raw("</option>")
	}
	b.raw("\n  </select>\n</div>\n")
	return template.HTML(b.String()), nil
}

// radioField is a set of radio buttons with a legend: radio-field lists
// them, and group-radios, Easy Read's, shows them as bare choices.
func radioField(d fieldDict) (template.HTML, error) { return radios(d, "ul", "li") }

func groupRadios(d fieldDict) (template.HTML, error) { return radios(d, "div", `div class="radio"`) }

func radios(d fieldDict, list, item string) (template.HTML, error) {
	v, err := d.view()
	if err != nil {
		return "", err
	}
	options, ok := d["Options"].([]string)
	if !ok && d["Options"] != nil {
		return "", fmt.Errorf("radio buttons' options are words, not %T", d["Options"])
	}
	field := d.text("Field")
	e := v.FieldError(field)
	var b fieldBuilder
	b.raw("\n<fieldset class=\"field")
	if e != nil {
		b.raw(" has-error")
	}
	b.raw(`"`)
	if e != nil {
		b.raw(` aria-describedby="`)
		b.esc(field)
		b.raw(`-error"`)
	}
	b.raw(">\n  <legend>")
	b.esc(v.L.T(d.text("Legend")))
	b.raw("</legend>\n  ")
	b.writeFieldError(e)
	b.raw("\n  <", list, ` class="radios">`, "\n  ")
	itemEnd, _, _ := strings.Cut(item, " ")
	value, prefix := d.text("Value"), d.text("Prefix")
	for _, o := range options {
		b.raw("<", item, `><input type="radio" id="`)
		b.esc(field)
		b.raw("-")
		b.esc(o)
		b.raw(`" name="`)
		b.esc(field)
		b.raw(`" value="`)
		b.esc(o)
		b.raw(`"`)
		if o == value {
			b.raw(" checked")
		}
		b.raw(`><label for="`)
		b.esc(field)
		b.raw("-")
		b.esc(o)
		b.raw(`">`)
		b.esc(v.L.T(prefix + o))
		b.raw("</label></", itemEnd, ">")
	}
	b.raw("\n  </", list, ">\n</fieldset>\n")
	return template.HTML(b.String()), nil
}

// fieldError is the message beside a field; none for nil or false (from
// `and` in a template).
func fieldError(e any) (template.HTML, error) {
	switch e := e.(type) {
	case nil, bool:
		return "", nil
	case *fieldText:
		var b fieldBuilder
		b.writeFieldError(e)
		return template.HTML(b.String()), nil
	default:
		return "", fmt.Errorf("field-error cannot show a %T", e)
	}
}

func (b *fieldBuilder) writeFieldError(e *fieldText) {
	if e == nil {
		return
	}
	if e.Easy {
		b.raw(`<p class="field-error idea" id="`)
		b.esc(e.Field)
		b.raw(`-error"><img src="/static/pictograms/error.svg" alt="" class="picto picto-large"><span><span class="visually-hidden">`)
		b.esc(e.Prefix)
		b.raw("</span> ")
		b.esc(e.Text)
		b.raw("</span></p>")
		return
	}
	b.raw(`<p class="field-error" id="`)
	b.esc(e.Field)
	b.raw(`-error"><span class="visually-hidden">`)
	b.esc(e.Prefix)
	b.raw("</span> ")
	b.esc(e.Text)
	b.raw("</p>")
}
