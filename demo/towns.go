package demo

import (
	"math/rand/v2"
	"strings"
)

// district is a postcode district with the name locals use for it, so an
// About text can say "I live in Cowley" rather than a code.
type district struct {
	code, area string
	weight     int
}

// town is one of the two pilot areas and how many demo members live there.
type town struct {
	members   int
	districts []district
	// tags are the person's own words that fit the place, space separated.
	tags string
}

// towns returns the pilot areas: about 120 members in Oxford and 80 in
// Knowsley, weighted towards the districts where more people live, so that
// nearby members are easy to find in both.
func towns() []town {
	return []town{
		{
			members: 120,
			districts: []district{
				{"OX1", "the city centre", 2}, {"OX2", "Botley", 3}, {"OX3", "Headington", 4},
				{"OX4", "Cowley", 6}, {"OX14", "Abingdon", 4},
			},
			tags: "lido punting allotment crochet parkrun library choir oxford-united",
		},
		{
			members: 80,
			districts: []district{
				{"L34", "Prescot", 3}, {"L35", "Whiston", 3}, {"L36", "Huyton", 4},
			},
			tags: "everton lfc allotment crochet parkrun bingo choir karate",
		},
	}
}

// pickDistrict chooses a district in proportion to its weight.
func pickDistrict(r *rand.Rand, districts []district) district {
	total := 0
	for _, d := range districts {
		total += d.weight
	}
	n := r.IntN(total)
	for _, d := range districts {
		if n < d.weight {
			return d
		}
		n -= d.weight
	}
	return districts[len(districts)-1]
}

// pickTags gives about a third of people one or two words of their own, as
// real members add a few and most add none.
func pickTags(r *rand.Rand, tags string) []string {
	if r.IntN(3) != 0 {
		return nil
	}
	words := strings.Fields(tags)
	n := 1 + r.IntN(2)
	picked := make([]string, 0, n)
	for _, i := range r.Perm(len(words))[:n] {
		picked = append(picked, words[i])
	}
	return picked
}
