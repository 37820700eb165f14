package demo

import (
	"math/rand/v2"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// needChance is how likely a demo member is to ask for an access need. Easy
// Read is not drawn here: exactly a fifth of members get it, so the Easy
// Read pages always have people to show.
func needChance(need string) float64 {
	switch need {
	case "step-free", "quiet":
		return 0.15
	case "carer":
		return 0.10
	case "accessible-toilet":
		return 0.08
	case "hearing-loop", "large-print":
		return 0.05
	case "bsl", "changing-places":
		return 0.03
	}
	return 0
}

// pickNeeds returns the member's access needs in display order.
func pickNeeds(r *rand.Rand, easyRead bool) []string {
	var needs []string
	for _, need := range community.AccessNeeds() {
		if need == "easy-read" {
			if easyRead {
				needs = append(needs, need)
			}
			continue
		}
		if r.Float64() < needChance(need) {
			needs = append(needs, need)
		}
	}
	return needs
}

func hasNeed(needs []string, need string) bool { return slices.Contains(needs, need) }
