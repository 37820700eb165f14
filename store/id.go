package store

import (
	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// newID returns a fresh id for a document: an ObjectID in hex, which sorts
// by creation time and is safe to show in a URL.
func newID() string { return bson.NewObjectID().Hex() }

func errorNotFound(key string) error { return community.NotFound(key) }

// NewID returns a fresh id of the kind the store makes, for a record whose
// id must be chosen before it is saved (a new member's passkey is made
// for their id).
func (s *Store) NewID() string { return newID() }
