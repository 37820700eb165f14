package config

import "time"

// Limit is how many times a member, or one address, may do something in
// an hour; a member on their first day on the site gets FirstDay instead,
// since a new account is the cheapest way to send a storm of hellos.
type Limit struct {
	PerHour, FirstDay int
}

// Limits are the rate limits, by what is limited, in one table: hellos,
// messages, reports and invitations (starting a group that invites the
// people it found). They are the same for every site; a test of the
// limits themselves passes its own.
type Limits map[string]Limit

// LimitWindow is the time each limit counts over.
const LimitWindow = time.Hour

// DefaultLimits are the limits the site runs with.
func DefaultLimits() Limits {
	return Limits{
		"hello":   {PerHour: 30, FirstDay: 10},
		"message": {PerHour: 120, FirstDay: 30},
		"report":  {PerHour: 20, FirstDay: 10},
		"invite":  {PerHour: 5, FirstDay: 2},
		"wish":    {PerHour: 10, FirstDay: 3},
	}
}
