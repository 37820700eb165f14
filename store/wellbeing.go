package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const (
	// wellbeingPlansCollection holds, under each member's id, whether they
	// agreed to wellbeing check-ins and how often to ask.
	wellbeingPlansCollection = "wellbeing_plans"
	checkInsCollection       = "checkins"
)

type wellbeingPlanDoc struct {
	ID          string    `bson:"_id"`
	AgreedAt    time.Time `bson:"agreed_at"`
	EveryMonths int       `bson:"every_months"`
}

type checkInDoc struct {
	ID         string    `bson:"_id"`
	PersonID   string    `bson:"person_id"`
	At         time.Time `bson:"at"`
	Life       int       `bson:"life"`
	Worthwhile int       `bson:"worthwhile"`
	Happy      int       `bson:"happy"`
	Anxious    int       `bson:"anxious"`
	Helped     string    `bson:"helped"`
}

func (d checkInDoc) checkIn() community.CheckIn {
	return community.CheckIn{ID: d.ID, PersonID: d.PersonID, At: d.At.UTC(), Helped: d.Helped,
		Answers: community.Wellbeing{Life: d.Life, Worthwhile: d.Worthwhile, Happy: d.Happy, Anxious: d.Anxious}}
}

// WellbeingPlan returns whether the member agreed to check-ins and how
// often to ask; the zero plan (not agreed) when they never said.
func (s *Store) WellbeingPlan(ctx context.Context, personID string) (community.WellbeingPlan, error) {
	// Asked on every signed-in home page, and most members have no plan.
	d, found, err := s.mem.wellbeingPlans.trusted(ctx, personID)
	if err != nil || !found {
		return community.WellbeingPlan{}, err
	}
	return community.WellbeingPlan{AgreedAt: d.AgreedAt.UTC(), EveryMonths: d.EveryMonths}, nil
}

// SetWellbeingPlan keeps the member's plan; the zero plan stops check-ins.
func (s *Store) SetWellbeingPlan(ctx context.Context, personID string, p community.WellbeingPlan) error {
	err := s.write("wellbeing plan", func() error {
		_, err := s.db.Collection(wellbeingPlansCollection).UpdateOne(ctx, bson.M{"_id": personID},
			bson.M{"$set": bson.M{"agreed_at": p.AgreedAt.UTC().Truncate(time.Millisecond), "every_months": p.EveryMonths}},
			options.UpdateOne().SetUpsert(true))
		return err
	})
	s.written(ctx, wellbeingPlansCollection, personID)
	if err != nil {
		return fmt.Errorf("wellbeing plan of %s: %w", personID, err)
	}
	return nil
}

// AddCheckIn keeps a check-in once: one whose id is taken (the same form
// sent twice) is the one kept before.
func (s *Store) AddCheckIn(ctx context.Context, c community.CheckIn) (community.CheckIn, error) {
	c.At = c.At.UTC().Truncate(time.Millisecond)
	d := checkInDoc{ID: c.ID, PersonID: c.PersonID, At: c.At, Life: c.Answers.Life, Worthwhile: c.Answers.Worthwhile,
		Happy: c.Answers.Happy, Anxious: c.Answers.Anxious, Helped: c.Helped}
	return createOnce(ctx, s, "check-in", checkInsCollection, d.ID, d, c, checkInDoc.checkIn)
}

// CheckInsOf returns the member's check-ins, oldest first.
func (s *Store) CheckInsOf(ctx context.Context, personID string) ([]community.CheckIn, error) {
	docs, err := s.mem.checkIns.with(ctx, "person", personID)
	return each(docs, err, oldestCheckInFirst, checkInDoc.checkIn)
}

// AllCheckIns returns every member's check-ins, oldest first, for the
// community's figures.
func (s *Store) AllCheckIns(ctx context.Context) ([]community.CheckIn, error) {
	docs, err := s.mem.checkIns.where(ctx, func(checkInDoc) bool { return true })
	return each(docs, err, oldestCheckInFirst, checkInDoc.checkIn)
}

func oldestCheckInFirst(a, b checkInDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, false) }

// DeleteWellbeingOf deletes the member's check-ins and then their plan.
func (s *Store) DeleteWellbeingOf(ctx context.Context, personID string) error {
	docs, err := s.mem.checkIns.with(ctx, "person", personID)
	if err != nil {
		return err
	}
	err = s.write("delete check-ins", func() error {
		_, err := s.db.Collection(checkInsCollection).DeleteMany(ctx, bson.M{"person_id": personID})
		return err
	})
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	s.written(ctx, checkInsCollection, ids...)
	if err != nil {
		return fmt.Errorf("delete check-ins of %s: %w", personID, err)
	}
	return s.deleteByID(ctx, "delete wellbeing plan", wellbeingPlansCollection, personID)
}
