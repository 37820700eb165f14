package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const proposalsCollection = "proposals"

type proposalDoc struct {
	ID        string    `bson:"_id"`
	GroupID   string    `bson:"group_id"`
	By        string    `bson:"by"`
	Amount    int64     `bson:"amount"`
	To        string    `bson:"to"`
	For       string    `bson:"for"`
	Quote     string    `bson:"quote"`
	Rules     *potDoc   `bson:"rules,omitempty"`
	Votes     []voteDoc `bson:"votes"`
	Status    string    `bson:"status"`
	Needed    int       `bson:"needed"`
	Voters    int       `bson:"voters"`
	ClosesAt  time.Time `bson:"closes_at,omitempty"`
	PayBy     time.Time `bson:"pay_by,omitempty"`
	Reach     time.Time `bson:"reach,omitempty"`
	Approved  time.Time `bson:"approved_at,omitempty"`
	Reason    string    `bson:"reason,omitempty"`
	Extends   string    `bson:"extends,omitempty"`
	NewPayBy  time.Time `bson:"new_pay_by,omitempty"`
	Keep      string    `bson:"keep,omitempty"`
	BuysOut   string    `bson:"buys_out,omitempty"`
	WindUp    bool      `bson:"wind_up,omitempty"`
	Fates     []planDoc `bson:"fates,omitempty"`
	Version   int64     `bson:"version"`
	CreatedAt time.Time `bson:"created_at"`
	UpdatedAt time.Time `bson:"updated_at"`
}

type planDoc struct {
	ThingID string `bson:"thing_id"`
	Fate    string `bson:"fate"`
	To      string `bson:"to,omitempty"`
}

type voteDoc struct {
	PersonID string    `bson:"person_id"`
	Yes      bool      `bson:"yes"`
	At       time.Time `bson:"at"`
}

func toProposalDoc(p community.Proposal) proposalDoc {
	d := proposalDoc{ID: p.ID, GroupID: p.GroupID, By: p.By, Amount: int64(p.Amount), To: p.To, For: p.For,
		Quote: p.Quote, Votes: []voteDoc{}, Status: string(p.Status), Needed: p.Needed, Voters: p.Voters,
		ClosesAt: p.ClosesAt, PayBy: p.PayBy, Reach: p.Reach, Approved: p.ApprovedAt, Reason: p.Reason,
		Extends: p.Extends, NewPayBy: p.NewPayBy, Keep: p.Keep, BuysOut: p.BuysOut, WindUp: p.WindUp,
		Version: p.Version, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt}
	for _, f := range p.Fates {
		d.Fates = append(d.Fates, planDoc{f.ThingID, string(f.Fate), f.To})
	}
	if p.Rules != nil {
		r := toPotDoc(*p.Rules)
		d.Rules = &r
	}
	for _, v := range p.Votes {
		d.Votes = append(d.Votes, voteDoc(v))
	}
	return d
}

func (d proposalDoc) proposal() community.Proposal {
	p := community.Proposal{ID: d.ID, GroupID: d.GroupID, By: d.By, Amount: community.Pence(d.Amount), To: d.To,
		For: d.For, Quote: d.Quote, Status: community.ProposalStatus(d.Status), Needed: d.Needed, Voters: d.Voters,
		ClosesAt: utcOrZero(d.ClosesAt), PayBy: utcOrZero(d.PayBy), Reach: utcOrZero(d.Reach), ApprovedAt: utcOrZero(d.Approved), Reason: d.Reason,
		Extends: d.Extends, NewPayBy: utcOrZero(d.NewPayBy), Keep: d.Keep, BuysOut: d.BuysOut, WindUp: d.WindUp,
		Version: d.Version, CreatedAt: d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC()}
	if d.Rules != nil {
		r := d.Rules.rules()
		p.Rules = &r
	}
	for _, v := range d.Votes {
		p.Votes = append(p.Votes, community.Vote{PersonID: v.PersonID, Yes: v.Yes, At: v.At.UTC()})
	}
	for _, f := range d.Fates {
		p.Fates = append(p.Fates, community.ThingPlan{ThingID: f.ThingID, Fate: community.ThingFate(f.Fate), To: f.To})
	}
	return p
}

// CreateProposal saves a new proposal, open for votes. One whose id is
// taken (the same form sent twice, or twice at once) is saved once: the
// one already there is returned.
func (s *Store) CreateProposal(ctx context.Context, p community.Proposal) (community.Proposal, error) {
	if p.ID == "" {
		p.ID = newID()
	}
	now := s.stampOr(p.CreatedAt)
	p.CreatedAt, p.UpdatedAt, p.Version = now, now, 0
	if p.Status == "" {
		p.Status = community.ProposalOpen
	}
	return createOnce(ctx, s, "proposal", proposalsCollection, p.ID, toProposalDoc(p), p, proposalDoc.proposal)
}

// Proposal returns a group's proposal, or NotFound, from memory.
func (s *Store) Proposal(ctx context.Context, groupID, id string) (community.Proposal, error) {
	d, found, err := s.mem.proposals.lookup(ctx, id)
	if err == nil && (!found || d.GroupID != groupID) {
		err = community.NotFound("error.proposal.not_found")
	}
	if err != nil {
		return community.Proposal{}, fmt.Errorf("load proposal %s: %w", id, err)
	}
	return d.proposal(), nil
}

// proposalInDatabase reads the proposal from the database, for a change
// that must start from what the database holds.
func (s *Store) proposalInDatabase(ctx context.Context, groupID, id string) (community.Proposal, error) {
	var d proposalDoc
	err := s.db.Collection(proposalsCollection).FindOne(ctx, bson.M{"_id": id, "group_id": groupID}).Decode(&d)
	if err != nil {
		return community.Proposal{}, fmt.Errorf("load proposal %s: %w", id, notFound(err, "error.proposal.not_found"))
	}
	return d.proposal(), nil
}

// ChangeProposal applies change to the proposal as it is now and saves it
// at most once (see ChangeGroup): two votes at once are both counted. Like
// ChangeGroup, change may return Unchanged.
func (s *Store) ChangeProposal(ctx context.Context, groupID, id string, change func(*community.Proposal) error) (community.Proposal, error) {
	var saved proposalDoc
	var unchanged *community.Proposal
	err := s.changeVersioned(ctx, proposalsCollection, id, func() (int64, bson.M, error) {
		p, err := s.proposalInDatabase(ctx, groupID, id)
		if err != nil {
			return 0, nil, err
		}
		if err := change(&p); err != nil {
			if errors.Is(err, Unchanged) {
				unchanged = &p
			}
			return 0, nil, err
		}
		d := toProposalDoc(p)
		return p.Version, bson.M{"votes": d.Votes, "status": d.Status, "voters": d.Voters, "needed": d.Needed,
			"pay_by": d.PayBy, "approved_at": d.Approved, "reason": d.Reason}, nil
	}, &saved)
	if unchanged != nil && errors.Is(err, Unchanged) {
		return *unchanged, nil
	}
	if err != nil {
		return community.Proposal{}, fmt.Errorf("change proposal %s: %w", id, err)
	}
	return saved.proposal(), nil
}

// Proposals lists a group's proposals, newest first.
func (s *Store) Proposals(ctx context.Context, groupID string) ([]community.Proposal, error) {
	docs, err := s.mem.proposals.with(ctx, "group", groupID)
	return each(docs, err, func(a, b proposalDoc) int { return byTimeThenID(a.CreatedAt, b.CreatedAt, a.ID, b.ID, true) }, proposalDoc.proposal)
}
