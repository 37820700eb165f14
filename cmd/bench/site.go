package main

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/sitetest"
)

// benchSite is the real site served in-process on the embedded store with
// the demo members, in a temporary folder, opened as the tests open it.
type benchSite struct {
	*sitetest.Site
}

func startSite(ctx context.Context) (*benchSite, error) {
	site, err := sitetest.Start(ctx, sitetest.Options{})
	if err != nil {
		return nil, err
	}
	return &benchSite{site}, nil
}

// demoMembers lists the ids the demo page offers, in its order.
func (s *benchSite) demoMembers() ([]string, error) {
	page, err := s.Client().Get("/demo")
	if err != nil {
		return nil, err
	}
	ids := sitetest.DemoMembers(page.Body)
	if len(ids) == 0 {
		return nil, fmt.Errorf("the demo page lists no members (status %d)", page.Status)
	}
	return ids, nil
}

// signIn signs in through /demo as a browser would, and reads the new
// session's token then, so that no measured post waits for it.
func (s *benchSite) signIn(id string) (*sitetest.Client, error) {
	m := s.Client()
	if err := m.SignInAs(id); err != nil {
		return nil, err
	}
	if _, err := m.CSRF(); err != nil {
		return nil, fmt.Errorf("after signing in as %s: %w", id, err)
	}
	return m, nil
}
