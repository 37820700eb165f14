package openreferral

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// tiersOf turns cost options into price tiers. Options that name a group
// size ("when 4 or more people come", "4+ people", "groups of 4") become
// one tier each, the dearer kept when two name the same size. Options
// with no group size are usually concessions (under 18s, over 60s), so
// the one tier made of them is the highest price: a tier is what one
// person pays, and nobody should be promised less than they may be asked
// for. Free options are ignored, and a service with no price is skipped,
// because a ClubTogether listing is priced per person.
func tiersOf(options []CostOption) ([]community.PriceTier, string) {
	var sized, unsized []community.PriceTier
	for _, o := range options {
		p, ok := o.Amount.pence()
		if !ok || p <= 0 {
			continue
		}
		if n := groupSize(o.Option + " " + o.AmountDescription); n > 0 {
			sized = append(sized, community.PriceTier{MinPeople: n, Each: p})
		} else {
			unsized = append(unsized, community.PriceTier{MinPeople: 1, Each: p})
		}
	}
	if len(sized) == 0 && len(unsized) == 0 {
		return nil, "it has no price, and ClubTogether listings need a price per person (free services are not listed)"
	}
	if len(sized) == 0 {
		return []community.PriceTier{slices.MaxFunc(unsized, byPrice)}, ""
	}
	slices.SortFunc(sized, func(a, b community.PriceTier) int {
		return cmp.Or(cmp.Compare(a.MinPeople, b.MinPeople), -byPrice(a, b))
	})
	sized = slices.CompactFunc(sized, func(a, b community.PriceTier) bool { return a.MinPeople == b.MinPeople })
	if sized[0].MinPeople != 1 {
		return nil, fmt.Sprintf("its prices start at groups of %d, and ClubTogether needs the price for one person", sized[0].MinPeople)
	}
	return sized, ""
}

func byPrice(a, b community.PriceTier) int { return cmp.Compare(a.Each, b.Each) }

// groupSize finds the group size a cost option names, or 0. It wants
// "people" (or "groups of"), so that "18+" or "over 60s" — ages — are not
// taken for group sizes. Our own feed writes "when 4 or more people".
func groupSize(text string) int {
	re := regexp.MustCompile(`(?i)(\d{1,4})\s*(?:\+|or more)\s*(?:people|persons|participants)|groups? of (\d{1,4})`)
	m := re.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(cmp.Or(m[1], m[2]))
	return n
}

// timesOf turns weekly schedules into free times. A schedule's part of
// the day comes from when it opens (before 12:00 morning, before 17:00
// afternoon, else evening). Availability only knows weekdays, so
// "2MO" (the second Monday of a month) counts as Monday. Schedules it
// cannot read are ignored: times are optional on a listing.
func timesOf(schedules []Schedule) community.Availability {
	var keys []string
	for _, sc := range schedules {
		slot := slotAt(sc.OpensAt)
		if slot == "" {
			continue
		}
		for _, code := range strings.Split(sc.ByDay, ",") {
			code = strings.ToUpper(strings.TrimLeft(strings.TrimSpace(code), "+-0123456789"))
			for _, day := range community.Days() {
				if strings.ToUpper(day[:2]) == code {
					keys = append(keys, community.TimeKey(day, slot))
				}
			}
		}
	}
	times, _ := community.ParseAvailability(keys)
	return times
}

// slotAt is the part of the day of a time such as "09:30" or "18:00:00Z".
func slotAt(clock string) string {
	h, _, ok := strings.Cut(strings.TrimSpace(clock), ":")
	hour, err := strconv.Atoi(h)
	switch {
	case !ok || err != nil || hour < 0 || hour > 23:
		return ""
	case hour < 12:
		return "morning"
	case hour < 17:
		return "afternoon"
	}
	return "evening"
}
