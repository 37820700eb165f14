package community

import (
	"fmt"
	"strconv"
	"strings"
)

// Pence is an amount of money in whole pence. Money is never a float.
type Pence int64

// MaxPence is the most any single amount may be: £100,000. Larger figures
// are almost always a typing slip (an extra nought), so they are refused.
const MaxPence Pence = 100_000_00

// Pounds shows an amount as people write it: "£8", "£8.50", "£1,200".
func (p Pence) Pounds() string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	whole := strconv.FormatInt(int64(p/100), 10)
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if p%100 == 0 {
		return sign + "£" + whole
	}
	return fmt.Sprintf("%s£%s.%02d", sign, whole, int64(p%100))
}

// ParsePence reads an amount typed in pounds: "8", "£8", "8.5", "8.50",
// "£1,200.00". It returns the catalogue key of what is wrong when it cannot:
// empty, not a number, a comma used as the decimal point, more than two
// decimal places, nothing or less, or more than MaxPence.
func ParsePence(typed string) (Pence, string) {
	s := strings.TrimSpace(typed)
	s = strings.TrimPrefix(s, "£")
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, "error.money.missing"
	}
	if strings.HasPrefix(s, "-") {
		return 0, "error.money.not_positive"
	}
	// "8,50" is how much of Europe writes £8.50; "1,200" is a thousands
	// separator. Only the second is accepted, so nothing is misread.
	whole, frac, hasPoint := strings.Cut(s, ".")
	if strings.Contains(frac, ",") || !groupedInThousands(whole) {
		return 0, "error.money.comma"
	}
	whole = strings.ReplaceAll(whole, ",", "")
	if whole == "" {
		whole = "0"
	}
	if !allDigits(whole) || (hasPoint && !allDigits(frac)) || (hasPoint && frac == "") {
		return 0, "error.money.not_number"
	}
	if len(frac) > 2 {
		return 0, "error.money.too_precise"
	}
	if len(whole) > 9 {
		return 0, "error.money.too_large"
	}
	pounds, _ := strconv.ParseInt(whole, 10, 64)
	for len(frac) < 2 {
		frac += "0"
	}
	pence, _ := strconv.ParseInt(frac, 10, 64)
	total := Pence(pounds*100 + pence)
	switch {
	case total <= 0:
		return 0, "error.money.not_positive"
	case total > MaxPence:
		return 0, "error.money.too_large"
	}
	return total, ""
}

// groupedInThousands reports whether any commas in the whole pounds stand
// every three digits from the right, as in "1,200,000".
func groupedInThousands(whole string) bool {
	groups := strings.Split(whole, ",")
	for i, g := range groups[1:] {
		if len(g) != 3 || (i == 0 && groups[0] == "") {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
