package handlers

import (
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
)

// The reasons behind a suggestion, in the reader's words: "You both like
// swimming and board games. They live about 2 miles away. You are both free
// on Tuesday evening."

func personReasons(l *locale.Localizer, s matching.Suggestion) []locale.Idea {
	var out []locale.Idea
	if likes := append(interestWords(l, s.Interests), quoted(s.Tags)...); len(likes) > 0 {
		out = append(out, l.Idea("reason.likes", listWords(l, likes)))
	}
	out = append(out, milesIdea(l, "reason.lives", s.Miles))
	// Easy Read gives the two reasons that matter most, so that five
	// people fit on a phone's few screens; their page says more.
	if times := s.Times.Keys(); len(times) > 0 && !l.Easy() {
		out = append(out, l.Idea("reason.free", listWords(l, timeWords(l, times))))
	}
	if l.Easy() {
		return []locale.Idea{oneIdea(out)}
	}
	return out
}

// oneIdea says several reasons as one key idea, with the first one's
// picture: a person in an Easy Read list is their name, why, and one
// button.
func oneIdea(ideas []locale.Idea) locale.Idea {
	one := ideas[0]
	for _, i := range ideas[1:] {
		one.Text += " " + i.Text
	}
	return one
}

func groupReasons(l *locale.Localizer, g matching.GroupMatch) []locale.Idea {
	out := []locale.Idea{l.Idea("reason.group_likes", listWords(l, interestWords(l, g.Interests))), milesIdea(l, "reason.meets", g.Miles)}
	if times := g.Times.Keys(); len(times) > 0 && !l.Easy() {
		out = append(out, l.Idea("reason.group_free", listWords(l, timeWords(l, times))))
	}
	if l.Easy() {
		return []locale.Idea{oneIdea(out)}
	}
	return out
}

// startReasons says how many could join, who (by name only if they chose
// to be seen), and what each would save. Easy Read says only how far, how
// many and what each would pay, so that five fit on a phone's few screens.
func startReasons(l *locale.Localizer, f matching.Formation) []locale.Idea {
	out := []locale.Idea{milesIdea(l, "reason.listing_at", f.Miles)}
	if f.Nearby == 1 {
		out = append(out, l.Idea("start.nearby_one"))
	} else {
		out = append(out, l.Idea("start.nearby", f.Nearby))
	}
	var named []string
	for _, m := range f.Members {
		if m.Name != "" {
			named = append(named, m.Name)
		}
	}
	if len(named) > 0 && !l.Easy() {
		out = append(out, l.Idea("start.named", listWords(l, named)))
	}
	unit := string(f.Unit.UnitOrSession())
	out = append(out, l.Idea("start.saving."+unit, f.Size, f.Each.Pounds(), f.Alone.Pounds()))
	if l.Easy() {
		return []locale.Idea{oneIdea(out[:len(out)-1]), out[len(out)-1]}
	}
	if f.Unit == community.PerCourse {
		out = append(out, l.Idea("start.less.course", f.SavingEach().Pounds(), f.Course.Sessions))
	} else {
		out = append(out, l.Idea("start.less."+unit, f.SavingEach().Pounds()))
	}
	if month := f.SavingPerMonth(); month > 0 {
		out = append(out, l.Idea("start.month", month.Pounds()))
	}
	return out
}

// milesIdea is milesWords with its pictogram in Easy Read.
func milesIdea(l *locale.Localizer, key string, miles float64) locale.Idea {
	switch about := places.AboutMiles(miles); about {
	case 0:
		return l.Idea(key + "_near")
	case 1:
		return l.Idea(key + "_one")
	default:
		return l.Idea(key, about)
	}
}

// milesWords says roughly how far, with key.near, key.one or key.miles.
func milesWords(l *locale.Localizer, key string, miles float64) string {
	switch about := places.AboutMiles(miles); about {
	case 0:
		return l.T(key + "_near")
	case 1:
		return l.T(key + "_one")
	default:
		return l.T(key, about)
	}
}

func interestWords(l *locale.Localizer, slugs []string) []string {
	out := make([]string, 0, len(slugs))
	for _, s := range slugs {
		out = append(out, strings.ToLower(l.T("interest."+s)))
	}
	return out
}

func timeWords(l *locale.Localizer, keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, l.T("time."+k))
	}
	return out
}

// quoted puts a member's own words in quotation marks, so they read as
// their words rather than ours.
func quoted(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, "“"+w+"”")
	}
	return out
}

// listWords joins words as people write them: "a", "a and b", "a, b and c".
func listWords(l *locale.Localizer, words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + l.T("list.and") + " " + words[len(words)-1]
}
