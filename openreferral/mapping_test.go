package openreferral

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestServiceFields checks how a listing is told in the profile's terms.
func TestServiceFields(t *testing.T) {
	s, ok := catalogue(t).Service(ServiceUUID(lessonsID))
	if !ok {
		t.Fatal("lessons not published")
	}
	var got []string
	for _, sc := range s.Schedules {
		got = append(got, fmt.Sprintf("%s %s %s-%s", sc.Freq, sc.ByDay, sc.OpensAt, sc.ClosesAt))
	}
	if want := "WEEKLY SA 09:00-12:00; WEEKLY TU,TH 18:00-21:00"; strings.Join(got, "; ") != want {
		t.Errorf("schedules %q, want %q", got, want)
	}
	costs, _ := json.Marshal(s.CostOptions)
	for _, want := range []string{`"amount":12,`, `"amount":8,`, `"amount":6.50,`,
		`"option":"Each person, when 4 or more people come together"`, `GBP`} {
		if !strings.Contains(string(costs), want) {
			t.Errorf("cost options lack %s: %s", want, costs)
		}
	}
	if len(s.ServiceAreas) != 2 || s.ServiceAreas[0].Name != "OX3" || s.ServiceAreas[1].ServiceArea != "OX4" {
		t.Errorf("service areas %+v", s.ServiceAreas)
	}
	loc := s.ServiceAtLocations[0].Location
	if loc.ExternalIdentifier != "OX4" || loc.Latitude == nil || *loc.Latitude < 51 || *loc.Latitude > 52 {
		t.Errorf("location %+v", loc)
	}
	if len(loc.Accessibility) != 2 || loc.Accessibility[0].Accessibility != "step-free" {
		t.Errorf("accessibility %+v", loc.Accessibility)
	}
	if s.Contacts[0].Phones[0].Number != "01865 123456" || s.Email != "hello@swim.example.org" {
		t.Errorf("contacts %+v, email %q", s.Contacts, s.Email)
	}
	if a := s.Attributes[0]; a.TaxonomyTermID != TaxonomyTermUUID("swimming") || a.TaxonomyTerm.Term != "swimming" {
		t.Errorf("attribute %+v", a)
	}
	if s.URL != base+"/listings/"+lessonsID || s.Organization.Website != "https://swim.example.org" {
		t.Errorf("url %q, website %q", s.URL, s.Organization.Website)
	}
	if s.Status != "active" || s.AssuredDate != "2025-03-01" || s.LastModified != "2025-03-02T09:30:15.250Z" {
		t.Errorf("status %q, assured %q, modified %q", s.Status, s.AssuredDate, s.LastModified)
	}
	online, _ := catalogue(t).Service(ServiceUUID(theoryID))
	if len(online.ServiceAtLocations) != 1 || online.ServiceAtLocations[0].Location.LocationType != "virtual" {
		t.Errorf("online listing locations %+v", online.ServiceAtLocations)
	}
}

func TestAmountJSON(t *testing.T) {
	for pence, want := range map[Amount]string{1200: "12", 650: "6.50", 5: "0.05", 1: "0.01", 100_000_00: "100000"} {
		if got, _ := json.Marshal(pence); string(got) != want {
			t.Errorf("%d pence: %s, want %s", pence, got, want)
		}
	}
	for in, want := range map[string]Amount{"12": 1200, "6.5": 650, "6.50": 650, "0.1": 10, "8.499": 850, "1e3": 100_000, "1e30": 100_000_01} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err != nil || a != want {
			t.Errorf("%s: %d, %v; want %d", in, a, err, want)
		}
	}
	var a Amount
	if err := json.Unmarshal([]byte(`"12"`), &a); err == nil {
		t.Error("an amount in quotes should be refused")
	}
}
