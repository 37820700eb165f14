package handlers

// Fuzz targets for every form decoder: what a browser (or anyone) posts is
// read by the read…Form function, turned into the domain's value by the
// form's own method, and checked as the handler checks it. None needs the
// database: each handler only adds saving to what is tested here.

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

var fuzzOnce struct {
	sync.Once
	words *locale.Catalogue
	dir   *places.Directory
	err   error
}

// fuzzSite is the catalogue and the district list, loaded once for all
// the targets of a run.
func fuzzSite(f *testing.F) (*locale.Catalogue, *places.Directory) {
	fuzzOnce.Do(func() {
		fuzzOnce.words, fuzzOnce.err = locale.New()
		if fuzzOnce.err == nil {
			fuzzOnce.dir, fuzzOnce.err = places.Load()
		}
	})
	if fuzzOnce.err != nil {
		f.Fatal(fuzzOnce.err)
	}
	return fuzzOnce.words, fuzzOnce.dir
}

// fuzzToday is the day groups are checked against, fixed so that a
// failure found once fails again.
var fuzzToday = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)

// posted is the gin context of a form posted with these fields, as a
// browser sends it (url-encoded), or of a GET form with them in the query.
func posted(method string, fields url.Values) *gin.Context {
	gin.SetMode(gin.TestMode)
	c, _ := gin.CreateTestContext(httptest.NewRecorder())
	if method == http.MethodGet {
		c.Request = httptest.NewRequest(method, "/?"+fields.Encode(), nil)
		return c
	}
	c.Request = httptest.NewRequest(method, "/", strings.NewReader(fields.Encode()))
	c.Request.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c
}

// fields pairs names and values: fields("name", a, "about", b).
func fields(pairs ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Add(pairs[i], pairs[i+1])
	}
	return v
}

// refusedWell fails unless every problem names a field and a message the
// catalogue has, in plain words and Easy Read, so a person never sees a
// bare key; and the message can be filled in with its arguments.
func refusedWell(t *testing.T, words *locale.Catalogue, problems []community.FieldError) {
	t.Helper()
	for _, p := range problems {
		if p.Field == "" || !words.Has(p.Key) {
			t.Fatalf("refused with field %q and key %q, which the catalogue lacks", p.Field, p.Key)
		}
		for _, easy := range []bool{false, true} {
			if text := words.For(easy).TA(p.Key, p.Args); text == "" || text == p.Key {
				t.Fatalf("message for %q is %q", p.Key, text)
			}
		}
	}
}

// plainText fails when accepted text carries a character that hides,
// reorders or controls the text around it, or is not UTF-8 at all.
func plainText(t *testing.T, field, value string, oneLine bool) {
	t.Helper()
	if !utf8.ValidString(value) {
		t.Fatalf("accepted %s %q is not UTF-8", field, value)
	}
	if p := community.HiddenCharacterProblem(field, value, oneLine); p != nil {
		t.Fatalf("accepted %s %q has %v", field, value, p.Args)
	}
}

// amountWithin fails when an accepted amount is outside [lowest, MaxPence].
func amountWithin(t *testing.T, field string, p, lowest community.Pence) {
	t.Helper()
	if p < lowest || p > community.MaxPence {
		t.Fatalf("accepted %s of %d pence, outside [%d, %d]", field, p, lowest, community.MaxPence)
	}
}

// knownDistrict fails when an accepted district is not one we know, or is
// not already in its normal form (so a full postcode could not hide in it).
func knownDistrict(t *testing.T, dir *places.Directory, field, d string) {
	t.Helper()
	if !dir.Known(d) || places.Normalise(d) != d {
		t.Fatalf("accepted %s %q, which is not a district we know in normal form", field, d)
	}
}

// nasty are values every text seed list includes: NUL, a right-to-left
// override, a zero-width space, invalid UTF-8, a tab, a line break and
// text far over any limit.
var nasty = []string{"A\x00B", "abc\u202egpj.exe", "Ann\u200bie", "\xff\xfe", "a\tb", "a\r\nb", strings.Repeat("x", community.MaxDescription+100), ""}

