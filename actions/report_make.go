package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Report is the owner telling the moderators about a person, a message
// sent to them, a group, a listing or a provider, with a reason. The
// report's id comes from the form's key, so the same form sent twice
// reports once.
func (a *Actions) Report(ctx context.Context, who Who, key string, r community.Report) (community.Report, error) {
	if err := who.may(); err != nil {
		return community.Report{}, err
	}
	r.By, r.Words = who.Owner.ID, strings.TrimSpace(r.Words)
	if err := r.Validate(); err != nil {
		return community.Report{}, err
	}
	if err := a.reportable(ctx, who.Owner.ID, r); err != nil {
		return community.Report{}, err
	}
	k, err := a.clientKey(who, "report", key)
	if err != nil {
		return community.Report{}, err
	}
	r.ID, r.At = community.DocID(k), a.now()
	saved, err := a.Store.SaveReport(ctx, r)
	if err != nil {
		return community.Report{}, err
	}
	a.inbox.report(saved)
	return saved, a.logChange(ctx, "report", "report", saved.ID)
}

// reportable checks that what is reported exists and, for a message, that
// it was sent to the one reporting it.
func (a *Actions) reportable(ctx context.Context, me string, r community.Report) error {
	var err error
	switch r.Kind {
	case "person":
		if r.Target == me {
			return community.Invalid(community.FieldError{Field: "kind", Key: "error.report.yourself"})
		}
		_, err = a.Store.Person(ctx, r.Target)
	case "message":
		var m community.Message
		if m, err = a.Store.Message(ctx, r.Target); err == nil && m.To != me {
			err = community.NotFound("error.message.not_found")
		}
	case "group":
		_, err = a.Store.Group(ctx, r.Target)
	case "listing":
		_, err = a.Store.Listing(ctx, r.Target)
	case "provider":
		_, err = a.Store.Provider(ctx, r.Target)
	}
	return err
}
