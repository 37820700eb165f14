package openreferral

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/places"
)

// FuzzImport reads a feed as the import command does and turns it into
// providers and listings. Whatever the file, nothing panics; a file ReadFeed
// refuses gives no services; every service it accepts has what import
// needs; everything ToCommunity returns passes the site's own validation,
// each listing belongs to a provider returned with it, and a second import
// of the same feed gives the same ids (so it adds nothing).
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "feed_*.json"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, seed := range []string{
		``, `null`, `[]`, `{}`, `{"contents":null}`, `{"contents":[]}`, `[null]`, `[{}]`, `"x"`, `[1]`,
		`[{"id":"a","name":"Swimming club","organization":{"id":"o","name":"O"},"status":"active",` +
			`"service_at_locations":[{"location":{"addresses":[{"postal_code":"OX4 1AA"}]}}],` +
			`"cost_options":[{"id":"c","amount":5}]}]`,
		`[{"id":"a","name":"Swimming club\u202e","organization":{"id":"o","name":"O\u0000"},` +
			`"service_areas":[{"service_area":"OX4"}],"cost_options":[{"id":"c","amount":1e9},{"amount":-5},{"amount":0.005}]}]`,
		`[{"id":"a","name":"Swimming\u200b club","organization":{"id":"o","name":"O","website":"javascript:x"},` +
			`"service_at_locations":[{"location":{"location_type":"virtual"}}],"cost_options":[{"amount":"5"}]}]`,
		`[{"id":"a","name":"Swimming club","organization":{"id":"o","name":"O"},"service_areas":[{"service_area":"OX4"}],` +
			`"cost_options":[{"amount":3,"option":"4+ people"},{"amount":2,"option":"groups of 9999"}],` +
			`"schedules":[{"byday":"2MO,TU,,-1FR","opens_at":"25:00"},{"byday":"SU","opens_at":"18:00:00Z"}]}]`,
		"\xef\xbb\xbf[]", "[\xff]", `[{"id":"a","name":"\xff","organization":{"id":"o","name":"O"}}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Add(bytes.Repeat([]byte("["), 1000))
	dir, err := places.Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ReadFeed(bytes.NewReader(data))
		if err != nil {
			if len(feed.Services) > 0 {
				t.Fatalf("ReadFeed refused the file (%v) but gave %d services", err, len(feed.Services))
			}
			return
		}
		for i, s := range feed.Services {
			if fe := checkService(s, "service"); fe != nil {
				t.Fatalf("service %d accepted without what import needs: %v", i, fe)
			}
		}
		providers, listings, _, err := feed.ToCommunity("owner1", dir)
		if err != nil {
			t.Fatalf("ToCommunity with an owner and a directory failed: %v", err)
		}
		var providerIDs []string
		for _, p := range providers {
			if err := p.Validate(dir.Known); err != nil {
				t.Fatalf("imported provider %q does not pass validation: %v", p.Name, err)
			}
			providerIDs = append(providerIDs, p.ID)
		}
		for _, l := range listings {
			if err := l.Validate(dir.Known); err != nil {
				t.Fatalf("imported listing %q does not pass validation: %v", l.Title, err)
			}
			if !slices.Contains(providerIDs, l.ProviderID) {
				t.Fatalf("imported listing %q belongs to provider %s, which was not imported", l.Title, l.ProviderID)
			}
		}
		againProviders, againListings, _, _ := feed.ToCommunity("owner1", dir)
		if len(againProviders) != len(providers) || len(againListings) != len(listings) {
			t.Fatalf("a second import gave %d providers and %d listings, the first %d and %d",
				len(againProviders), len(againListings), len(providers), len(listings))
		}
		for i := range listings {
			if againListings[i].ID != listings[i].ID {
				t.Fatalf("a second import gave listing id %s for %s", againListings[i].ID, listings[i].ID)
			}
		}
	})
}
