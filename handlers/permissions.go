package handlers

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// permissionForm is the grant form as typed.
type permissionForm struct {
	Mentor string
	Scopes map[string]bool
	Length string
	// Recovery is the mentor chosen on the "help me get back in" form.
	Recovery string
}

// permissionRow is one permission a member gave, in words.
type permissionRow struct {
	ID, MentorName string
	Scopes         []string
	Until          time.Time
	Recovery, Live bool
	EndedAt        time.Time
}

// helpableRow is one member who lets the visitor, a mentor, help them now.
type helpableRow struct {
	MemberID, Name string
	Scopes         []string
	Until          time.Time
}

type permissionsPage struct {
	Form     permissionForm
	Mentors  []community.Person
	Scopes   []string
	Lengths  []string
	Given    []permissionRow
	Helpable []helpableRow
	// Recoverable are the members who gave the mentor "help me get back
	// in", for whom they may make a recovery invite.
	Recoverable []helpableRow
	Acts        []string
	Done        string
	// HelpingEnded says, while helping, that the member's permission has
	// ended or been taken back, so nothing more can be done for them.
	HelpingEnded bool
	// Only is "give" or "recovery" for the page showing that one form;
	// Easy Read shows one thing per page, so its main page links to them
	// with Tasks, and lists what was given and done five at a time.
	Only                string
	Tasks               []task
	MoreGiven, MoreActs showMore
}

// permissions shows what the member let mentors do, the forms to give
// and take back permission, the log of what mentors did for them, and for
// a mentor, the people who let them help.
func (s *Server) permissions(c *gin.Context) {
	s.showPermissions(c, http.StatusOK, permissionForm{Length: "week"}, "")
	if current(c).helping == nil && c.Writer.Status() == http.StatusOK {
		// Read now: the home page stops saying there is something new.
		if err := s.Actions.SeeActs(c.Request.Context(), who(c)); err != nil {
			s.Log.Warn("record the log as read", "request_id", requestID(c), "err", err)
		}
	}
}

// permissionGive is the page with the form to give a mentor permission.
func (s *Server) permissionGive(c *gin.Context) {
	s.showPermissions(c, http.StatusOK, permissionForm{Length: "week"}, "give")
}

// permissionRecoveryForm is the page with the "help me get back in" form.
func (s *Server) permissionRecoveryForm(c *gin.Context) {
	s.showPermissions(c, http.StatusOK, permissionForm{Length: "week"}, "recovery")
}

func (s *Server) showPermissions(c *gin.Context, status int, form permissionForm, only string, problems ...community.FieldError) {
	ctx := c.Request.Context()
	me := current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	page, err := s.permissionsPage(ctx, l, *me)
	if err != nil {
		s.fail(c, err)
		return
	}
	page.Form, page.Done, page.Only = form, c.Query("done"), only
	if easy := current(c).display.EasyRead; easy && only == "" {
		page.Tasks = permissionTasks(l, current(c).helping)
		page.Given, page.MoreGiven = firstOf(c, easy, page.Given, "given", "given-list", l.T("permissions.given"))
		page.Acts, page.MoreActs = firstOf(c, easy, page.Acts, "acts", "acts-list", l.T("permissions.acts"))
	}
	if h := current(c).helping; h != nil {
		page.HelpingEnded = !slices.ContainsFunc(page.Helpable, func(r helpableRow) bool { return r.MemberID == h.ID })
	}
	// The page of one form is named for it.
	title := map[string]string{"": "permissions.title", "give": "permissions.give", "recovery": "permissions.recovery"}[only]
	s.render(c, status, "permissions", title, page, summaryWith(problems, map[string]string{
		"scopes": "scope-" + string(community.ActingScopes()[0]), "length": "length-" + community.PermissionLengths()[0].Key,
	})...)
}

