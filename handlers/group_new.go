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
	page := s.groupFormPage(groupFormFor(listing, me.District, formation.Each))
	page.Invitees = len(formation.Members)
	s.render(c, http.StatusOK, "group_form", "group.new.title", page)
}

// groupCreate checks and starts the group, with the member as organiser,
// treasurer and first member, and invites the people the suggestion found.
func (s *Server) groupCreate(c *gin.Context) {
	me := current(c).me
	form := readGroupForm(c)
	g, problems := form.group()
	g.Organisers, g.Treasurer = []string{me.ID}, me.ID
	g.Members = []community.Membership{{PersonID: me.ID, Name: me.Name}}
	if err := g.Validate(s.Places.Known); err != nil {
		problems = append(problems, community.FieldErrors(err)...)
	}
	if len(problems) > 0 {
		page := s.groupFormPage(form)
		formation, _ := s.formationFor(c, form.ListingID)
		page.Invitees = len(formation.Members)
		s.render(c, http.StatusBadRequest, "group_form", "group.new.title", page, summaryWith(problems, groupAnchors())...)
		return
	}
	if formation, ok := s.formationFor(c, form.ListingID); ok {
		for _, m := range formation.Members {
			g.Invited = append(g.Invited, m.ID)
		}
	}
	created, err := s.Store.CreateGroup(c.Request.Context(), g)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.indexGroup(c, created)
	if err := s.pledge(c, created, me.ID); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+created.ID+"?done=started")
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
		Leavers: community.LeaverRules(), VoteRules: community.VoteRules()}
}
