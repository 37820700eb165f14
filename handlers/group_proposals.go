package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// proposalForm is the "propose a spend" form as typed.
type proposalForm struct {
	Amount, To, For, Quote string
}

// groupForms are the forms on the group page, as typed.
type groupForms struct {
	Payment  paymentForm
	Proposal proposalForm
	Board    boardForm
	// Rules is the rule-change form as typed; nil shows the rules as they are.
	Rules *potForm
}

func freshGroupForms() groupForms { return groupForms{Payment: newPaymentForm()} }

// groupPropose lets a voting member propose a spend from the pot. A spend
// larger than what is left is refused with that reason.
func (s *Server) groupPropose(c *gin.Context) {
	me := current(c).me
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	form := proposalForm{Amount: c.PostForm("spend_amount"), To: tidy(c.PostForm("spend_to")),
		For: tidy(c.PostForm("spend_for")), Quote: tidy(c.PostForm("spend_quote"))}
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	p := community.Proposal{GroupID: g.ID, By: me.ID, To: form.To, For: form.For, Quote: form.Quote,
		Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())}
	amount, key := community.ParsePence(form.Amount)
	p.Amount = amount
	problems := community.FieldErrors(p.Validate(community.Tally(entries).Left()))
	if key != "" {
		problems = append([]community.FieldError{{Field: "amount", Key: key}}, withoutField(problems, "amount")...)
	}
	if len(problems) > 0 {
		// The form's fields are named spend_* so they never clash with the
		// payment form on the same page.
		for i := range problems {
			problems[i].Field = "spend_" + problems[i].Field
		}
		s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Proposal: form}, summaryWith(problems, nil)...)
		return
	}
	if _, err := s.Store.CreateProposal(c.Request.Context(), p); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=proposed#proposals")
}

// groupVote records a voting member's yes or no; they may change it until
// the proposal is decided.
func (s *Server) groupVote(c *gin.Context) {
	me := current(c).me
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	vote := c.PostForm("vote")
	if vote != "yes" && vote != "no" {
		s.fail(c, community.Invalid())
		return
	}
	p, err := s.Store.ChangeProposal(c.Request.Context(), g.ID, c.Param("proposal"), func(p *community.Proposal) error {
		return p.Cast(community.Vote{PersonID: me.ID, Yes: vote == "yes"})
	})
	if err == nil {
		err = s.applyRules(c, p)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=voted#proposals")
}

// groupSpendPaid is the treasurer recording an approved spend as paid. The
// spend's ledger entry is keyed by the proposal, so recording it twice, or
// by two people at once, records it once; a spend larger than what is
// left now is refused.
func (s *Server) groupSpendPaid(c *gin.Context) {
	me := current(c).me
	g, ok := s.treasurerGroup(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	p, err := s.Store.Proposal(ctx, g.ID, c.Param("proposal"))
	if err != nil {
		s.fail(c, err)
		return
	}
	if p.Rules != nil || p.Status != community.ProposalApproved && p.Status != community.ProposalPaid {
		s.fail(c, community.Conflict("error.proposal.not_approved"))
		return
	}
	spend := community.Entry{GroupID: g.ID, Key: "spend-" + p.ID, Kind: community.EntrySpend, RecordedBy: me.ID,
		Amount: p.Amount, Note: p.To + ": " + p.For, Refers: p.ID}
	if _, _, err := s.Store.RecordSpend(ctx, spend); err != nil {
		s.fail(c, err)
		return
	}
	if _, err := s.Store.ChangeProposal(ctx, g.ID, p.ID, func(p *community.Proposal) error {
		p.Status = community.ProposalPaid
		return nil
	}); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=spent#proposals")
}

// votingGroup loads the group for a member who votes; watching members
// and outsiders get "not allowed".
func (s *Server) votingGroup(c *gin.Context) (community.Group, bool) {
	g, ok := s.memberGroup(c)
	if !ok {
		return g, false
	}
	if m, _ := g.Member(current(c).me.ID); m.Watching {
		s.fail(c, community.Forbidden("error.group.voters_only"))
		return g, false
	}
	return g, true
}

func withoutField(problems []community.FieldError, field string) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if p.Field != field {
			out = append(out, p)
		}
	}
	return out
}

// proposalCard is a proposal as the group page shows it.
type proposalCard struct {
	community.Proposal
	ByName  string
	Yes, No int
	MyVote  string
	// NewRules are a rule change's rules in words.
	NewRules []string
}

func (s *Server) proposalCards(c *gin.Context, g community.Group) ([]proposalCard, error) {
	proposals, err := s.Store.Proposals(c.Request.Context(), g.ID)
	if err != nil {
		return nil, err
	}
	me := current(c).me.ID
	former := memberNames(g, s.Locale.For(current(c).display.EasyRead).T("timeline.former_member"))
	out := make([]proposalCard, 0, len(proposals))
	for _, p := range proposals {
		card := proposalCard{Proposal: p}
		if p.Rules != nil {
			card.NewRules = potRuleWords(s.Locale.For(current(c).display.EasyRead), *p.Rules)
		}
		card.Yes, card.No = p.Tally()
		card.ByName = former(p.By)
		if v, voted := p.VoteOf(me); voted {
			card.MyVote = map[bool]string{true: "yes", false: "no"}[v.Yes]
		}
		out = append(out, card)
	}
	return out, nil
}
