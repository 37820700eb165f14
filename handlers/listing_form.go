package handlers

import (
	"fmt"
	"strconv"
	"strings"
	"time"

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
	// Unit is what one price pays for; a course's sessions and first day
	// are asked with it, the day as the browser's date box sends it.
	Unit, CourseSessions, CourseStarts string
	Hidden                             bool
}

// readCourseStarts reads the first day of a course as a date box sends it,
// or as a person types it where there is no date box (12/01/2027).
func readCourseStarts(typed string) (time.Time, bool) {
	for _, layout := range []string{dateForm, "2/1/2006", "2-1-2006", "2.1.2006"} {
		if t, err := time.ParseInLocation(layout, typed, time.UTC); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
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
		Unit: string(l.Unit.UnitOrSession()),
	}
	if l.Capacity == 0 {
		f.Capacity = ""
	}
	if l.Unit == community.PerCourse {
		f.CourseSessions = strconv.Itoa(l.Course.Sessions)
		if !l.Course.Starts.IsZero() {
			f.CourseStarts = l.Course.Starts.Format(dateForm)
		}
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
		Unit: c.PostForm("unit"), CourseSessions: strings.TrimSpace(c.PostForm("course_sessions")),
		CourseStarts: strings.TrimSpace(c.PostForm("course_starts")),
	}
	if day, ok := readCourseStarts(f.CourseStarts); ok {
		f.CourseStarts = day.Format(dateForm)
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
	l.Unit, l.Course = community.PriceUnit(f.Unit), community.Course{}
	if l.Unit == community.PerCourse {
		problems = append(problems, f.readCourse(&l.Course)...)
	}
	tiers, bad := readTierRows(f.Tiers)
	l.Tiers = tiers
	return l, append(problems, bad...)
}

// readCourse reads a course's sessions and first day. A field left empty
// is for the domain to name; one that is no number or no date is named here.
func (f listingForm) readCourse(c *community.Course) []community.FieldError {
	var problems []community.FieldError
	if f.CourseSessions != "" {
		if n, err := strconv.Atoi(f.CourseSessions); err == nil {
			c.Sessions = n
		} else {
			c.Sessions = -1
		}
	}
	if f.CourseStarts != "" {
		day, ok := readCourseStarts(f.CourseStarts)
		if !ok {
			return append(problems, community.FieldError{Field: "course_starts", Key: "error.listing.course_starts_date"})
		}
		c.Starts = day
	}
	return problems
}

// listingAnchors are where the problems link to: the first box of each
// group the page shows.
func listingAnchors(shown []interestGroup) map[string]string {
	return map[string]string{
		"interests": interestAnchor(shown)["interests"],
		"times":     "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
		"features":  "feature-" + community.AccessNeeds()[0],
		"tiers":     "tier_people_1",
		"unit":      "unit-" + community.PriceUnits()[0],
	}
}
