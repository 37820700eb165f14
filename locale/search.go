package locale

// search holds the words of the search and interest pages.
func search() map[string]Message {
	m := map[string]Message{
		"nav.search":                {"Search", "Find", "search"},
		"search.title":              {"Find people, groups and things to do", "Find people and things to do", "search"},
		"search.words":              {"Words to look for", "What are you looking for?", "search"},
		"search.type":               {"Show", "Show", ""},
		"search.any_type":           {"Everything", "Everything", ""},
		"search.interest":           {"Interest", "Thing you like", "heart"},
		"search.any_interest":       {"Any interest", "Anything", ""},
		"search.within":             {"How far", "How far away", "place"},
		"search.anywhere":           {"Any distance", "Anywhere", ""},
		"search.near":               {"Near postcode district", "Near", "place"},
		"search.near_hint":          {"For example OX4. Needed to search by distance.", "For example OX4.", ""},
		"search.near_hint_member":   {"Leave empty to search near where you live.", "Leave empty for near you.", ""},
		"search.sort":               {"Order", "Order", ""},
		"search.sort.relevance":     {"Best match first", "Best match first", ""},
		"search.sort.distance":      {"Nearest first", "Nearest first", ""},
		"search.button":             {"Search", "Find", "search"},
		"search.people_sign_in":     {"Sign in to find other members.", "Sign in to find people.", "signin"},
		"search.resting":            {"Search is resting at the moment. Here are the newest listings instead; please try again soon.", "Search is not working now. Here are new things. Try again later.", "help"},
		"search.newest":             {"Newest listings", "New things", "money"},
		"search.none_here":          {"Nothing on this page.", "Nothing here.", ""},
		"search.pages":              {"Pages of results", "More pages", ""},
		"search.prev":               {"Previous page", "Back a page", ""},
		"search.next":               {"Next page", "Next page", ""},
		"search.nothing":            {"We found nothing. Try looking further away or at a related interest.", "We found nothing. Try further away. Or try something like it.", "search"},
		"search.wider":              {"Look further away", "Look further away", "place"},
		"search.related":            {"Try %s", "Try %s", ""},
		"search.results":            {"What we found", "What we found", "search"},
		"search.more_choices":       {"More ways to search", "More ways to search", "search"},
		"search.from_price.session": {"from %s each a session", "from %s each time", ""},
		"search.from_price.course":  {"from %s each for the course", "from %s for the course", ""},
		"search.from_price.month":   {"from %s each a month", "from %s each month", ""},
		"search.from_price.item":    {"from %s an item", "from %s for one", ""},
		"error.search.type":         {"Choose what to show from the list", "Pick from the list", ""},
		"error.search.within":       {"Choose a distance from the list", "Pick how far from the list", ""},
		"error.search.near_needed":  {"Enter a postcode district to search by distance, for example OX4", "Write where you are. For example OX4.", ""},
		"error.search.interest":     {"Choose an interest from the list", "Pick from the list", ""},
		"error.search.sort":         {"Choose an order from the list", "Pick from the list", ""},
		"interests.title":           {"Interests", "Things people like", "heart"},
		"interests.intro":           {"Choose an interest to see people, groups and things to do near you.", "Pick a thing you like. See people and things to do.", "heart"},
		"interests.all":             {"All the kinds of interest", "All the kinds of things to like", "heart"},
		"interest.near_you":         {"People, groups and things to do within %s miles of you.", "People and things to do within %s miles.", "place"},
		"interest.everywhere":       {"People, groups and things to do everywhere. Sign in and add your district to see what is near you.", "Things to do everywhere. Sign in to see what is near you.", "place"},
		"interest.search_more":      {"Search with more choices", "Search more", "search"},
	}
	kinds := map[string][5]string{
		"listing":  {"Things to do", "Things to do", "%d things to do", "See all %d things to do", "%d thing to do"},
		"group":    {"Groups", "Groups", "%d groups", "See all %d groups", "%d group"},
		"person":   {"People", "People", "%d people", "See all %d people", "%d person"},
		"provider": {"Providers", "Services", "%d providers", "See all %d providers", "%d provider"},
	}
	for k, w := range kinds {
		m["search.kind."+k] = Message{Plain: w[0], Easy: w[1]}
		m["search.count."+k] = Message{Plain: w[2], Easy: w[2]}
		m["search.count."+k+"_one"] = Message{Plain: w[4], Easy: w[4]}
		m["search.more."+k] = Message{Plain: w[3], Easy: w[3]}
	}
	for _, miles := range []string{"1", "2", "5", "10", "25"} {
		text := "Within " + miles + " miles"
		if miles == "1" {
			text = "Within 1 mile"
		}
		m["search.within."+miles] = Message{Plain: text, Easy: text}
	}
	return m
}
