package community

import "time"

// NextPayment is what a voting member pays next under the rules, which
// payment that is (week 4, month 2), and the day it is due in London.
// Payments waiting for the treasurer count as made, so nobody is asked to
// pay twice for the same week. The
// plan starts on the day they joined, one contribution each period, until
// their pledge is paid, or on the group's first due date when it has one.
// It is false when nothing more is due.
func NextPayment(r PotRules, m Membership, money PersonMoney, now time.Time) (Pence, time.Time, int, bool) {
	made := money.Paid + money.Pending
	owed := money.Pledged - made
	each := m.ContributionUnder(r)
	if m.Watching || owed <= 0 || each <= 0 {
		return 0, time.Time{}, 0, false
	}
	n := int(made/each) + 1
	start := Day(m.JoinedAt)
	if !r.FirstDue.IsZero() {
		start = Day(r.FirstDue)
	}
	due := start
	switch r.Every {
	case EveryWeek:
		due = start.AddDate(0, 0, 7*(n-1))
	case EveryMonth:
		due = start.AddDate(0, n-1, 0)
	}
	return min(each, owed), due, n, true
}
