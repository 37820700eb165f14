package community

import "time"

// Handover is the treasurer's role on its way to another member: the
// treasurer has said what the pot holds and where the money is kept, and
// the role moves once the new treasurer says the same.
type Handover struct {
	From, To string
	// Pot and KeptAt are what the treasurer confirmed: the money the
	// group holds and where.
	Pot    Pence
	KeptAt string
	At     time.Time
}

// OfferTreasurer is the treasurer asking another member who votes to take
// the group's money over, confirming what the pot holds now. Asking again,
// of the same member or another, replaces the earlier ask.
func (g *Group) OfferTreasurer(from, to string, pot Pence, at time.Time) error {
	if !g.IsTreasurer(from) {
		return Forbidden("error.group.not_your_role")
	}
	if m, in := g.Member(to); !in || m.Watching || from == to {
		return Invalid(FieldError{Field: "person", Key: "error.group.hand_over_to"})
	}
	g.Handover = &Handover{From: from, To: to, Pot: pot, KeptAt: g.Rules.KeptAt, At: at}
	return nil
}

// TakeTreasurer is the member asked confirming the same pot and the same
// place: only then is the role theirs, and the timeline says so. If the
// money or its place changed since the treasurer confirmed, the treasurer
// must confirm again first, so that both have agreed the same figures.
func (g *Group) TakeTreasurer(to string, pot Pence, at time.Time) error {
	h := g.Handover
	switch {
	case h == nil || h.To != to:
		return Conflict("error.treasurer.not_asked")
	case !g.IsTreasurer(h.From):
		g.Handover = nil
		return Conflict("error.treasurer.not_asked")
	case h.Pot != pot || h.KeptAt != g.Rules.KeptAt:
		return Invalid(FieldError{Field: "confirm", Key: "error.treasurer.changed", Args: []string{h.Pot.Pounds(), pot.Pounds()}})
	}
	if m, in := g.Member(to); !in || m.Watching {
		return Invalid(FieldError{Field: "person", Key: "error.group.hand_over_to"})
	}
	from, _ := g.Member(h.From)
	me, _ := g.Member(to)
	note := Note{At: at, Key: "timeline.treasurer_handed", Args: []string{from.Name, me.Name, pot.Pounds(), h.KeptAt}}
	if h.KeptAt == "" {
		note.Key, note.Args = "timeline.treasurer_handed_unsaid", note.Args[:3]
	}
	g.Notes = append(g.Notes, note)
	g.Treasurer, g.Handover = to, nil
	return nil
}

// CancelHandover is the treasurer taking back their ask.
func (g *Group) CancelHandover(from string) error {
	if !g.IsTreasurer(from) {
		return Forbidden("error.group.not_your_role")
	}
	g.Handover = nil
	return nil
}
