package locale

import "strconv"

// suggestions holds the words of /suggestions, the reasons behind each
// suggestion, and marks between members.
func suggestions() map[string]Message {
	m := map[string]Message{
		"nav.suggestions":            {"Suggestions", "People for you", ""},
		"home.link_suggestions":      {"People and groups near you", "People near you", "people"},
		"suggestions.title":          {"Suggestions for you", "People and groups for you", "people"},
		"suggestions.intro":          {"People near you who like what you like, open groups you could join, and groups you could start so that everyone pays less.", "People near you who like the same things as you.", "people"},
		"suggestions.not_placed":     {"Add your postcode district and your interests to your profile, and we will suggest people near you.", "Tell us where you live and what you like first.", "place"},
		"suggestions.within":         {"How far away", "How far", ""},
		"suggestions.needs":          {"Only show people who also need", "Only show people who also need", ""},
		"suggestions.show":           {"Show suggestions", "Show", ""},
		"suggestions.people":         {"People you might like to meet", "People you may like", "people"},
		"suggestions.people_none":    {"Nobody near you shares your interests yet. Try a wider distance, or add more interests to your profile.", "We found nobody yet. Try a bigger distance.", "search"},
		"suggestions.hello":          {"Say hello", "Say hello", "mail"},
		"suggestions.to":             {"to", "to", ""},
		"suggestions.hello_sent":     {"You said hello", "You said hello", "success"},
		"suggestions.not_interested": {"Not interested", "Not for me", ""},
		"suggestions.groups":         {"Groups you could join", "Groups you can join", "group"},
		"suggestions.groups_none":    {"There are no open groups near you for your interests yet.", "There are no groups near you yet.", "search"},
		"suggestions.start":          {"Groups you could start", "Start a group and pay less", "money"},
		"suggestions.start_none":     {"Nothing near you would be cheaper as a group yet.", "Nothing to start yet.", "search"},
		"suggestions.task.people":    {"People near you: %d", "People near you: %d", "people"},
		"suggestions.task.groups":    {"Groups you could join: %d", "Groups you can join: %d", "group"},
		"suggestions.task.start":     {"Groups you could start: %d", "Groups you can start: %d", "money"},
		"suggestions.back":           {"Back to all your suggestions", "Back to people and groups for you", "people"},
		"suggestions.see_group":      {"See the group", "See the group", ""},
		"suggestions.start_named":    {"Start a group for", "Start a group for", ""},
		"suggestions.places_one":     {"%d place left", "%d place left", "people"},
		"suggestions.places":         {"%d places left", "%d places left", "people"},
		"suggestions.no_limit":       {"Anyone can join", "Anyone can join", "people"},
		"error.suggestions.within":   {"Choose a distance from the list", "Choose how far from the list", ""},

		"list.and":               {"and", "and", ""},
		"reason.likes":           {"You both like %s.", "You both like %s.", "heart"},
		"reason.lives":           {"They live about %d miles away.", "They live about %d miles away.", "place"},
		"reason.lives_one":       {"They live about 1 mile away.", "They live about 1 mile away.", "place"},
		"reason.lives_near":      {"They live less than a mile away.", "They live very near you.", "place"},
		"reason.free":            {"You are both free on %s.", "You are both free on %s.", "time"},
		"reason.group_likes":     {"It is for %s, which you like.", "It is for %s. You like this.", "heart"},
		"reason.meets":           {"It meets about %d miles away.", "It is about %d miles away.", "place"},
		"reason.meets_one":       {"It meets about 1 mile away.", "It is about 1 mile away.", "place"},
		"reason.meets_near":      {"It meets less than a mile away.", "It is very near you.", "place"},
		"reason.group_free":      {"You are free when it meets: %s.", "You are free when it meets: %s.", "time"},
		"reason.listing_at":      {"It is about %d miles away.", "It is about %d miles away.", "place"},
		"reason.listing_at_one":  {"It is about 1 mile away.", "It is about 1 mile away.", "place"},
		"reason.listing_at_near": {"It is less than a mile away, or online.", "It is very near you, or online.", "place"},
		"group.places_one":       {"%d place left", "%d place left", ""},
		"group.places":           {"%d places left", "%d places left", ""},
		"group.no_limit":         {"Anyone can join", "Anyone can join", ""},

		"start.nearby_one":     {"1 other person near you could join.", "1 more person near you can join.", "people"},
		"start.nearby":         {"%d other people near you could join.", "%d more people near you can join.", "people"},
		"start.named":          {"Among them: %s.", "Some of them: %s.", ""},
		"start.saving.session": {"If %d of you join, each pays %s a session instead of %s.", "If %d people come together, each pays %s each time, not %s.", "money"},
		"start.saving.course":  {"If %d of you join, each pays %s for the course instead of %s.", "If %d people come together, each pays %s for the course, not %s.", "money"},
		"start.saving.month":   {"If %d of you join, each pays %s a month instead of %s.", "If %d people come together, each pays %s each month, not %s.", "money"},
		"start.saving.item":    {"If %d of you join, each pays %s an item instead of %s.", "If %d people come together, each pays %s for one, not %s.", "money"},
		"start.less.session":   {"That is %s less each, every session.", "That is %s less each time.", "money"},
		"start.less.course":    {"That is %s less each for the course of %d sessions.", "That is %s less for all %d times.", "money"},
		"start.less.month":     {"That is %s less each, every month.", "That is %s less each month.", "money"},
		"start.less.item":      {"That is %s less each, for every item.", "That is %s less for each one.", "money"},
		"start.month":          {"Over four weeks, that is %s less each.", "In 4 weeks you each pay %s less.", "money"},
		"start.button":         {"Start this group", "Start this group", ""},

		"me.suggestions":         {"See people and groups near you", "See people near you", "people"},
		"me.hellos":              {"People who said hello", "People who said hello to you", "mail"},
		"me.hello_from":          {"Said hello:", "Said hello:", ""},
		"me.no_hellos":           {"Nobody has said hello yet.", "Nobody said hello yet.", ""},
		"me.not_interested":      {"People you are not interested in", "People you said no to", ""},
		"me.undo_not_interested": {"Suggest them again", "Show them again", ""},
		"me.blocked":             {"People you blocked", "People you blocked", "lock"},
		"me.unblock":             {"Unblock", "Unblock", ""},
		"me.nobody":              {"Nobody.", "Nobody.", ""},
		"person.safety":          {"Staying safe", "Staying safe", "lock"},
		"person.none_shared":     {"You do not share any interests yet.", "You do not like the same things yet.", "heart"},
		"person.they_wrote":      {"%s wrote:", "%s wrote:", ""},
		"person.is_mentor":       {"They are a peer mentor. They can help you use the site.", "They can help you use the site.", "volunteering"},
		"person.block":           {"Block this person", "Block this person", ""},
		"person.block_hint":      {"You will not see each other anywhere on the site. You can unblock them from your profile page.", "You will not see each other. You can undo this later.", ""},

		"done.hello":          {"We told them you said hello.", "We told them you said hello.", "success"},
		"done.not_interested": {"We will not suggest them again. You can change this on your profile page.", "We will not show them again.", "success"},
		"done.blocked":        {"You blocked them. You will not see each other.", "You blocked them.", "success"},
		"done.undone":         {"Done. They can be suggested to you again.", "Done. You may see them again.", "success"},
	}
	for _, r := range []int{1, 2, 5, 10} {
		text := "Within " + strconv.Itoa(r) + " miles"
		easy := "Up to " + strconv.Itoa(r) + " miles away"
		if r == 1 {
			text, easy = "Within 1 mile", "Up to 1 mile away"
		}
		m["suggestions.within."+strconv.Itoa(r)] = Message{Plain: text, Easy: easy}
	}
	return m
}
