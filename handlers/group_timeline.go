package handlers

import (
	"cmp"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// timelineEvent is one step in the group's story.
type timelineEvent struct {
	At   time.Time
	Text string
}

// mostTimeline bounds the steps shown, newest first.
const mostTimeline = 20

// timeline tells, newest first, who joined, paid, was confirmed, proposed,
// and what was decided, spent and refunded: every step of the group's
// money and decisions, from the ledger and the proposals.
func timeline(l *locale.Localizer, g community.Group, entries []community.Entry, proposals []proposalCard) []timelineEvent {
	var out []timelineEvent
	for _, m := range g.Members {
		if !m.JoinedAt.IsZero() {
			out = append(out, timelineEvent{m.JoinedAt, l.T("timeline.joined", m.Name)})
		}
	}
	name := memberNames(g, l.T("timeline.former_member"))
	for _, e := range entries {
		var text string
		switch e.Kind {
		case community.EntryPayment:
			text = l.T("timeline.paid", name(e.PersonID), e.Amount.Pounds())
		case community.EntryConfirm:
			text = l.T("timeline.confirmed", name(e.RecordedBy), e.Amount.Pounds(), name(e.PersonID))
		case community.EntrySpend:
			text = l.T("timeline.spent", e.Amount.Pounds(), e.Note)
		case community.EntryRefund:
			text = l.T("timeline.refunded", e.Amount.Pounds(), name(e.PersonID))
		default:
			continue
		}
		out = append(out, timelineEvent{e.At, text})
	}
	for _, p := range proposals {
		out = append(out, timelineEvent{p.CreatedAt, l.T("timeline.proposed", p.ByName, p.Amount.Pounds(), p.For)})
		if p.Status == community.ProposalApproved || p.Status == community.ProposalRejected || p.Status == community.ProposalPaid {
			decided := community.ProposalApproved
			if p.Status == community.ProposalRejected {
				decided = community.ProposalRejected
			}
			out = append(out, timelineEvent{p.UpdatedAt, l.T("timeline."+string(decided), p.For)})
		}
	}
	slices.SortStableFunc(out, func(a, b timelineEvent) int { return cmp.Compare(b.At.UnixNano(), a.At.UnixNano()) })
	return out[:min(len(out), mostTimeline)]
}
