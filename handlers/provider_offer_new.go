package handlers

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// offerRows is how many price rows the offer form offers.
const offerRows = 4

// offerForm is the offer form as typed.
type offerForm struct {
	GroupID, WishID, Listing, Unit, When, EasyText string
	Tiers                                          []tierRow
}

type offerFormPage struct {
	Provider community.Provider
	Form     offerForm
	// To says who the offer is for: the group's name, or the wish's words.
	To       string
	Listings []community.Listing
	Units    []string
	// Page is Easy Read's short page (from 1, of Pages); 0 for the whole
	// form.
	Page, Pages int
}

// sendOfferPages are the parts of the offer form Easy Read asks a page at a
// time.
func sendOfferPages() shortPages {
	return shortPages{parts: []string{"what", "prices", "when", "words"}, partOf: func(field string) string {
		switch field {
		case "tiers":
			return "prices"
		case "when", "to":
			return "when"
		case "easy_text":
			return "words"
		}
		return "what"
	}}
}

// Shows reports whether the page asks a part.
func (p offerFormPage) Shows(part string) bool { return sendOfferPages().shows(p.Page, part) }

// offerNew shows the form to answer a group or a wish, its prices filled
// in from the provider's first listing.
func (s *Server) offerNew(c *gin.Context) {
	p, ok := s.checkedProvider(c)
	if !ok {
		return
	}
	f := offerForm{GroupID: c.Query("group"), WishID: c.Query("wish"), Unit: string(community.PerSession), Tiers: offerTiers()}
	listings, _ := s.Store.ListingsOf(c.Request.Context(), p.ID)
	if len(listings) > 0 {
		l := listings[0]
		f.Listing, f.Unit = l.ID, string(l.Unit.UnitOrSession())
		for i, t := range l.Tiers {
			if i < offerRows {
				f.Tiers[i].People, f.Tiers[i].Price = strconv.Itoa(t.MinPeople), strings.TrimPrefix(t.Each.Pounds(), "£")
			}
		}
	}
	page := 0
	if current(c).display.EasyRead {
		page = 1
	}
	s.showOfferForm(c, http.StatusOK, p, f, page)
}

// offerCreate sends the offer; bad input comes back as typed.
func (s *Server) offerCreate(c *gin.Context) {
	p, ok := s.checkedProvider(c)
	if !ok {
		return
	}
	f := offerForm{GroupID: c.PostForm("group"), WishID: c.PostForm("wish"), Listing: c.PostForm("listing"), Unit: c.PostForm("unit"),
		When: c.PostForm("when"), EasyText: c.PostForm("easy_text"), Tiers: offerTiers()}
	for i := range f.Tiers {
		f.Tiers[i].People = strings.TrimSpace(c.PostForm(fmt.Sprintf("tier_people_%d", i+1)))
		f.Tiers[i].Price = strings.TrimSpace(c.PostForm(fmt.Sprintf("tier_price_%d", i+1)))
	}
	o := community.Offer{ProviderID: p.ID, GroupID: f.GroupID, WishID: f.WishID, ListingID: f.Listing,
		Unit: community.PriceUnit(f.Unit), When: tidy(f.When), EasyText: tidyText(f.EasyText)}
	var problems []community.FieldError
	o.Tiers, problems = readTierRows(f.Tiers)
	page := 0
	if sent, easy := sendOfferPages().sent(c); easy {
		// A short page of Easy Read: the parts so far must be right; the
		// last page sends, or shows the first page with a problem.
		if len(problems) == 0 {
			problems = community.FieldErrors(o.Validate())
		}
		if page, problems = sendOfferPages().next(sent, problems); page > 0 {
			status := http.StatusOK
			if len(problems) > 0 {
				status = http.StatusBadRequest
			}
			s.showOfferForm(c, status, p, f, page, problems...)
			return
		}
	}
	if len(problems) == 0 {
		_, err := s.Actions.SendOffer(c.Request.Context(), who(c), c.PostForm("key"), o)
		switch {
		case err == nil:
			c.Redirect(http.StatusSeeOther, "/providers/"+p.ID+"/near?done=offered")
			return
		case staleKey(err):
			problems = []community.FieldError{{Field: "when", Key: "error.form.key"}}
		case community.KindOf(err) == community.KindInvalid:
			problems = community.FieldErrors(err)
		case community.KindOf(err) == community.KindForbidden || community.KindOf(err) == community.KindConflict:
			problems = []community.FieldError{{Field: "when", Key: community.KeyOf(err)}}
		default:
			s.fail(c, err)
			return
		}
	}
	if current(c).display.EasyRead {
		page = sendOfferPages().firstWith(problems)
	}
	s.showOfferForm(c, http.StatusBadRequest, p, f, page, problems...)
}

func (s *Server) showOfferForm(c *gin.Context, status int, p community.Provider, f offerForm, page int, problems ...community.FieldError) {
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	form := offerFormPage{Provider: p, Form: f, Units: community.PriceUnits(), Page: page}
	if page > 0 {
		form.Pages = len(sendOfferPages().parts)
	}
	form.Listings, _ = s.Store.ListingsOf(ctx, p.ID)
	switch {
	case f.GroupID != "":
		g, err := s.Store.Group(ctx, f.GroupID)
		if err == nil && g.BlocksProvider(p.ID) {
			err = community.Forbidden("error.offer.blocked")
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		form.To = l.T("offer.to_group", g.Name)
	case f.WishID != "":
		// A wish fewer than five share is not shown to providers at all.
		w, err := s.Store.Wish(ctx, f.WishID)
		if err == nil && len(w.Backers) < community.WishOfferFrom {
			err = community.NotFound("error.wish.not_found")
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		form.To = l.T("offer.to_wish", w.Text)
	}
	s.render(c, status, "offer_form", "offer.new.title", form, summaryWith(problems, map[string]string{
		"tiers": "tier_people_1", "unit": "unit-" + community.PriceUnits()[0],
	})...)
}

func offerTiers() []tierRow {
	rows := make([]tierRow, offerRows)
	for i := range rows {
		rows[i].N = i + 1
	}
	rows[0].People = "1"
	return rows
}

// readTierRows reads price rows as the listing form does: an empty row is
// skipped; a row that is no number or no price is a problem.
func readTierRows(rows []tierRow) ([]community.PriceTier, []community.FieldError) {
	var tiers []community.PriceTier
	for _, row := range rows {
		if row.People == "" && row.Price == "" {
			continue
		}
		people, err := strconv.Atoi(row.People)
		if err != nil || people < 1 {
			return nil, []community.FieldError{{Field: "tiers", Key: "error.tiers.people"}}
		}
		each, key := community.ParsePence(row.Price)
		if key != "" {
			return nil, []community.FieldError{{Field: "tiers", Key: key}}
		}
		tiers = append(tiers, community.PriceTier{MinPeople: people, Each: each})
	}
	return tiers, nil
}
