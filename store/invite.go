package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const invitesCollection = "invites"

type inviteDoc struct {
	ID         string    `bson:"_id"`
	Kind       string    `bson:"kind"`
	By         string    `bson:"by"`
	For        string    `bson:"for,omitempty"`
	Note       string    `bson:"note,omitempty"`
	MadeAt     time.Time `bson:"made_at"`
	Expires    time.Time `bson:"expires"`
	ApprovedAt time.Time `bson:"approved_at,omitempty"`
	ApprovedBy string    `bson:"approved_by,omitempty"`
	UsedAt     time.Time `bson:"used_at,omitempty"`
	UsedBy     string    `bson:"used_by,omitempty"`
}

func (d inviteDoc) invite() community.Invite {
	return community.Invite{ID: d.ID, Kind: community.InviteKind(d.Kind), By: d.By, For: d.For, Note: d.Note,
		MadeAt: d.MadeAt.UTC(), Expires: d.Expires.UTC(), ApprovedAt: utcOrZero(d.ApprovedAt), ApprovedBy: d.ApprovedBy,
		UsedAt: utcOrZero(d.UsedAt), UsedBy: d.UsedBy}
}

// CreateInvite saves a new invite; the same invite saved again (a retry)
// is saved once.
func (s *Store) CreateInvite(ctx context.Context, i community.Invite) (community.Invite, error) {
	d := inviteDoc{ID: i.ID, Kind: string(i.Kind), By: i.By, For: i.For, Note: i.Note, MadeAt: i.MadeAt,
		Expires: i.Expires, ApprovedAt: i.ApprovedAt, ApprovedBy: i.ApprovedBy}
	var existing inviteDoc
	created, err := s.insertOnce(ctx, invitesCollection, d.ID, d, &existing)
	if err != nil {
		return community.Invite{}, fmt.Errorf("make invite: %w", err)
	}
	if !created {
		return existing.invite(), nil
	}
	return d.invite(), nil
}

// Invite returns the invite with the id, or NotFound.
func (s *Store) Invite(ctx context.Context, id string) (community.Invite, error) {
	var d inviteDoc
	err := s.db.Collection(invitesCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d)
	if err != nil {
		return community.Invite{}, fmt.Errorf("load invite: %w", notFound(err, "error.invite.not_found"))
	}
	return d.invite(), nil
}

// InvitesBy returns the invites a member made, newest first.
func (s *Store) InvitesBy(ctx context.Context, by string) ([]community.Invite, error) {
	return s.findInvites(ctx, bson.M{"by": by})
}

// DeleteUnusedInvitesOf takes away the invites not used yet that a
// person made or that would let them back in (a recovery invite), for a
// member who deletes their account: no link is left that signs anyone in
// as them or in their name. Used invites stay, as the record of who came
// in by them.
func (s *Store) DeleteUnusedInvitesOf(ctx context.Context, personID string) error {
	return s.write("delete invites", func() error {
		_, err := s.db.Collection(invitesCollection).DeleteMany(ctx, bson.M{
			"$or": bson.A{bson.M{"by": personID}, bson.M{"for": personID}}, "used_at": bson.M{"$exists": false}})
		return err
	})
}

// RecoveryInvitesWaiting returns the recovery invites that wait for a
// moderator's approval, newest first.
func (s *Store) RecoveryInvitesWaiting(ctx context.Context) ([]community.Invite, error) {
	return s.findInvites(ctx, bson.M{"kind": string(community.InviteRecovery), "approved_at": bson.M{"$exists": false}, "used_at": bson.M{"$exists": false}})
}

func (s *Store) findInvites(ctx context.Context, filter bson.M) ([]community.Invite, error) {
	var docs []inviteDoc
	if err := s.findAll(ctx, invitesCollection, filter, bson.D{{Key: "made_at", Value: -1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Invite, len(docs))
	for i, d := range docs {
		out[i] = d.invite()
	}
	return out, nil
}

// ApproveInvite records a moderator's approval of a recovery invite.
func (s *Store) ApproveInvite(ctx context.Context, id, moderatorID string) error {
	return s.exclusiveWrite(ctx, "approve invite", invitesCollection, id, func() error {
		_, err := s.db.Collection(invitesCollection).UpdateOne(ctx, bson.M{"_id": id, "approved_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"approved_at": s.stamp(), "approved_by": moderatorID}})
		return err
	})
}

// MarkInviteUsed records when and by whom the invite was used. Which use
// wins is settled before, by a claim; this only writes it down.
func (s *Store) MarkInviteUsed(ctx context.Context, id, by string) error {
	return s.exclusiveWrite(ctx, "use invite", invitesCollection, id, func() error {
		_, err := s.db.Collection(invitesCollection).UpdateOne(ctx, bson.M{"_id": id, "used_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"used_at": s.stamp(), "used_by": by}})
		return err
	})
}
