package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// groupNew shows the form to start a group: from scratch, or around a
// listing from "groups you could start", already filled in with the group
// price and the people who could join.
func (s *Server) groupNew(c *gin.Context) {
	me := current(c).me
	var listing *community.Listing
	formation, found := s.formationFor(c, c.Query("listing"))
	if found {
		if l, err := s.Store.Listing(c.Request.Context(), formation.ListingID); err == nil {
			listing = &l
		}
	}
	form := groupFormFor(listing, me.District, formation.Each)
	page := s.groupFormPage(form)
	if current(c).display.EasyRead {
		page = s.groupNewPage(form, 1)
	}
	page.Invitees = len(formation.Members)
	s.render(c, http.StatusOK, "group_form", "group.new.title", page)
}

// groupCreate checks and starts the group, with the member as organiser,
// treasurer and first member, and invites the people the suggestion found.
func (s *Server) groupCreate(c *gin.Context) {
	form := readGroupForm(c)
	g, problems := form.group()
	formation, _ := s.formationFor(c, form.ListingID)
	if sent := newPageSent(c, groupNewPages()); sent > 0 && s.groupNewPageSent(c, form, sent, len(formation.Members)) {
		return
	}
	if len(problems) > 0 {
		problems = s.everyProblem(c, form) // say everything wrong at once
	} else {
		var invite []string
		for _, m := range formation.Members {
			invite = append(invite, m.ID)
		}
		created, err := s.Actions.StartGroup(c.Request.Context(), who(c), c.PostForm("key"), g, invite)
		if err == nil {
			c.Redirect(http.StatusSeeOther, "/groups/"+created.ID+"?done=started")
			return
		}
		if community.KindOf(err) != community.KindInvalid {
			s.fail(c, err)
			return
		}
		problems = community.FieldErrors(err)
	}
	page := s.groupFormPage(form)
	page.Invitees = len(formation.Members)
	anchors := groupAnchors()
	anchors["key"] = "name"
	s.render(c, http.StatusBadRequest, "group_form", "group.new.title", page, summaryWith(firstPerField(problems), anchors)...)
}

// everyProblem is everything wrong with the group the form describes: the
// numbers that could not be read, and what the rules say of the rest,
// with the member starting it as its first member.
func (s *Server) everyProblem(c *gin.Context, form groupForm) []community.FieldError {
	g, problems := form.group()
	g.Members = []community.Membership{{PersonID: current(c).me.ID}}
	return append(problems, community.FieldErrors(g.Validate(s.Places.Known, community.Day(s.Now())))...)
}

// formationFor finds the group the member could start around a listing.
func (s *Server) formationFor(c *gin.Context, listingID string) (matching.Formation, bool) {
	if listingID == "" {
		return matching.Formation{}, false
	}
	return s.Matching.FormFor(current(c).me.ID, listingID)
}

func (s *Server) groupFormPage(f groupForm) groupFormPage {
	return groupFormPage{Form: f, Categories: interestGroups(), Periods: community.Periods(),
		Leavers: community.LeaverRules(), VoteRules: community.VoteRules(), Splits: community.SplitRules()}
}
