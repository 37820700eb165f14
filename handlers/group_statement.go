package handlers

import (
	"net/http"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// statementLine is one line of a member's printable statement: the entry,
// what it did to their account, and for a share, what the group bought.
type statementLine struct {
	community.Line
	Detail string
}

// statementPage is a member's statement for their care coordinator.
type statementPage struct {
	Group     community.Group
	Name      string
	Treasurer string
	Printed   time.Time
	Lines     []statementLine
	Money     community.PersonMoney
	// Shown are the lines an Easy Read page lists first; More shows more.
	Shown []statementLine
	More  showMore
}

// groupStatement is a member's own money in the group, as a page they can
// print for their care coordinator: what they put in, their share of each
// thing bought (what, from whom, when and how it was agreed), fees,
// refunds owed and paid, what they owe and their balance. Someone who left
// keeps theirs for good.
func (s *Server) groupStatement(c *gin.Context) {
	g, ok := s.statementGroup(c)
	if !ok {
		return
	}
	entries, st, proposals, ok := s.groupBooks(c, g.ID)
	if !ok {
		return
	}
	me := current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	page := statementPage{Group: g, Name: me.Name, Printed: s.Now(), Money: st.People[me.ID]}
	page.Treasurer = everyoneNamed(g, l.T("timeline.former_member"))(g.Treasurer)
	for _, line := range community.AccountLines(entries, me.ID) {
		page.Lines = append(page.Lines, statementLine{Line: line, Detail: lineDetail(l, entries, proposals, line, s.Now())})
	}
	page.Shown, page.More = firstOf(c, l.Easy(), page.Lines, "shown", "statement-lines", l.T("group.statement_lines"))
	s.render(c, http.StatusOK, "group_statement", "statement.title", page)
}

// lineDetail says what a line of the statement is, where its amount alone
// would not: a pledge moves no money but promises some; a payment counts
// only once the treasurer confirms it; a share says what it paid for.
func lineDetail(l *locale.Localizer, entries []community.Entry, proposals []community.Proposal, line community.Line, now time.Time) string {
	e := line.Entry
	switch {
	case e.Kind == community.EntryPledge:
		return l.T("statement.pledge_detail", e.Amount.Pounds())
	case e.Kind == community.EntryPayment && line.Status == community.StatusWaiting:
		return l.T("statement.waiting_detail", e.Amount.Pounds())
	}
	return shareDetail(l, entries, proposals, e, now)
}

// shareDetail says what a share paid for: "A rowing machine from Gym shop,
// agreed by 3 of 4 members on 3 March".
func shareDetail(l *locale.Localizer, entries []community.Entry, proposals []community.Proposal, e community.Entry, now time.Time) string {
	if e.Kind != community.EntryShare {
		return ""
	}
	i := slices.IndexFunc(entries, func(x community.Entry) bool { return x.ID == e.Refers })
	if i < 0 {
		return ""
	}
	j := slices.IndexFunc(proposals, func(p community.Proposal) bool { return p.ID == entries[i].Refers })
	if j < 0 {
		return ""
	}
	p := proposals[j]
	yes, _ := p.Tally()
	on := dayWords(l.Easy(), now, approvedAt(p), "2 January 2006")
	if p.Voters == 1 {
		// "agreed by 1 of 1 members" reads wrong: one voter agreed it.
		return l.T("statement.share_detail_one", p.For, p.To, on)
	}
	return l.T("statement.share_detail", p.For, p.To, yes, p.Voters, on)
}

// dayWords writes a day as view.Day does, for words made in a handler: in
// Easy Read whole, "Tuesday 1 December", with the year only when it is not
// this year's; plain in the layout given.
func dayWords(easy bool, now, t time.Time, plain string) string {
	t = community.InLondon(t)
	switch {
	case !easy:
		return t.Format(plain)
	case t.Year() != community.InLondon(now).Year():
		return t.Format("Monday 2 January 2006")
	}
	return t.Format("Monday 2 January")
}
