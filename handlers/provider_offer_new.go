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
}

// offerNew shows the form to answer a group or a wish, its prices filled
// in from the provider's first listing.
func (s *Server) offerNew(c *gin.Context) {
	p, ok := s.ownProvider(c)
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
	s.showOfferForm(c, http.StatusOK, p, f)
}

// offerCreate sends the offer; bad input comes back as typed.
func (s *Server) offerCreate(c *gin.Context) {
	p, ok := s.ownProvider(c)
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
	s.showOfferForm(c, http.StatusBadRequest, p, f, problems...)
}

func (s *Server) showOfferForm(c *gin.Context, status int, p community.Provider, f offerForm, problems ...community.FieldError) {
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	page := offerFormPage{Provider: p, Form: f, Units: community.PriceUnits()}
	page.Listings, _ = s.Store.ListingsOf(ctx, p.ID)
	switch {
	case f.GroupID != "":
		g, err := s.Store.Group(ctx, f.GroupID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.To = l.T("offer.to_group", g.Name)
	case f.WishID != "":
		w, err := s.Store.Wish(ctx, f.WishID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.To = l.T("offer.to_wish", w.Text)
	}
	s.render(c, status, "offer_form", "offer.new.title", page, summaryWith(problems, map[string]string{
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
