package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// pledge records what a member promises under the pot's rules, once for
// each time they join: the contributions, the joining fee, and the late
// fee when the group has already bought something. Its key names the
// membership, and the first pledge recorded for it stands: a retry that
// finds the group has bought something since does not pledge again.
func (a *Actions) pledge(ctx context.Context, g community.Group, m community.Membership) error {
	amount := g.Rules.Total() + g.Rules.JoiningFee
	if g.Rules.LateFee > 0 {
		entries, err := a.Store.Entries(ctx, g.ID)
		if err != nil {
			return err
		}
		if community.Tally(entries).Spent > 0 {
			amount += g.Rules.LateFee
		}
	}
	if amount <= 0 {
		return nil
	}
	_, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: community.PledgeKey(m), Kind: community.EntryPledge, PersonID: m.PersonID,
		RecordedBy: m.PersonID, Amount: amount,
	})
	return err
}
