package community

// Interest is one thing people can like, from the curated list. The list is
// curated (not free text) so that matching can compare people exactly, every
// interest has a pictogram for Easy Read, and its words live in the locale
// catalogue under "interest.<slug>".
type Interest struct {
	Slug     string
	Category string
	// Picto names the SVG in static/pictograms (without ".svg").
	Picto string
}

// Category groups interests on the profile form and the interests page. Its
// words live in the locale catalogue under "category.<slug>".
type Category struct {
	Slug  string
	Picto string
}

// Categories lists the interest categories in the order people see them.
func Categories() []Category {
	return []Category{
		{"sport", "sport"}, {"outdoors", "outdoors"}, {"arts", "arts"},
		{"music", "music"}, {"food", "food"}, {"games", "games"},
		{"learning", "learning"}, {"social", "social"}, {"wellbeing", "wellbeing"},
	}
}

// Interests returns the curated interests in display order. It returns a new
// slice each call so that no caller can change the list for another.
func Interests() []Interest {
	list := []Interest{
		{"swimming", "sport", ""}, {"gym", "sport", ""}, {"yoga", "sport", ""},
		{"football", "sport", ""}, {"cycling", "sport", ""}, {"bowling", "sport", ""},
		{"dancing", "sport", ""}, {"table-tennis", "sport", ""}, {"martial-arts", "sport", ""},
		{"basketball", "sport", ""}, {"climbing", "sport", ""}, {"running", "sport", ""},

		{"walking", "outdoors", ""}, {"gardening", "outdoors", ""}, {"fishing", "outdoors", ""},
		{"birdwatching", "outdoors", ""}, {"nature", "outdoors", ""}, {"camping", "outdoors", ""},
		{"dogs", "outdoors", ""},

		{"art", "arts", ""}, {"photography", "arts", ""}, {"knitting", "arts", ""},
		{"pottery", "arts", ""}, {"sewing", "arts", ""}, {"crafts", "arts", ""},
		{"woodwork", "arts", ""},

		{"music", "music", ""}, {"singing", "music", ""}, {"drumming", "music", ""},
		{"guitar", "music", ""}, {"theatre", "music", ""}, {"films", "music", ""},
		{"karaoke", "music", ""}, {"discos", "music", ""},

		{"cooking", "food", ""}, {"baking", "food", ""}, {"eating-out", "food", ""},
		{"coffee-mornings", "food", ""},

		{"board-games", "games", ""}, {"card-games", "games", ""}, {"video-games", "games", ""},
		{"quizzes", "games", ""}, {"chess", "games", ""}, {"jigsaws", "games", ""},
		{"bingo", "games", ""},

		{"reading", "learning", ""}, {"computers", "learning", ""}, {"languages", "learning", ""},
		{"history", "learning", ""}, {"science", "learning", ""}, {"writing", "learning", ""},
		{"sign-language", "learning", ""},

		{"volunteering", "social", ""}, {"faith", "social", ""}, {"social-nights", "social", ""},
		{"shopping", "social", ""}, {"day-trips", "social", ""}, {"animals", "social", ""},
		{"watching-sport", "social", ""}, {"holidays", "social", ""},

		{"massage", "wellbeing", ""}, {"meditation", "wellbeing", ""}, {"hair-and-beauty", "wellbeing", ""},
	}
	for i := range list {
		list[i].Picto = list[i].Slug
	}
	return list
}

// InterestSlugs returns the set of curated interest slugs, for validation.
func InterestSlugs() map[string]bool {
	set := make(map[string]bool)
	for _, in := range Interests() {
		set[in.Slug] = true
	}
	return set
}
