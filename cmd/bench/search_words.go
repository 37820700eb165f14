package main

// Word lists for the synthetic search data. Titles and texts are built from
// them so that words recur as they do on a real site: many listings share
// "friendly" or "sessions", and what tells one apart is the combination.
// Adjectives and nouns avoid the interest names and their stems ("relaxed"
// would meet "relaxation", "walks" the walking synonyms), so a query word
// matches what the generator meant it to. Every adjective has at least five
// letters, so each query has a word long enough to misspell.

func benchAdjectives() []string {
	return []string{
		"friendly", "gentle", "beginners", "weekly", "evening", "sunday", "saturday", "lively",
		"quiet", "inclusive", "supported", "accessible", "cheerful", "patient", "welcoming",
		"steady", "easygoing", "informal", "community", "local", "outdoor", "indoor", "family",
		"adult", "small", "mixed", "budget", "affordable", "popular", "sunny", "happy",
		"peaceful", "bright", "simple", "improvers", "advanced", "starter", "afternoon",
		"midweek", "regular", "casual", "shared", "chatty", "active", "brisk", "golden",
		"vintage", "classic", "creative", "playful", "lunchtime", "seasonal", "monthly", "daytime",
	}
}

func benchNouns() []string {
	return []string{
		"sessions", "classes", "lessons", "course", "workshop", "meetup", "practice", "training",
		"coaching", "outings", "league", "studio", "corner", "lounge", "hours", "swapshop",
		"masterclass", "bootcamp", "retreat", "gathering", "parties", "clinic", "tournament",
		"festival", "showcase", "programme", "challenge", "fixtures", "matches", "rides", "jams",
		"series", "circuit",
	}
}

func benchPlaces() []string {
	return []string{
		"park", "library", "leisure centre", "community centre", "church hall", "village hall",
		"town hall", "riverside", "high street", "market square", "school", "college", "canal path",
		"common", "green", "pavilion", "sports ground", "youth centre", "arts centre", "cafe",
		"allotments", "beach", "harbour", "station", "precinct", "baths",
	}
}

func benchGroupNouns() []string {
	return []string{"club", "circle", "friends", "group", "crew", "society", "network", "collective", "team"}
}

func benchOrgWords() []string {
	return []string{"Trust", "Centre", "Company", "Collective", "Services", "CIC", "Coaching", "Academy", "Partnership"}
}

func benchFirstNames() []string {
	return []string{
		"Aisha", "Ben", "Chloe", "Dev", "Eilidh", "Fatima", "George", "Hannah", "Imran", "Jade",
		"Kwame", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Qasim", "Rhys", "Sophie", "Tomasz",
		"Uma", "Vikram", "Wendy", "Xavier", "Yusuf", "Zara", "Alfie", "Bethan", "Callum", "Deepa",
		"Ellie", "Finn", "Grace", "Harry", "Isla", "Jack", "Kiran", "Lily", "Mia", "Noah",
		"Olga", "Poppy", "Ravi", "Sam", "Tariq", "Ursula", "Vera", "Will", "Yasmin", "Zoe",
	}
}

func benchAudiences() []string {
	return []string{
		"people with learning disabilities", "carers", "older people", "young adults", "everyone",
		"families", "newcomers", "wheelchair users", "autistic adults", "people who are new to the area",
	}
}

func benchDays() []string {
	return []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
}
