package handlers

import (
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// offerPages are the short pages Easy Read asks the offer to mentor on, one
// after another, each with the fields it asks: the answers of the other
// pages go along in hidden fields, and the last page sends the offer
// (plain pages ask it all on one).
var offerPages = [][]string{
	{"help_with"},
	{"free_times"},
	{"languages", "why"},
	{"kind", "organisation", "organisation_kind"},
}

// offerPageOf is the page (from 1) that asks the field.
func offerPageOf(field string) int {
	for i, fields := range offerPages {
		if slices.Contains(fields, field) {
			return i + 1
		}
	}
	return len(offerPages)
}

// offerProblemsOn keeps the problems of the fields page asks.
func offerProblemsOn(page int, problems []community.FieldError) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if offerPageOf(p.Field) == page {
			out = append(out, p)
		}
	}
	return out
}

// firstOfferPage is the first page with a problem, to show the offer on.
func firstOfferPage(problems []community.FieldError) int {
	page := len(offerPages)
	for _, p := range problems {
		page = min(page, offerPageOf(p.Field))
	}
	return page
}
