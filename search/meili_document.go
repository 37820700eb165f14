package search

import "time"

// meiliDoc is a Document as stored in Meilisearch.
type meiliDoc struct {
	UID        string    `json:"uid"`
	Kind       Kind      `json:"kind"`
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	Text       string    `json:"text"`
	Keywords   []string  `json:"keywords"`
	Interests  []string  `json:"interests"`
	District   string    `json:"district"`
	Online     bool      `json:"online"`
	Verified   bool      `json:"verified"`
	PricePence int64     `json:"price_pence"`
	PriceUnit  string    `json:"price_unit,omitempty"`
	UpdatedAt  int64     `json:"updated_at"`
	Geo        *meiliGeo `json:"_geo,omitempty"`
}

// meiliGeo is Meilisearch's point: "lng", not "lon".
type meiliGeo struct {
	Lat float64 `json:"lat"`
	Lng float64 `json:"lng"`
}

// meiliUID joins kind and id with "-", one of the few characters a
// Meilisearch id may hold.
func meiliUID(kind Kind, id string) string { return string(kind) + "-" + id }

func toMeiliDoc(d Document) meiliDoc {
	m := meiliDoc{
		UID: meiliUID(d.Kind, d.ID), Kind: d.Kind, ID: d.ID,
		Title: d.Title, Text: d.Text,
		Keywords: nonNil(d.Keywords), Interests: nonNil(d.Interests),
		District: d.District, Online: d.Online, Verified: d.Verified,
		PricePence: d.PricePence, PriceUnit: d.PriceUnit,
	}
	if !d.UpdatedAt.IsZero() {
		m.UpdatedAt = d.UpdatedAt.Unix()
	}
	if d.HasPoint {
		m.Geo = &meiliGeo{Lat: d.Lat, Lng: d.Lon}
	}
	return m
}

// nonNil sends [] rather than null, which filters treat as "no values".
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// document turns a stored Meilisearch document back into a Document.
func (m meiliDoc) document() Document {
	d := Document{
		Kind: m.Kind, ID: m.ID, Title: m.Title, Text: m.Text, Keywords: m.Keywords,
		Interests: m.Interests, District: m.District, Online: m.Online, Verified: m.Verified,
		PricePence: m.PricePence, PriceUnit: m.PriceUnit,
	}
	if m.UpdatedAt != 0 {
		d.UpdatedAt = time.Unix(m.UpdatedAt, 0).UTC()
	}
	if m.Geo != nil {
		d.HasPoint, d.Lat, d.Lon = true, m.Geo.Lat, m.Geo.Lng
	}
	return d
}
