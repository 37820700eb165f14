package handlers

import (
	"slices"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// profileForm is the profile form as typed, so that it can be shown again
// exactly as it was when something needs fixing.
type profileForm struct {
	Version      int64
	Name         string
	About        string
	District     string
	Interests    map[string]bool
	Tags         string
	FreeTimes    map[string]bool
	AccessNeeds  map[string]bool
	Languages    string
	Visibility   string
	OpenToBuying bool
}

func formFromPerson(p community.Person) profileForm {
	visibility := string(p.Visibility)
	if visibility == "" {
		visibility = string(community.VisibleToMembers)
	}
	return profileForm{
		Version: p.Version, Name: p.Name, About: p.About, District: p.District,
		Interests: set(p.Interests), Tags: strings.Join(p.Tags, ", "), FreeTimes: set(p.FreeTimes.Keys()),
		AccessNeeds: set(p.AccessNeeds), Languages: strings.Join(p.Languages, ", "), Visibility: visibility, OpenToBuying: p.OpenToBuying,
	}
}

func readProfileForm(c *gin.Context) profileForm {
	version, err := strconv.ParseInt(c.PostForm("version"), 10, 64)
	if err != nil {
		version = -1
	}
	return profileForm{
		Version: version, Name: c.PostForm("name"), About: c.PostForm("about"), District: c.PostForm("district"),
		Interests: set(c.PostFormArray("interests")), Tags: c.PostForm("tags"),
		FreeTimes: set(c.PostFormArray("free_times")), AccessNeeds: set(c.PostFormArray("access_needs")),
		Languages: c.PostForm("languages"), Visibility: c.PostForm("visibility"), OpenToBuying: c.PostForm("open_to_buying") == "yes",
	}
}

// person applies the form to the member's saved profile: a full postcode
// is cut to its district here, before anything is kept.
func (f profileForm) person(me community.Person) (community.Person, []string) {
	p := me
	p.Version = f.Version
	p.Name = tidy(f.Name)
	p.About = tidyText(f.About)
	p.District = places.Normalise(f.District)
	p.Interests = keys(f.Interests, curatedOrder())
	p.Tags = community.ParseTags(f.Tags)
	var unknownTimes []string
	p.FreeTimes, unknownTimes = community.ParseAvailability(sortedKeys(f.FreeTimes))
	p.AccessNeeds = keys(f.AccessNeeds, community.AccessNeeds())
	p.Languages = community.ParseLanguages(f.Languages)
	p.Visibility = community.Visibility(f.Visibility)
	p.OpenToBuying = f.OpenToBuying
	return p, unknownTimes
}

func set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, v := range list {
		m[v] = true
	}
	return m
}

// keys returns the chosen values in the order given, followed by any that
// are not in that order (which validation will then refuse).
func keys(chosen map[string]bool, order []string) []string {
	var out []string
	known := set(order)
	for _, v := range order {
		if chosen[v] {
			out = append(out, v)
		}
	}
	for _, v := range sortedKeys(chosen) {
		if !known[v] {
			out = append(out, v)
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, on := range m {
		if on {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func curatedOrder() []string {
	var order []string
	for _, in := range community.Interests() {
		order = append(order, in.Slug)
	}
	return order
}
