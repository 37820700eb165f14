package community

import "strings"

// IsModerator reports whether the person is one of the moderators, named
// by member id or by the email their sign-in provider gave.
func IsModerator(p Person, moderators []string) bool {
	for _, m := range moderators {
		if m == p.ID || (p.Email != "" && strings.EqualFold(m, p.Email)) {
			return true
		}
	}
	return false
}
