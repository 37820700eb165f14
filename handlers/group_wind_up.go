package handlers

import (
	"net/http"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// windUpPage is closing the group, one step at a time: an organiser
// proposes it with what happens to each thing; the members vote; once
// agreed the treasurer sells or gives each thing and shares out the money;
// and then, for good, what each member got back.
type windUpPage struct {
	Group community.Group
	// Things are the group's things with the fate chosen on the form (or
	// agreed), and what each cost.
	Things  []windUpThing
	Members []community.Membership
	// Payouts are what each member gets back, by name.
	Payouts []payoutRow
	Fund    community.Pence
	// FundShort is what the common fund is below nothing, when it paid out
	// more than it took in (buying out leavers' shares): each sharer's
	// part of it comes off what they get back.
	FundShort community.Pence
	Pot       community.Pence
	// Open is the wind-up vote while it is open.
	Open *proposalCard
	// Organiser, Treasurer and Voter say who is looking; Blocked is why
	// closing cannot be proposed now, if it cannot.
	Organiser, Treasurer, Voter bool
	Blocked                     string
	// Ready says every thing is done and the money can be shared out;
	// Waiting counts the payments still to confirm first.
	Ready   bool
	Waiting int
	Fates   []string
	Done    string
}

// windUpThing is one thing and what happens to it.
type windUpThing struct {
	community.Thing
	Cost community.Pence
	// Plan is the fate chosen on the form; ToName who it goes to.
	Plan   community.ThingPlan
	ToName string
}

// payoutRow is what one member gets back, by name.
type payoutRow struct {
	community.Payout
	Name string
	// Owes is what they still owe the group, when the total is below zero.
	Owes community.Pence
}

// PageTitle names the group.
func (p windUpPage) PageTitle() string { return p.Group.Name }

func (s *Server) groupWindUp(c *gin.Context) {
	s.showWindUp(c, http.StatusOK, nil)
}

// groupWindUpPropose is an organiser proposing to close the group.
func (s *Server) groupWindUpPropose(c *gin.Context) {
	plan := windUpPlan(c)
	_, err := s.Actions.ProposeWindUp(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), plan)
	if problems, handled := s.answered(c, err, "wind_up_proposed", "#proposals"); !handled {
		s.showWindUp(c, http.StatusBadRequest, plan, summaryWith(problems, nil)...)
	}
}

// windUpPlan reads the fate chosen for each thing: "fate-ID", and "to-ID"
// (a member) or "away-ID" (who it is given away to).
func windUpPlan(c *gin.Context) []community.ThingPlan {
	var plan []community.ThingPlan
	for name, values := range c.Request.PostForm {
		id, ok := strings.CutPrefix(name, "fate-")
		if !ok || len(values) == 0 {
			continue
		}
		p := community.ThingPlan{ThingID: id, Fate: community.ThingFate(values[0])}
		switch p.Fate {
		case community.FateToMember:
			p.To = c.PostForm("to-" + id)
		case community.FateGivenAway:
			p.To = tidy(c.PostForm("away-" + id))
		}
		plan = append(plan, p)
	}
	return plan
}

func (s *Server) showWindUp(c *gin.Context, status int, plan []community.ThingPlan, errs ...fieldMessage) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	entries, st, proposals, ok := s.groupBooks(c, g.ID)
	if !ok {
		return
	}
	me := current(c).me.ID
	m, _ := g.Member(me)
	page := windUpPage{Group: g, Members: g.Members, Fund: st.Fund(), FundShort: max(-st.Fund(), 0), Pot: st.Pot(), Organiser: g.IsOrganiser(me),
		Treasurer: g.IsTreasurer(me), Voter: !m.Watching, Ready: g.ReadyToShareOut(), Waiting: len(st.Unconfirmed),
		Fates: community.ThingFates()}
	page.Done = knownDone(c, windUpNotices()...)
	if err := g.MayWindUp(me, proposals, s.Now()); err != nil && !g.WindingUp && !g.Closed {
		page.Blocked = community.KeyOf(err)
	}
	for _, card := range s.proposalCards(c, g, proposals) {
		if card.WindUp && card.Status == community.ProposalOpen {
			page.Open = &card
			plan = card.Fates
			break
		}
	}
	names := memberNames(g, "")
	for _, t := range g.Things {
		w := windUpThing{Thing: t, Cost: community.MoneyOfThing(entries, t.ID).Cost, Plan: community.ThingPlan{ThingID: t.ID, Fate: t.Fate, To: t.FateTo}}
		if i := slices.IndexFunc(plan, func(p community.ThingPlan) bool { return p.ThingID == t.ID }); i >= 0 {
			w.Plan = plan[i]
		}
		if w.Plan.Fate == community.FateToMember {
			w.ToName = names(w.Plan.To)
		}
		page.Things = append(page.Things, w)
	}
	for _, p := range community.Payouts(g, entries) {
		page.Payouts = append(page.Payouts, payoutRow{Payout: p, Name: names(p.PersonID), Owes: max(-p.Total(), 0)})
	}
	s.render(c, status, "group_wind_up", "windup.title", page, errs...)
}

// windUpNotices are the notices a finished step can ask the wind-up page
// to show; each has words under "windup.done.<name>".
func windUpNotices() []string { return []string{"sold", "given", "shared_out"} }
