package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// aboutTemplates are short first-person sentences in plain words. The
// arguments are: 1 and 2 the person's first two interests, 3 a free time
// such as "Saturday mornings", 4 the area they live in. Every template uses
// an explicit index, so unused arguments are ignored by fmt.
func aboutTemplates() []string {
	return []string{
		"I love %[1]s and I am looking for people to go with on %[3]s.",
		"I like %[1]s and %[2]s. I am usually free on %[3]s.",
		"I live in %[4]s. I enjoy %[1]s and I would like to meet people near me.",
		"My favourite things are %[1]s and %[2]s. It would be nice to do them with other people.",
		"I am into %[1]s and %[2]s. I am new here and I want to make friends.",
		"I enjoy %[1]s. I would like to find a small group in %[4]s to share it with.",
		"I like %[2]s and %[1]s. Ask me about %[1]s on %[3]s.",
	}
}

// about writes what a demo member says about themselves, from their own
// interests, free time and area, so the text agrees with the rest of the
// profile.
func about(r *rand.Rand, interests []string, freeTime, area string) string {
	templates := aboutTemplates()
	t := templates[r.IntN(len(templates))]
	return fmt.Sprintf(t, interestWords(interests[0]), interestWords(interests[1]), timeWords(freeTime), area)
}

// interestWords says an interest slug the way a person would.
func interestWords(slug string) string {
	switch slug {
	case "faith":
		return "my faith group"
	case "dogs":
		return "walking dogs"
	case "gym":
		return "going to the gym"
	}
	return strings.ReplaceAll(slug, "-", " ")
}

// timeWords turns a key such as "sat-morning" into "Saturday mornings".
func timeWords(key string) string {
	day, slot, _ := strings.Cut(key, "-")
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	d := slices.Index(community.Days(), day)
	if d < 0 {
		return key
	}
	return days[d] + " " + slot + "s"
}
