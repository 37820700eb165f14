package handlers

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/clubtogether/clubtogether/locale"
)

// foldShapes holds every shape of call foldWords changes, and some it must
// leave alone, in text and attribute places, in partials, ranges and
// pipelines. A name with markup checks that folded words are escaped.
const foldShapes = `{{define "part"}}<p>{{.L.T "error.field_prefix"}} {{if .L.Easy}}easy{{else}}plain{{end}}</p>{{end}}` +
	`<h1 title="{{.L.T "home.hello" "<Ann & Bo>"}}">{{$.L.T "home.hello" "<Ann & Bo>"}}</h1>` +
	`{{range .Names}}<li>{{$.L.T "home.hello" .}} {{$.L.T "error.field_prefix"}}</li>{{end}}` +
	`{{if not .L.Easy}}<b>not easy</b>{{end}}{{if and .L.Easy .Names}}<i>easy with names</i>{{end}}` +
	`{{.L.T "error.field_prefix" | printf "[%s]"}}{{printf "(%s)" (.L.T "error.field_prefix")}}` +
	`{{"x" | printf "%s%s" (.L.T "home.hello" "Cy")}}<a href="/?q={{.L.T "home.hello" "a b"}}">a</a>` +
	`{{template "part" dict "L" .L}}{{.L.T "no.such.key"}}` +
	`<title>{{.L.T "home.hello" "<Ann & Bo's \"+1\">"}}</title><p title='{{.L.T "home.hello" "Bo's"}}'>{{"+'"}}</p>` +
	`{{$x := "outside"}}{{if .L.Easy}}{{$x := "in the branch"}}{{$x}}{{end}}{{if not .L.Easy}}{{$x := "in not"}}{{$x}}{{end}}{{$x}}`

// TestFoldedWordsShowAsCalledWords: a page whose words are written in
// shows exactly what it showed when each word was looked up as it ran, in
// both variants, escaped the same way.
func TestFoldedWordsShowAsCalledWords(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	funcs := template.FuncMap{"dict": func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}}
	for _, easy := range []bool{false, true} {
		l := cat.For(easy)
		data := map[string]any{"L": l, "Names": []string{"Di", "<Ed>"}}
		run := func(fold bool) string {
			t.Helper()
			set := template.Must(template.New("page").Funcs(funcs).Parse(foldShapes))
			if fold {
				foldWords(set, l)
				if err := writeInEscaped(set, "page"); err != nil {
					t.Fatal(err)
				}
			}
			var b bytes.Buffer
			if err := set.Execute(&b, data); err != nil {
				t.Fatalf("easy %v, folded %v: %v", easy, fold, err)
			}
			return b.String()
		}
		called, folded := run(false), run(true)
		if folded != called {
			t.Errorf("easy %v: folded words show\n%s\nbut looked up as the page ran they show\n%s", easy, folded, called)
		}
		if strings.Contains(called, "<Ann") || !strings.Contains(called, "&lt;Ann &amp; Bo&gt;") {
			t.Errorf("easy %v: the name's markup is not escaped: %s", easy, called)
		}
	}
}

// TestEveryPageHasItsWordsWrittenIn: after parsing, no page still looks up
// a message whose key and arguments are all quoted, or asks .L.Easy, in any
// of its templates; so the saving reaches partials, ranges and branches.
func TestEveryPageHasItsWordsWrittenIn(t *testing.T) {
	cat, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	set, err := parsePages(cat)
	if err != nil {
		t.Fatal(err)
	}
	for _, easy := range []bool{false, true} {
		for name, page := range set.of(easy) {
			for _, tmpl := range page.Templates() {
				if tmpl.Tree == nil {
					continue
				}
				var left []string
				walkCommands(tmpl.Tree.Root, func(cmd *parse.CommandNode) {
					for i, a := range cmd.Args {
						field := localizerField(a)
						constant := i == 0 && field == "T" && allQuoted(cmd.Args[1:])
						if constant || field == "Easy" {
							left = append(left, cmd.String())
						}
					}
				})
				eachPipe(tmpl.Tree.Root, func(p *parse.PipeNode) {
					if _, ok := escapedConstant(p); ok {
						left = append(left, p.String())
					}
				})
				if len(left) > 0 {
					t.Errorf("easy %v, page %s, template %s: still looked up or escaped as it runs: %v", easy, name, tmpl.Name(), left)
				}
			}
		}
	}
}

func allQuoted(args []parse.Node) bool {
	for _, a := range args {
		if _, ok := a.(*parse.StringNode); !ok {
			return false
		}
	}
	return len(args) > 0
}

// walkCommands calls f with every command in a template, in nested
// pipelines too.
func walkCommands(list *parse.ListNode, f func(*parse.CommandNode)) {
	var pipe func(p *parse.PipeNode)
	pipe = func(p *parse.PipeNode) {
		for _, cmd := range p.Cmds {
			f(cmd)
			for _, a := range cmd.Args {
				if sub, ok := a.(*parse.PipeNode); ok {
					pipe(sub)
				}
			}
		}
	}
	eachPipe(list, pipe)
}
