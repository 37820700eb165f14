package search

import "time"

// Places used by the fixture and the cases: postcode district centres.
func ox4() Point  { return Point{Lat: 51.728, Lon: -1.226} }
func ox1() Point  { return Point{Lat: 51.752, Lon: -1.258} }
func ox14() Point { return Point{Lat: 51.67, Lon: -1.28} }
func l36() Point  { return Point{Lat: 53.414, Lon: -2.842} }

// fixture is a small world in Oxford and Knowsley: listings (some online,
// some unverified, free and priced), groups, people and providers. All but
// one share an UpdatedAt, so "newest first" falls back to id order.
func fixture() []Document {
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	d := func(kind Kind, id, title, text string, where *Point, verified bool, pence int64, interests ...string) Document {
		doc := Document{Kind: kind, ID: id, Title: title, Text: text, Keywords: interests,
			Interests: interests, Verified: verified, PricePence: pence, UpdatedAt: at}
		if where == nil {
			doc.Online = true
		} else {
			doc.HasPoint, doc.Lat, doc.Lon = true, where.Lat, where.Lon
		}
		return doc
	}
	p := func(pt Point) *Point { return &pt }
	docs := []Document{
		d(KindListing, "l01", "Gentle yoga for beginners", "A slow, friendly class on Tuesday mornings.", p(ox4()), true, 800, "yoga"),
		d(KindListing, "l02", "Swimming lessons at the leisure centre", "Small groups with a patient coach.", p(ox1()), true, 1200, "swimming"),
		d(KindListing, "l03", "Online art club", "Draw and paint together from home.", nil, true, 500, "art"),
		d(KindListing, "l04", "Cooking together", "Cook a meal and share it.", p(ox14()), false, 600, "cooking"),
		d(KindListing, "l05", "Minibus day trip to the coast", "A day at the seaside with lunch.", p(l36()), true, 2500, "trips"),
		d(KindListing, "l06", "Music jam", "Bring an instrument or just listen.", nil, false, 0, "music"),
		d(KindGroup, "g01", "Community gym", "Tenants bought the kit together and keep it going with a membership fee.", p(l36()), false, 0, "gym"),
		d(KindGroup, "g02", "Walking group", "We meet on Sundays by the river.", p(ox4()), false, 0, "outdoors"),
		d(KindPerson, "p01", "Sam", "I like yoga and gardening.", p(ox4()), false, 0, "yoga", "gardening"),
		d(KindPerson, "p02", "Alex", "Looking for people to go to the pool with.", p(ox14()), false, 0, "swimming"),
		d(KindPerson, "p03", "Jo", "Grows vegetables on the allotment.", p(l36()), false, 0, "gardening"),
		d(KindProvider, "v01", "Oxford Swim Coaching", "Coaching for adults who are nervous in water.", p(ox1()), true, 0, "swimming"),
		d(KindProvider, "v02", "Knowsley Community Centre", "Rooms, a cafe and art classes.", p(l36()), false, 0, "art"),
	}
	docs[4].UpdatedAt = at.Add(time.Hour) // l05 is the newest
	return docs
}
