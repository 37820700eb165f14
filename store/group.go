package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const groupsCollection = "groups"

type groupDoc struct {
	ID          string          `bson:"_id"`
	Name        string          `bson:"name"`
	Purpose     string          `bson:"purpose"`
	EasySummary string          `bson:"easy_summary"`
	Interests   []string        `bson:"interests"`
	District    string          `bson:"district"`
	Open        bool            `bson:"open"`
	MaxSize     int             `bson:"max_size"`
	ListingID   string          `bson:"listing_id"`
	Organisers  []string        `bson:"organisers"`
	Treasurer   string          `bson:"treasurer"`
	Rules       potDoc          `bson:"rules"`
	Members     []membershipDoc `bson:"members"`
	Former      []membershipDoc `bson:"former"`
	Invited     []string        `bson:"invited"`
	Asking      []string        `bson:"asking"`
	Notes       []noteDoc       `bson:"notes,omitempty"`
	Handover    *handoverDoc    `bson:"handover"`
	Things      []thingDoc      `bson:"things,omitempty"`
	Users       []membershipDoc `bson:"users,omitempty"`
	WindingUp   bool            `bson:"winding_up,omitempty"`
	Closed      bool            `bson:"closed"`
	// BlockedProviders are the providers blocked for the group.
	BlockedProviders []string  `bson:"blocked_providers,omitempty"`
	Version          int64     `bson:"version"`
	CreatedAt        time.Time `bson:"created_at"`
	UpdatedAt        time.Time `bson:"updated_at"`
}

type potDoc struct {
	Contribution int64  `bson:"contribution"`
	Every        string `bson:"every"`
	Times        int    `bson:"times"`
	JoiningFee   int64  `bson:"joining_fee"`
	LateFee      int64  `bson:"late_fee"`
	Leaver       string `bson:"leaver"`
	Votes        string `bson:"votes"`
	VotesNeeded  int    `bson:"votes_needed"`
	// KeptAt and FirstDue came later: groups saved before have neither.
	KeptAt   string    `bson:"kept_at,omitempty"`
	FirstDue time.Time `bson:"first_due,omitempty"`
	Split    string    `bson:"split,omitempty"`
}

type noteDoc struct {
	At   time.Time `bson:"at"`
	Key  string    `bson:"key"`
	Args []string  `bson:"args,omitempty"`
}

type handoverDoc struct {
	From   string    `bson:"from"`
	To     string    `bson:"to"`
	Pot    int64     `bson:"pot"`
	KeptAt string    `bson:"kept_at"`
	At     time.Time `bson:"at"`
}

func toHandoverDoc(h *community.Handover) *handoverDoc {
	if h == nil {
		return nil
	}
	return &handoverDoc{h.From, h.To, int64(h.Pot), h.KeptAt, h.At}
}

func (d *handoverDoc) handover() *community.Handover {
	if d == nil {
		return nil
	}
	return &community.Handover{From: d.From, To: d.To, Pot: community.Pence(d.Pot), KeptAt: d.KeptAt, At: d.At.UTC()}
}

type membershipDoc struct {
	PersonID string    `bson:"person_id"`
	Name     string    `bson:"name"`
	Watching bool      `bson:"watching"`
	JoinedAt time.Time `bson:"joined_at"`
	JoinKey  string    `bson:"join_key,omitempty"`
	LeftAt   time.Time `bson:"left_at,omitempty"`
	LeaveKey string    `bson:"leave_key,omitempty"`
	Uses     string    `bson:"uses,omitempty"`
	// Contribution is the member's own promise each time, if they made one.
	Contribution int64 `bson:"contribution,omitempty"`
}

type thingDoc struct {
	ID       string    `bson:"id"`
	Name     string    `bson:"name"`
	BoughtAt time.Time `bson:"bought_at"`
	UseFee   int64     `bson:"use_fee"`
	UseEvery string    `bson:"use_every,omitempty"`
	Fate     string    `bson:"fate,omitempty"`
	FateTo   string    `bson:"fate_to,omitempty"`
	FateDone bool      `bson:"fate_done,omitempty"`
}

func toThingDocs(ts []community.Thing) []thingDoc {
	out := make([]thingDoc, 0, len(ts))
	for _, t := range ts {
		out = append(out, thingDoc{t.ID, t.Name, t.BoughtAt, int64(t.UseFee), string(t.UseEvery), string(t.Fate), t.FateTo, t.FateDone})
	}
	return out
}

func things(docs []thingDoc) []community.Thing {
	var out []community.Thing
	for _, d := range docs {
		out = append(out, community.Thing{ID: d.ID, Name: d.Name, BoughtAt: d.BoughtAt.UTC(), UseFee: community.Pence(d.UseFee),
			UseEvery: community.Period(d.UseEvery), Fate: community.ThingFate(d.Fate), FateTo: d.FateTo, FateDone: d.FateDone})
	}
	return out
}

