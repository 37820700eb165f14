package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/openreferral"
	"github.com/clubtogether/clubtogether/places"
)

// importOwner owns imported providers until a member claims them: no
// member has this id, so nobody can edit them by accident.
const importOwner = "open-referral-import"

// importOpenReferral reads an Open Referral UK feed and adds its services
// as unchecked providers and listings. The whole file is read and checked
// before anything is saved, and ids come from the feed's own ids, so a
// malformed file saves nothing and a second run adds nothing twice.
func importOpenReferral(ctx context.Context, a *app.App, path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open feed: %w", err)
	}
	defer f.Close()
	feed, err := openreferral.ReadFeed(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	dir, err := places.Load()
	if err != nil {
		return err
	}
	providers, listings, skipped, err := feed.ToCommunity(importOwner, dir)
	if err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Millisecond)
	for i := range providers {
		providers[i].CreatedAt, providers[i].UpdatedAt = now, now
	}
	for i := range listings {
		listings[i].CreatedAt, listings[i].UpdatedAt = now, now
	}
	addedProviders, err := a.Store.InsertProviders(ctx, providers)
	if err != nil {
		return err
	}
	addedListings, err := a.Store.InsertListings(ctx, listings)
	if err != nil {
		return err
	}
	for _, p := range providers {
		a.Discovery.Provider(ctx, p)
	}
	for _, reason := range skipped {
		fmt.Fprintln(out, "skipped:", reason)
	}
	fmt.Fprintf(out, "imported %d new providers and %d new listings (%d and %d in the feed), all not checked yet\n",
		addedProviders, addedListings, len(providers), len(listings))
	return nil
}
