package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
)

// ruleLine is one of a pot's rules in words. What names the rule it says,
// so that the rules before and after a change can be set side by side;
// None marks the words for a rule the group has not set (no late fee, no
// first payment day), which the list of rules leaves out.
type ruleLine struct {
	What, Text string
	None       bool
}

// potRuleLines says every one of a pot's rules, in the order people read
// them, set or not.
func potRuleLines(l *locale.Localizer, r community.PotRules) []ruleLine {
	var out []ruleLine
	add := func(what, text string, none bool) { out = append(out, ruleLine{what, text, none}) }
	if r.Every == community.Once {
		add("contribution", l.T("rules.contribution_once", r.Contribution.Pounds()), false)
	} else {
		add("contribution", l.T(plural("rules.contribution."+string(r.Every), r.Times), r.Contribution.Pounds(), r.Times, r.Total().Pounds()), false)
	}
	if r.FirstDue.IsZero() {
		add("first_due", l.T("rules.no_first_due"), true)
	} else {
		add("first_due", l.T("rules.first_due", r.FirstDue.Format("Monday 2 January 2006")), false)
	}
	if r.KeptAt == "" {
		add("kept_at", l.T("rules.no_kept_at"), true)
	} else {
		add("kept_at", l.T("rules.kept_at", r.KeptAt), false)
	}
	if r.JoiningFee > 0 {
		add("joining_fee", l.T("rules.joining_fee", r.JoiningFee.Pounds()), false)
	} else {
		add("joining_fee", l.T("rules.no_joining_fee"), false)
	}
	if r.LateFee > 0 {
		add("late_fee", l.T("rules.late_fee", r.LateFee.Pounds()), false)
	} else {
		add("late_fee", l.T("rules.no_late_fee"), true)
	}
	if r.Proportional() {
		add("split", l.T("rules.split.paid_in"), false)
	} else {
		add("split", l.T("rules.split.equal"), false)
	}
	add("leaver", l.T("rules.leaver."+string(r.Leaver)), false)
	if r.Votes == community.VotesNumber {
		add("votes", l.T(plural("rules.votes.number", r.VotesNeeded), r.VotesNeeded), false)
	} else {
		add("votes", l.T("rules.votes."+string(r.Votes)), false)
	}
	add("changes", l.T("rules.changes"), false)
	return out
}

// potRuleWords says a group's rules in the reader's words, so everyone
// sees them in full before they join.
func potRuleWords(l *locale.Localizer, r community.PotRules) []string {
	var out []string
	for _, line := range potRuleLines(l, r) {
		if !line.None {
			out = append(out, line.Text)
		}
	}
	return out
}

// ruleChange is one line of proposed rules; Was is the line it replaces,
// when the change changes that rule.
type ruleChange struct {
	Text, Was string
}

// ruleChanges says proposed rules beside the rules now: each rule as it
// would be, with what it is now where that differs, so a member sees
// exactly what the change changes.
func ruleChanges(l *locale.Localizer, now, proposed community.PotRules) []ruleChange {
	was := map[string]string{}
	for _, line := range potRuleLines(l, now) {
		was[line.What] = line.Text
	}
	var out []ruleChange
	for _, line := range potRuleLines(l, proposed) {
		switch {
		case was[line.What] != line.Text:
			out = append(out, ruleChange{Text: line.Text, Was: was[line.What]})
		case !line.None:
			out = append(out, ruleChange{Text: line.Text})
		}
	}
	return out
}
