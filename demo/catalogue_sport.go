package demo

import "github.com/clubtogether/clubtogether/community"

// Phone numbers in the demo catalogue come from the ranges Ofcom keeps for
// drama (0151 496 0xxx, 01632 960xxx, 07700 900xxx), so calling one never
// reaches a real person.

// sportProviders are the swimming coach and yoga teacher in Oxford and the
// community gym in Knowsley.
func sportProviders() []providerSpec {
	return []providerSpec{
		{
			name: "Cowley Swim Coaching",
			description: "Friendly swimming lessons for adults of every ability, from first splashes to steady lengths. " +
				"Our coaches teach small groups at pools in Cowley, the city centre and Headington.",
			easy:      "We teach adults to swim. You can be new to swimming. We teach small groups at pools near you.",
			host:      "cowleyswim.example.org",
			phone:     "01632 960114",
			districts: []string{"OX4", "OX1", "OX3"},
			interests: []string{"swimming"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Adult swimming lessons in small groups",
					description: "A 45-minute lesson in the warm teaching pool with a coach in the water. Bring friends and the price for each of you drops.",
					easy:        "Learn to swim with a coach. The pool is warm and not deep. More people means a lower price for each person.",
					interests:   []string{"swimming"},
					district:    "OX4",
					times:       []string{"tue-evening", "sat-morning"},
					features:    []string{"step-free", "hearing-loop", "accessible-toilet", "changing-places"},
					capacity:    10,
					tiers:       tiers(1, 1200, 4, 800, 8, 600),
				},
				{
					title:       "Quiet swim for adults",
					description: "A calm lane swim with the music off, the lights low and fewer people in the water. A coach waits on the side if you want tips.",
					easy:        "A calm swim with no loud music. Not many people are in the pool. A coach can help you.",
					interests:   []string{"swimming"},
					district:    "OX3",
					times:       []string{"wed-afternoon", "sun-morning"},
					features:    []string{"step-free", "quiet", "accessible-toilet"},
					capacity:    12,
					tiers:       tiers(1, 900, 5, 600, 10, 450),
				},
			},
		},
		{
			name: "Huyton Community Gym",
			description: "A not-for-profit gym run by local people in Huyton, with staff on hand to show you how each machine works. " +
				"Group rates make membership cheaper for friends who join together.",
			easy:      "This is a gym for local people. Staff show you how to use the machines. It costs less when friends join together.",
			host:      "huytongym.example.org",
			phone:     "0151 496 0231",
			districts: []string{"L36", "L35", "L34"},
			interests: []string{"gym"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Monthly gym membership",
					description: "Use the gym as often as you like for a month, starting with a free session to learn the machines.",
					easy:        "Use the gym as much as you like for one month. Your first visit is a free lesson on the machines.",
					interests:   []string{"gym"},
					district:    "L36",
					times:       []string{"mon-morning", "mon-evening", "wed-evening", "fri-morning", "sat-morning"},
					features:    []string{"step-free", "hearing-loop", "accessible-toilet"},
					capacity:    40,
					tiers:       tiers(1, 2500, 5, 1500, 10, 1000),
					unit:        community.PerMonth,
				},
				{
					title:       "Gentle circuits class",
					description: "A slow-paced class of simple exercises in the Whiston community hall, with chairs for anyone who needs to sit.",
					easy:        "Easy exercises in a group. You can sit on a chair if you need to.",
					interests:   []string{"gym"},
					district:    "L35",
					times:       []string{"tue-afternoon", "thu-afternoon"},
					features:    []string{"step-free", "quiet", "accessible-toilet"},
					capacity:    16,
					tiers:       tiers(1, 600, 6, 400, 12, 300),
				},
			},
		},
		{
			name: "Headington Hill Yoga",
			description: "Small, gentle yoga classes for beginners and people with stiff joints or limited movement. " +
				"Every pose has a seated version, and we lend mats and blocks.",
			easy:      "Gentle yoga for beginners. You can do every move sitting on a chair. We give you a mat.",
			host:      "headingtonyoga.example.org",
			phone:     "07700 900412",
			districts: []string{"OX3", "OX4", "OX2"},
			interests: []string{"yoga", "meditation"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Chair yoga for beginners",
					description: "An hour of slow stretches and breathing, mostly done sitting on a chair. Good for anyone who finds getting down to the floor hard.",
					easy:        "Slow stretches on a chair. You do not need to get down on the floor.",
					interests:   []string{"yoga"},
					district:    "OX3",
					times:       []string{"mon-morning", "thu-morning"},
					features:    []string{"step-free", "quiet", "hearing-loop", "accessible-toilet"},
					capacity:    12,
					tiers:       tiers(1, 1000, 4, 700, 8, 500),
				},
				{
					title:       "Evening yoga in Cowley",
					description: "A relaxing class to end the day, in a quiet community room in Cowley. Beginners are welcome.",
					easy:        "Yoga after work to help you relax. The room is quiet and calm.",
					interests:   []string{"yoga", "meditation"},
					district:    "OX4",
					times:       []string{"wed-evening"},
					features:    []string{"step-free", "quiet"},
					capacity:    14,
					tiers:       tiers(1, 1100, 5, 800, 10, 600),
				},
			},
		},
	}
}
