package matching

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Group is what matching needs to know about a buying group.
type Group struct {
	ID        string
	Name      string
	District  string
	Interests []string
	Times     community.Availability
	// Open groups take new members without asking; MaxSize 0 means no limit.
	Open    bool
	MaxSize int
	Members []string
}

// GroupMatch is a group suggested to someone, with the reasons.
type GroupMatch struct {
	ID         string
	Name       string
	District   string
	Miles      float64
	Interests  []string
	Times      community.Availability
	PlacesLeft int // -1 when the group has no limit
	Score      float64
}

type group struct {
	id, name  string
	district  uint16
	interests uint64
	times     community.Availability
	open      bool
	maxSize   int
	members   []string
}

type groups struct {
	byID  map[string]*group
	cells [][]*group
}

func newGroups(districts int) groups {
	return groups{byID: map[string]*group{}, cells: make([][]*group, districts)}
}

// PutGroup adds a group or brings it up to date; one with no known
// district is taken out.
func (ix *Index) PutGroup(g Group) {
	d := ix.districts.lookup(g.District)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.groups.remove(g.ID)
	if d == noDistrict {
		return
	}
	entry := &group{
		id: strings.Clone(g.ID), name: strings.Clone(g.Name), district: d, interests: ix.vocab.interestSet(g.Interests),
		times: g.Times, open: g.Open, maxSize: g.MaxSize, members: slices.Clone(g.Members),
	}
	ix.groups.byID[entry.id] = entry
	ix.groups.cells[d] = append(ix.groups.cells[d], entry)
}

// RemoveGroup takes a group out, for example when it closes.
func (ix *Index) RemoveGroup(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.groups.remove(id)
}

func (gs *groups) remove(id string) {
	g, ok := gs.byID[id]
	if !ok {
		return
	}
	delete(gs.byID, id)
	gs.cells[g.district] = slices.DeleteFunc(gs.cells[g.district], func(x *group) bool { return x == g })
}

func (g *group) placesLeft() int {
	if g.maxSize == 0 {
		return -1
	}
	return max(g.maxSize-len(g.members), 0)
}

// GroupsFor returns open groups near personID with places left that share
// their interests and that they are not in (nor anyone blocked either
// way), ranked by the same rule as people: shared interests by rarity,
// distance, and shared free times.
func (ix *Index) GroupsFor(personID string, q Query) []GroupMatch {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	_, me, home, ok := ix.people.find(personID)
	if !ok {
		return nil
	}
	weights := ix.people.weightsFor(me.interests)
	within := q.within()
	hidden := ix.marks.hiddenFrom(personID)
	blocked := func(g *group) bool {
		return slices.ContainsFunc(g.members, func(m string) bool { return hidden[m]&(iBlocked|theyBlocked) != 0 })
	}
	t := top{k: q.limit()}
	var found []*group
	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		for _, g := range ix.groups.cells[n.district] {
			shared := g.interests & me.interests
			if !g.open || shared == 0 || g.placesLeft() == 0 || slices.Contains(g.members, personID) || blocked(g) {
				continue
			}
			s := score(affinity(weights, shared, 0), decay(n.miles), bits.OnesCount32(uint32(g.times&me.times())))
			t.offer(ranked{score: s, id: g.id, slot: uint32(len(found)), miles: n.miles})
			found = append(found, g)
		}
	}
	out := make([]GroupMatch, 0, len(t.list))
	for _, r := range t.list {
		g := found[r.slot]
		out = append(out, GroupMatch{
			ID: g.id, Name: g.name, District: ix.districts.names[g.district], Miles: r.miles,
			Interests: ix.vocab.slugs(g.interests & me.interests), Times: g.times & me.times(),
			PlacesLeft: g.placesLeft(), Score: r.score,
		})
	}
	return out
}
