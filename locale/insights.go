package locale

// insights holds the words of the provider insights page.
func insights() map[string]Message {
	return map[string]Message{
		"insights.title":       {"Who is interested near you", "People near you who want this", "people"},
		"insights.intro":       {"How many members near the districts you serve like each of your interests and are open to buying together. We never name members, and never show a count of them under 5.", "How many people near you like these things. We never show their names.", "people"},
		"insights.none":        {"You do not manage an organisation yet.", "You do not have a service yet.", ""},
		"insights.caption":     {"Members open to buying together, by distance from the districts you serve", "People who want to buy together, and how far away", ""},
		"insights.within":      {"Within %.0f miles", "Within %.0f miles", ""},
		"insights.fewer":       {"fewer than 5", "less than 5", ""},
		"insights.online_only": {"You work online only, so there is no distance to count from.", "You work online. We cannot count by distance.", ""},
		"insights.link":        {"See who is interested near you", "See who wants this near you", "people"},

		// When the members counted are free, and what they need.
		"insights.wants_title":   {"When they are free and what they need", "When people are free and what they need", "time"},
		"insights.wants_intro":   {"Of the members counted within %.0f miles: the times most of them are free, and the access needs they ask for. A time or need that fewer than 5 of them share is left out.", "We count people up to %.0f miles away. We only show what 5 or more people told us.", "time"},
		"insights.wants_caption": {"Free times and access needs of the members within %.0f miles", "When people up to %.0f miles away are free, and what they need", ""},
		"insights.free_most":     {"Free most often", "Free most often", ""},
		"insights.needs":         {"Access needs", "What people need", ""},
		"insights.none_shared":   {"None shared by 5 or more", "Fewer than 5 people told us", ""},
		"insights.wants_none":    {"No free time or access need is shared by 5 or more of these members yet.", "Not enough people told us yet.", "time"},
		"insights.free_easy":     {"%d members are free on %s.", "%d people are free on %s.", "time"},
		// The picture beside each need is the need's own, set by the page.
		"insights.need_easy": {"%d members ask for: %s.", "%d people need this: %s.", ""},

		// The groups buying from each listing. Groups choose their name to
		// be seen by, so it is shown; their members are never named.
		"insights.groups_title":   {"Groups buying from your listings", "Groups that buy from you", "group"},
		"insights.groups_intro":   {"The groups started from each of your listings that have not closed, biggest first. We show each group's name and size, never its members' names.", "These groups buy from you. We do not show who is in them.", "group"},
		"insights.no_listings":    {"You have no listings yet.", "You have nothing to book yet.", "tag"},
		"insights.no_groups":      {"No group buys from this listing yet.", "No group buys this yet.", "group"},
		"insights.groups_caption": {"Each group and how many members it has", "Each group and how many people are in it", ""},
		"insights.group":          {"Group", "Group", ""},
		"insights.group_members":  {"Members", "People", ""},
		"insights.group_easy":     {"%s has %d members.", "%s has %d people.", "group"},
		"insights.group_easy_one": {"%s has %d member.", "%s has %d person.", "group"},
	}
}
