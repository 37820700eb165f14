package demo

// artsProviders are the art studio in Knowsley and the cooking school and
// music workshop in Oxford. The music workshop also teaches online, so one
// listing has no district.
func artsProviders() []providerSpec {
	return []providerSpec{
		{
			name: "Prescot Art Studio",
			description: "A friendly open studio on the high street where you can paint, draw and try clay, with all materials included. " +
				"No experience needed.",
			easy:      "Come and paint, draw or make things with clay. We give you everything you need. You do not need to be good at art.",
			host:      "prescotart.example.org",
			phone:     "0151 496 0578",
			districts: []string{"L34", "L35", "L36"},
			interests: []string{"art", "pottery", "crafts"},
			listings: []listingSpec{
				{
					title:       "Painting for beginners",
					description: "Learn to mix colours and paint simple pictures with watercolours and acrylics. Each session ends with a picture to take home.",
					easy:        "Learn to paint pictures. You take your picture home at the end.",
					interests:   []string{"art"},
					district:    "L34",
					times:       []string{"tue-afternoon", "sat-afternoon"},
					features:    []string{"step-free", "accessible-toilet", "large-print"},
					capacity:    10,
					tiers:       tiers(1, 1500, 4, 1000, 8, 700),
				},
				{
					title:       "Pottery taster evening",
					description: "Make a bowl or mug on the wheel or by hand. We fire it in the kiln and you collect it a week later.",
					easy:        "Make a cup or bowl from clay. We bake it hard for you. You get it a week later.",
					interests:   []string{"pottery", "art"},
					district:    "L34",
					times:       []string{"thu-evening"},
					features:    []string{"step-free", "quiet"},
					capacity:    8,
					tiers:       tiers(1, 2000, 4, 1600, 6, 1200),
				},
			},
		},
		{
			name: "Cowley Road Cookery School",
			description: "Hands-on cooking classes in a bright teaching kitchen, where you cook a full meal and eat it together at the end. " +
				"Every recipe is cheap to make at home.",
			easy:      "Learn to cook a meal with other people. Then we all eat it together. The recipes are cheap to cook at home.",
			host:      "cowleyroadcookery.example.org",
			phone:     "01632 960783",
			districts: []string{"OX4", "OX1"},
			interests: []string{"cooking", "baking"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Cook a curry from scratch",
					description: "Make a vegetable curry, rice and flatbreads with a chef, then sit down and share what you made.",
					easy:        "Cook a curry with a chef. Then sit down and eat it together.",
					interests:   []string{"cooking"},
					district:    "OX4",
					times:       []string{"thu-evening"},
					features:    []string{"step-free", "hearing-loop", "accessible-toilet"},
					capacity:    10,
					tiers:       tiers(1, 2800, 4, 2000, 8, 1500),
				},
				{
					title:       "Bread baking morning",
					description: "Knead, shape and bake two loaves to take home, with tea and toast while they rise.",
					easy:        "Make bread with your hands. Take two loaves home with you.",
					interests:   []string{"baking", "cooking"},
					district:    "OX1",
					times:       []string{"sat-morning"},
					features:    []string{"step-free", "quiet"},
					capacity:    12,
					tiers:       tiers(1, 2400, 5, 1700, 10, 1200),
				},
			},
		},
		{
			name: "Abingdon Music Workshop",
			description: "Music for everyone, whether you have played before or not. " +
				"We run drumming circles in Abingdon and guitar lessons online by video call.",
			easy:      "Play music with other people. You do not need to know how. You can also learn guitar on a video call.",
			host:      "abingdonmusic.example.org",
			phone:     "01632 960391",
			districts: []string{"OX14", "OX1", "OX2"},
			online:    true,
			interests: []string{"music", "drumming", "guitar"},
			checked:   true,
			listings: []listingSpec{
				{
					title:       "Drumming circle",
					description: "Play hand drums together in a big circle, led by a drummer who keeps it simple and fun. We lend you a drum.",
					easy:        "Play drums in a big circle. We lend you a drum. It is loud and fun.",
					interests:   []string{"drumming", "music"},
					district:    "OX14",
					times:       []string{"mon-evening"},
					features:    []string{"step-free", "accessible-toilet", "carer"},
					capacity:    15,
					tiers:       tiers(1, 800, 6, 600, 12, 400),
				},
				{
					title:       "Beginners' guitar online",
					description: "Learn your first chords in a small group on a video call, with large-print chord sheets posted before each lesson.",
					easy:        "Learn guitar at home on a video call. We send you big, clear pictures of where to put your fingers.",
					interests:   []string{"guitar", "music"},
					times:       []string{"tue-evening", "sat-afternoon"},
					features:    []string{"easy-read", "large-print"},
					capacity:    8,
					tiers:       tiers(1, 1500, 3, 1100, 6, 800),
				},
			},
		},
	}
}
