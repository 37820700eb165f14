package handlers

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// groupPage is a group's page: what it is for, its rules in words, who is
// in it, and for a visitor who is not, whether and how they can join.
type groupPage struct {
	Group   community.Group
	Rules   []string
	Listing *community.Listing
	// Offers counts the offers from providers the group has not blocked,
	// for its members.
	Offers    int
	Member    bool
	Organiser bool
	Invited   bool
	CanJoin   bool
	// CanAsk and Asked are for a group that asks first; Asking names who
	// asked, for its organisers.
	CanAsk    bool
	Asked     bool
	Asking    []markedPerson
	Treasurer bool
	Done      string
	// Money is the pot, and Proposals the spends put to a vote, for
	// members only; Proposal is the form to propose one, as typed.
	Money     *groupMoney
	Proposals []proposalCard
	// Shown are the proposals the page lists: every one still open or
	// agreed, and one page of those decided, newest first; Decided pages
	// through the rest.
	Shown    []proposalCard
	Decided  pager
	Proposal proposalForm
	// Withdraw is the form to take a proposal back, as typed.
	Withdraw withdrawForm
	Voter    bool
	Board    groupBoard
	Post     boardForm
	// RulesForm is the form to propose new rules, as typed or as they are.
	RulesForm potForm
	Periods   []string
	Leavers   []string
	Splits    []string
	VoteRules []string
	// Events are every step of the group's story, newest first; Timeline
	// is the page of them the plain group page shows.
	Events   []timelineEvent
	Timeline timelinePage
	// Things are what the group owns, with what each cost, for members;
	// others see those they may use for a fee. Uses is the thing the
	// visitor uses for a fee, if they do.
	Things []groupThing
	Uses   *community.Thing
	// Roles are the members as the list of them says, with their roles
	// worked out here rather than asked of the group for each by the
	// template.
	Roles []memberRole
	groupPartPage
}

// memberRole is one member in the group page's list of members.
type memberRole struct {
	Name                           string
	Organiser, Treasurer, Watching bool
}

func memberRoles(g community.Group) []memberRole {
	out := make([]memberRole, 0, len(g.Members))
	for _, m := range g.Members {
		out = append(out, memberRole{Name: m.Name, Organiser: g.IsOrganiser(m.PersonID), Treasurer: g.IsTreasurer(m.PersonID), Watching: m.Watching})
	}
	return out
}

// groupPartPage is what the Easy Read start page and the short page of
// one part show (see group_parts.go).
type groupPartPage struct {
	// Start is the Easy Read start page; Tasks its large buttons.
	Start bool
	Tasks []task
	// Summary is the group's Easy Read summary as the start page shows
	// it: its first words when it is long (Cut), the rest on /about.
	Summary string
	Cut     bool
	// Part is the part a short page shows, and Heading its h1.
	Part, Heading string
	// VotesWaiting counts the open proposals the member has not voted on.
	VotesWaiting int
	// The first items of the part's list, and the link to show more.
	MemberList  []community.Membership
	Rows        []moneyRow
	Cards       []proposalCard
	Waiting     []waitingPayment
	PayBack     []payBack
	AskingShown []markedPerson
	Posts       []community.Post
	History     []timelineEvent
	Recent      []recentEntry
	More        showMore
	// One is the proposal a proposal's page shows; Withdrawing shows the
	// form to withdraw it instead of the vote.
	One         *proposalCard
	Withdrawing bool
	// ConfirmAll shows the treasurer's form to confirm every payment.
	ConfirmAll bool
	// RulesStep is the step of the Easy Read rules form shown: "votes"
	// for how the group decides, "" for the money.
	RulesStep string
}

// groupThing is a thing the group owns, as the group page lists it.
type groupThing struct {
	community.Thing
	Cost community.Pence
	// FeeWords says its use fee, like "£3 a month", when it has one.
	FeeWords string
}

// groupNotices are the notices a finished action can ask the group page
// to show; each has words under "group.done.<name>".
func groupNotices() []string {
	return []string{"started", "joined", "paid", "confirmed", "proposed", "voted", "spent", "posted", "asked", "let_in", "reversed", "paid_back", "withdrawn", "confirmed_all", "treasurer", "wind_up_proposed", "post_removed"}
}

// PageTitle is the group's name, after the part's heading on a part's
// own page.
func (p groupPage) PageTitle() string {
	if p.Heading != "" {
		return p.Heading + " – " + p.Group.Name
	}
	return p.Group.Name
}

