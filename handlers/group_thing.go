package handlers

import (
	"cmp"
	"net/http"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// thingPage is one thing the group owns: what it cost, each owner's share
// in it, and who else uses it for a fee. Someone who is not in the group
// sees only the thing and, if the group offers it, the fee to use it.
type thingPage struct {
	Group community.Group
	Thing community.Thing
	// Money and Owners are for members: the cost and each owner's share.
	Money  community.ThingMoney
	Owners []ownerShare
	From   string
	// Member, Organiser and Treasurer say who is looking; User that they
	// use it for a fee, and CanUse that they may start to.
	Member, Organiser, Treasurer, User, CanUse bool
	// FeesPaid is how many use fees the user has paid, NextFee the number
	// of the one they pay next; Account is their money.
	FeesPaid, NextFee int
	NextDue           time.Time
	Account           community.PersonMoney
	// Users are the people who use it, for its organisers and treasurer.
	Users   []thingUser
	Methods []string
	// Fee and Every are the use-fee form as typed.
	Fee, Every string
	Periods    []string
	// FeeWords says the fee, like "£3 a month"; Done is the notice of what
	// was just done.
	FeeWords, Done string
}

// ownerShare is one owner's share in a thing.
type ownerShare struct {
	Name  string
	Share community.Pence
	// Left says they left the group; their share stays with it, bought out
	// for BoughtOut under the buy-out rule.
	Left      bool
	BoughtOut community.Pence
}

// thingUser is someone who uses a thing for a fee.
type thingUser struct {
	Name     string
	FeesPaid int
	Account  community.PersonMoney
	Stopped  bool
}

// thingNotices are the notices a finished action can ask the thing page to
// show; each has words under "thing.done.<name>".
func thingNotices() []string { return []string{"using", "use_fee", "fee_paid", "stopped"} }

// PageTitle is the thing's name.
func (p thingPage) PageTitle() string { return p.Thing.Name }

func (s *Server) groupThing(c *gin.Context) {
	s.showThing(c, http.StatusOK, "", "")
}

func (s *Server) showThing(c *gin.Context, status int, fee, every string, errs ...fieldMessage) {
	ctx := c.Request.Context()
	g, err := s.Store.Group(ctx, c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	t, has := g.Thing(c.Param("thing"))
	if !has {
		s.fail(c, community.NotFound("error.thing.not_found"))
		return
	}
	me := current(c).me.ID
	_, member := g.Member(me)
	use, user := g.User(me)
	// A user of another of the group's things is not this one's user.
	page := thingPage{Group: g, Thing: t, Member: member, User: user && use.Uses == t.ID, Organiser: g.IsOrganiser(me), Treasurer: g.IsTreasurer(me),
		Methods: community.PaymentMethods(), Fee: fee, Every: every, Periods: community.UsePeriods()}
	page.CanUse = !member && !user && !g.Closed && !g.WindingUp && t.UseFee > 0 && t.Fate == ""
	if t.UseFee > 0 {
		page.FeeWords = s.Locale.For(current(c).display.EasyRead).T("thing.fee_every."+string(t.UseEvery), t.UseFee.Pounds())
	}
	page.Done = knownDone(c, thingNotices()...)
	if fee == "" && t.UseFee > 0 {
		page.Fee = t.UseFee.Pounds()
	}
	if every == "" {
		page.Every = string(cmp.Or(t.UseEvery, community.EveryMonth))
	}
	if member || page.User {
		entries, st, err := s.Store.Tallied(ctx, g.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.FeesPaid, page.Account = community.UseFeesPaid(entries, me, t.ID), st.People[me]
		page.NextFee = page.FeesPaid + 1
		if u, ok := g.User(me); ok {
			page.NextDue = community.UseFeeDue(u, t, page.FeesPaid)
		}
		if member {
			page.Money = community.MoneyOfThing(entries, t.ID)
			page.Owners = ownersOf(g, page.Money, st)
			if p, err := s.Store.Proposal(ctx, g.ID, t.ID); err == nil {
				page.From = p.To
			}
			for _, u := range g.Users {
				if u.Uses == t.ID {
					page.Users = append(page.Users, thingUser{Name: u.Name, FeesPaid: community.UseFeesPaid(entries, u.PersonID, t.ID),
						Account: st.People[u.PersonID], Stopped: !u.LeftAt.IsZero()})
				}
			}
		}
	}
	s.render(c, status, "group_thing", "thing.title", page, errs...)
}

// ownersOf names each owner's share in a thing, members first in joining
// order, then those who left (by name only among members: a former member
// reads as "a former member").
func ownersOf(g community.Group, money community.ThingMoney, st community.Statement) []ownerShare {
	var out []ownerShare
	for _, m := range g.Members {
		if share, ok := money.Shares[m.PersonID]; ok {
			out = append(out, ownerShare{Name: m.Name, Share: share})
		}
	}
	for _, m := range formerOnce(g) {
		if share, ok := money.Shares[m.PersonID]; ok {
			out = append(out, ownerShare{Share: share, Left: true, BoughtOut: st.People[m.PersonID].BoughtOut})
		}
	}
	return out
}
