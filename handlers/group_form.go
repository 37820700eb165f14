package handlers

import (
	"strconv"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// groupForm is the form to start a group, as typed. Money and numbers stay
// text, so that what someone typed comes back as they typed it.
type groupForm struct {
	ListingID, Name, Purpose, EasySummary, District string
	Interests                                       map[string]bool
	Open                                            bool
	MaxSize                                         string
	potForm
}

// potForm is the pot's rules as typed: on the form to start a group, and
// on the form to propose changing them.
type potForm struct {
	Contribution, Every, Times string
	JoiningFee, LateFee        string
	Leaver, Votes, VotesNeeded string
	Split                      string
	// KeptAt is where the money is kept; FirstDue the day the first
	// payment is due, as a date field sends it (2027-01-05).
	KeptAt, FirstDue string
}

// dateForm is how a date field sends a day.
const dateForm = "2006-01-02"

func readPotForm(c *gin.Context) potForm {
	return potForm{
		Contribution: c.PostForm("contribution"), Every: c.PostForm("every"), Times: strings.TrimSpace(c.PostForm("times")),
		JoiningFee: c.PostForm("joining_fee"), LateFee: c.PostForm("late_fee"),
		Leaver: c.PostForm("leaver"), Votes: c.PostForm("votes"), VotesNeeded: strings.TrimSpace(c.PostForm("votes_needed")),
		Split:  c.PostForm("split"),
		KeptAt: c.PostForm("kept_at"), FirstDue: strings.TrimSpace(c.PostForm("first_due")),
	}
}

// potFormFrom shows rules in the form, for changing them.
func potFormFrom(r community.PotRules) potForm {
	f := potForm{Contribution: strings.TrimPrefix(r.Contribution.Pounds(), "£"), Every: string(r.Every),
		Times: strconv.Itoa(r.Times), Leaver: string(r.Leaver), Votes: string(r.Votes), KeptAt: r.KeptAt,
		Split: string(community.SplitEqual)}
	if r.Proportional() {
		f.Split = string(community.SplitPaidIn)
	}
	if r.JoiningFee > 0 {
		f.JoiningFee = strings.TrimPrefix(r.JoiningFee.Pounds(), "£")
	}
	if r.LateFee > 0 {
		f.LateFee = strings.TrimPrefix(r.LateFee.Pounds(), "£")
	}
	if r.Votes == community.VotesNumber {
		f.VotesNeeded = strconv.Itoa(r.VotesNeeded)
	}
	if !r.FirstDue.IsZero() {
		f.FirstDue = r.FirstDue.Format(dateForm)
	}
	return f
}

// rules turns the form into rules, with the problems found reading the
// numbers and amounts (the domain checks the rest).
func (f potForm) rules() (community.PotRules, []community.FieldError) {
	var r formReader
	rules := community.PotRules{
		Contribution: r.money("contribution", f.Contribution, false), Every: community.Period(f.Every),
		Times:      r.number("times", f.Times, "error.pot.times"),
		JoiningFee: r.money("joining_fee", f.JoiningFee, true), LateFee: r.money("late_fee", f.LateFee, true),
		Leaver: community.LeaverRule(f.Leaver), Votes: community.VoteRule(f.Votes), KeptAt: tidy(f.KeptAt),
		Split: community.SplitRule(f.Split),
	}
	if rules.Votes == community.VotesNumber {
		rules.VotesNeeded = r.number("votes_needed", f.VotesNeeded, "error.pot.votes_needed")
	}
	rules.FirstDue = r.date("first_due", f.FirstDue, "error.pot.first_due.date")
	return rules, r.problems
}

// moneyProblem words a problem with an amount for what it is: a payment, a
// spend, a contribution or a fee, not the price of a listing ("Enter how
// much you paid, like 5 or 5.50").
func moneyProblem(what, key string) string {
	return strings.Replace(key, "error.money.", "error."+what+".money.", 1)
}

// formReader reads numbers and amounts from a form, noting what it could
// not read.
type formReader struct {
	problems []community.FieldError
}

func (r *formReader) number(field, typed, key string) int {
	n, err := strconv.Atoi(typed)
	if err != nil {
		r.problems = append(r.problems, community.FieldError{Field: field, Key: key})
	}
	return n
}

// date reads an optional day, as a date field sends it; empty is none.
func (r *formReader) date(field, typed, key string) time.Time {
	if typed == "" {
		return time.Time{}
	}
	d, err := time.Parse(dateForm, typed)
	if err != nil {
		r.problems = append(r.problems, community.FieldError{Field: field, Key: key})
	}
	return d
}

// money reads an amount in pounds; an optional one may be left empty or 0.
func (r *formReader) money(field, typed string, optional bool) community.Pence {
	if optional && (strings.TrimSpace(typed) == "" || strings.Trim(typed, " £0.") == "") {
		return 0
	}
	p, key := community.ParsePence(typed)
	if key != "" {
		what := "contribution"
		if field != "contribution" {
			what = "fee"
		}
		r.problems = append(r.problems, community.FieldError{Field: field, Key: moneyProblem(what, key)})
	}
	return p
}

// groupFormPage is the data of the group form.
type groupFormPage struct {
	Form       groupForm
	Categories []interestGroup
	Periods    []string
	Leavers    []string
	Splits     []string
	VoteRules  []string
	// Invitees are the people a "groups you could start" suggestion
	// found; they are invited when the group is started.
	Invitees int
	// Step is the part an Easy Read page asks, Page its number (from 1)
	// of Pages; all three are empty on the plain form, which asks it all.
	Step        string
	Page, Pages int
}

func readGroupForm(c *gin.Context) groupForm {
	return groupForm{
		ListingID: c.PostForm("listing"), Name: c.PostForm("name"), Purpose: c.PostForm("purpose"),
		EasySummary: c.PostForm("easy_summary"), District: c.PostForm("district"),
		Interests: set(c.PostFormArray("interests")), Open: c.PostForm("open") != "ask",
		MaxSize: strings.TrimSpace(c.PostForm("max_size")), potForm: readPotForm(c),
	}
}

// group turns the form into a group, with the problems found reading the
// numbers and amounts (the domain checks the rest).
func (f groupForm) group() (community.Group, []community.FieldError) {
	var r formReader
	g := community.Group{
		ListingID: f.ListingID, Name: tidy(f.Name), Purpose: tidyText(f.Purpose), EasySummary: tidyText(f.EasySummary),
		District: places.Normalise(f.District), Interests: keys(f.Interests, curatedOrder()), Open: f.Open,
		MaxSize: r.number("max_size", f.MaxSize, "error.group.max_size"),
	}
	rules, problems := f.rules()
	g.Rules = rules
	return g, append(r.problems, problems...)
}

// groupFormFor fills the form for a group around a listing, at the price
// the suggested group would reach, or from scratch in the member's district.
func groupFormFor(l *community.Listing, district string, each community.Pence) groupForm {
	f := groupForm{District: district, Interests: map[string]bool{}, Open: true, MaxSize: "10",
		potForm: potForm{Every: string(community.EveryWeek), Times: "10", Leaver: string(community.RefundUnspent), Split: string(community.SplitEqual),
			Votes: string(community.VotesMajority)}}
	if l != nil {
		f.ListingID, f.Name, f.Interests = l.ID, l.Title, set(l.Interests)
		f.MaxSize = strconv.Itoa(l.Capacity)
		if l.District != "" {
			f.District = l.District
		}
		if each > 0 {
			f.Contribution = strings.TrimPrefix(each.Pounds(), "£")
		}
		every, times := l.Unit.PotPlan()
		f.Every, f.Times = string(every), strconv.Itoa(times)
	}
	return f
}

func groupAnchors() map[string]string {
	return map[string]string{
		"interests": "interest-" + community.Interests()[0].Slug, "open": "open-open",
		"leaver": "leaver-" + community.LeaverRules()[0], "votes": "votes-" + community.VoteRules()[0],
		"split": "split-" + community.SplitRules()[0],
	}
}
