package store

import (
	"cmp"
	"context"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const offersCollection = "offers"

type offerDoc struct {
	ID           string    `bson:"_id"`
	ProviderID   string    `bson:"provider_id"`
	ProviderName string    `bson:"provider_name"`
	GroupID      string    `bson:"group_id,omitempty"`
	WishID       string    `bson:"wish_id,omitempty"`
	ListingID    string    `bson:"listing_id,omitempty"`
	Unit         string    `bson:"unit"`
	Tiers        []tierDoc `bson:"tiers"`
	When         string    `bson:"when"`
	EasyText     string    `bson:"easy_text"`
	By           string    `bson:"by"`
	CreatedAt    time.Time `bson:"created_at"`
	ProposalID   string    `bson:"proposal_id,omitempty"`
}

func toOfferDoc(o community.Offer) offerDoc {
	d := offerDoc{ID: o.ID, ProviderID: o.ProviderID, ProviderName: o.ProviderName, GroupID: o.GroupID, WishID: o.WishID,
		ListingID: o.ListingID, Unit: string(o.Unit), Tiers: []tierDoc{}, When: o.When, EasyText: o.EasyText, By: o.By,
		CreatedAt: o.CreatedAt, ProposalID: o.ProposalID}
	for _, t := range o.Tiers {
		d.Tiers = append(d.Tiers, tierDoc{t.MinPeople, int64(t.Each)})
	}
	return d
}

func (d offerDoc) offer() community.Offer {
	o := community.Offer{ID: d.ID, ProviderID: d.ProviderID, ProviderName: d.ProviderName, GroupID: d.GroupID, WishID: d.WishID,
		ListingID: d.ListingID, Unit: community.PriceUnit(d.Unit), When: d.When, EasyText: d.EasyText, By: d.By,
		CreatedAt: d.CreatedAt.UTC(), ProposalID: d.ProposalID}
	for _, t := range d.Tiers {
		o.Tiers = append(o.Tiers, community.PriceTier{MinPeople: t.MinPeople, Each: community.Pence(t.Pence)})
	}
	return o
}

// CreateOffer saves a new offer; one whose id is taken (the same form sent
// twice) is saved once, and the one already there is returned.
func (s *Store) CreateOffer(ctx context.Context, o community.Offer) (community.Offer, error) {
	o.CreatedAt = s.stampOr(o.CreatedAt)
	return createOnce(ctx, s, "offer", offersCollection, o.ID, toOfferDoc(o), o, offerDoc.offer)
}

// Offer returns the offer with the id, or NotFound, from memory.
func (s *Store) Offer(ctx context.Context, id string) (community.Offer, error) {
	return byID(ctx, s.mem.offers, id, "offer", "error.offer.not_found", offerDoc.offer)
}

// OffersTo lists the offers to a group or a wish (by its id), newest
// first.
func (s *Store) OffersTo(ctx context.Context, id string) ([]community.Offer, error) {
	docs, err := s.mem.offers.with(ctx, "to", id)
	return each(docs, err, func(a, b offerDoc) int { return cmp.Or(b.CreatedAt.Compare(a.CreatedAt), cmp.Compare(a.ID, b.ID)) }, offerDoc.offer)
}

// OffersBy lists a provider's offers, newest first.
func (s *Store) OffersBy(ctx context.Context, providerID string) ([]community.Offer, error) {
	docs, err := s.mem.offers.with(ctx, "provider", providerID)
	return each(docs, err, func(a, b offerDoc) int { return cmp.Or(b.CreatedAt.Compare(a.CreatedAt), cmp.Compare(a.ID, b.ID)) }, offerDoc.offer)
}

// MoveOffer gives an offer to a wish to the group the wish started.
func (s *Store) MoveOffer(ctx context.Context, id, groupID string) error {
	defer s.written(ctx, offersCollection, id)
	return s.exclusiveWrite(ctx, "move offer", offersCollection, id, func() error {
		_, err := s.db.Collection(offersCollection).UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"group_id": groupID}})
		return err
	})
}

// OfferProposed records the spend proposal a group made of an offer; the
// first one made is kept.
func (s *Store) OfferProposed(ctx context.Context, id, proposalID string) error {
	defer s.written(ctx, offersCollection, id)
	return s.exclusiveWrite(ctx, "offer proposed", offersCollection, id, func() error {
		_, err := s.db.Collection(offersCollection).UpdateOne(ctx, bson.M{"_id": id, "proposal_id": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"proposal_id": proposalID}})
		return err
	})
}
