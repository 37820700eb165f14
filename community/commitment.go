package community

import (
	"slices"
	"time"
)

// Commitments is what a group's money is promised to: the pot, what is owed
// back to leavers, what the group agreed to spend and has not paid yet, and
// what is free; and what its members have pledged and not paid yet.
type Commitments struct {
	Pot, OwedBack, Promised, Free Pence
	// Pledged is what the voting members still have to pay of their
	// pledges; Each is what comes in each period if they pay as planned.
	Pledged, Each Pence
	Every         Period
	owing         []owing
}

// owing is what one member still has to pay and pays each period.
type owing struct{ left, each Pence }

// CommitmentsOf works out a group's commitments now.
func CommitmentsOf(g Group, st Statement, proposals []Proposal, now time.Time) Commitments {
	c := Commitments{Pot: st.Pot(), OwedBack: st.RefundOwed, Promised: Promised(proposals, now), Every: g.Rules.Every}
	c.Free = c.Pot - c.OwedBack - c.Promised
	for _, m := range g.Members {
		if left := st.People[m.PersonID].Owed(); !m.Watching && left > 0 {
			c.Pledged += left
			each := min(m.ContributionUnder(g.Rules), left)
			c.owing = append(c.owing, owing{left, each})
			c.Each += each
		}
	}
	return c
}

// MostToAgree is the largest spend the group can agree now: what is free,
// and what its members have pledged to pay.
func (c Commitments) MostToAgree() Pence { return c.Free + c.Pledged }

// FreeNow is what may be spent now and is promised to nothing: never below
// zero. Awaited is what agreed spends still wait for beyond the pot, while
// the group saves up for them.
func (c Commitments) FreeNow() Pence { return max(c.Free, 0) }
func (c Commitments) Awaited() Pence { return max(-c.Free, 0) }

// ReachDay is the day the pot, with the pledges paid as planned from
// today, reaches amount on top of what is promised already: today if it
// already does, the zero time if the pledges never will.
func (c Commitments) ReachDay(amount Pence, today time.Time) time.Time {
	short := amount - c.Free
	if short <= 0 {
		return today
	}
	remaining := slices.Clone(c.owing)
	for period := 1; period <= MaxTimes; period++ {
		paid := Pence(0)
		for i, o := range remaining {
			in := min(o.each, o.left)
			remaining[i].left -= in
			paid += in
		}
		if paid == 0 {
			return time.Time{}
		}
		if short -= paid; short <= 0 {
			return c.after(today, period)
		}
	}
	return time.Time{}
}

// after is the day n periods after today.
func (c Commitments) after(today time.Time, n int) time.Time {
	switch c.Every {
	case EveryMonth:
		return today.AddDate(0, n, 0)
	case EveryWeek:
		return today.AddDate(0, 0, 7*n)
	}
	return today
}
