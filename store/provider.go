package store

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const providersCollection = "providers"

type providerDoc struct {
	ID              string    `bson:"_id"`
	OwnerID         string    `bson:"owner_id"`
	Name            string    `bson:"name"`
	Description     string    `bson:"description"`
	EasyDescription string    `bson:"easy_description"`
	Website         string    `bson:"website"`
	Phone           string    `bson:"phone"`
	Email           string    `bson:"email"`
	Districts       []string  `bson:"districts"`
	Online          bool      `bson:"online"`
	Interests       []string  `bson:"interests"`
	VerifiedAt      time.Time `bson:"verified_at"`
	VerifiedBy      string    `bson:"verified_by"`
	Version         int64     `bson:"version"`
	CreatedAt       time.Time `bson:"created_at"`
	UpdatedAt       time.Time `bson:"updated_at"`
}

func toProviderDoc(p community.Provider) providerDoc {
	return providerDoc{
		ID: p.ID, OwnerID: p.OwnerID, Name: p.Name, Description: p.Description, EasyDescription: p.EasyDescription,
		Website: p.Website, Phone: p.Phone, Email: p.Email, Districts: nonNil(p.Districts), Online: p.Online,
		Interests: nonNil(p.Interests), VerifiedAt: p.VerifiedAt, VerifiedBy: p.VerifiedBy, Version: p.Version,
		CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
	}
}

func (d providerDoc) provider() community.Provider {
	p := community.Provider{
		ID: d.ID, OwnerID: d.OwnerID, Name: d.Name, Description: d.Description, EasyDescription: d.EasyDescription,
		Website: d.Website, Phone: d.Phone, Email: d.Email, Districts: d.Districts, Online: d.Online,
		Interests: d.Interests, VerifiedBy: d.VerifiedBy, Version: d.Version,
		CreatedAt: d.CreatedAt.UTC(), UpdatedAt: d.UpdatedAt.UTC(),
	}
	if !d.VerifiedAt.IsZero() && d.VerifiedAt.Year() > 1 {
		p.VerifiedAt = d.VerifiedAt.UTC()
	}
	return p
}

// CreateProvider saves a new provider, unverified.
func (s *Store) CreateProvider(ctx context.Context, p community.Provider) (community.Provider, error) {
	if p.ID == "" {
		p.ID = newID()
	}
	now := s.stamp()
	p.CreatedAt, p.UpdatedAt, p.VerifiedAt, p.VerifiedBy, p.Version = now, now, time.Time{}, "", 0
	return createOnce(ctx, s, "provider", providersCollection, p.ID, toProviderDoc(p), p, providerDoc.provider)
}

// InsertProviders saves providers whose ids are not taken yet, keeping
// their given dates and verification; used for demo data and imports.
func (s *Store) InsertProviders(ctx context.Context, providers []community.Provider) (int, error) {
	docs := make([]any, len(providers))
	for i, p := range providers {
		docs[i] = toProviderDoc(p)
	}
	return s.insertNew(ctx, providersCollection, docs)
}

// Provider returns the provider with the id, or NotFound.
func (s *Store) Provider(ctx context.Context, id string) (community.Provider, error) {
	return byID(ctx, s.mem.providers, id, "provider", "error.provider.not_found", providerDoc.provider)
}

// SaveProvider saves the provider's own words. Like SaveProfile, p.Version
// must be the version edited, or a Conflict error is returned. Verification
// is not changed here.
func (s *Store) SaveProvider(ctx context.Context, p community.Provider) (community.Provider, error) {
	d := toProviderDoc(p)
	var saved providerDoc
	err := s.saveVersioned(ctx, providersCollection, p.ID, p.Version, bson.M{
		"name": d.Name, "description": d.Description, "easy_description": d.EasyDescription,
		"website": d.Website, "phone": d.Phone, "email": d.Email, "districts": d.Districts,
		"online": d.Online, "interests": d.Interests,
	}, &saved)
	if err != nil {
		return community.Provider{}, fmt.Errorf("save provider %s: %w", p.ID, err)
	}
	return saved.provider(), nil
}

// VerifyProvider records that a moderator checked the provider, now.
func (s *Store) VerifyProvider(ctx context.Context, id, moderatorID string) (community.Provider, error) {
	var saved providerDoc
	err := s.exclusiveWrite(ctx, "verify provider", providersCollection, id, func() error {
		return s.db.Collection(providersCollection).FindOneAndUpdate(ctx, bson.M{"_id": id},
			bson.M{"$set": bson.M{"verified_at": s.stamp(), "verified_by": moderatorID}},
			options.FindOneAndUpdate().SetReturnDocument(options.After)).Decode(&saved)
	})
	s.written(ctx, providersCollection, id)
	if err != nil {
		return community.Provider{}, fmt.Errorf("verify provider %s: %w", id, notFound(err, "error.provider.not_found"))
	}
	return saved.provider(), nil
}

// UnverifyProvider withdraws a moderator's check of a provider: its page
// no longer shows the badge until a moderator checks it again.
func (s *Store) UnverifyProvider(ctx context.Context, id string) (community.Provider, error) {
	var saved providerDoc
	err := s.exclusiveWrite(ctx, "unverify provider", providersCollection, id, func() error {
		return s.db.Collection(providersCollection).FindOneAndUpdate(ctx, bson.M{"_id": id},
			bson.M{"$set": bson.M{"verified_at": time.Time{}, "verified_by": ""}},
			options.FindOneAndUpdate().SetReturnDocument(options.After)).Decode(&saved)
	})
	s.written(ctx, providersCollection, id)
	if err != nil {
		return community.Provider{}, fmt.Errorf("unverify provider %s: %w", id, notFound(err, "error.provider.not_found"))
	}
	return saved.provider(), nil
}

// ProvidersOwnedBy lists the providers a member manages.
func (s *Store) ProvidersOwnedBy(ctx context.Context, ownerID string) ([]community.Provider, error) {
	return providersByName(s.mem.providers.with(ctx, "owner", ownerID))
}

// AllProviders lists every provider by name.
func (s *Store) AllProviders(ctx context.Context) ([]community.Provider, error) {
	return providersByName(s.mem.providers.where(ctx, nil))
}

// providersByName sorts providers by name, then id.
func providersByName(docs []providerDoc, err error) ([]community.Provider, error) {
	return each(docs, err, func(a, b providerDoc) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }, providerDoc.provider)
}
