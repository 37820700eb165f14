package handlers

import (
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// The parts of a group's page that each have a page of their own. In
// Easy Read the group page is a start page of large buttons, one for each
// part a member can use now (one thing per page); in plain mode the group
// page still shows every part, and these pages show one of them.
const (
	partPay      = "pay"
	partMoney    = "money"
	partVotes    = "votes"
	partProposal = "proposal"
	partPropose  = "propose"
	partRules    = "rules"
	partBoard    = "board"
	partMembers  = "members"
	partThings   = "things"
	partCheck    = "payments"
	partPayBack  = "refunds"
	partLetIn    = "asking"
	partAbout    = "about"
	partPotRules = "money-rules"
	partHistory  = "history"
	partCorrect  = "corrections"
)

// groupParts are the parts and the template of each.
var groupParts = map[string]string{
	partPay: "group_pay", partMoney: "group_money", partVotes: "group_votes", partProposal: "group_proposal",
	partPropose: "group_propose", partRules: "group_rules", partBoard: "group_board", partMembers: "group_members",
	partThings: "group_things", partCheck: "group_check", partPayBack: "group_pay_back", partLetIn: "group_let_in",
	partAbout: "group_about", partPotRules: "group_pot_rules", partHistory: "group_history", partCorrect: "group_corrections",
}

// groupPart shows one part of the group page on a page of its own, for
// members only.
func (s *Server) groupPart(part string) gin.HandlerFunc {
	return func(c *gin.Context) {
		g, ok := s.memberGroup(c)
		if !ok {
			return
		}
		s.showGroup(c, g, http.StatusOK, groupForms{Payment: newPaymentForm(), Part: part})
	}
}

// partFor is the part a form that failed is shown again on: its own short
// page in Easy Read, where the member filled it in; in plain mode the
// whole group page, as the form was on it.
func partFor(c *gin.Context, part string) string {
	if current(c).display.EasyRead {
		return part
	}
	return ""
}

// partPage fills in what only the part's own page shows: the first items
// of its list and the link to show more, or the one proposal. It answers
// false when it has shown an error page instead.
func (s *Server) partPage(c *gin.Context, l *locale.Localizer, page *groupPage, forms groupForms) bool {
	part := forms.Part
	easy := l.Easy()
	page.Part = part
	page.Heading = l.T(partHeadings[part])
	switch part {
	case partMembers:
		page.MemberList, page.More = firstOf(c, easy, page.Group.Members, "shown", "members", l.T("group.task.members"))
	case partMoney:
		page.Rows, page.More = firstOf(c, easy, page.Money.Rows, "shown", "who-paid", l.T("group.money_rows"))
	case partVotes:
		var live []proposalCard
		for _, p := range page.Proposals {
			if p.Status == community.ProposalOpen || p.Status == community.ProposalApproved {
				live = append(live, p)
			}
		}
		page.Cards, page.More = firstOf(c, easy, live, "shown", "votes", l.T("group.task.votes", page.VotesWaiting))
	case partProposal:
		for i := range page.Proposals {
			if page.Proposals[i].ID == c.Param("proposal") {
				page.One = &page.Proposals[i]
			}
		}
		if page.One == nil {
			s.fail(c, community.NotFound("error.not_found"))
			return false
		}
		page.Heading = page.One.Words
		page.Withdrawing = withdrawing(c, forms, *page.One, page.Treasurer)
	case partCheck:
		page.Waiting, page.More = firstOf(c, easy, page.Money.Waiting, "shown", "waiting", l.T("money.to_confirm"))
		page.ConfirmAll = c.Query("all") == "yes" && len(page.Money.Waiting) > 1
	case partPayBack:
		page.PayBack, page.More = firstOf(c, easy, page.Money.PayBack, "shown", "pay-back", l.T("money.to_pay_back"))
	case partLetIn:
		page.AskingShown, page.More = firstOf(c, easy, page.Asking, "shown", "asking", l.T("group.asking"))
	case partRules:
		if c.Query("step") == "votes" || c.PostForm("step") == "votes" {
			page.RulesStep = "votes"
		}
	case partBoard:
		page.Posts, page.More = firstOf(c, easy, page.Board.Announcements, "shown", "news", l.T("board.announcements"))
	case partHistory:
		page.History, page.More = firstOf(c, easy, page.Events, "shown", "history", l.T("group.task.history"))
	case partCorrect:
		if !page.Treasurer {
			s.fail(c, community.Forbidden("error.forbidden"))
			return false
		}
		page.Recent, page.More = firstOf(c, easy, page.Money.Recent, "shown", "recent", l.T("group.task.corrections"))
	}
	return true
}

// partHeadings are the words of each part's h1.
var partHeadings = map[string]string{
	partPay: "group.task.pay", partMoney: "group.task.money", partVotes: "proposals.title", partProposal: "proposals.title",
	partPropose: "group.task.propose", partRules: "group.task.rules", partBoard: "group.task.board", partMembers: "group.task.members",
	partThings: "group.task.things", partCheck: "money.to_confirm", partPayBack: "money.to_pay_back", partLetIn: "group.asking",
	partAbout: "group.task.about", partPotRules: "group.rules", partHistory: "group.task.history", partCorrect: "group.task.corrections",
}

// startTasks are the large buttons of the Easy Read start page: what the
// member can do in the group now, with counts from its records.
func startTasks(l *locale.Localizer, page groupPage) []task {
	base := "/groups/" + page.Group.ID
	open := !page.Group.WindingUp && !page.Group.Closed
	var out []task
	add := func(href, key string, args ...any) {
		out = append(out, task{Href: base + href, Picto: pictoOf(l, key), Text: l.T(key, args...)})
	}
	if open {
		add("/pay", "group.task.pay")
	}
	add("/money", "group.task.money")
	if page.Voter {
		add("/votes", "group.task.votes", page.VotesWaiting)
	} else {
		add("/votes", "proposals.title")
	}
	add("/board", "group.task.board")
	add("/members", "group.task.members")
	add("/about", "group.task.about")
	if page.Offers > 0 {
		add("/offers", "offers.link", page.Offers)
	}
	if len(page.Things) > 0 {
		add("/things", "group.task.things")
	}
	if page.Treasurer && page.Money != nil {
		add("/payments", "group.task.check", len(page.Money.Waiting)+page.Money.MoreWaiting)
		if n := len(page.Money.PayBack); n > 0 {
			add("/refunds", "group.task.pay_back", n)
		}
	}
	if page.Organiser && len(page.Asking) > 0 {
		add("/asking", "group.task.let_in", len(page.Asking))
	}
	secondary := func(href, key string) {
		add(href, key)
		out[len(out)-1].Secondary = true
	}
	secondary("/history", "group.task.history")
	if page.Treasurer {
		if len(page.Money.Recent) > 0 {
			secondary("/corrections", "group.task.corrections")
		}
		secondary("/treasurer", "group.task.treasurer")
	}
	if page.Organiser || page.Group.WindingUp || page.Group.Closed {
		secondary("/wind-up", "group.task.wind_up")
	}
	secondary("/leave", "group.task.leave")
	return out
}

// pictoOf is the picture the catalogue gives a message.
func pictoOf(l *locale.Localizer, key string) string { return l.Idea(key).Picto }

// votesWaiting counts the open proposals the member may still vote on.
func votesWaiting(cards []proposalCard) int {
	n := 0
	for _, p := range cards {
		if p.Status == community.ProposalOpen && p.MyVote == "" {
			n++
		}
	}
	return n
}

// startSummaryLength is about three lines of a phone: a longer summary
// starts the start page with its first words and links the rest.
const startSummaryLength = 160

// firstWords is the first words of text up to about n characters, ending
// at a word, and whether any were left out.
func firstWords(text string, n int) (string, bool) {
	if len([]rune(text)) <= n {
		return text, false
	}
	cut := string([]rune(text)[:n])
	if i := strings.LastIndexAny(cut, " \n"); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…", true
}
