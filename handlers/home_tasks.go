package handlers

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// homeTask is one thing waiting for the member, said in their words, with
// the page where they can do it.
type homeTask struct {
	Text, Href, Picto string
}

// homeTasks lists what waits for the member in their groups: the next
// payment they pledged and when it is due, money they owe, votes they
// have not cast, and for a treasurer, payments to confirm and refunds to
// pay back; and, first, how many things mentors did for them (actsDone)
// since they last read their log.
func (s *Server) homeTasks(ctx context.Context, l *locale.Localizer, me community.Person, actsDone int) ([]homeTask, error) {
	groups, err := s.Store.GroupsOf(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	var out []homeTask
	if n := actsDone; n > 0 {
		out = append(out, homeTask{Text: l.T(plural("home.task.acts", n), n), Href: "/permissions#acts", Picto: "help"})
	}
	for _, id := range s.Matching.HellosWaiting(me.ID) {
		if p, err := s.Store.Person(ctx, id); err == nil {
			out = append(out, homeTask{Text: l.T("home.task.hello", p.Name), Href: "/people/" + id, Picto: "mail"})
		}
	}
	_, unread := s.Actions.Unread(me.ID)
	for _, id := range slices.Sorted(maps.Keys(unread)) {
		if p, err := s.Store.Person(ctx, id); err == nil {
			n := unread[id]
			out = append(out, homeTask{Text: l.T(plural("home.task.messages", n), n, p.Name), Href: "/messages/" + id, Picto: "mail"})
		}
	}
	wishes, err := s.Store.WishesOf(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	for _, w := range wishes {
		if r := w.Round; r.Open(now) && slices.Contains(r.Asked, me.ID) {
			if _, answered := r.Answers[me.ID]; !answered {
				out = append(out, homeTask{Text: l.T("home.wish_asked", w.Text), Href: "/wishes/" + w.ID, Picto: "people"})
			}
		}
	}
	due, err := s.checkInDue(ctx, me.ID, now)
	if err != nil {
		return nil, err
	}
	if due {
		out = append(out, homeTask{Text: l.T("home.task.check_in"), Href: "/me/wellbeing/check-in", Picto: "wellbeing"})
	}
	invited, err := s.invitations(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	for _, g := range invited {
		out = append(out, homeTask{Text: l.T("home.task.invited", g.Name), Href: "/groups/" + g.ID, Picto: "group"})
	}
	for _, g := range groups {
		st, err := s.Store.Statement(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		proposals, err := s.Store.Proposals(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		href := "/groups/" + g.ID
		m, _ := g.Member(me.ID)
		mine := st.People[me.ID]
		if next, due, n, ok := community.NextPayment(g.Rules, m, mine, now); ok {
			// A payment whose day has passed says so.
			pay, once := "home.task.pay.", "home.task.pay_once"
			if due.Before(community.Day(now)) {
				pay, once = "home.task.late.", "home.task.late_once"
			}
			text := l.T(once, next.Pounds(), g.Name, due.Format("Monday 2 January"))
			if g.Rules.Every != community.Once {
				text = l.T(pay+string(g.Rules.Every), next.Pounds(), n, g.Name, due.Format("Monday 2 January"))
			}
			out = append(out, homeTask{Text: text, Href: href + "#money", Picto: "money"})
		}
		// What they owe leaves out payments waiting to be confirmed.
		if owes := mine.Owes() - mine.Pending; owes > 0 {
			out = append(out, homeTask{Text: l.T("home.task.owes", g.Name, owes.Pounds()), Href: href + "#money", Picto: "money"})
		}
		for _, p := range proposals {
			if _, voted := p.VoteOf(me.ID); !m.Watching && !voted && p.AsOf(now) == community.ProposalOpen {
				out = append(out, homeTask{Text: l.T("home.task.vote", g.Name, proposalWordsFor(l, p)), Href: href + "#proposals", Picto: "people"})
			}
		}
		if h := g.Handover; h != nil && h.To == me.ID {
			from, _ := g.Member(h.From)
			out = append(out, homeTask{Text: l.T("home.task.take_treasurer", from.Name, g.Name), Href: href + "/treasurer", Picto: "money"})
		}
		if n := s.Actions.ReportsAbout(g.ID); n > 0 && g.IsOrganiser(me.ID) {
			out = append(out, homeTask{Text: l.T(plural("home.task.reported", n), n, g.Name), Href: "/groups/" + g.ID, Picto: "help"})
		}
		if g.IsTreasurer(me.ID) && g.WindingUp && !g.Closed {
			out = append(out, homeTask{Text: l.T("home.task.wind_up", g.Name), Href: href + "/wind-up", Picto: "lock"})
		}
		if g.IsTreasurer(me.ID) {
			if n := len(st.Unconfirmed); n > 0 {
				out = append(out, homeTask{Text: l.T(plural("home.task.confirm", n), n, g.Name), Href: href + "#money", Picto: "success"})
			}
			if n := len(st.Owing); n > 0 {
				out = append(out, homeTask{Text: l.T(plural("home.task.pay_back", n), n, g.Name), Href: href + "#money", Picto: "money"})
			}
		}
	}
	help, err := s.helpTasks(ctx, l, me, len(groups) > 0)
	if err != nil {
		return nil, err
	}
	out = append(out, help...)
	using, err := s.Store.GroupsUsing(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	for _, g := range using {
		u, ok := g.User(me.ID)
		t, _ := g.Thing(u.Uses)
		if !ok || t.UseFee <= 0 || g.WindingUp || g.Closed {
			continue
		}
		entries, err := s.Store.Entries(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		n := community.UseFeesPaid(entries, me.ID, t.ID)
		due := community.UseFeeDue(u, t, n)
		out = append(out, homeTask{Text: l.T("home.task.use_fee."+string(t.UseEvery), t.UseFee.Pounds(), n+1, t.Name, due.Format("Monday 2 January")),
			Href: "/groups/" + g.ID + "/things/" + t.ID + "#fee", Picto: "money"})
	}
	return out, nil
}

// proposalWordsFor says what a proposal is, in a few words.
func proposalWordsFor(l *locale.Localizer, p community.Proposal) string {
	if p.Rules != nil {
		return l.T("proposals.rules")
	}
	if p.Extends != "" {
		return l.T("proposals.more_time", p.For)
	}
	if p.WindUp {
		return l.T("proposals.wind_up")
	}
	if p.BuysOut != "" {
		return l.T("proposals.buy_out", p.Amount.Pounds())
	}
	return l.T("proposals.spend", p.Amount.Pounds(), p.To)
}

// plural picks a message's words for one ("key_one") or for more (key).
func plural(key string, n int) string {
	if n == 1 {
		return key + "_one"
	}
	return key
}

// checkInDue reports whether the member agreed to wellbeing check-ins and
// one is due.
func (s *Server) checkInDue(ctx context.Context, personID string, now time.Time) (bool, error) {
	plan, err := s.Store.WellbeingPlan(ctx, personID)
	if err != nil || !plan.On() {
		return false, err
	}
	checkIns, err := s.Store.CheckInsOf(ctx, personID)
	if err != nil {
		return false, err
	}
	var last time.Time
	if len(checkIns) > 0 {
		last = checkIns[len(checkIns)-1].At
	}
	return plan.Due(last, now), nil
}
