package store

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// ledgerSeqIndex makes each (group, sequence number) unique in the ledger.
const ledgerSeqIndex = "group_id_1_seq_1"

// numberLedgers gives the entries written before entries were numbered
// their numbers, group by group in the order they were recorded. It runs
// before the unique index is built and changes only entries without a
// number, so running it twice, or in two processes at once, numbers them
// the same.
func (s *Store) numberLedgers(ctx context.Context) error {
	var docs []entryDoc
	if err := s.findAll(ctx, ledgerCollection, bson.M{}, bson.D{{Key: "group_id", Value: 1}, {Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return err
	}
	next := map[string]int64{}
	for _, d := range docs {
		next[d.GroupID]++
		if d.Seq == next[d.GroupID] {
			continue
		}
		if _, err := s.db.Collection(ledgerCollection).UpdateOne(ctx, bson.M{"_id": d.ID}, bson.M{"$set": bson.M{"seq": next[d.GroupID]}}); err != nil {
			return fmt.Errorf("number ledger entry %s: %w", d.ID, err)
		}
	}
	return nil
}
