package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// identityLink ties an account at a sign-in provider to a person. Its _id is
// "provider:subject", so the unique _id makes a link exist at most once even
// when two first sign-ins race.
type identityLink struct {
	ID       string `bson:"_id"`
	PersonID string `bson:"person_id"`
}

// SignIn returns the person linked to the provider account, creating a
// person (with the name and email the provider gave) on the first sign-in.
func (s *Store) SignIn(ctx context.Context, id community.Identity, name, email string) (community.Person, error) {
	key := id.Provider + ":" + id.Subject
	links := s.db.Collection(identitiesCollection)
	var link identityLink
	err := links.FindOne(ctx, bson.M{"_id": key}).Decode(&link)
	if err == nil {
		return s.Person(ctx, link.PersonID)
	}
	if !errors.Is(err, mongo.ErrNoDocuments) {
		return community.Person{}, fmt.Errorf("find sign-in %s: %w", id.Provider, err)
	}
	p, err := s.CreatePerson(ctx, community.Person{Name: name, Email: email, Identities: []community.Identity{id}})
	if err != nil {
		return community.Person{}, err
	}
	_, err = links.InsertOne(ctx, identityLink{ID: key, PersonID: p.ID})
	if isDuplicate(err) {
		// Another sign-in with the same account won the race: use theirs.
		_, _ = s.db.Collection(peopleCollection).DeleteOne(ctx, bson.M{"_id": p.ID})
		s.written(ctx, peopleCollection, p.ID)
		return s.SignIn(ctx, id, name, email)
	}
	if err != nil {
		return community.Person{}, fmt.Errorf("link sign-in %s: %w", id.Provider, err)
	}
	return p, nil
}
