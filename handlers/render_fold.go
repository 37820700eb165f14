package handlers

import (
	"html/template"
	"strconv"
	"text/template/parse"

	"github.com/clubtogether/clubtogether/locale"
)

// foldWords writes a variant's words into a page's templates before they
// are first run: {{.L.T "key"}} with only quoted arguments becomes the
// quoted message, and .L.Easy becomes true or false. The templates still
// escape what they show as before, since a quoted string is shown through
// the same escaping as a call's result; what is saved is the reflection
// each call costs (looking the method up, then calling it), which under
// load was most of a page's time. The page set is parsed once for each
// variant, so each has its own trees to change.
func foldWords(set *template.Template, l *locale.Localizer) {
	for _, t := range set.Templates() {
		if t.Tree != nil {
			eachPipe(t.Tree.Root, func(p *parse.PipeNode) { foldPipe(p, l) })
		}
	}
}

// eachPipe calls f with every pipeline of a template's actions, branches
// and calls of other templates, but not with those nested in a command.
func eachPipe(list *parse.ListNode, f func(*parse.PipeNode)) {
	if list == nil {
		return
	}
	for _, n := range list.Nodes {
		var b *parse.BranchNode
		switch n := n.(type) {
		case *parse.ActionNode:
			f(n.Pipe)
		case *parse.TemplateNode:
			if n.Pipe != nil {
				f(n.Pipe)
			}
		case *parse.IfNode:
			b = &n.BranchNode
		case *parse.RangeNode:
			b = &n.BranchNode
		case *parse.WithNode:
			b = &n.BranchNode
		}
		if b != nil {
			f(b.Pipe)
			eachPipe(b.List, f)
			eachPipe(b.ElseList, f)
		}
	}
}

func foldPipe(p *parse.PipeNode, l *locale.Localizer) {
	for i, cmd := range p.Cmds {
		// Only a pipeline's first command can become a constant: a later
		// one is given the result before it as its last argument.
		if i == 0 {
			if text, ok := constantWords(cmd, l); ok {
				cmd.Args = []parse.Node{&parse.StringNode{NodeType: parse.NodeString, Pos: cmd.Position(), Quoted: strconv.Quote(text), Text: text}}
				continue
			}
		}
		for j, arg := range cmd.Args {
			switch a := arg.(type) {
			case *parse.PipeNode:
				foldPipe(a, l)
			case *parse.FieldNode, *parse.VariableNode:
				if localizerField(a) == "Easy" {
					cmd.Args[j] = &parse.BoolNode{NodeType: parse.NodeBool, Pos: a.Position(), True: l.Easy()}
				}
			}
		}
	}
}

// constantWords is the message a command such as .L.T "key" or
// $.L.T "key" "word" shows, when every argument is quoted.
func constantWords(cmd *parse.CommandNode, l *locale.Localizer) (string, bool) {
	if len(cmd.Args) < 2 || localizerField(cmd.Args[0]) != "T" {
		return "", false
	}
	key, ok := cmd.Args[1].(*parse.StringNode)
	if !ok {
		return "", false
	}
	var args []any
	for _, a := range cmd.Args[2:] {
		s, ok := a.(*parse.StringNode)
		if !ok {
			return "", false
		}
		args = append(args, s.Text)
	}
	return l.T(key.Text, args...), true
}

// localizerField names the Localizer's method a node reaches, as .L.Name
// or $.L.Name: the view's L is the page's variant everywhere it is passed.
func localizerField(n parse.Node) string {
	var ident []string
	switch n := n.(type) {
	case *parse.FieldNode:
		ident = n.Ident
	case *parse.VariableNode:
		if len(n.Ident) == 0 || n.Ident[0] != "$" {
			return ""
		}
		ident = n.Ident[1:]
	default:
		return ""
	}
	if len(ident) != 2 || ident[0] != "L" {
		return ""
	}
	return ident[1]
}