// permissionTasks are the Easy Read page's buttons: giving a mentor
// permission and "help me get back in"; for a mentor helping someone, what
// they can do for them.
func permissionTasks(l *locale.Localizer, helping *community.Person) []task {
	if helping != nil {
		return []task{
			{Href: "/me/edit", Picto: "profile", Text: l.T("permissions.helping_profile", helping.Name)},
			{Href: "/groups", Picto: "group", Text: l.T("permissions.helping_groups", helping.Name)},
		}
	}
	return []task{
		{Href: "/permissions/give", Picto: "help", Text: l.T("permissions.give")},
		{Href: "/permissions/recovery", Picto: "signin", Text: l.T("permissions.recovery")},
	}
}

func (s *Server) permissionsPage(ctx context.Context, l *locale.Localizer, me community.Person) (permissionsPage, error) {
	page := permissionsPage{}
	for _, sc := range community.ActingScopes() {
		page.Scopes = append(page.Scopes, string(sc))
	}
	for _, pl := range community.PermissionLengths() {
		page.Lengths = append(page.Lengths, pl.Key)
	}
	mentors, err := s.Store.Mentors(ctx, true)
	if err != nil {
		return page, err
	}
	now := s.Now()
	names := map[string]string{}
	for _, m := range mentors {
		if m.PersonID == me.ID || s.Matching.Blocked(me.ID, m.PersonID) {
			continue
		}
		if p, err := s.Store.Person(ctx, m.PersonID); err == nil {
			page.Mentors = append(page.Mentors, p)
			names[p.ID] = p.Name
		}
	}
	given, err := s.Store.PermissionsGiven(ctx, me.ID)
	if err != nil {
		return page, err
	}
	for _, p := range given {
		name := names[p.MentorID]
		if name == "" {
			if m, err := s.Store.Person(ctx, p.MentorID); err == nil {
				name = m.Name
			}
		}
		page.Given = append(page.Given, permissionRow{ID: p.ID, MentorName: name, Scopes: scopeNames(p.Scopes), Until: p.Until,
			Recovery: slices.Contains(p.Scopes, community.ScopeRecovery), Live: p.Live(now), EndedAt: p.EndedAt})
	}
	if m, err := s.Store.Mentor(ctx, me.ID); err == nil && m.Approved() {
		to, err := s.Store.PermissionsTo(ctx, me.ID)
		if err != nil {
			return page, err
		}
		row := map[string]int{}
		for _, p := range to {
			if p.Allows(community.ScopeRecovery, now) && !s.Matching.Blocked(me.ID, p.MemberID) {
				if member, err := s.Store.Person(ctx, p.MemberID); err == nil {
					page.Recoverable = append(page.Recoverable, helpableRow{MemberID: member.ID, Name: member.Name})
				}
			}
			if !p.Acting(now) || s.Matching.Blocked(me.ID, p.MemberID) {
				continue
			}
			if i, listed := row[p.MemberID]; listed {
				// One row per member, with what all their live
				// permissions allow, until the last ends.
				h := &page.Helpable[i]
				h.Scopes = scopeNames(slices.Concat(toScopes(h.Scopes), p.Scopes))
				h.Until = maxTime(h.Until, p.Until)
				continue
			}
			if member, err := s.Store.Person(ctx, p.MemberID); err == nil {
				row[p.MemberID] = len(page.Helpable)
				page.Helpable = append(page.Helpable, helpableRow{MemberID: member.ID, Name: member.Name, Scopes: scopeNames(p.Scopes), Until: p.Until})
			}
		}
	}
	acts, err := s.Store.Acts(ctx, me.ID)
	if err != nil {
		return page, err
	}
	for _, a := range acts {
		page.Acts = append(page.Acts, actLine(l, a))
	}
	return page, nil
}

func scopeNames(scopes []community.Scope) []string {
	var out []string
	for _, sc := range append(community.ActingScopes(), community.ScopeRecovery) {
		if slices.Contains(scopes, sc) {
			out = append(out, string(sc))
		}
	}
	return out
}

func toScopes(names []string) []community.Scope {
	out := make([]community.Scope, len(names))
	for i, n := range names {
		out[i] = community.Scope(n)
	}
	return out
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
