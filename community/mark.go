package community

import "time"

// MarkKind is what one member has said about another.
type MarkKind string

const (
	// MarkBlock hides each from the other, both ways, everywhere.
	MarkBlock MarkKind = "block"
	// MarkNotInterested stops suggesting the other person to the one who
	// marked them; it can be undone.
	MarkNotInterested MarkKind = "not_interested"
	// MarkHello says hello: the other person sees it on their own page.
	MarkHello MarkKind = "hello"
)

// MarkKinds are every kind of mark.
func MarkKinds() []MarkKind { return []MarkKind{MarkBlock, MarkNotInterested, MarkHello} }

// Mark is one member's mark on another. There is at most one of each kind
// from one person to another, so marking twice changes nothing.
type Mark struct {
	From string
	To   string
	Kind MarkKind
	At   time.Time
}

// Valid reports whether the mark names two different people and a known kind.
func (m Mark) Valid() bool {
	switch m.Kind {
	case MarkBlock, MarkNotInterested, MarkHello:
		return m.From != "" && m.To != "" && m.From != m.To
	}
	return false
}
