package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const (
	peopleCollection     = "people"
	identitiesCollection = "identities"
)

// personDoc is how a person is kept; the domain type carries no bson tags.
type personDoc struct {
	ID           string        `bson:"_id"`
	Name         string        `bson:"name"`
	About        string        `bson:"about"`
	District     string        `bson:"district"`
	Interests    []string      `bson:"interests"`
	Tags         []string      `bson:"tags"`
	FreeTimes    int64         `bson:"free_times"`
	AccessNeeds  []string      `bson:"access_needs"`
	Languages    []string      `bson:"languages,omitempty"`
	Visibility   string        `bson:"visibility"`
	OpenToBuying bool          `bson:"open_to_buying"`
	Display      displayDoc    `bson:"display"`
	Identities   []identityDoc `bson:"identities"`
	Email        string        `bson:"email,omitempty"`
	Demo         bool          `bson:"demo"`
	SessionsFrom time.Time     `bson:"sessions_from,omitempty"`
	Ended        []string      `bson:"ended_sessions,omitempty"`
	SuspendedAt  time.Time     `bson:"suspended_at,omitempty"`
	SuspendedBy  string        `bson:"suspended_by,omitempty"`
	Version      int64         `bson:"version"`
	CreatedAt    time.Time     `bson:"created_at"`
	UpdatedAt    time.Time     `bson:"updated_at"`
}

type displayDoc struct {
	EasyRead   bool   `bson:"easy_read"`
	TextSize   string `bson:"text_size"`
	Contrast   string `bson:"contrast"`
	LessMotion bool   `bson:"less_motion,omitempty"`
}

func toDisplayDoc(d community.Display) displayDoc {
	return displayDoc{d.EasyRead, string(d.TextSize), string(d.Contrast), d.LessMotion}
}

type identityDoc struct {
	Provider string `bson:"provider"`
	Subject  string `bson:"subject"`
}

func toPersonDoc(p community.Person) personDoc {
	d := personDoc{
		ID: p.ID, Name: p.Name, About: p.About, District: p.District,
		Interests: nonNil(p.Interests), Tags: nonNil(p.Tags), FreeTimes: int64(p.FreeTimes),
		AccessNeeds: nonNil(p.AccessNeeds), Languages: p.Languages, Visibility: string(p.Visibility), OpenToBuying: p.OpenToBuying,
		Display: toDisplayDoc(p.Display),
		Email:   p.Email, Demo: p.Demo, Version: p.Version, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
	}
	for _, id := range p.Identities {
		d.Identities = append(d.Identities, identityDoc(id))
	}
	return d
}

