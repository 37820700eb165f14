package demo

import (
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// outdoorsProviders are the community garden in Oxford, the walking club in
// Knowsley and the minibus company that takes day trips from both towns.
func outdoorsProviders() []providerSpec {
	return []providerSpec{
		{
			name: "Rose Hill Community Garden",
			description: "A shared allotment and wildlife garden run by neighbours in Rose Hill. " +
				"Come to grow vegetables, learn from experienced growers and take some of the harvest home.",
			easy:      "A garden we share with our neighbours. We grow vegetables and flowers together. You can take some food home.",
			host:      "rosehillgarden.example.org",
			phone:     "07700 900236",
			districts: []string{"OX4", "OX3"},
			interests: []string{"gardening", "nature", "volunteering"},
			listings: []listingSpec{
				{
					title:       "Grow your own vegetables",
					description: "Six weekly sessions at raised beds, from sowing seeds to picking your crops. Tools, seeds and gloves are included.",
					easy:        "Learn to grow food over six weeks. The beds are high, so you do not bend down much. We give you tools and seeds.",
					interests:   []string{"gardening"},
					district:    "OX4",
					times:       []string{"wed-afternoon", "sat-morning"},
					features:    []string{"step-free", "carer"},
					capacity:    15,
					tiers:       tiers(1, 9000, 4, 6000, 8, 4500),
					unit:        community.PerCourse,
					course:      community.Course{Sessions: 6, Starts: time.Date(2027, 3, 6, 0, 0, 0, 0, time.UTC)},
				},
			},
		},
		{
			name: "Knowsley Walking Friends",
			description: "A volunteer-led walking club with short, flat walks every week and a longer countryside walk once a month. " +
				"Everyone walks at the pace of the slowest person.",
			easy:      "We go for walks together. Most walks are short and flat. Nobody gets left behind.",
			host:      "knowsleywalks.example.org",
			phone:     "0151 496 0642",
			districts: []string{"L34", "L35", "L36"},
			interests: []string{"walking", "nature"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Countryside walk with a pub lunch",
					description: "A five-mile walk on flat paths through the Knowsley countryside, finishing with lunch at a country pub. The price includes lunch and a guide.",
					easy:        "A long walk on flat paths. We stop for lunch at a pub. The price pays for your lunch.",
					interests:   []string{"walking", "nature"},
					district:    "L36",
					times:       []string{"sun-morning"},
					features:    []string{"step-free", "carer"},
					capacity:    20,
					tiers:       tiers(1, 1800, 6, 1200, 12, 900),
				},
			},
		},
		{
			name: "Two Towns Minibus Trips",
			description: "Day trips by wheelchair-accessible minibus, with pick-ups across Oxford and Knowsley. " +
				"The driver helps everyone on and off, and carers travel free.",
			easy:      "We take groups on days out in a minibus. The bus has a lift for wheelchairs. Carers come for free.",
			host:      "twotownsminibus.example.org",
			phone:     "07700 900857",
			districts: []string{"OX1", "OX2", "OX3", "OX4", "OX14", "L34", "L35", "L36"},
			interests: []string{"day-trips"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Day trip to Southport beach",
					description: "A day at the seaside in Southport, with time on the pier, the beach and the shops. Pick-ups across Huyton, Prescot and Whiston.",
					easy:        "A day at the beach in Southport. We pick you up near your home. We come back in time for tea.",
					interests:   []string{"day-trips"},
					district:    "L36",
					times:       []string{"sat-morning", "sun-morning"},
					features:    []string{"step-free", "carer"},
					capacity:    16,
					tiers:       tiers(1, 4500, 6, 2500, 12, 1500),
				},
				{
					title:       "Day trip to the Cotswolds",
					description: "A day out among honey-coloured villages, with lunch and a gentle stroll by the river at Bourton-on-the-Water.",
					easy:        "A day out to pretty villages in the country. We stop for lunch and a short walk.",
					interests:   []string{"day-trips", "walking"},
					district:    "OX4",
					times:       []string{"sat-morning"},
					features:    []string{"step-free", "carer"},
					capacity:    16,
					tiers:       tiers(1, 4500, 6, 2500, 12, 1500),
				},
			},
		},
	}
}