func toMembershipDocs(ms []community.Membership) []membershipDoc {
	out := make([]membershipDoc, 0, len(ms))
	for _, m := range ms {
		out = append(out, membershipDoc{m.PersonID, m.Name, m.Watching, m.JoinedAt, m.JoinKey, m.LeftAt, m.LeaveKey, m.Uses, int64(m.Contribution)})
	}
	return out
}

func memberships(docs []membershipDoc) []community.Membership {
	var out []community.Membership
	for _, m := range docs {
		out = append(out, community.Membership{PersonID: m.PersonID, Name: m.Name, Watching: m.Watching,
			JoinedAt: m.JoinedAt.UTC(), JoinKey: m.JoinKey, LeftAt: utcOrZero(m.LeftAt), LeaveKey: m.LeaveKey, Uses: m.Uses,
			Contribution: community.Pence(m.Contribution)})
	}
	return out
}

func toNoteDocs(ns []community.Note) []noteDoc {
	out := make([]noteDoc, 0, len(ns))
	for _, n := range ns {
		out = append(out, noteDoc{n.At, n.Key, n.Args})
	}
	return out
}

func notes(docs []noteDoc) []community.Note {
	var out []community.Note
	for _, d := range docs {
		out = append(out, community.Note{At: d.At.UTC(), Key: d.Key, Args: d.Args})
	}
	return out
}

// utcOrZero keeps a time that was never set as the zero time.
func utcOrZero(t time.Time) time.Time {
	if t.Year() <= 1 {
		return time.Time{}
	}
	return t.UTC()
}

func toPotDoc(r community.PotRules) potDoc {
	return potDoc{int64(r.Contribution), string(r.Every), r.Times, int64(r.JoiningFee), int64(r.LateFee),
		string(r.Leaver), string(r.Votes), r.VotesNeeded, r.KeptAt, r.FirstDue, string(r.Split)}
}

func (r potDoc) rules() community.PotRules {
	return community.PotRules{Contribution: community.Pence(r.Contribution), Every: community.Period(r.Every),
		Times: r.Times, JoiningFee: community.Pence(r.JoiningFee), LateFee: community.Pence(r.LateFee),
		Leaver: community.LeaverRule(r.Leaver), Votes: community.VoteRule(r.Votes), VotesNeeded: r.VotesNeeded,
		KeptAt: r.KeptAt, FirstDue: utcOrZero(r.FirstDue), Split: community.SplitRule(r.Split)}
}

func toGroupDoc(g community.Group) groupDoc {
	d := groupDoc{
		ID: g.ID, Name: g.Name, Purpose: g.Purpose, EasySummary: g.EasySummary, Interests: nonNil(g.Interests),
		District: g.District, Open: g.Open, MaxSize: g.MaxSize, ListingID: g.ListingID,
		Organisers: nonNil(g.Organisers), Treasurer: g.Treasurer, Closed: g.Closed, Version: g.Version,
		BlockedProviders: g.BlockedProviders,
		Rules:            toPotDoc(g.Rules),
		Members:          toMembershipDocs(g.Members), Former: toMembershipDocs(g.Former),
		Notes: toNoteDocs(g.Notes), Handover: toHandoverDoc(g.Handover),
		Things: toThingDocs(g.Things), Users: toMembershipDocs(g.Users), WindingUp: g.WindingUp,
		Invited: nonNil(g.Invited), Asking: nonNil(g.Asking), CreatedAt: g.CreatedAt, UpdatedAt: g.UpdatedAt,
	}
	return d
}

func (d groupDoc) group() community.Group {
	g := community.Group{
		ID: d.ID, Name: d.Name, Purpose: d.Purpose, EasySummary: d.EasySummary, Interests: d.Interests,
		District: d.District, Open: d.Open, MaxSize: d.MaxSize, ListingID: d.ListingID,
		Organisers: d.Organisers, Treasurer: d.Treasurer, Invited: d.Invited, Asking: d.Asking, Closed: d.Closed, Version: d.Version,
		BlockedProviders: d.BlockedProviders,
		Rules:            d.Rules.rules(),
		CreatedAt:        d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC(),
		Members: memberships(d.Members), Former: memberships(d.Former), Notes: notes(d.Notes),
		Handover: d.Handover.handover(), Things: things(d.Things), Users: memberships(d.Users), WindingUp: d.WindingUp,
	}
	return g
}

// CreateGroup saves a new group. A group whose id is taken (the same form
// sent twice, whose key made the id) is saved once: the group already
// there is returned.
func (s *Store) CreateGroup(ctx context.Context, g community.Group) (community.Group, error) {
	if g.ID == "" {
		g.ID = newID()
	}
	now := s.stampOr(g.CreatedAt)
	g.CreatedAt, g.UpdatedAt, g.Version = now, now, 0
	for i := range g.Members {
		if g.Members[i].JoinedAt.IsZero() {
			g.Members[i].JoinedAt = now
		}
	}
	return createOnce(ctx, s, "group", groupsCollection, g.ID, toGroupDoc(g), g, groupDoc.group)
}

