package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const passkeysCollection = "passkeys"

// passkeyDoc is how a passkey is kept. Its _id is the credential id, so a
// credential belongs to one member at most, even when two sign-ups race.
type passkeyDoc struct {
	ID         string    `bson:"_id"`
	PersonID   string    `bson:"person_id"`
	Name       string    `bson:"name"`
	Credential []byte    `bson:"credential"`
	CreatedAt  time.Time `bson:"created_at"`
	LastUsedAt time.Time `bson:"last_used_at,omitempty"`
}

func (d passkeyDoc) passkey() community.Passkey {
	return community.Passkey{ID: d.ID, PersonID: d.PersonID, Name: d.Name, Credential: d.Credential,
		CreatedAt: d.CreatedAt.UTC(), LastUsedAt: utcOrZero(d.LastUsedAt)}
}

// AddPasskey saves a new passkey. Saving the same credential again for the
// same member (a retry) is not an error; for another member it is a
// Conflict, and nothing changes.
func (s *Store) AddPasskey(ctx context.Context, p community.Passkey) (community.Passkey, error) {
	d := passkeyDoc{ID: p.ID, PersonID: p.PersonID, Name: p.Name, Credential: p.Credential, CreatedAt: s.stampOr(p.CreatedAt)}
	var existing passkeyDoc
	created, err := s.insertOnce(ctx, passkeysCollection, d.ID, d, &existing)
	if err != nil {
		return community.Passkey{}, fmt.Errorf("add passkey: %w", err)
	}
	if !created {
		if existing.PersonID != p.PersonID {
			return community.Passkey{}, community.Conflict("error.passkey.taken")
		}
		return existing.passkey(), nil
	}
	return d.passkey(), nil
}

// Passkey returns the passkey with the credential id, or NotFound.
func (s *Store) Passkey(ctx context.Context, id string) (community.Passkey, error) {
	var d passkeyDoc
	err := s.db.Collection(passkeysCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d)
	if err != nil {
		return community.Passkey{}, fmt.Errorf("load passkey: %w", notFound(err, "error.passkey.not_found"))
	}
	return d.passkey(), nil
}

// PasskeysOf returns a member's passkeys, oldest first.
func (s *Store) PasskeysOf(ctx context.Context, personID string) ([]community.Passkey, error) {
	var docs []passkeyDoc
	if err := s.findAll(ctx, passkeysCollection, bson.M{"person_id": personID}, bson.D{{Key: "created_at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	keys := make([]community.Passkey, len(docs))
	for i, d := range docs {
		keys[i] = d.passkey()
	}
	return keys, nil
}

// UsePasskey records a sign-in with the passkey: when, and the credential
// as the library updated it (its signature counter).
func (s *Store) UsePasskey(ctx context.Context, id string, credential []byte) error {
	return s.exclusiveWrite(ctx, "use passkey", passkeysCollection, id, func() error {
		_, err := s.db.Collection(passkeysCollection).UpdateOne(ctx, bson.M{"_id": id},
			bson.M{"$set": bson.M{"credential": credential, "last_used_at": s.stamp()}})
		return err
	})
}

// RemovePasskey deletes one of a member's passkeys; removing one already
// gone is not an error.
func (s *Store) RemovePasskey(ctx context.Context, personID, id string) error {
	return s.write("remove passkey", func() error {
		_, err := s.db.Collection(passkeysCollection).DeleteOne(ctx, bson.M{"_id": id, "person_id": personID})
		return err
	})
}

// RemovePasskeysOf takes away every passkey of a person, for a member who
// deletes their account.
func (s *Store) RemovePasskeysOf(ctx context.Context, personID string) error {
	return s.write("remove passkeys", func() error {
		_, err := s.db.Collection(passkeysCollection).DeleteMany(ctx, bson.M{"person_id": personID})
		return err
	})
}