// FuzzPotForm is the form to propose new rules for a group's pot
// (readPotForm and potForm.rules), checked as the rules are for a group
// of ten.
func FuzzPotForm(f *testing.F) {
	words, _ := fuzzSite(f)
	f.Add("8", "week", "10", "", "", "equal", "refund_unspent", "majority", "", "Barclays", "")
	f.Add("£1,000.005", "month", "1e9", "-1", "NaN", "paid_in", "keep", "number", "3", "\u202eBank", "2027-01-05")
	f.Add("8,50", "fortnight", " 12 ", "0.00", "£", "x", "y", "number", "x", "Bank\x00", "2027-02-30")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, contribution, every, times, joining, late, split, leaver, votes, needed, keptAt, firstDue string) {
		form := readPotForm(posted(http.MethodPost, fields("contribution", contribution, "every", every, "times", times,
			"joining_fee", joining, "late_fee", late, "split", split, "leaver", leaver, "votes", votes,
			"votes_needed", needed, "kept_at", keptAt, "first_due", firstDue)))
		rules, problems := form.rules()
		refusedWell(t, words, problems)
		if len(problems) > 0 {
			return
		}
		problems = community.FieldErrors(rules.ValidateFor(10, fuzzToday))
		refusedWell(t, words, problems)
		if len(problems) > 0 {
			return
		}
		amountWithin(t, "contribution", rules.Contribution, 1)
		amountWithin(t, "joining_fee", rules.JoiningFee, 0)
		amountWithin(t, "late_fee", rules.LateFee, 0)
		plainText(t, "kept_at", rules.KeptAt, true)
		if rules.Times < 1 {
			t.Fatalf("accepted %d payments", rules.Times)
		}
	})
}

// FuzzGroupForm is the form to start a group (readGroupForm and
// groupForm.group, with its pot), checked as groupCreate checks it.
func FuzzGroupForm(f *testing.F) {
	words, dir := fuzzSite(f)
	f.Add("Swim club", "We swim", "We swim together", "OX4 1AA", "swimming", "10", "8", "", "", "week", "10", "Barclays")
	f.Add("Swim\u202e club", "We\x00 swim", "We swim\u200b", "ox41aa", "swimming", "1e9", "£1,000.005", "-1", "NaN", "month", "0", "\u202e")
	f.Add("  Swim   club ", "We swim\r\n", "Easy", "SW1A1AA1AA", "nonsense", "2", "100000.01", "£0", "0.", "year", "99999999999", "")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, name, purpose, easy, district, interest, maxSize, contribution, joining, late, every, times, keptAt string) {
		form := readGroupForm(posted(http.MethodPost, fields("name", name, "purpose", purpose, "easy_summary", easy,
			"district", district, "interests", interest, "max_size", maxSize, "contribution", contribution,
			"joining_fee", joining, "late_fee", late, "every", every, "times", times, "kept_at", keptAt,
			"leaver", string(community.RefundUnspent), "votes", string(community.VotesMajority), "split", string(community.SplitEqual))))
		g, problems := form.group()
		g.Members = []community.Membership{{PersonID: "me"}}
		problems = append(problems, community.FieldErrors(g.Validate(dir.Known, fuzzToday))...)
		refusedWell(t, words, problems)
		if len(problems) > 0 {
			return
		}
		plainText(t, "name", g.Name, true)
		plainText(t, "purpose", g.Purpose, false)
		plainText(t, "easy_summary", g.EasySummary, false)
		plainText(t, "kept_at", g.Rules.KeptAt, true)
		knownDistrict(t, dir, "district", g.District)
		amountWithin(t, "contribution", g.Rules.Contribution, 1)
		amountWithin(t, "joining_fee", g.Rules.JoiningFee, 0)
		amountWithin(t, "late_fee", g.Rules.LateFee, 0)
		if g.MaxSize < 2 || g.MaxSize > community.MaxGroupSize {
			t.Fatalf("accepted a group of at most %d", g.MaxSize)
		}
	})
}

