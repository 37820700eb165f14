package locale

// common holds the words of the layout and the home page.
func common() map[string]Message {
	return map[string]Message{
		"site.name":                  {"ClubTogether", "ClubTogether", "group"},
		"layout.skip":                {"Skip to main content", "Go to the main part of the page", ""},
		"layout.nav":                 {"Main menu", "Main menu", ""},
		"layout.menu":                {"Menu", "Menu", ""},
		"layout.listen":              {"Listen to this page", "Listen to this page", "listen"},
		"layout.listen_stop":         {"Stop reading aloud", "Stop", "listen"},
		"layout.listen_pause":        {"Pause", "Pause", "listen"},
		"layout.listen_resume":       {"Carry on reading", "Carry on", "listen"},
		"layout.footer":              {"ClubTogether helps people who use personal budgets find each other, do things together and buy together.", "ClubTogether helps you find people. You can do things together. You can buy things together.", ""},
		"layout.attribution":         {"Pictograms: OpenMoji (CC BY-SA 4.0). Places: contains OS data © Crown copyright and database right; contains Royal Mail data © Royal Mail copyright and database right.", "Pictures by OpenMoji. Place data from Ordnance Survey and Royal Mail.", ""},
		"nav.home":                   {"Home", "Home", "home"},
		"nav.me":                     {"My profile", "About me", "profile"},
		"nav.display":                {"Display settings", "How pages look", "settings"},
		"nav.signin":                 {"Sign in", "Sign in", "signin"},
		"nav.signout":                {"Sign out", "Sign out", "signout"},
		"home.title":                 {"Find people near you who like what you like", "Find people near you who like the same things", "people"},
		"home.what":                  {"ClubTogether is for people who use a personal budget for their care and support, and for the people around them.", "This website is for people who get money for their care and support.", "about"},
		"home.people":                {"Find people nearby who share your interests, and do things together: swimming, art, walks, days out.", "Find people near you. Do things you like together.", "people"},
		"home.money":                 {"Pool your money in a buying group to buy together what costs too much alone, with every penny shown to everyone.", "Put money together with other people. Then you can buy things that cost a lot.", "money"},
		"home.easy":                  {"Every page can be read in Easy Read. Switch it on once and it stays on.", "You can read every page in Easy Read. Press the Easy Read button.", "easy-read"},
		"home.start":                 {"Sign in to start", "Sign in", "signin"},
		"home.hello":                 {"Hello, %s", "Hello %s", "person"},
		"home.signed_in":             {"You are signed in. Keep your profile up to date so we can find people and groups for you.", "You are signed in. Tell us about you. Then we can find people for you.", "success"},
		"home.finish_profile":        {"Tell us where you are and what you like, so we can find people near you.", "Tell us where you live and what you like. Then we can find people near you.", "profile"},
		"home.finish_profile_button": {"Fill in your profile", "Tell us about you", "edit"},
		"home.link_me":               {"See your profile", "See what you told us", "profile"},
		"home.link_edit":             {"Change your profile", "Change what you told us", "edit"},
		"home.link_display":          {"Change how pages look", "Change how pages look", "settings"},
		"form.error_summary":         {"There is a problem", "Something is wrong", "error"},
		"error.field_prefix":         {"Error:", "Problem:", ""},
		"error.title_prefix":         {"Error:", "Problem:", ""},
	}
}
