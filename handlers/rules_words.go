package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// potRuleWords says a group's rules in the reader's words, so everyone
// sees them in full before they join.
func potRuleWords(l *locale.Localizer, r community.PotRules) []string {
	var out []string
	if r.Every == community.Once {
		out = append(out, l.T("rules.contribution_once", r.Contribution.Pounds()))
	} else {
		out = append(out, l.T("rules.contribution."+string(r.Every), r.Contribution.Pounds(), r.Times, r.Total().Pounds()))
	}
	if r.JoiningFee > 0 {
		out = append(out, l.T("rules.joining_fee", r.JoiningFee.Pounds()))
	} else {
		out = append(out, l.T("rules.no_joining_fee"))
	}
	if r.LateFee > 0 {
		out = append(out, l.T("rules.late_fee", r.LateFee.Pounds()))
	}
	out = append(out, l.T("rules.leaver."+string(r.Leaver)))
	if r.Votes == community.VotesNumber {
		out = append(out, l.T("rules.votes.number", r.VotesNeeded))
	} else {
		out = append(out, l.T("rules.votes."+string(r.Votes)))
	}
	return append(out, l.T("rules.changes"))
}
