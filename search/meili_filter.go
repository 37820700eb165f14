package search

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// meiliFilter writes q's conditions in Meilisearch's filter syntax, or ""
// for none. Kinds are left out when withKinds is false, to count every kind.
// Values are always quoted, so no value can change the expression.
func meiliFilter(q Query, withKinds bool) string {
	var parts []string
	if withKinds && len(q.Kinds) > 0 {
		parts = append(parts, "kind IN "+quotedKinds(q.Kinds))
	}
	if q.Interest != "" {
		parts = append(parts, "interests = "+meiliQuote(q.Interest))
	}
	if q.VerifiedOnly {
		parts = append(parts, "(kind NOT IN "+quotedKinds([]Kind{KindListing, KindProvider})+" OR verified = true)")
	}
	if q.MaxPricePence > 0 {
		parts = append(parts, fmt.Sprintf("(kind != %s OR price_pence <= %d)", meiliQuote(string(KindListing)), q.MaxPricePence))
	}
	if miles := radiusMiles(q); miles > 0 {
		// _geoRadius leaves out documents without _geo (online things).
		metres := int64(math.Ceil(miles * metresPerMile))
		parts = append(parts, fmt.Sprintf("_geoRadius(%s, %s, %d)", coord(q.Near.Lat), coord(q.Near.Lon), metres))
	}
	return strings.Join(parts, " AND ")
}

// meiliSort orders by distance, by Meilisearch's own relevance when there
// are words, or newest first; uid breaks ties as Bleve's document id does.
func meiliSort(q Query, hasWords bool) []string {
	switch {
	case q.Sort == SortDistance && q.Near != nil:
		return []string{fmt.Sprintf("_geoPoint(%s, %s):asc", coord(q.Near.Lat), coord(q.Near.Lon)), meiliPrimaryKey + ":asc"}
	case hasWords:
		return nil
	default:
		return []string{"updated_at:desc", meiliPrimaryKey + ":asc"}
	}
}

func quotedKinds(kinds []Kind) string {
	q := make([]string, 0, len(kinds))
	for _, k := range kinds {
		q = append(q, meiliQuote(string(k)))
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// meiliQuote puts s in double quotes, escaping backslashes and quotes.
func meiliQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

// coord writes a degree to about 10 cm, without exponent notation.
func coord(deg float64) string { return strconv.FormatFloat(deg, 'f', 6, 64) }
