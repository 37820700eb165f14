package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// proposalCard is a proposal as the group page shows it.
type proposalCard struct {
	// Proposal is as it stands today: its Status is worked out from its
	// dates (a vote past its closing date, a spend past its pay-by date).
	community.Proposal
	// Stored is the status as last recorded, before its dates were read.
	Stored  community.ProposalStatus
	ByName  string
	Yes, No int
	MyVote  string
	// NewRules are a rule change's rules in words; while it is open,
	// Changes are the same lines with what each changed rule is now.
	NewRules []string
	Changes  []ruleChange
	// Changed counts the rules that change.
	Changed int
	// Saving is true for an agreed spend the pledges will reach later.
	Saving bool
	// Mine is the member's own proposal, which they may withdraw.
	Mine bool
	// FateWords say, for a wind-up, what happens to each thing.
	FateWords []string
	// Words say what it is in a few words, to name it on its buttons.
	Words string
}

func (s *Server) proposalCards(c *gin.Context, g community.Group, proposals []community.Proposal) []proposalCard {
	me := owner(c).ID
	l := s.Locale.For(current(c).display.EasyRead)
	former := memberNames(g, l.T("timeline.former_member"))
	out := make([]proposalCard, 0, len(proposals))
	now := s.Now()
	for _, p := range proposals {
		stored := p.Status
		p.Status = p.AsOf(now)
		card := proposalCard{Proposal: p, Stored: stored, Mine: p.By == me, Saving: p.Reach.After(community.Day(now))}
		if p.Rules != nil {
			card.NewRules = potRuleWords(l, *p.Rules)
			if p.Status == community.ProposalOpen {
				card.Changes = ruleChanges(l, g.Rules, *p.Rules)
				for _, ch := range card.Changes {
					if ch.Was != "" {
						card.Changed++
					}
				}
			}
		}
		for _, f := range p.Fates {
			t, _ := g.Thing(f.ThingID)
			to := f.To
			if f.Fate == community.FateToMember {
				to = former(f.To)
			}
			card.FateWords = append(card.FateWords, l.T("proposals.fate."+string(f.Fate), t.Name, to))
		}
		card.Words = p.For // a spend is named by what it is for
		if !p.IsSpend() {
			card.Words = proposalWordsFor(l, p)
		}
		card.Yes, card.No = p.Tally()
		card.ByName = former(p.By)
		if v, voted := p.VoteOf(me); voted {
			card.MyVote = map[bool]string{true: "yes", false: "no"}[v.Yes]
		}
		out = append(out, card)
	}
	return out
}

// mostDecided is how many decided proposals one page lists.
const mostDecided = 5

// pager says which page of a list is shown and the pages either side, 0
// when there is none.
type pager struct {
	Page, Older, Newer int
}

// shownProposals lists every proposal still open or agreed, then one page
// of the decided ones, newest first, so the group page does not grow with
// the group's history.
func shownProposals(cards []proposalCard, page int) ([]proposalCard, pager) {
	var live, decided []proposalCard
	for _, c := range cards {
		if c.Status == community.ProposalOpen || c.Status == community.ProposalApproved {
			live = append(live, c)
		} else {
			decided = append(decided, c)
		}
	}
	pages := max((len(decided)+mostDecided-1)/mostDecided, 1)
	page = min(max(page, 1), pages)
	p := pager{Page: page}
	if page < pages {
		p.Older = page + 1
	}
	if page > 1 {
		p.Newer = page - 1
	}
	return append(live, decided[min((page-1)*mostDecided, len(decided)):min(page*mostDecided, len(decided))]...), p
}