func (s *Server) groupShow(c *gin.Context) {
	g, err := s.Store.Group(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.showGroup(c, g, http.StatusOK, freshGroupForms())
}

// showGroup renders the group page; members also see the pot, with the
// payment form as typed (and its problems, if any).
func (s *Server) showGroup(c *gin.Context, g community.Group, status int, forms groupForms, errs ...fieldMessage) {
	me := owner(c)
	l := s.Locale.For(current(c).display.EasyRead)
	membership, member := g.Member(me.ID)
	if !g.IsTreasurer(me.ID) {
		g = s.withoutBlockedNames(g, me.ID, l.T("group.a_member"))
	}
	page := groupPage{
		Group: g, Rules: potRuleWords(l, g.Rules), Member: member, Voter: member && !membership.Watching,
		Organiser: g.IsOrganiser(me.ID), Treasurer: g.IsTreasurer(me.ID), Invited: slices.Contains(g.Invited, me.ID),
	}
	if own := membership.Contribution; member && own > 0 && own != g.Rules.Contribution && g.Rules.Every != community.Once {
		// A member who joined from a wish pays their own promise.
		page.Rules = append([]string{l.T("rules.own_promise", own.Pounds(), everyWords(l, g.Rules.Every),
			membership.PledgeUnder(g.Rules).Pounds())}, page.Rules...)
	}
	if current(c).helping != nil {
		// A mentor helping joins, leaves and pays in; votes, proposals and
		// the organiser's and treasurer's forms stay the member's own.
		page.Voter, page.Organiser, page.Treasurer = false, false, false
	}
	_, user := g.User(me.ID)
	page.CanJoin = !member && !user && !g.Closed && !g.WindingUp && g.PlacesLeft() > 0 && (g.Open || page.Invited)
	page.Asked = slices.Contains(g.Asking, me.ID)
	page.CanAsk = !member && !user && !g.Closed && !g.WindingUp && !g.Open && !page.Invited && !page.Asked && g.PlacesLeft() > 0
	if page.Organiser {
		page.Asking = s.askingNames(c, g)
	}
	page.Done = knownDone(c, groupNotices()...)
	var entries []community.Entry
	if member {
		var proposals []community.Proposal
		var st community.Statement
		var ok bool
		if entries, st, proposals, ok = s.groupBooks(c, g.ID); !ok {
			return
		}
		page.Money = moneyOf(l, g, entries, st, forms.Payment, me.ID, page.Treasurer)
		page.Roles = memberRoles(g)
		page.Money.Commitments = community.CommitmentsOf(g, page.Money.Statement, proposals, s.Now())
		page.Proposals = s.proposalCards(c, g, proposals)
		decidedPage, _ := strconv.Atoi(c.Query("decided"))
		page.Shown, page.Decided = shownProposals(page.Proposals, decidedPage)
		page.Proposal, page.Post, page.Withdraw = forms.Proposal, forms.Board, forms.Withdraw
		page.RulesForm = potFormFrom(g.Rules)
		if forms.Rules != nil {
			page.RulesForm = *forms.Rules
		}
		page.Periods, page.Leavers, page.VoteRules = community.Periods(), community.LeaverRules(), community.VoteRules()
		page.Splits = community.SplitRules()
		posts, err := s.Store.Board(c.Request.Context(), g.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.Board = boardOf(posts, community.Day(s.Now()))
		older, _ := strconv.Atoi(c.Query("timeline"))
		page.Events = timeline(l, g, entries, page.Proposals, page.Treasurer)
		page.Timeline = timelineOf(page.Events, older)
	}
	page.Things = thingsOf(l, g, page.Member, entries)
	if u, user := g.User(me.ID); user {
		if t, has := g.Thing(u.Uses); has {
			page.Uses = &t
		}
	}
	if g.ListingID != "" {
		if l, err := s.Store.Listing(c.Request.Context(), g.ListingID); err == nil && l.Listed() {
			page.Listing = &l
		}
	}
	if member {
		offers, _ := s.Store.OffersTo(c.Request.Context(), g.ID)
		for _, o := range offers {
			if !g.BlocksProvider(o.ProviderID) {
				page.Offers++
			}
		}
	}
	name := "group"
	if page.Voter {
		page.VotesWaiting = votesWaiting(page.Proposals)
	}
	switch {
	case forms.Part != "" && member:
		if !s.partPage(c, l, &page, forms) {
			return
		}
		name = groupParts[forms.Part]
	case l.Easy():
		// In Easy Read the group page starts with what the member can do
		// now, each thing on a short page of its own.
		page.Start = true
		page.Summary = cmp.Or(g.EasySummary, g.Purpose)
		if member {
			// A member reads the rest on the group's about page; anyone
			// else reads it all here, to choose whether to join.
			page.Summary, page.Cut = firstWords(page.Summary, startSummaryLength)
			page.Tasks = startTasks(l, page)
			if current(c).helping != nil {
				page.Tasks = helpingTasks(page.Tasks, g.ID)
			}
		}
	}
	s.render(c, status, name, "group.title", page, errs...)
}

// thingsOf lists the group's things for its page: for members, each with
// what it cost; for anyone else, only those offered for a fee.
func thingsOf(l *locale.Localizer, g community.Group, member bool, entries []community.Entry) []groupThing {
	var out []groupThing
	for _, t := range g.Things {
		if !member && (t.UseFee <= 0 || t.Fate != "") {
			continue
		}
		line := groupThing{Thing: t}
		if member {
			line.Cost = community.MoneyOfThing(entries, t.ID).Cost
		}
		if t.UseFee > 0 {
			line.FeeWords = l.T("thing.fee_every."+string(t.UseEvery), t.UseFee.Pounds())
		}
		out = append(out, line)
	}
	return out
}

// withoutBlockedNames is the group as someone sees it who has blocked, or
// been blocked by, some of its members: those are "a member", and the
// money and votes still add up. The treasurer still sees every name, to
// keep the books.
func (s *Server) withoutBlockedNames(g community.Group, me, aMember string) community.Group {
	members := slices.Clone(g.Members)
	for i, m := range members {
		if m.PersonID != me && s.Matching.Blocked(me, m.PersonID) {
			members[i].Name = aMember
		}
	}
	g.Members = members
	return g
}
