package handlers

import (
	"bytes"
	"html/template"
	"testing"

	"github.com/clubtogether/clubtogether/locale"
)

// oldFields are the templates render_field.go replaced, as they were: the
// fields' markup and escaping must stay exactly theirs.
const oldFields = `{{define "old-field-error"}}{{if .}}{{if .Easy}}<p class="field-error idea" id="{{.Field}}-error"><img src="/static/pictograms/error.svg" alt="" class="picto picto-large"><span><span class="visually-hidden">{{.Prefix}}</span> {{.Text}}</span></p>{{else}}<p class="field-error" id="{{.Field}}-error"><span class="visually-hidden">{{.Prefix}}</span> {{.Text}}</p>{{end}}{{end}}{{end}}
{{define "old-text-field"}}{{$e := .V.FieldError .Field}}
<div class="field{{if $e}} has-error{{end}}">
  <label for="{{.Field}}">{{.V.L.T .Label}}</label>
  {{if .Hint}}<p class="hint" id="{{.Field}}-hint">{{.V.L.T .Hint}}</p>{{end}}
  {{template "old-field-error" $e}}
  <input id="{{.Field}}" name="{{.Field}}" type="{{if .Type}}{{.Type}}{{else}}text{{end}}" value="{{.Value}}"{{if .Class}} class="{{.Class}}"{{end}} aria-describedby="{{if .Hint}}{{.Field}}-hint{{end}}{{if $e}} {{.Field}}-error{{end}}">
</div>
{{end}}
{{define "old-text-area"}}{{$e := .V.FieldError .Field}}
<div class="field{{if $e}} has-error{{end}}">
  <label for="{{.Field}}">{{.V.L.T .Label}}</label>
  {{if .Hint}}<p class="hint" id="{{.Field}}-hint">{{.V.L.T .Hint}}</p>{{end}}
  {{template "old-field-error" $e}}
  <textarea id="{{.Field}}" name="{{.Field}}" rows="5" aria-describedby="{{if .Hint}}{{.Field}}-hint{{end}}{{if $e}} {{.Field}}-error{{end}}">{{.Value}}</textarea>
</div>
{{end}}
{{define "old-select-field"}}{{$e := .V.FieldError .Field}}{{$d := .}}
<div class="field{{if $e}} has-error{{end}}">
  <label for="{{.Field}}">{{.V.L.T .Label}}</label>
  {{template "old-field-error" $e}}
  <select id="{{.Field}}" name="{{.Field}}"{{if $e}} aria-describedby="{{.Field}}-error"{{end}}>
    {{if .Any}}<option value="">{{.V.L.T .Any}}</option>{{end}}
    {{range .Options}}<option value="{{.}}"{{if eq . $d.Value}} selected{{end}}>{{$d.V.L.T (print $d.Prefix .)}}</option>{{end}}
  </select>
</div>
{{end}}
{{define "old-radio-field"}}{{$e := .V.FieldError .Field}}{{$d := .}}
<fieldset class="field{{if $e}} has-error{{end}}"{{if $e}} aria-describedby="{{.Field}}-error"{{end}}>
  <legend>{{.V.L.T .Legend}}</legend>
  {{template "old-field-error" $e}}
  <ul class="radios">
  {{range .Options}}<li><input type="radio" id="{{$d.Field}}-{{.}}" name="{{$d.Field}}" value="{{.}}"{{if eq . $d.Value}} checked{{end}}><label for="{{$d.Field}}-{{.}}">{{$d.V.L.T (print $d.Prefix .)}}</label></li>{{end}}
  </ul>
</fieldset>
{{end}}
{{define "old-group-radios"}}{{$e := .V.FieldError .Field}}{{$d := .}}
<fieldset class="field{{if $e}} has-error{{end}}"{{if $e}} aria-describedby="{{.Field}}-error"{{end}}>
  <legend>{{.V.L.T .Legend}}</legend>
  {{template "old-field-error" $e}}
  <div class="radios">
  {{range .Options}}<div class="radio"><input type="radio" id="{{$d.Field}}-{{.}}" name="{{$d.Field}}" value="{{.}}"{{if eq . $d.Value}} checked{{end}}><label for="{{$d.Field}}-{{.}}">{{$d.V.L.T (print $d.Prefix .)}}</label></div>{{end}}
  </div>
</fieldset>
{{end}}`