// FuzzListingForm is the listing form (readListingForm and
// listingForm.listing), checked as listingCreate checks it.
func FuzzListingForm(f *testing.F) {
	words, dir := fuzzSite(f)
	f.Add("Aqua fit", "In the pool", "Swim", "OX4", "swimming", "mon-morning", "step-free", "20", "1", "6.50", "5", "5")
	f.Add("Aqua\u202efit", "In\x00 the pool", "Swim\u200b", "ox4 1aa", "swimming", "mon-midnight", "stairs", "1e9", "0", "£1,000.005", "x", "-1")
	f.Add("Aqua fit", "In the pool", "Swim", "", "swimming", "", "", "2", "1", "100000", "3", "99999")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, title, description, easy, district, interest, when, feature, capacity, people1, price1, people2, price2 string) {
		form := readListingForm(posted(http.MethodPost, fields("version", "1", "title", title, "description", description,
			"easy_summary", easy, "district", district, "interests", interest, "times", when, "features", feature,
			"capacity", capacity, "tier_people_1", people1, "tier_price_1", price1, "tier_people_2", people2,
			"tier_price_2", price2, "online", "yes", "unit", "session")))
		l, problems := form.listing(community.Listing{ProviderID: "p1"})
		problems = append(problems, community.FieldErrors(l.Validate(dir.Known))...)
		refusedWell(t, words, problems)
		if len(problems) > 0 {
			return
		}
		plainText(t, "title", l.Title, true)
		plainText(t, "description", l.Description, false)
		plainText(t, "easy_summary", l.EasySummary, false)
		if l.District != "" {
			knownDistrict(t, dir, "district", l.District)
		}
		if l.Capacity < 1 || l.Capacity > community.MaxCapacity || len(l.Tiers) == 0 {
			t.Fatalf("accepted capacity %d with %d prices", l.Capacity, len(l.Tiers))
		}
		for _, tier := range l.Tiers {
			amountWithin(t, "tiers", tier.Each, 1)
			if tier.MinPeople < 1 || tier.MinPeople > l.Capacity {
				t.Fatalf("accepted a price from %d people, capacity %d", tier.MinPeople, l.Capacity)
			}
		}
	})
}

// FuzzProfileForm is the profile form (readProfileForm and
// profileForm.person), checked as the profile save checks it.
func FuzzProfileForm(f *testing.F) {
	words, dir := fuzzSite(f)
	f.Add("Ann Smith", "I like swimming", "OX4 1AA", "swimming", "chess, knitting", "English, Welsh", "mon-morning", "members")
	f.Add("Ann\u202e Smith", "I\x00 like", "ox41aa", "nonsense", "chess\u202e,,  ,CHESS", "Eng\u202elish, \u200bWelsh", "mon-never", "everyone")
	f.Add("Ann Smith", "I like swimming", "OX4", "swimming", "chess", "Eng\u202elish", "mon-morning", "members")
	f.Add("  Ann   Smith  ", "Line one\r\nline two", "SW1A 1AA", "", strings.Repeat("tag,", 100), strings.Repeat("Language,", 50), "", "nobody")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, name, about, district, interest, tags, languages, when, visibility string) {
		form := readProfileForm(posted(http.MethodPost, fields("version", "1", "name", name, "about", about,
			"district", district, "interests", interest, "tags", tags, "languages", languages,
			"free_times", when, "visibility", visibility)))
		p, unknownTimes := form.person(community.Person{ID: "me"})
		problems := community.FieldErrors(p.Validate(dir.Known))
		refusedWell(t, words, problems)
		if len(problems) > 0 || len(unknownTimes) > 0 {
			return
		}
		plainText(t, "name", p.Name, true)
		plainText(t, "about", p.About, false)
		knownDistrict(t, dir, "district", p.District)
		for _, tag := range p.Tags {
			plainText(t, "tags", tag, true)
		}
		for _, l := range p.Languages {
			plainText(t, "languages", l, true)
		}
	})
}

// FuzzProviderForm is the provider form (readProviderForm,
// providerForm.provider and parseDistricts), checked as providerCreate
// checks it.
func FuzzProviderForm(f *testing.F) {
	words, dir := fuzzSite(f)
	f.Add("Cowley Swim", "Lessons", "We teach", "https://swim.example.org", "01865 123456", "hi@swim.example.org", "OX4, ox3 1aa", "swimming")
	f.Add("Cowley\u202e Swim", "Les\x00sons", "We\u200b teach", "https://swim.example.org/\u202egpj.exe", "+44 (0)1865", "h\u202ei@swim.example.org", "OX4,,OX4 , SW1A1AA1AA", "swimming")
	f.Add("Cowley Swim", "Lessons", "We teach", "https://swim.example.org/\u202egpj.exe", "", "", "OX4", "swimming")
	f.Add("Cowley Swim", "Lessons", "We teach", "", "", "h\u202eix@swim.example.org", "OX4", "swimming")
	f.Add("Cowley Swim", "Lessons", "We teach", "javascript:alert(1)", "0800 NOT", "not an email", strings.Repeat("OX4,", 100), "")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, name, description, easy, website, phone, email, districts, interest string) {
		form := readProviderForm(posted(http.MethodPost, fields("version", "1", "name", name, "description", description,
			"easy_description", easy, "website", website, "phone", phone, "email", email, "districts", districts,
			"interests", interest)))
		p := form.provider(community.Provider{OwnerID: "me"})
		seen := map[string]bool{}
		for _, d := range parseDistricts(districts) {
			// An unknown district ("SW1A1AA1AA" gives "SW1A1AA") is
			// refused by Validate, so only known ones must be normal.
			if d == "" || seen[d] || (dir.Known(d) && places.Normalise(d) != d) {
				t.Fatalf("parseDistricts(%q) gave %q: empty, repeated or not normal", districts, d)
			}
			seen[d] = true
		}
		problems := community.FieldErrors(p.Validate(dir.Known))
		refusedWell(t, words, problems)
		if len(problems) > 0 {
			return
		}
		plainText(t, "name", p.Name, true)
		plainText(t, "description", p.Description, false)
		plainText(t, "easy_description", p.EasyDescription, false)
		plainText(t, "website", p.Website, true)
		plainText(t, "phone", p.Phone, true)
		plainText(t, "email", p.Email, true)
		for _, d := range p.Districts {
			knownDistrict(t, dir, "districts", d)
		}
	})
}

