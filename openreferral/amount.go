package openreferral

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
)

// Amount is a price in pence that travels in JSON as a number of pounds
// (8.5 for £8.50), because the profile's amount is a plain number and
// cost options in the UK are in pounds. Inside, it stays whole pence.
type Amount community.Pence

// MarshalJSON writes pounds with exactly the pence there are: 12, 8.50.
func (a Amount) MarshalJSON() ([]byte, error) {
	p, sign := int64(a), ""
	if p < 0 {
		p, sign = -p, "-"
	}
	if p%100 == 0 {
		return fmt.Appendf(nil, "%s%d", sign, p/100), nil
	}
	return fmt.Appendf(nil, "%s%d.%02d", sign, p/100, p%100), nil
}

// UnmarshalJSON reads a number of pounds and rounds it to whole pence.
// The float lives only for this conversion, which is exact for any amount
// up to community.MaxPence written with at most two decimals. Absurdly
// large figures become one penny over MaxPence, so that the listing's own
// price check refuses them with its usual message.
func (a *Amount) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) == 0 || (b[0] != '-' && (b[0] < '0' || b[0] > '9')) {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[Amount]()}
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.Abs(f) > float64(community.MaxPence)/100 {
		*a = Amount(community.MaxPence + 1)
		return nil
	}
	*a = Amount(math.Round(f * 100))
	return nil
}

// jsonKind names the kind of a JSON value for error messages.
func jsonKind(b []byte) string {
	switch {
	case len(b) == 0:
		return "nothing"
	case b[0] == '"':
		return "string"
	case b[0] == '{':
		return "object"
	case b[0] == '[':
		return "array"
	case b[0] == 't' || b[0] == 'f':
		return "bool"
	}
	return "number"
}

// pence reads an optional amount: nil is "no price given".
func (a *Amount) pence() (community.Pence, bool) {
	if a == nil {
		return 0, false
	}
	return community.Pence(*a), true
}
