package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupPay records "I paid": a member's payment, waiting for the
// treasurer; the treasurer may record one for another member.
func (s *Server) groupPay(c *gin.Context) {
	form := paymentForm{Amount: c.PostForm("amount"), Method: c.PostForm("method"),
		Note: tidy(c.PostForm("note")), Person: c.PostForm("person")}
	amount, key := community.ParsePence(form.Amount)
	payment := community.Payment{Amount: amount, Method: form.Method, Note: form.Note}
	var problems []community.FieldError
	if key != "" {
		problems = append(problems, community.FieldError{Field: "amount", Key: moneyProblem("payment", key)})
	}
	if len(problems) == 0 {
		_, err := s.Actions.Pay(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), form.Person, payment)
		var handled bool
		if problems, handled = s.answered(c, err, "paid", "#money"); handled {
			return
		}
	} else {
		problems = append(problems, withoutField(community.FieldErrors(payment.Validate()), "amount")...)
	}
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: form, Part: partFor(c, partPay)}, summaryWith(problems, map[string]string{"key": "amount"})...)
}