// Group returns the group with the id, or NotFound, from memory.
func (s *Store) Group(ctx context.Context, id string) (community.Group, error) {
	return byID(ctx, s.mem.groups, id, "group", "error.group.not_found", groupDoc.group)
}

// groupInDatabase reads the group from the database, for a change that
// must start from what the database holds.
func (s *Store) groupInDatabase(ctx context.Context, id string) (community.Group, error) {
	var d groupDoc
	err := s.db.Collection(groupsCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d)
	if err != nil {
		return community.Group{}, fmt.Errorf("load group %s: %w", id, notFound(err, "error.group.not_found"))
	}
	return d.group(), nil
}

// ChangeGroup applies change to the group as it is now and saves it, at
// most once: if someone else saved the group in between, it reads the
// group again and applies change to that, so that two people taking the
// last place at once can never both get it. change returns an error to
// refuse (a full group, say), which is returned as it is, or Unchanged
// to say the change is made already: then nothing is written and the group
// as it is is returned.
func (s *Store) ChangeGroup(ctx context.Context, id string, change func(*community.Group) error) (community.Group, error) {
	var saved groupDoc
	var unchanged *community.Group
	err := s.changeVersioned(ctx, groupsCollection, id, func() (int64, bson.M, error) {
		g, err := s.groupInDatabase(ctx, id)
		if err != nil {
			return 0, nil, err
		}
		if err := change(&g); err != nil {
			if errors.Is(err, Unchanged) {
				unchanged = &g
			}
			return 0, nil, err
		}
		d := toGroupDoc(g)
		return g.Version, bson.M{
			"name": d.Name, "purpose": d.Purpose, "easy_summary": d.EasySummary, "interests": d.Interests,
			"district": d.District, "open": d.Open, "max_size": d.MaxSize, "listing_id": d.ListingID,
			"organisers": d.Organisers, "treasurer": d.Treasurer, "rules": d.Rules, "members": d.Members, "former": d.Former, "notes": d.Notes,
			"handover": d.Handover, "things": d.Things, "users": d.Users, "winding_up": d.WindingUp, "invited": d.Invited, "asking": d.Asking, "closed": d.Closed,
			"blocked_providers": nonNil(d.BlockedProviders),
		}, nil
	}, &saved)
	if unchanged != nil && errors.Is(err, Unchanged) {
		return *unchanged, nil
	}
	if err != nil {
		return community.Group{}, fmt.Errorf("change group %s: %w", id, err)
	}
	return saved.group(), nil
}

// GroupsOf lists the groups a person is a member of, by name.
func (s *Store) GroupsOf(ctx context.Context, personID string) ([]community.Group, error) {
	return groupsByName(s.mem.groups.with(ctx, "member", personID))
}

// GroupsEverIn lists the groups a person is in, was in or uses a thing
// of: every group whose records hold something of theirs.
func (s *Store) GroupsEverIn(ctx context.Context, personID string) ([]community.Group, error) {
	seen := map[string]bool{}
	var docs []groupDoc
	for _, index := range []string{"member", "former", "user"} {
		in, err := s.mem.groups.with(ctx, index, personID)
		if err != nil {
			return nil, err
		}
		for _, d := range in {
			if !seen[d.ID] {
				seen[d.ID] = true
				docs = append(docs, d)
			}
		}
	}
	return groupsByName(docs, nil)
}

// GroupsUsing lists the groups one of whose things a person uses, or
// used, for a fee, by name.
func (s *Store) GroupsUsing(ctx context.Context, personID string) ([]community.Group, error) {
	return groupsByName(s.mem.groups.with(ctx, "user", personID))
}

// GroupsInviting lists the groups that have invited a person and that they
// have not joined yet.
func (s *Store) GroupsInviting(ctx context.Context, personID string) ([]community.Group, error) {
	invited, err := s.mem.groups.with(ctx, "invited", personID)
	open := slices.DeleteFunc(invited, func(d groupDoc) bool { return d.Closed })
	return groupsByName(open, err)
}

// AllGroups lists every group, for the matching index at start-up.
func (s *Store) AllGroups(ctx context.Context) ([]community.Group, error) {
	return groupsByName(s.mem.groups.where(ctx, nil))
}

// GroupsBuyingFrom lists the groups that buy from a listing, by name.
func (s *Store) GroupsBuyingFrom(ctx context.Context, listingID string) ([]community.Group, error) {
	return groupsByName(s.mem.groups.with(ctx, "listing", listingID))
}

// groupsByName sorts groups by name, then id.
func groupsByName(docs []groupDoc, err error) ([]community.Group, error) {
	return each(docs, err, func(a, b groupDoc) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }, groupDoc.group)
}
