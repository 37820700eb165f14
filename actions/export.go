package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// Export gathers everything the site holds about the member, for them to
// take away. It changes nothing; it is here, beside the actions, because
// only the member themselves may have it: a mentor acting for them never
// may, whatever their permission covers.
func (a *Actions) Export(ctx context.Context, who Who) (community.Export, error) {
	if err := who.may(); err != nil {
		return community.Export{}, err
	}
	id := who.Owner.ID
	me, err := a.Store.Person(ctx, id)
	if err != nil {
		return community.Export{}, err
	}
	out := community.Export{Exported: a.Now(), Profile: me}
	marks, err := a.Store.MarksFrom(ctx, id)
	if err != nil {
		return out, err
	}
	out.MarksMade = marks
	if out.HellosReceived, err = a.Store.MarksTo(ctx, id, community.MarkHello); err != nil {
		return out, err
	}
	if out.Messages, err = a.Store.MessagesOf(ctx, id); err != nil {
		return out, err
	}
	for i, m := range out.Messages {
		if m.Hidden() && m.From != id {
			// A moderator took it away from them: their copy says it
			// was hidden (HiddenAt), as the site does, not its words.
			out.Messages[i].Text = ""
		}
	}
	if out.Groups, err = a.exportGroups(ctx, id); err != nil {
		return out, err
	}
	if out.PermissionsGiven, err = a.Store.PermissionsGiven(ctx, id); err != nil {
		return out, err
	}
	if out.PermissionsReceived, err = a.Store.PermissionsTo(ctx, id); err != nil {
		return out, err
	}
	if out.MentorLog, err = a.Store.Acts(ctx, id); err != nil {
		return out, err
	}
	switch m, err := a.Store.Mentor(ctx, id); {
	case err == nil:
		out.Mentor = &m
	case community.KindOf(err) != community.KindNotFound:
		return out, err
	}
	if out.HelpAsked, err = a.Store.HelpsBy(ctx, id); err != nil {
		return out, err
	}
	if out.Invites, err = a.Store.InvitesBy(ctx, id); err != nil {
		return out, err
	}
	keys, err := a.Store.PasskeysOf(ctx, id)
	if err != nil {
		return out, err
	}
	for _, k := range keys {
		out.Passkeys = append(out.Passkeys, community.ExportPasskey{Name: k.Name, Created: k.CreatedAt, LastUsed: k.LastUsedAt})
	}
	wishes, err := a.Store.WishesOf(ctx, id)
	if err != nil {
		return out, err
	}
	for _, w := range wishes {
		mine, _ := w.Backer(id)
		out.Wishes = append(out.Wishes, community.ExportWish{ID: w.ID, Text: w.Text, Interests: w.Interests, District: w.District,
			Every: w.Every, Made: w.PersonID == id, Promise: mine.Promise, Threshold: mine.Threshold, GroupID: w.GroupID})
	}
	if out.Wellbeing, err = a.Store.WellbeingPlan(ctx, id); err != nil {
		return out, err
	}
	if out.CheckIns, err = a.Store.CheckInsOf(ctx, id); err != nil {
		return out, err
	}
	cal, _, err := a.Store.Calendar(ctx, id)
	if err != nil {
		return out, err
	}
	out.CalendarSessions = cal.Chosen
	if out.Providers, err = a.Store.ProvidersOwnedBy(ctx, id); err != nil {
		return out, err
	}
	for _, p := range out.Providers {
		listings, err := a.Store.ListingsOf(ctx, p.ID)
		if err != nil {
			return out, err
		}
		out.Listings = append(out.Listings, listings...)
	}
	return out, nil
}

// exportGroups are the groups the member is, was or uses a thing of in,
// each with their part in it and the ledger entries that are theirs or
// that they recorded (a treasurer's confirmations, say).
func (a *Actions) exportGroups(ctx context.Context, id string) ([]community.ExportGroup, error) {
	groups, err := a.Store.GroupsEverIn(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]community.ExportGroup, 0, len(groups))
	for _, g := range groups {
		entries, err := a.Store.Entries(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		eg := community.ExportGroup{ID: g.ID, Name: g.Name, Roles: exportRoles(g, id),
			Entries: slices.DeleteFunc(entries, func(e community.Entry) bool { return e.PersonID != id && e.RecordedBy != id })}
		out = append(out, eg)
	}
	return out, nil
}

// exportRoles names the member's parts in the group.
func exportRoles(g community.Group, id string) []string {
	var roles []string
	if _, ok := g.Member(id); ok {
		roles = append(roles, "member")
	} else if slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == id }) {
		roles = append(roles, "former member")
	}
	if _, ok := g.User(id); ok {
		roles = append(roles, "uses a thing")
	}
	if g.IsOrganiser(id) {
		roles = append(roles, "organiser")
	}
	if g.IsTreasurer(id) {
		roles = append(roles, "treasurer")
	}
	return roles
}
