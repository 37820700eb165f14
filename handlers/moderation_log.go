package handlers

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

// auditLine is one line of the moderators' log, with names in place of
// ids.
type auditLine struct {
	community.Audit
	ByName, What string
}

// namedID is a moderator the log's filter offers.
type namedID struct{ ID, Name string }

// moderationLogPage is one page of the log, the filter it was asked for,
// and the links to the pages either side.
type moderationLogPage struct {
	Lines        []auditLine
	Actions      []string
	Moderators   []namedID
	Action, By   string
	Newer, Older string
}

// moderationLog lists what moderators did, newest first, 20 a page,
// narrowed by kind of action and by moderator through the query, so the
// filter is a plain GET form.
func (s *Server) moderationLog(c *gin.Context) {
	if !s.isModerator(current(c).me) {
		s.fail(c, community.Forbidden("error.moderation.only"))
		return
	}
	ctx := c.Request.Context()
	f := store.AuditFilter{Action: c.Query("action"), By: c.Query("by")}
	if !community.KnownAuditAction(f.Action) {
		f.Action = ""
	}
	page, _ := strconv.Atoi(c.Query("page"))
	// A page number beyond any log is an empty page, never an overflow.
	page = min(max(page, 0), 1_000_000)
	lines, more, err := s.Store.AuditLog(ctx, f, page, community.AuditPage)
	if err != nil {
		s.fail(c, err)
		return
	}
	ids, err := s.Store.AuditModerators(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	slices.Sort(ids)
	out := moderationLogPage{Actions: community.AuditActions(), Action: f.Action, By: f.By}
	for _, id := range ids {
		p, _ := s.Store.Person(ctx, id)
		out.Moderators = append(out.Moderators, namedID{id, cmpName(p.Name, id)})
	}
	for _, line := range lines {
		p, _ := s.Store.Person(ctx, line.By)
		out.Lines = append(out.Lines, auditLine{Audit: line, ByName: cmpName(p.Name, line.By), What: s.auditedWords(c, line)})
	}
	link := func(n int) string {
		q := url.Values{}
		if f.Action != "" {
			q.Set("action", f.Action)
		}
		if f.By != "" {
			q.Set("by", f.By)
		}
		if n > 0 {
			q.Set("page", strconv.Itoa(n))
		}
		if len(q) == 0 {
			return "/moderation/log"
		}
		return "/moderation/log?" + q.Encode()
	}
	if page > 0 {
		out.Newer = link(page - 1)
	}
	if more {
		out.Older = link(page + 1)
	}
	s.render(c, http.StatusOK, "moderation_log", "moderation.log.title", out)
}

// auditedWords says what a line of the log was done to: a person's,
// provider's or mentor's name, or the kind of thing for the rest.
func (s *Server) auditedWords(c *gin.Context, line community.Audit) string {
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	switch line.Kind {
	case "person", "mentor":
		if p, err := s.Store.Person(ctx, line.Target); err == nil {
			return l.T("report.what.person", p.Name)
		}
	case "provider":
		if p, err := s.Store.Provider(ctx, line.Target); err == nil {
			return l.T("report.what.provider", p.Name)
		}
	case "group":
		if g, err := s.Store.Group(ctx, line.Target); err == nil {
			return l.T("report.what.group", g.Name)
		}
	case "listing":
		if li, err := s.Store.Listing(ctx, line.Target); err == nil {
			return l.T("report.what.listing", li.Title)
		}
	}
	return l.T("moderation.log.kind." + line.Kind)
}

// cmpName is a name, or the id when the person is gone.
func cmpName(name, id string) string {
	if name != "" {
		return name
	}
	return id
}
