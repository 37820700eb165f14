package locale

// insights holds the words of the provider insights page.
func insights() map[string]Message {
	return map[string]Message{
		"insights.title":       {"Who is interested near you", "People near you who want this", "people"},
		"insights.intro":       {"How many members near the districts you serve like each of your interests and are open to buying together. We show counts only, never names, and never a number under 5.", "How many people near you like these things. We never show names.", "people"},
		"insights.none":        {"You do not manage an organisation yet.", "You do not have a service yet.", ""},
		"insights.caption":     {"Members open to buying together, by distance from the districts you serve", "People who want to buy together, and how far away", ""},
		"insights.within":      {"Within %.0f miles", "Within %.0f miles", ""},
		"insights.fewer":       {"fewer than 5", "less than 5", ""},
		"insights.online_only": {"You work online only, so there is no distance to count from.", "You work online. We cannot count by distance.", ""},
		"insights.link":        {"See who is interested near you", "See who wants this near you", "people"},
	}
}
