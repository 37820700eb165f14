package actions

import (
	"context"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// shareSpend charges each sharer's account their share of a paid spend,
// and settles the leavers whose share of it was held back. The sharers
// are worked out from the memberships at the moment the spend was first
// recorded, so a retry shares it among the same people, once each.
func (a *Actions) shareSpend(ctx context.Context, who Who, g community.Group, spend community.Entry) error {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	people := sharers(g, entries, spend.Refers, spend.At)
	paidIn := paidInBy(entries, spend.At)
	shares := community.Shares(spend.Amount, people, g.Rules.Proportional(), paidIn)
	for _, id := range people {
		share := shares[id]
		if share <= 0 {
			continue
		}
		if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: spend.At, GroupID: g.ID,
			Key: community.ShareKey(spend.ID, id), Kind: community.EntryShare, PersonID: id,
			RecordedBy: who.Actor.ID, Amount: share, Refers: spend.ID, Note: spend.Note}); err != nil {
			return err
		}
	}
	for _, id := range people {
		if _, in := g.Member(id); !in {
			if err := a.settleFormer(ctx, who, g, id, spend.Refers); err != nil {
				return err
			}
		}
	}
	return nil
}

// sharers are the people who share a spend recorded at t: the voting
// members then (some may have left since), and leavers whose share of it
// was held back when they left.
func sharers(g community.Group, entries []community.Entry, proposalID string, t time.Time) []string {
	var out []string
	for _, m := range g.Members {
		if !m.Watching && !m.JoinedAt.After(t) {
			out = append(out, m.PersonID)
		}
	}
	for _, m := range g.Former {
		if !m.Watching && !m.JoinedAt.After(t) && m.LeftAt.After(t) && !slices.Contains(out, m.PersonID) {
			out = append(out, m.PersonID)
		}
	}
	status := community.Statuses(entries)
	for _, e := range entries {
		if e.Kind == community.EntryHold && e.Refers == proposalID && status[e.ID] != community.StatusReversed &&
			!slices.Contains(out, e.PersonID) {
			out = append(out, e.PersonID)
		}
	}
	return out
}

// paidInBy is what each member had paid in by t.
func paidInBy(entries []community.Entry, t time.Time) map[string]community.Pence {
	status := community.Statuses(entries)
	out := map[string]community.Pence{}
	for _, e := range entries {
		if e.Kind == community.EntryPayment && status[e.ID] == community.StatusConfirmed && !e.At.After(t) {
			out[e.PersonID] += e.Amount
		}
	}
	return out
}

// settleFormer settles a leaver's account again after something changed
// it: a spend they shared was paid (their share charged) or will not go
// ahead, or a payment of theirs was confirmed after they left. What is in
// their account beyond what is still held for other agreed spends is owed
// back to them, or left in the common fund, under the group's rule. The
// settlement is keyed by what caused it (a proposal or a payment), once.
func (a *Actions) settleFormer(ctx context.Context, who Who, g community.Group, personID, proposalID string) error {
	key := community.SettleKey(proposalID, personID)
	if _, done, err := a.Store.Recorded(ctx, g.ID, key); err != nil || done {
		return err
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	still := map[string]bool{}
	for _, p := range proposals {
		if p.ID != proposalID && p.IsSpend() && p.Status == community.ProposalApproved {
			still[p.ID] = true
		}
	}
	status := community.Statuses(entries)
	var held community.Pence
	for _, e := range entries {
		if e.Kind == community.EntryHold && e.PersonID == personID && still[e.Refers] && status[e.ID] != community.StatusReversed {
			held += e.Amount
		}
	}
	leaving := community.LeavingOf(g.Rules.Leaver, community.Tally(entries).People[personID], held)
	e := community.Entry{At: a.now(), GroupID: g.ID, Key: key, PersonID: personID, RecordedBy: who.Actor.ID, Refers: proposalID}
	switch {
	case leaving.Refund > 0:
		e.Kind, e.Amount, e.Note = community.EntryRefundOwed, leaving.Refund, "held back for a spend"
	case leaving.Moved > 0:
		e.Kind, e.Amount, e.Note = community.EntryMove, leaving.Moved, "held back for a spend"
	default:
		return nil
	}
	_, _, err = a.Store.RecordOnce(ctx, e)
	return err
}
