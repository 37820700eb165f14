package store

import (
	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// newID returns a fresh id for a document: an ObjectID in hex, which sorts
// by creation time and is safe to show in a URL.
func newID() string { return bson.NewObjectID().Hex() }

func errorNotFound(key string) error { return community.NotFound(key) }
