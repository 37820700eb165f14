package handlers

import (
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestDecidedProposalsArePaged: the group page lists every proposal still
// open or agreed, and the decided ones five at a time, newest first, as
// the store lists them (here "a" is the oldest and "open" the newest).
func TestDecidedProposalsArePaged(t *testing.T) {
	cards := []proposalCard{{Proposal: community.Proposal{ID: "open", Status: community.ProposalOpen}}}
	for i := 11; i >= 0; i-- {
		cards = append(cards, proposalCard{Proposal: community.Proposal{ID: string(rune('a' + i)), Status: community.ProposalPaid}})
	}
	shown, p := shownProposals(cards, 1)
	if len(shown) != 6 || shown[0].ID != "open" || shown[1].ID != "l" || p.Older != 2 || p.Newer != 0 {
		t.Errorf("page 1: %d shown, first %s then %s, pager %+v", len(shown), shown[0].ID, shown[1].ID, p)
	}
	shown, p = shownProposals(cards, 3)
	if len(shown) != 3 || shown[1].ID != "b" || p.Older != 0 || p.Newer != 2 {
		t.Errorf("page 3: %d shown, pager %+v", len(shown), p)
	}
	if _, p := shownProposals(cards, 99); p.Page != 3 {
		t.Errorf("a page past the end shows page %d, want the last", p.Page)
	}
}
