package handlers

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// timelineEvent is one step in the group's story.
type timelineEvent struct {
	At time.Time
	// Proposal is the proposal the step is of, if it is of one, so that
	// the Easy Read history can link to its page.
	Proposal string
	// words is the step's sentence; or it is the ledger entry's, which
	// teller words only when it is shown, since a page shows twenty steps
	// of hundreds.
	words  string
	entry  *community.Entry
	teller *entryTeller
}

// Text is the step's sentence.
func (e timelineEvent) Text() string {
	if e.teller != nil {
		return e.teller.say(*e.entry)
	}
	return e.words
}

// theirsIn marks words a member wrote (a name, what a spend is for) inside
// a step's sentence, which the page then shows as theirs (the template
// function marked), so the site's checks of its own words pass them by.
// The marks are control characters no form lets through; any in the
// words are dropped, so the words cannot close or open a mark.
func theirsIn(words string) string {
	words = strings.Map(func(r rune) rune {
		if r == markOpen || r == markClose {
			return -1
		}
		return r
	}, words)
	return string(markOpen) + words + string(markClose)
}

// markOpen and markClose surround words marked by theirsIn.
const markOpen, markClose = '\x02', '\x03'

// event is a step of the group's story that is of no proposal.
func event(at time.Time, text string) timelineEvent { return timelineEvent{At: at, words: text} }

// mostTimeline is how many steps one page of the timeline shows, newest
// first; older ones are on the pages after it, so the group page does not
// grow with the ledger.
const mostTimeline = 20

// timelinePage is one page of the group's story.
type timelinePage struct {
	Events []timelineEvent
	// Page is this page's number from 1; Older and Newer are the pages
	// either side, 0 when there is none.
	Page, Older, Newer int
}

// timeline tells, newest first, who joined, paid, was confirmed, proposed,
// and what was decided, spent and refunded: every step of the group's
// money and decisions, from the ledger and the proposals.
func timeline(l *locale.Localizer, g community.Group, entries []community.Entry, proposals []proposalCard, treasurer bool) []timelineEvent {
	var out []timelineEvent
	for _, n := range g.Notes {
		args := make([]string, len(n.Args))
		for i, a := range n.Args {
			args[i] = theirsIn(a) // the names of members and things
			if a == "" {
				args[i] = l.T("timeline.former_member") // one who deleted their account
			}
		}
		out = append(out, event(n.At, l.TA(n.Key, args)))
	}
	for _, m := range g.Members {
		if !m.JoinedAt.IsZero() {
			out = append(out, event(m.JoinedAt, l.T("timeline.joined", theirsIn(m.Name))))
		}
	}
	former := l.T("timeline.former_member")
	named := memberNames(g, former)
	if treasurer {
		named = everyoneNamed(g, former)
	}
	// name is a member's name, theirs, or the site's words for one who
	// left.
	name := func(id string) string {
		if n := named(id); n != former {
			return theirsIn(n)
		}
		return former
	}
	kinds := make(map[string]community.EntryKind, len(entries))
	recordedBy, payerOf := map[string]string{}, map[string]string{}
	for _, e := range entries {
		kinds[e.ID], recordedBy[e.ID], payerOf[e.ID] = e.Kind, e.RecordedBy, e.PersonID
	}
	teller := &entryTeller{l: l, g: &g, name: name}
	for i, e := range entries {
		if isStep(e, kinds, recordedBy, payerOf) {
			out = append(out, timelineEvent{At: e.At, entry: &entries[i], teller: teller})
		}
	}
	for _, p := range proposals {
		for _, e := range proposalEvents(l, p) {
			e.Proposal = p.ID
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b timelineEvent) int { return cmp.Compare(b.At.UnixNano(), a.At.UnixNano()) })
	return out
}

// isStep says whether a ledger entry is a step of the story: a payment
// the treasurer recorded is not told twice, nor a leaver's pledge
// cancelled.
func isStep(e community.Entry, kinds map[string]community.EntryKind, recordedBy, payerOf map[string]string) bool {
	switch e.Kind {
	case community.EntryConfirm:
		return kinds[e.Refers] != community.EntryPayment || recordedBy[e.Refers] == payerOf[e.Refers]
	case community.EntryReversal:
		k := kinds[e.Refers]
		return k == community.EntryPayment || k == community.EntrySpend || k == community.EntryRefund
	case community.EntryPayment, community.EntrySpend, community.EntryRefundOwed, community.EntryRefund, community.EntryMove,
		community.EntrySale, community.EntryBuyOut, community.EntryFundShare:
		return true
	}
	return false
}

// entryTeller words a group's ledger entries; name is a member's name as
// the reader may see it.
type entryTeller struct {
	l    *locale.Localizer
	g    *community.Group
	name func(string) string
}

