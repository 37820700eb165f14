package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const permissionsCollection = "permissions"

// permissionDoc is how a member's consent is kept; its _id comes from the
// key of the form that gave it, so the same form sent twice keeps one.
type permissionDoc struct {
	ID       string    `bson:"_id"`
	MemberID string    `bson:"member_id"`
	MentorID string    `bson:"mentor_id"`
	Scopes   []string  `bson:"scopes"`
	GivenAt  time.Time `bson:"given_at"`
	Until    time.Time `bson:"until,omitempty"`
	EndedAt  time.Time `bson:"ended_at,omitempty"`
	EndedBy  string    `bson:"ended_by,omitempty"`
}

func (d permissionDoc) permission() community.Permission {
	scopes := make([]community.Scope, len(d.Scopes))
	for i, s := range d.Scopes {
		scopes[i] = community.Scope(s)
	}
	return community.Permission{ID: d.ID, MemberID: d.MemberID, MentorID: d.MentorID, Scopes: scopes,
		GivenAt: d.GivenAt.UTC(), Until: utcOrZero(d.Until), EndedAt: utcOrZero(d.EndedAt), EndedBy: d.EndedBy}
}

// GrantPermission keeps a member's consent. If its id is taken (the same
// form sent again) the one kept first is returned.
func (s *Store) GrantPermission(ctx context.Context, p community.Permission) (community.Permission, error) {
	scopes := make([]string, len(p.Scopes))
	for i, sc := range p.Scopes {
		scopes[i] = string(sc)
	}
	d := permissionDoc{ID: p.ID, MemberID: p.MemberID, MentorID: p.MentorID, Scopes: scopes, GivenAt: s.stampOr(p.GivenAt)}
	if !p.Until.IsZero() {
		d.Until = p.Until.UTC().Truncate(time.Millisecond)
	}
	var existing permissionDoc
	created, err := s.insertOnce(ctx, permissionsCollection, d.ID, d, &existing)
	if err != nil {
		return community.Permission{}, fmt.Errorf("grant permission: %w", err)
	}
	if !created {
		return existing.permission(), nil
	}
	return d.permission(), nil
}

// Permission returns one permission, or NotFound.
func (s *Store) Permission(ctx context.Context, id string) (community.Permission, error) {
	return byID(ctx, s.mem.permissions, id, "permission", "error.permission.not_found", permissionDoc.permission)
}

// PermissionsGiven lists the permissions a member gave, newest first,
// ended ones too: the member sees what they gave and when it ended.
func (s *Store) PermissionsGiven(ctx context.Context, memberID string) ([]community.Permission, error) {
	return permissionsOf(s.mem.permissions.with(ctx, "member", memberID))
}

// PermissionsTo lists the permissions given to a mentor, newest first.
func (s *Store) PermissionsTo(ctx context.Context, mentorID string) ([]community.Permission, error) {
	return permissionsOf(s.mem.permissions.with(ctx, "mentor", mentorID))
}

// LivePermission returns a permission the member gave the mentor that
// allows scope at now, or NotFound: never given, taken back, ended by
// time, or for other things.
func (s *Store) LivePermission(ctx context.Context, memberID, mentorID string, scope community.Scope, now time.Time) (community.Permission, error) {
	docs, err := s.mem.permissions.with(ctx, "member", memberID)
	given, err := permissionsOf(slices.DeleteFunc(docs, func(d permissionDoc) bool { return d.MentorID != mentorID || !d.EndedAt.IsZero() }), err)
	if err != nil {
		return community.Permission{}, err
	}
	for _, p := range given {
		if p.Allows(scope, now) {
			return p, nil
		}
	}
	return community.Permission{}, errorNotFound("error.acting.no_live_permission")
}

// permissionsOf sorts permissions newest first, then by id.
func permissionsOf(docs []permissionDoc, err error) ([]community.Permission, error) {
	return each(docs, err, func(a, b permissionDoc) int { return byTimeThenID(a.GivenAt, b.GivenAt, a.ID, b.ID, true) }, permissionDoc.permission)
}

// EndPermission records that a permission was taken back, by whom and
// when; ending it twice keeps the first.
func (s *Store) EndPermission(ctx context.Context, id, by string, at time.Time) (community.Permission, error) {
	err := s.exclusiveWrite(ctx, "end permission", permissionsCollection, id, func() error {
		_, err := s.db.Collection(permissionsCollection).UpdateOne(ctx, bson.M{"_id": id, "ended_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"ended_by": by, "ended_at": at.UTC().Truncate(time.Millisecond)}})
		return err
	})
	s.written(ctx, permissionsCollection, id)
	if err != nil {
		return community.Permission{}, fmt.Errorf("end permission %s: %w", id, err)
	}
	return s.Permission(ctx, id)
}
