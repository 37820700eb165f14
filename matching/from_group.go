package matching

import "github.com/clubtogether/clubtogether/community"

// GroupOf is what matching keeps of a buying group. A closed group is kept
// out of "groups for me" by being neither open nor with places.
func GroupOf(g community.Group) Group {
	return Group{
		ID: g.ID, Name: g.Name, District: g.District, Interests: g.Interests, Open: g.Open && !g.Closed,
		MaxSize: g.MaxSize, Members: g.MemberIDs(),
	}
}
