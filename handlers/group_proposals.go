package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// proposalForm is the "propose a spend" form as typed.
type proposalForm struct {
	Amount, To, For, Quote string
	// Keep names the thing the spend buys, when the group keeps it.
	Keep string
}

// groupForms are the forms on the group page, as typed.
type groupForms struct {
	Payment  paymentForm
	Proposal proposalForm
	Board    boardForm
	// Rules is the rule-change form as typed; nil shows the rules as they are.
	Rules *potForm
	// Part is the part of the page to show on its own (group_parts.go);
	// "" is the whole group page.
	Part string
	// Withdraw is the form to take back a proposal, as typed.
	Withdraw withdrawForm
}

// withdrawForm is the form to take back a proposal: which one, and why
// (asked only of an agreed spend).
type withdrawForm struct{ Proposal, Reason string }

func freshGroupForms() groupForms { return groupForms{Payment: newPaymentForm()} }

// groupPropose lets a voting member propose a spend from the pot. A spend
// larger than what is left is refused with that reason.
func (s *Server) groupPropose(c *gin.Context) {
	form := proposalForm{Amount: c.PostForm("spend_amount"), To: tidy(c.PostForm("spend_to")),
		For: tidy(c.PostForm("spend_for")), Quote: tidy(c.PostForm("spend_quote")), Keep: tidy(c.PostForm("spend_keep"))}
	p := community.Proposal{To: form.To, For: form.For, Quote: form.Quote, Keep: form.Keep}
	amount, parseKey := community.ParsePence(form.Amount)
	p.Amount = amount
	var problems []community.FieldError
	if parseKey == "" {
		_, err := s.Actions.Propose(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), p)
		var handled bool
		if problems, handled = s.answered(c, err, "proposed", "#proposals"); handled {
			return
		}
	} else {
		problems = append([]community.FieldError{{Field: "amount", Key: moneyProblem("spend", parseKey)}}, withoutField(community.FieldErrors(p.Validate(p.Amount)), "amount")...)
	}
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	// The form's fields are named spend_* so they never clash with the
	// payment form on the same page.
	for i := range problems {
		if problems[i].Field == "key" {
			problems[i].Field = "amount"
		}
		problems[i].Field = "spend_" + problems[i].Field
	}
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Proposal: form, Part: partFor(c, partPropose)}, summaryWith(problems, nil)...)
}

func withoutField(problems []community.FieldError, field string) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if p.Field != field {
			out = append(out, p)
		}
	}
	return out
}