func (t *entryTeller) say(e community.Entry) string {
	l, name := t.l, t.name
	var text string
	switch e.Kind {
	case community.EntryPayment:
		text = l.T("timeline.paid", name(e.PersonID), e.Amount.Pounds())
		if e.RecordedBy != e.PersonID {
			text = l.T("timeline.paid_to_treasurer", e.Amount.Pounds(), name(e.PersonID))
		}
	case community.EntryConfirm:
		text = l.T("timeline.confirmed", name(e.RecordedBy), e.Amount.Pounds(), name(e.PersonID))
	case community.EntrySpend:
		text = l.T("timeline.spent", e.Amount.Pounds(), theirsIn(e.Note))
	case community.EntryRefundOwed:
		text = l.T("timeline.refund_owed", e.Amount.Pounds(), name(e.PersonID))
	case community.EntryRefund:
		text = l.T("timeline.refunded", e.Amount.Pounds(), name(e.PersonID))
	case community.EntryMove:
		text = l.T("timeline.moved", e.Amount.Pounds(), name(e.PersonID))
	case community.EntrySale:
		thing, _ := t.g.Thing(e.Refers)
		text = l.T("timeline.sold", theirsIn(thing.Name), e.Amount.Pounds())
	case community.EntryBuyOut:
		text = l.T("timeline.bought_out", name(e.PersonID), e.Amount.Pounds())
	case community.EntryFundShare:
		text = l.T("timeline.fund_share", e.Amount.Pounds(), name(e.PersonID))
	case community.EntryReversal:
		text = l.T("timeline.reversed", e.Amount.Pounds(), name(e.RecordedBy), theirsIn(e.Note))
	}
	return text
}

// timelineOf is one page of the group's story, newest first: page 1 is
// the newest steps.
func timelineOf(out []timelineEvent, page int) timelinePage {
	pages := max((len(out)+mostTimeline-1)/mostTimeline, 1)
	page = min(max(page, 1), pages)
	t := timelinePage{Page: page, Events: out[min((page-1)*mostTimeline, len(out)):min(page*mostTimeline, len(out))]}
	if page < pages {
		t.Older = page + 1
	}
	if page > 1 {
		t.Newer = page - 1
	}
	return t
}

// proposalEvents are the steps of one proposal: proposed, then agreed or
// not, withdrawn or lapsed; a rule change is worded as one.
func proposalEvents(l *locale.Localizer, p proposalCard) []timelineEvent {
	if p.Extends != "" {
		until := community.InLondon(p.NewPayBy).Format("Monday 2 January 2006")
		out := []timelineEvent{event(p.CreatedAt, l.T("timeline.more_time", theirsIn(p.ByName), theirsIn(p.For), until))}
		if p.Status == community.ProposalApproved || p.Status == community.ProposalPaid {
			out = append(out, event(approvedAt(p.Proposal), l.T("timeline.more_time_given", theirsIn(p.For), until)))
		}
		return out
	}
	if p.Rules != nil {
		out := []timelineEvent{event(p.CreatedAt, l.T("timeline.proposed_rules", theirsIn(p.ByName)))}
		switch p.Status {
		case community.ProposalApproved, community.ProposalPaid:
			out = append(out, event(approvedAt(p.Proposal), l.T("timeline.rules_approved")))
		case community.ProposalRejected:
			out = append(out, event(rejectedAt(p), l.T("timeline.rules_rejected")))
		case community.ProposalWithdrawn:
			out = append(out, event(p.UpdatedAt, l.T("timeline.withdrawn", l.T("proposals.rules"))))
		}
		return out
	}
	if p.WindUp {
		out := []timelineEvent{event(p.CreatedAt, l.T("timeline.proposed_wind_up", theirsIn(p.ByName)))}
		switch p.Status {
		case community.ProposalRejected:
			out = append(out, event(rejectedAt(p), l.T("timeline.rejected", l.T("proposals.wind_up"))))
		case community.ProposalWithdrawn:
			out = append(out, event(p.UpdatedAt, l.T("timeline.withdrawn", l.T("proposals.wind_up"))))
		}
		return out // once agreed, the group's own note says so
	}
	if p.BuysOut != "" {
		out := []timelineEvent{event(p.CreatedAt, l.T("timeline.proposed_buy_out", p.Amount.Pounds(), theirsIn(p.For)))}
		if p.Status == community.ProposalRejected {
			out = append(out, event(rejectedAt(p), l.T("timeline.buy_out_rejected")))
		}
		return out // once agreed, the buy-out's entry says so
	}
	out := []timelineEvent{event(p.CreatedAt, l.T("timeline.proposed", theirsIn(p.ByName), p.Amount.Pounds(), theirsIn(p.For)))}
	switch p.Status {
	case community.ProposalApproved, community.ProposalPaid:
		out = append(out, event(approvedAt(p.Proposal), l.T("timeline.approved", theirsIn(p.For))))
	case community.ProposalRejected:
		out = append(out, event(rejectedAt(p), l.T("timeline.rejected", theirsIn(p.For))))
	case community.ProposalWithdrawn:
		out = append(out, event(p.UpdatedAt, l.T("timeline.withdrawn", theirsIn(p.For))))
	case community.ProposalLapsed:
		out = append(out, event(approvedAt(p.Proposal), l.T("timeline.approved", theirsIn(p.For))),
			event(p.PayBy, l.T("timeline.lapsed", theirsIn(p.For))))
	}
	return out
}

// rejectedAt is when a proposal was not agreed: when its vote closed, if
// that is what decided it (whether or not a later change recorded it so),
// or when the votes against it made it fail.
func rejectedAt(p proposalCard) time.Time {
	if !p.ClosesAt.IsZero() && (p.Stored == community.ProposalOpen || p.UpdatedAt.After(p.ClosesAt)) {
		return p.ClosesAt
	}
	return p.UpdatedAt
}

// approvedAt is when a proposal was agreed, or its last change for one
// agreed before that was kept.
func approvedAt(p community.Proposal) time.Time {
	if !p.ApprovedAt.IsZero() {
		return p.ApprovedAt
	}
	return p.UpdatedAt
}
