package handlers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// tierRows is how many price rows the listing form offers.
const tierRows = community.MaxTiers

// tierRow is one price row as typed.
type tierRow struct {
	N             int
	People, Price string
}

// listingForm is the listing form as typed.
type listingForm struct {
	Version                         int64
	Title, Description, EasySummary string
	Interests                       map[string]bool
	District                        string
	Online                          bool
	Times, Features                 map[string]bool
	Capacity                        string
	Tiers                           []tierRow
	Hidden                          bool
}

func emptyTiers() []tierRow {
	rows := make([]tierRow, tierRows)
	for i := range rows {
		rows[i].N = i + 1
	}
	rows[0].People = "1"
	return rows
}

func listingFormFrom(l community.Listing) listingForm {
	f := listingForm{
		Version: l.Version, Title: l.Title, Description: l.Description, EasySummary: l.EasySummary,
		Interests: set(l.Interests), District: l.District, Online: l.Online, Times: set(l.Times.Keys()),
		Features: set(l.Features), Capacity: strconv.Itoa(l.Capacity), Tiers: emptyTiers(), Hidden: l.Hidden,
	}
	if l.Capacity == 0 {
		f.Capacity = ""
	}
	for i, t := range l.Tiers {
		if i < tierRows {
			f.Tiers[i].People = strconv.Itoa(t.MinPeople)
			f.Tiers[i].Price = strings.TrimPrefix(t.Each.Pounds(), "£")
		}
	}
	return f
}

func readListingForm(c *gin.Context) listingForm {
	version, err := strconv.ParseInt(c.PostForm("version"), 10, 64)
	if err != nil {
		version = -1
	}
	f := listingForm{
		Version: version, Title: c.PostForm("title"), Description: c.PostForm("description"),
		EasySummary: c.PostForm("easy_summary"), Interests: set(c.PostFormArray("interests")),
		District: c.PostForm("district"), Online: c.PostForm("online") == "yes",
		Times: set(c.PostFormArray("times")), Features: set(c.PostFormArray("features")),
		Capacity: strings.TrimSpace(c.PostForm("capacity")), Tiers: emptyTiers(), Hidden: c.PostForm("hidden") == "yes",
	}
	for i := range f.Tiers {
		f.Tiers[i].People = strings.TrimSpace(c.PostForm(fmt.Sprintf("tier_people_%d", i+1)))
		f.Tiers[i].Price = strings.TrimSpace(c.PostForm(fmt.Sprintf("tier_price_%d", i+1)))
	}
	return f
}

// listing applies the form to a listing. Problems the domain cannot see
// (a price or number that is not one) come back as field errors.
func (f listingForm) listing(l community.Listing) (community.Listing, []community.FieldError) {
	var problems []community.FieldError
	l.Version = f.Version
	l.Title, l.Description, l.EasySummary = tidy(f.Title), tidyText(f.Description), tidyText(f.EasySummary)
	l.Interests = keys(f.Interests, curatedOrder())
	l.District = places.Normalise(f.District)
	l.Online = f.Online
	var unknown []string
	l.Times, unknown = community.ParseAvailability(sortedKeys(f.Times))
	if len(unknown) > 0 {
		problems = append(problems, community.FieldError{Field: "times", Key: "error.free_times.unknown"})
	}
	l.Features = keys(f.Features, community.AccessNeeds())
	l.Hidden = f.Hidden
	capacity, err := strconv.Atoi(f.Capacity)
	if err != nil {
		capacity = -1
	}
	l.Capacity = capacity
	l.Tiers = nil
	for _, row := range f.Tiers {
		if row.People == "" && row.Price == "" {
			continue
		}
		people, err := strconv.Atoi(row.People)
		if err != nil || people < 1 {
			return l, append(problems, community.FieldError{Field: "tiers", Key: "error.tiers.people"})
		}
		each, key := community.ParsePence(row.Price)
		if key != "" {
			return l, append(problems, community.FieldError{Field: "tiers", Key: key})
		}
		l.Tiers = append(l.Tiers, community.PriceTier{MinPeople: people, Each: each})
	}
	return l, problems
}

// listingAnchors are where the problems link to: the first box of each
// group the page shows.
func listingAnchors(shown []interestGroup) map[string]string {
	return map[string]string{
		"interests": interestAnchor(shown)["interests"],
		"times":     "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
		"features":  "feature-" + community.AccessNeeds()[0],
		"tiers":     "tier_people_1",
	}
}
