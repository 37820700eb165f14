package store

import (
	"context"
	"sync/atomic"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
)

// A signed-in page must not wait on the database: the embedded one scans
// a whole collection for every query, even a lookup by id. So the store
// can count, per request, the reads it sends: lookups of one document by
// its id, and every other query, which on the embedded database is a
// scan. Tests hold pages to at most one lookup and no other query.

type readsKey struct{}

// Reads are the queries one request sent.
type Reads struct {
	// ByID are finds of one document by its _id alone.
	ByID atomic.Int64
	// Queries are every other read: finds by other fields, aggregations,
	// counts, and the further batches of a cursor.
	Queries atomic.Int64
}

// CountingReads returns a context under which the store counts the reads
// it sends, and the counts to read afterwards.
func CountingReads(ctx context.Context) (context.Context, *Reads) {
	r := new(Reads)
	return context.WithValue(ctx, readsKey{}, r), r
}

func countRead(ctx context.Context, e *event.CommandStartedEvent) {
	r, _ := ctx.Value(readsKey{}).(*Reads)
	if r == nil {
		return
	}
	switch e.CommandName {
	case "find":
		if findsOneByID(e.Command) {
			r.ByID.Add(1)
			return
		}
		r.Queries.Add(1)
	case "aggregate", "count", "distinct", "getMore":
		r.Queries.Add(1)
	}
}

// findsOneByID reports whether a find command's filter is {_id: value}
// with a plain value, which MongoDB answers from the _id index.
func findsOneByID(command bson.Raw) bool {
	filter, ok := command.Lookup("filter").DocumentOK()
	if !ok {
		return false
	}
	elems, err := filter.Elements()
	if err != nil || len(elems) != 1 || elems[0].Key() != "_id" {
		return false
	}
	_, isDoc := elems[0].Value().DocumentOK()
	return !isDoc
}