// FuzzMentorForm is the offer to mentor (readMentorForm and
// mentorForm.mentor), checked as mentorOfferSave checks it.
func FuzzMentorForm(f *testing.F) {
	words, _ := fuzzSite(f)
	helps := community.MentorHelps()
	f.Add(helps[0], "mon-morning", "English", "I like helping", string(community.MentorVolunteer), "", "")
	f.Add(helps[0], "mon-morning", "Eng\u202elish, \u200bWelsh", "I\x00 help", string(community.MentorStaff), "Age\u202e UK", "charity")
	f.Add(helps[0], "mon-morning", "Welsh\x00", "I like helping", string(community.MentorVolunteer), "", "")
	f.Add("nonsense", "mon-never", strings.Repeat("Language,", 50), "", "boss", "", "")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, help, when, languages, why, kind, organisation, organisationKind string) {
		form := readMentorForm(posted(http.MethodPost, fields("version", "1", "help_with", help, "free_times", when,
			"languages", languages, "why", why, "kind", kind, "organisation", organisation, "organisation_kind", organisationKind)))
		m, unknown := form.mentor()
		problems := community.FieldErrors(m.Validate())
		refusedWell(t, words, problems)
		if len(problems) > 0 || len(unknown) > 0 {
			return
		}
		plainText(t, "why", m.Why, false)
		// A volunteer's organisation is not checked because it is not kept:
		// actions.OfferMentor empties it (testdata/fuzz/FuzzMentorForm).
		if m.Kind == community.MentorStaff {
			plainText(t, "organisation", m.Organisation, true)
		}
		for _, l := range m.Languages {
			plainText(t, "languages", l, true)
		}
	})
}

// FuzzSearchForm is the search form (readSearchForm and searchForm.query):
// a GET form, so anything may arrive in the address.
func FuzzSearchForm(f *testing.F) {
	words, dir := fuzzSite(f)
	f.Add("swimming", "listing", "swimming", "5", "OX4 1AA", "distance", "2", "")
	f.Add("swim\x00\u202e", "nonsense", "nonsense", "3", "SW1A1AA1AA", "price", "-1", "OX4")
	f.Add(strings.Repeat("é", 500), "", "", "1e9", "", "", "99999999999999999999", "")
	for _, s := range nasty {
		f.Add(s, s, s, s, s, s, s, s)
	}
	f.Fuzz(func(t *testing.T, q, kind, interest, within, near, sort, page, home string) {
		form := readSearchForm(posted(http.MethodGet, fields("q", q, "type", kind, "interest", interest,
			"within", within, "near", near, "sort", sort, "page", page)))
		if form.Page < 1 {
			t.Fatalf("page %d from %q", form.Page, page)
		}
		query, problems := form.query(dir, places.Normalise(home))
		refusedWell(t, words, problems)
		if utf8.RuneCountInString(query.Text) > maxQueryRunes {
			t.Fatalf("searching for %d characters", utf8.RuneCountInString(query.Text))
		}
		if len(problems) > 0 {
			return
		}
		if (places.Normalise(near) != "" || places.Normalise(home) != "") && query.Near == nil {
			t.Fatalf("a place was given (%q, home %q) but the search is not near it", near, home)
		}
		if query.WithinMiles != 0 && query.Near == nil {
			t.Fatalf("within %v miles of nowhere", query.WithinMiles)
		}
	})
}
