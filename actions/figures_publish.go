package actions

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// PublishFigures publishes the community's wellbeing figures of every
// quarter that has ended and is not published yet, each once: a quarter
// published keeps its figures when members later leave or move, so that
// no two versions of it differ by one person's answers. It reads every
// check-in only when the last quarter is not published yet, so asking
// again costs one lookup. Replicas doing it at once publish each quarter
// once, with the same figures.
func (a *Actions) PublishFigures(ctx context.Context) error {
	now := a.Now()
	last := community.QuarterOf(now).Previous()
	if done, err := a.Store.Published(ctx, last); err != nil || done {
		return err
	}
	answerers, err := a.answerers(ctx)
	if err != nil {
		return err
	}
	rows := map[community.Quarter][]community.QuarterFigures{last: nil}
	for _, f := range community.CommunityFigures(answerers, now) {
		rows[f.Quarter] = append(rows[f.Quarter], f)
	}
	// Oldest first, the last quarter last: it is what says all are done.
	quarters := slices.SortedFunc(maps.Keys(rows), community.Quarter.Compare)
	for _, q := range quarters {
		qRows := rows[q]
		done, err := a.Store.Published(ctx, q)
		if err != nil {
			return err
		}
		if !done {
			if err := a.Store.PublishFigures(ctx, q, qRows, a.now()); err != nil {
				return err
			}
		}
	}
	return nil
}

// answerers are the members who checked in, as the figures see them:
// their district, and when they joined their first group.
func (a *Actions) answerers(ctx context.Context) ([]community.Answerer, error) {
	checkIns, err := a.Store.AllCheckIns(ctx)
	if err != nil || len(checkIns) == 0 {
		return nil, err
	}
	groups, err := a.Store.AllGroups(ctx)
	if err != nil {
		return nil, err
	}
	firstGroup := map[string]time.Time{}
	for _, g := range groups {
		for _, m := range append(g.Members, g.Former...) {
			if first, seen := firstGroup[m.PersonID]; !seen || m.JoinedAt.Before(first) {
				firstGroup[m.PersonID] = m.JoinedAt
			}
		}
	}
	byPerson := map[string]int{}
	var out []community.Answerer
	for _, ci := range checkIns {
		i, seen := byPerson[ci.PersonID]
		if !seen {
			p, err := a.Store.Person(ctx, ci.PersonID)
			if community.KindOf(err) == community.KindNotFound {
				continue // gone, with their answers being deleted
			}
			if err != nil {
				return nil, err
			}
			i = len(out)
			byPerson[ci.PersonID] = i
			out = append(out, community.Answerer{District: p.District, FirstGroup: firstGroup[ci.PersonID]})
		}
		out[i].CheckIns = append(out[i].CheckIns, ci)
	}
	return out, nil
}
