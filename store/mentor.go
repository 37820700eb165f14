package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const mentorsCollection = "mentors"

// mentorDoc is how a mentor's offer is kept; its _id is the member's id.
type mentorDoc struct {
	ID               string    `bson:"_id"`
	HelpWith         []string  `bson:"help_with"`
	FreeTimes        int64     `bson:"free_times"`
	Languages        []string  `bson:"languages"`
	Why              string    `bson:"why"`
	Kind             string    `bson:"kind"`
	Organisation     string    `bson:"organisation"`
	OrganisationKind string    `bson:"organisation_kind"`
	OfferedAt        time.Time `bson:"offered_at"`
	ApprovedAt       time.Time `bson:"approved_at,omitempty"`
	ApprovedBy       string    `bson:"approved_by,omitempty"`
	Checks           string    `bson:"checks,omitempty"`
	DBSCheckedOn     time.Time `bson:"dbs_checked_on,omitempty"`
	Version          int64     `bson:"version"`
}

func toMentorDoc(m community.Mentor) mentorDoc {
	return mentorDoc{
		ID: m.PersonID, HelpWith: nonNil(m.HelpWith), FreeTimes: int64(m.FreeTimes), Languages: nonNil(m.Languages),
		Why: m.Why, Kind: string(m.Kind), Organisation: m.Organisation, OrganisationKind: m.OrganisationKind,
		OfferedAt: m.OfferedAt, ApprovedAt: m.ApprovedAt, ApprovedBy: m.ApprovedBy, Checks: m.Checks,
		DBSCheckedOn: m.DBSCheckedOn, Version: m.Version,
	}
}

func (d mentorDoc) mentor() community.Mentor {
	return community.Mentor{
		PersonID: d.ID, HelpWith: d.HelpWith, FreeTimes: community.Availability(d.FreeTimes), Languages: d.Languages,
		Why: d.Why, Kind: community.MentorKind(d.Kind), Organisation: d.Organisation, OrganisationKind: d.OrganisationKind,
		OfferedAt: d.OfferedAt.UTC(), ApprovedAt: utcOrZero(d.ApprovedAt), ApprovedBy: d.ApprovedBy, Checks: d.Checks,
		DBSCheckedOn: utcOrZero(d.DBSCheckedOn), Version: d.Version,
	}
}

// Mentor returns the member's offer to mentor, or NotFound.
func (s *Store) Mentor(ctx context.Context, personID string) (community.Mentor, error) {
	// Every page a member opens asks whether they mentor, and most do
	// not: memory's "no" is taken as it is, not asked of the database.
	d, found, err := s.mem.mentors.trusted(ctx, personID)
	if err == nil && !found {
		err = community.NotFound("error.mentor.not_found")
	}
	if err != nil {
		return community.Mentor{}, fmt.Errorf("load mentor %s: %w", personID, err)
	}
	return d.mentor(), nil
}

// Mentors returns every offer to mentor; approvedOnly leaves out those a
// moderator has not approved yet.
func (s *Store) Mentors(ctx context.Context, approvedOnly bool) ([]community.Mentor, error) {
	docs, err := s.mem.mentors.where(ctx, func(d mentorDoc) bool { return !approvedOnly || !d.ApprovedAt.IsZero() })
	if err != nil {
		return nil, err
	}
	sorted(docs, func(a, b mentorDoc) int { return byTimeThenID(a.OfferedAt, b.OfferedAt, a.ID, b.ID, false) })
	mentors := make([]community.Mentor, len(docs))
	for i, d := range docs {
		mentors[i] = d.mentor()
	}
	return mentors, nil
}

// OfferMentor saves a member's offer to mentor. A first offer is made at
// version 0; a change must carry the version edited (a second submit of
// the same form is a Conflict). A change keeps any approval: what the
// moderator checked was the person, not their free times.
func (s *Store) OfferMentor(ctx context.Context, m community.Mentor) (community.Mentor, error) {
	d := toMentorDoc(m)
	if m.Version == 0 {
		d.OfferedAt, d.ApprovedAt, d.ApprovedBy, d.Checks, d.DBSCheckedOn, d.Version = s.stamp(), time.Time{}, "", "", time.Time{}, 1
		var existing mentorDoc
		created, err := s.insertOnce(ctx, mentorsCollection, d.ID, d, &existing)
		if err != nil {
			return community.Mentor{}, fmt.Errorf("offer to mentor: %w", err)
		}
		if !created {
			return community.Mentor{}, community.Conflict("error.conflict")
		}
		return d.mentor(), nil
	}
	var saved mentorDoc
	err := s.saveVersioned(ctx, mentorsCollection, d.ID, m.Version, bson.M{
		"help_with": d.HelpWith, "free_times": d.FreeTimes, "languages": d.Languages, "why": d.Why,
		"kind": d.Kind, "organisation": d.Organisation, "organisation_kind": d.OrganisationKind,
	}, &saved)
	if err != nil {
		return community.Mentor{}, fmt.Errorf("save mentor %s: %w", m.PersonID, err)
	}
	return saved.mentor(), nil
}

// ApproveMentor records a moderator's approval and what they checked.
func (s *Store) ApproveMentor(ctx context.Context, personID, moderatorID, checks string, dbsCheckedOn time.Time) (community.Mentor, error) {
	var saved mentorDoc
	err := s.exclusiveWrite(ctx, "approve mentor", mentorsCollection, personID, func() error {
		return s.db.Collection(mentorsCollection).FindOneAndUpdate(ctx, bson.M{"_id": personID},
			bson.M{"$set": bson.M{"approved_at": s.stamp(), "approved_by": moderatorID, "checks": checks, "dbs_checked_on": dbsCheckedOn}},
			options.FindOneAndUpdate().SetReturnDocument(options.After)).Decode(&saved)
	})
	s.written(ctx, mentorsCollection, personID)
	if err != nil {
		return community.Mentor{}, fmt.Errorf("approve mentor %s: %w", personID, notFound(err, "error.mentor.not_found"))
	}
	return saved.mentor(), nil
}

// DeleteMentor takes away a member's offer to mentor, for a member who
// deletes their account.
func (s *Store) DeleteMentor(ctx context.Context, personID string) error {
	defer s.written(ctx, mentorsCollection, personID)
	return s.write("delete mentor", func() error {
		_, err := s.db.Collection(mentorsCollection).DeleteOne(ctx, bson.M{"_id": personID})
		return err
	})
}

// UnapproveMentor withdraws a moderator's approval of a mentor: what the
// moderator checked stays with the offer, for the record, but the mentor
// can no longer take requests or use members' permissions.
func (s *Store) UnapproveMentor(ctx context.Context, personID string) (community.Mentor, error) {
	var saved mentorDoc
	err := s.exclusiveWrite(ctx, "unapprove mentor", mentorsCollection, personID, func() error {
		return s.db.Collection(mentorsCollection).FindOneAndUpdate(ctx, bson.M{"_id": personID},
			bson.M{"$unset": bson.M{"approved_at": "", "approved_by": ""}},
			options.FindOneAndUpdate().SetReturnDocument(options.After)).Decode(&saved)
	})
	s.written(ctx, mentorsCollection, personID)
	if err != nil {
		return community.Mentor{}, fmt.Errorf("unapprove mentor %s: %w", personID, notFound(err, "error.mentor.not_found"))
	}
	return saved.mentor(), nil
}
