package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Post adds an announcement, or a session on a date, to the group's
// board. Members who are only watching read the board but do not post.
// Only an organiser shows a session on What's on, where anyone nearby may
// read its day, district and venue, and only for a group with a district.
// The post's id comes from the form's key, so sending it twice posts once.
func (a *Actions) Post(ctx context.Context, who Who, groupID, key string, p community.Post) (community.Post, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Post{}, err
	}
	if p.Public && !g.IsOrganiser(who.Owner.ID) {
		return community.Post{}, community.Forbidden("error.post.public_organisers")
	}
	if p.Public && g.District == "" {
		return community.Post{}, community.Invalid(community.FieldError{Field: "public", Key: "error.post.public_no_district"})
	}
	p.GroupID, p.By, p.ByName, p.District = g.ID, who.Owner.ID, who.Owner.Name, g.District
	if err := p.Validate(community.Day(a.Now())); err != nil {
		return community.Post{}, err
	}
	p.From, p.To = tidyClock(p.From), tidyClock(p.To)
	k, err := a.clientKey(who, "post", key)
	if err != nil {
		return community.Post{}, err
	}
	p.ID, p.At = community.DocID(k), a.now()
	saved, err := a.Store.Post(ctx, p)
	if err != nil {
		return community.Post{}, err
	}
	return saved, a.logChange(ctx, "post", "post", saved.ID)
}

// tidyClock writes a valid clock time the one way, "09:30" for "9:30".
func tidyClock(s string) string {
	if minutes, ok := community.ParseClock(s); ok {
		return community.FormatClock(minutes)
	}
	return s
}