func (d personDoc) person() community.Person {
	p := community.Person{
		ID: d.ID, Name: d.Name, About: d.About, District: d.District,
		Interests: d.Interests, Tags: d.Tags, FreeTimes: community.Availability(d.FreeTimes),
		AccessNeeds: d.AccessNeeds, Languages: d.Languages, Visibility: community.Visibility(d.Visibility), OpenToBuying: d.OpenToBuying,
		Display: community.Display{EasyRead: d.Display.EasyRead, TextSize: community.TextSize(d.Display.TextSize),
			Contrast: community.Contrast(d.Display.Contrast), LessMotion: d.Display.LessMotion}.Normalised(),
		Email: d.Email, Demo: d.Demo, Version: d.Version, CreatedAt: d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC(),
		SessionsFrom: utcOrZero(d.SessionsFrom), EndedSessions: d.Ended,
		SuspendedAt: utcOrZero(d.SuspendedAt), SuspendedBy: d.SuspendedBy,
	}
	for _, id := range d.Identities {
		p.Identities = append(p.Identities, community.Identity(id))
	}
	return p
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Person returns the person with the id, or a NotFound error. It is
// read from memory; someone memory does not have (who signed up through
// another process, say) is looked up in the database.
func (s *Store) Person(ctx context.Context, id string) (community.Person, error) {
	return byID(ctx, s.mem.people, id, "person", "error.person.not_found", personDoc.person)
}

// CreatePerson saves a new person, giving them an id if they have none.
func (s *Store) CreatePerson(ctx context.Context, p community.Person) (community.Person, error) {
	if p.ID == "" {
		p.ID = newID()
	}
	now := s.stamp()
	p.CreatedAt, p.UpdatedAt = now, now
	if p.Visibility == "" {
		p.Visibility = community.VisibleToMembers
	}
	p.Display = p.Display.Normalised()
	err := s.write("create person", func() error {
		_, err := s.db.Collection(peopleCollection).InsertOne(ctx, toPersonDoc(p))
		return err
	})
	s.written(ctx, peopleCollection, p.ID)
	if isDuplicate(err) {
		// The same sign-up again (a retry names the same new id): the
		// person made the first time is the one.
		return s.Person(ctx, p.ID)
	}
	if err != nil {
		return community.Person{}, fmt.Errorf("create person: %w", err)
	}
	return p, nil
}

// InsertPeople saves people that are not there yet and skips those whose id
// is already taken, so that seeding twice adds nothing twice. It returns how
// many were added.
func (s *Store) InsertPeople(ctx context.Context, people []community.Person) (int, error) {
	docs := make([]any, len(people))
	for i, p := range people {
		p.Display = p.Display.Normalised()
		docs[i] = toPersonDoc(p)
	}
	return s.insertNew(ctx, peopleCollection, docs)
}

// SaveProfile saves what a person says about themselves. p.Version must be
// the version the person edited: if the profile was saved since (a second
// click of the same form, or another tab), nothing is written and a
// Conflict error is returned. It returns the saved person.
func (s *Store) SaveProfile(ctx context.Context, p community.Person) (community.Person, error) {
	d := toPersonDoc(p)
	var saved personDoc
	err := s.saveVersioned(ctx, peopleCollection, p.ID, p.Version, bson.M{
		"name": d.Name, "about": d.About, "district": d.District, "interests": d.Interests,
		"tags": d.Tags, "free_times": d.FreeTimes, "access_needs": d.AccessNeeds, "languages": nonNil(d.Languages),
		"visibility": d.Visibility, "open_to_buying": d.OpenToBuying,
	}, &saved)
	if err != nil {
		return community.Person{}, fmt.Errorf("save profile %s: %w", p.ID, err)
	}
	return saved.person(), nil
}

// SaveDisplay keeps how the person likes pages shown.
func (s *Store) SaveDisplay(ctx context.Context, id string, display community.Display) error {
	return s.setPerson(ctx, "save display", id, bson.M{"display": toDisplayDoc(display.Normalised())})
}

// EndSession ends one sign-in of a person on the server: a cookie that
// still carries it is signed out. Ending it twice keeps it once.
func (s *Store) EndSession(ctx context.Context, personID, sessionID string) error {
	return s.changePerson(ctx, "end session", personID, func() (bson.M, error) {
		// Read under the lease, from the database: memory may not have
		// another replica's sign-outs yet.
		var d personDoc
		if err := s.db.Collection(peopleCollection).FindOne(ctx, bson.M{"_id": personID}).Decode(&d); err != nil {
			return nil, notFound(err, "error.person.not_found")
		}
		if slices.Contains(d.Ended, sessionID) {
			return nil, nil
		}
		ended := append(d.Ended, sessionID)
		return bson.M{"ended_sessions": ended[max(len(ended)-community.MaxEndedSessions, 0):]}, nil
	})
}

// EndSessionsBefore ends every sign-in of a person made before at.
func (s *Store) EndSessionsBefore(ctx context.Context, personID string, at time.Time) error {
	return s.setPerson(ctx, "end sessions", personID, bson.M{"sessions_from": at, "ended_sessions": []string{}})
}

func (s *Store) setPerson(ctx context.Context, op, personID string, fields bson.M) error {
	return s.changePerson(ctx, op, personID, func() (bson.M, error) { return fields, nil })
}

// changePerson sets the fields fieldsNow gives (none: nothing to change),
// holding the person's lease, so that no other writer's change falls
// between working them out and setting them.
func (s *Store) changePerson(ctx context.Context, op, personID string, fieldsNow func() (bson.M, error)) error {
	err := s.exclusive(ctx, peopleCollection, personID, func() error {
		fields, err := fieldsNow()
		if err != nil || len(fields) == 0 {
			return err
		}
		return s.write(op, func() error {
			_, err := s.db.Collection(peopleCollection).UpdateOne(ctx, bson.M{"_id": personID}, bson.M{"$set": fields})
			return err
		})
	})
	s.written(ctx, peopleCollection, personID)
	if err != nil {
		return fmt.Errorf("%s of %s: %w", op, personID, err)
	}
	return nil
}

// Suspend records that a moderator suspended a person, and ends every
// sign-in of theirs at the same moment.
func (s *Store) Suspend(ctx context.Context, personID, by string, at time.Time) error {
	return s.setPerson(ctx, "suspend", personID, bson.M{"suspended_at": at, "suspended_by": by, "sessions_from": at, "ended_sessions": []string{}})
}

// DemoPeople lists the generated demo members, by name.
func (s *Store) DemoPeople(ctx context.Context) ([]community.Person, error) {
	docs, err := s.mem.people.where(ctx, func(d personDoc) bool { return d.Demo })
	return each(docs, err, func(a, b personDoc) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }, personDoc.person)
}

// AllPeople lists every person, for building in-memory indexes at start-up.
func (s *Store) AllPeople(ctx context.Context) ([]community.Person, error) {
	docs, err := s.mem.people.where(ctx, nil)
	return each(docs, err, func(a, b personDoc) int { return cmp.Compare(a.ID, b.ID) }, personDoc.person)
}

// CountPeople counts everyone, for the seed and the health check.
func (s *Store) CountPeople(ctx context.Context) (int64, error) {
	return s.db.Collection(peopleCollection).CountDocuments(ctx, bson.M{})
}

// DeletePerson takes away a person's profile, with their sign-in links
// and so every sign-in of theirs: the last step of deleting an account.
func (s *Store) DeletePerson(ctx context.Context, personID string) error {
	defer s.written(ctx, peopleCollection, personID)
	return s.exclusiveWrite(ctx, "delete person", peopleCollection, personID, func() error {
		_, err := s.db.Collection(peopleCollection).DeleteOne(ctx, bson.M{"_id": personID})
		return err
	})
}
