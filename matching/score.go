package matching

import "math"

// The scoring rule, in one place, for the index and for Brute alike:
//
//	score = affinity × decay(miles) + timeBonus × shared free times
//
// affinity adds up the rarity weight of each shared curated interest (in
// the curated order) and tagWeight for each shared own word; nobody with
// an affinity of zero is suggested. decay halves the affinity every
// decayMiles. Adding only positive numbers, in a fixed order, keeps every
// partial sum no larger than the full one, so the index can stop early
// once even a perfect match further away could not score higher.
const (
	// decayMiles is the distance at which a shared interest counts half.
	decayMiles = 2.0
	// timeBonus is added for each part of the week both are free.
	timeBonus = 0.25
	// tagWeight is what one shared own word counts: as much as a fairly
	// rare interest, since people seldom write the same words by chance.
	tagWeight = 3.0
	// languageBonus is added once for a mentor who speaks one of the
	// member's languages: being understood matters more than one shared
	// interest.
	languageBonus = 2.0
)

// rarity is the weight of an interest that count of population people
// share: 1 for an interest everyone has, more the rarer it is.
func rarity(population, count int) float64 {
	return 1 + math.Log(float64(population+1)/float64(count+1))
}

// decay is how much a shared interest counts at a distance.
func decay(miles float64) float64 { return 1 / (1 + miles/decayMiles) }

// score combines what two people share, with decay already worked out for
// their distance. The explicit conversions stop the compiler fusing the
// multiply and add (which Go allows on some processors), so the index and
// Brute always get exactly the same number.
func score(affinity, decayed float64, sharedTimes int) float64 {
	near := float64(affinity * decayed)
	free := float64(timeBonus * float64(sharedTimes))
	return near + free
}

// mentorScore ranks a mentor for a member by the same parts, with two
// changes: the affinity starts at 1, so that a mentor near someone who
// shares nothing with them still counts (a new member may have said
// nothing yet), and speaking one of the member's languages adds
// languageBonus.
func mentorScore(affinity, decayed float64, sharedTimes int, speaks bool) float64 {
	s := score(float64(1+affinity), decayed, sharedTimes)
	if speaks {
		s = float64(s + languageBonus)
	}
	return s
}
