package handlers

import (
	"errors"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
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
		switch n := n.(type) {
		case *parse.ActionNode:
			f(n.Pipe)
		case *parse.TemplateNode:
			if n.Pipe != nil {
				f(n.Pipe)
			}
		}
		if b := branchOf(n); b != nil {
			f(b.Pipe)
			eachPipe(b.List, f)
			eachPipe(b.ElseList, f)
		}
	}
}

// branchOf is the branches of an if, range or with; nil for other nodes.
func branchOf(n parse.Node) *parse.BranchNode {
	switch n := n.(type) {
	case *parse.IfNode:
		return &n.BranchNode
	case *parse.RangeNode:
		return &n.BranchNode
	case *parse.WithNode:
		return &n.BranchNode
	}
	return nil
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

// writeInEscaped finishes what foldWords began, once html/template has
// escaped a page: a quoted string shown through escapers only becomes the
// text those escapers make of it, and a branch on true or false becomes
// the branch taken, so that a page's fixed words cost it one write and no
// calls. html/template escapes a template when it first runs, so each one
// the page runs is run once here with no data, which stops at its first
// field; an escaping error is the page's mistake and is returned.
func writeInEscaped(set *template.Template, names ...string) error {
	for _, name := range names {
		var escaping *template.Error
		if err := set.ExecuteTemplate(io.Discard, name, nil); errors.As(err, &escaping) {
			return err
		}
	}
	for _, t := range set.Templates() {
		if t.Tree != nil {
			writeInList(t.Tree.Root)
		}
	}
	return nil
}

func writeInList(list *parse.ListNode) {
	if list == nil {
		return
	}
	var out []parse.Node
	for _, n := range list.Nodes {
		if b := branchOf(n); b != nil {
			writeInList(b.List)
			writeInList(b.ElseList)
		}
		switch n := n.(type) {
		case *parse.ActionNode:
			if text, ok := escapedConstant(n.Pipe); ok {
				out = appendNode(out, &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(text)})
				continue
			}
		case *parse.IfNode:
			if taken, ok := constantBranch(n); ok {
				if taken != nil {
					for _, m := range taken.Nodes {
						out = appendNode(out, m)
					}
				}
				continue
			}
		}
		out = appendNode(out, n)
	}
	list.Nodes = out
}

// appendNode joins text to the text before it, so that it is one write.
func appendNode(nodes []parse.Node, n parse.Node) []parse.Node {
	if text, ok := n.(*parse.TextNode); ok && len(nodes) > 0 {
		if before, ok := nodes[len(nodes)-1].(*parse.TextNode); ok {
			joined := &parse.TextNode{NodeType: parse.NodeText, Pos: before.Pos, Text: slices.Concat(before.Text, text.Text)}
			nodes[len(nodes)-1] = joined
			return nodes
		}
	}
	return append(nodes, n)
}

// htmlEscapes is what html/template's escapers for text, quoted attributes
// and RCDATA (such as a title) do to a string that is not marked as HTML:
// html/template's htmlReplacementTable.
var htmlEscapes = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// escapedConstant is the text an action shows when it is a quoted string
// passed through those escapers only.
func escapedConstant(p *parse.PipeNode) (string, bool) {
	if len(p.Decl) > 0 || len(p.Cmds) < 2 || len(p.Cmds[0].Args) != 1 {
		return "", false
	}
	s, ok := p.Cmds[0].Args[0].(*parse.StringNode)
	if !ok {
		return "", false
	}
	text := s.Text
	for _, cmd := range p.Cmds[1:] {
		if len(cmd.Args) != 1 {
			return "", false
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			return "", false
		}
		switch id.Ident {
		case "_html_template_htmlescaper", "_html_template_attrescaper", "_html_template_rcdataescaper":
			text = htmlEscapes.Replace(text)
		default:
			return "", false
		}
	}
	return text, true
}

// constantBranch is the list an if on true or false (or not of one) runs:
// the branch, or the else branch, which may be nil. A branch that declares
// a variable keeps its if, whose end is where the variable goes.
func constantBranch(n *parse.IfNode) (*parse.ListNode, bool) {
	p := n.Pipe
	if len(p.Decl) > 0 || len(p.Cmds) != 1 {
		return nil, false
	}
	var value bool
	switch args := p.Cmds[0].Args; {
	case len(args) == 1:
		b, ok := args[0].(*parse.BoolNode)
		if !ok {
			return nil, false
		}
		value = b.True
	case len(args) == 2:
		id, isIdent := args[0].(*parse.IdentifierNode)
		b, isBool := args[1].(*parse.BoolNode)
		if !isIdent || id.Ident != "not" || !isBool {
			return nil, false
		}
		value = !b.True
	default:
		return nil, false
	}
	taken := n.ElseList
	if value {
		taken = n.List
	}
	if taken != nil && slices.ContainsFunc(taken.Nodes, declares) {
		return nil, false
	}
	return taken, true
}

func declares(n parse.Node) bool {
	a, ok := n.(*parse.ActionNode)
	return ok && len(a.Pipe.Decl) > 0 && !a.Pipe.IsAssign
}
