// Package places turns a postcode district into a point on the map and says
// roughly how far apart two districts are. Only districts (the outward code,
// such as "OX4") are ever handled: never a full postcode or an address.
//
// The district centroids come from an embedded copy of outcodes.csv.
// Contains OS data © Crown copyright and database right. Contains Royal Mail
// data © Royal Mail copyright and database right.
package places

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

//go:embed outcodes.csv
var outcodesCSV []byte

// Point is a place on the map in degrees.
type Point struct {
	Lat, Lon float64
}

// Directory knows every postcode district and where its centre is.
type Directory struct {
	points map[string]Point
}

// Load reads the embedded district list.
func Load() (*Directory, error) {
	return parse(bytes.NewReader(outcodesCSV))
}

func parse(r io.Reader) (*Directory, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read districts: %w", err)
	}
	if len(rows) < 2 {
		return nil, errors.New("read districts: no rows")
	}
	d := &Directory{points: make(map[string]Point, len(rows))}
	for i, row := range rows[1:] {
		if len(row) != 3 {
			return nil, fmt.Errorf("read districts: line %d has %d fields, want 3", i+2, len(row))
		}
		lat, errLat := strconv.ParseFloat(row[1], 64)
		lon, errLon := strconv.ParseFloat(row[2], 64)
		if errLat != nil || errLon != nil {
			return nil, fmt.Errorf("read districts: line %d: bad latitude or longitude", i+2)
		}
		d.points[strings.ToUpper(row[0])] = Point{Lat: lat, Lon: lon}
	}
	return d, nil
}

// Lookup returns the centre of a normalised district.
func (d *Directory) Lookup(district string) (Point, bool) {
	p, ok := d.points[district]
	return p, ok
}

// Known reports whether the normalised district exists.
func (d *Directory) Known(district string) bool {
	_, ok := d.points[district]
	return ok
}

// Districts lists every district, sorted.
func (d *Directory) Districts() []string {
	list := make([]string, 0, len(d.points))
	for k := range d.points {
		list = append(list, k)
	}
	sort.Strings(list)
	return list
}

// Normalise turns what someone typed into a district: "ox4", " OX4 ",
// "OX4 1AA" and "ox41aa" all give "OX4". A full postcode is cut to its
// district at once so that nothing finer is ever kept. It does not check
// that the district exists; Known does.
func Normalise(typed string) string {
	// Broken bytes are made whole first: joined once the spaces between
	// them are gone, two halves could make a character such as a no-break
	// space.
	s := strings.ToUpper(strings.Join(strings.Fields(strings.ToValidUTF8(typed, "\uFFFD")), ""))
	// The inward code of a full postcode is always a digit and two letters,
	// and the district before it is at least two characters long.
	if n := len(s); n >= 5 && isDigit(s[n-3]) && isLetter(s[n-2]) && isLetter(s[n-1]) {
		return s[:n-3]
	}
	return s
}

func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' }