// TestFieldsShowAsTheirTemplatesDid: every shape of field the pages ask
// for, with and without a hint, a type, a class, a value, an error, in both
// variants, and words that need escaping, gives the bytes the templates
// gave.
func TestFieldsShowAsTheirTemplatesDid(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	funcs := template.FuncMap{
		"textField": textField, "textArea": textArea, "selectField": selectField, "fieldError": fieldError,
		"radioField": radioField, "groupRadios": groupRadios,
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
	}
	set := template.Must(template.New("fields").Funcs(funcs).Parse(oldFields +
		`{{define "new-text-field"}}{{textField .}}{{end}}{{define "new-text-area"}}{{textArea .}}{{end}}` +
		`{{define "new-select-field"}}{{selectField .}}{{end}}{{define "new-field-error"}}{{fieldError .}}{{end}}` +
		`{{define "new-radio-field"}}{{radioField .}}{{end}}{{define "new-group-radios"}}{{groupRadios .}}{{end}}`))
	tricky := `<b>"Ann" & Bo's +1</b>`
	values := []any{"12.50", "", tricky, nil, 5, namedWords("card"), namedWords(tricky)}
	hints := []any{"money.amount_hint", "", false, nil, "no.such.key <&'>"}
	cases, compared := 0, 0
	count := func(ok bool) {
		cases++
		if ok {
			compared++
		}
	}
	for _, easy := range []bool{false, true} {
		l := cat.For(easy)
		for _, failing := range []bool{false, true} {
			v := view{L: l}
			if failing {
				v.Errors = []fieldMessage{{Field: "amount", Anchor: "amount", Key: "error.form.key"}, {Field: tricky, Anchor: "x", Key: "error.form.key"}}
			}
			for _, field := range []string{"amount", tricky} {
				for _, value := range values {
					for _, hint := range hints {
						for _, extra := range [][]any{nil, {"Type", "date"}, {"Class", "input-short"}, {"Type", "time", "Class", "input-short <x>"}, {"Type", false}} {
							d := map[string]any{"V": v, "Field": field, "Label": "money.amount", "Hint": hint}
							if value != nil {
								d["Value"] = value
							}
							for i := 0; i+1 < len(extra); i += 2 {
								d[extra[i].(string)] = extra[i+1]
							}
							count(same(t, set, "text-field", d))
							count(same(t, set, "text-area", d))
						}
					}
					for _, options := range [][]string{nil, {"cash", "card", tricky}} {
						for _, choiceAny := range []any{"", "money.mine", nil} {
							d := map[string]any{"V": v, "Field": field, "Label": "money.method", "Options": options, "Prefix": "money.method.", "Any": choiceAny, "Value": "card"}
							if value != nil {
								d["Value"] = value
							}
							count(same(t, set, "select-field", d))
							d["Legend"] = "group.leaver"
							count(same(t, set, "radio-field", d))
							count(same(t, set, "group-radios", d))
						}
					}
				}
			}
			for _, e := range []any{nil, false, v.FieldError("amount"), v.FieldError(tricky)} {
				count(same(t, set, "field-error", e))
			}
		}
	}
	// The templates refuse only a choice whose value is a number, which eq
	// cannot compare with its words; any other skip would hide a shape.
	if compared < cases*9/10 {
		t.Errorf("only %d of %d fields could be compared", compared, cases)
	}
	t.Logf("%d of %d fields compared", compared, cases)
}

// namedWords is words of a type of their own, as a form's kind of
// something may be.
type namedWords string

// TestFieldsRefuseWhatTheyCannotShowAlike: a value the templates would
// have shown another way (markup already made, what a pointer points to)
// fails the page loudly instead of being shown differently.
func TestFieldsRefuseWhatTheyCannotShowAlike(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	v := view{L: cat.For(false)}
	words := "12.50"
	for _, value := range []any{template.HTML("<b>x</b>"), template.HTMLAttr(`x="y"`), &words} {
		if _, err := textField(fieldDict{"V": v, "Field": "amount", "Label": "money.amount", "Value": value}); err == nil {
			t.Errorf("a %T value was shown", value)
		}
	}
	if _, err := selectField(fieldDict{"V": v, "Field": "m", "Label": "money.method", "Options": []int{1}}); err == nil {
		t.Error("options that are not words were shown")
	}
}

func same(t *testing.T, set *template.Template, name string, data any) (compared bool) {
	t.Helper()
	var old, now bytes.Buffer
	oldErr := set.ExecuteTemplate(&old, "old-"+name, data)
	nowErr := set.ExecuteTemplate(&now, "new-"+name, data)
	if oldErr != nil {
		// A shape the template refused (such as a value it cannot compare)
		// need not be shown by the new one either.
		return false
	}
	if nowErr != nil {
		t.Fatalf("%s with %v: the template showed it, the function failed: %v", name, data, nowErr)
	}
	if old.String() != now.String() {
		t.Fatalf("%s with %v:\ntemplate: %q\nfunction: %q", name, data, old.String(), now.String())
	}
	return true
}
