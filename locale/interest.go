package locale

// interests holds the names of the curated interests and their categories.
// Most names are already Easy Read; where not, the easy words differ.
func interests() map[string]Message {
	named := map[string][2]string{
		"category.sport": {"Sport and fitness", "Sport"}, "category.outdoors": {"Outdoors and nature", "Outside"},
		"category.arts": {"Arts and crafts", "Art and making things"}, "category.music": {"Music, film and theatre", "Music and shows"},
		"category.food": {"Food and drink", "Food and drink"}, "category.games": {"Games and puzzles", "Games"},
		"category.learning": {"Learning and technology", "Learning"}, "category.social": {"Social and community", "Going out and meeting people"},
		"category.wellbeing": {"Wellbeing", "Feeling good"},

		"interest.swimming": {"Swimming", "Swimming"}, "interest.gym": {"Gym and fitness", "Gym"},
		"interest.yoga": {"Yoga", "Yoga"}, "interest.football": {"Football", "Football"},
		"interest.cycling": {"Cycling", "Riding a bike"}, "interest.bowling": {"Bowling", "Bowling"},
		"interest.dancing": {"Dancing", "Dancing"}, "interest.table-tennis": {"Table tennis", "Table tennis"},
		"interest.martial-arts": {"Martial arts", "Karate and judo"}, "interest.basketball": {"Basketball", "Basketball"},
		"interest.climbing": {"Climbing", "Climbing"}, "interest.running": {"Running", "Running"},
		"interest.walking": {"Walking and rambling", "Walking"}, "interest.gardening": {"Gardening", "Gardening"},
		"interest.fishing": {"Fishing", "Fishing"}, "interest.birdwatching": {"Birdwatching", "Watching birds"},
		"interest.nature": {"Nature and parks", "Parks and nature"}, "interest.camping": {"Camping", "Camping"},
		"interest.dogs": {"Dog walking", "Walking dogs"}, "interest.art": {"Art and painting", "Painting"},
		"interest.photography": {"Photography", "Taking photos"}, "interest.knitting": {"Knitting and crochet", "Knitting"},
		"interest.pottery": {"Pottery", "Making pots"}, "interest.sewing": {"Sewing", "Sewing"},
		"interest.crafts": {"Crafts", "Making things"}, "interest.woodwork": {"Woodwork", "Making things with wood"},
		"interest.music": {"Music", "Music"}, "interest.singing": {"Singing and choirs", "Singing"},
		"interest.drumming": {"Drumming", "Drums"}, "interest.guitar": {"Guitar", "Guitar"},
		"interest.theatre": {"Theatre and drama", "Acting and plays"}, "interest.films": {"Films and cinema", "Films"},
		"interest.karaoke": {"Karaoke", "Karaoke"}, "interest.discos": {"Discos and clubs", "Discos"},
		"interest.cooking": {"Cooking", "Cooking"}, "interest.baking": {"Baking", "Baking cakes"},
		"interest.eating-out": {"Eating out", "Eating out"}, "interest.coffee-mornings": {"Coffee mornings", "Coffee and a chat"},
		"interest.board-games": {"Board games", "Board games"}, "interest.card-games": {"Card games", "Cards"},
		"interest.video-games": {"Video games", "Computer games"}, "interest.quizzes": {"Quizzes", "Quizzes"},
		"interest.chess": {"Chess", "Chess"}, "interest.jigsaws": {"Jigsaw puzzles", "Jigsaws"},
		"interest.bingo": {"Bingo", "Bingo"}, "interest.reading": {"Reading and book clubs", "Reading"},
		"interest.computers": {"Computers and the internet", "Computers"}, "interest.languages": {"Learning languages", "Other languages"},
		"interest.history": {"History and museums", "History"}, "interest.science": {"Science", "Science"},
		"interest.writing": {"Writing and poetry", "Writing"}, "interest.sign-language": {"Sign language (BSL)", "Sign language"},
		"interest.volunteering": {"Volunteering", "Helping others"}, "interest.faith": {"Faith groups", "Church, mosque and temple"},
		"interest.social-nights": {"Social nights and pubs", "Nights out"}, "interest.shopping": {"Shopping trips", "Shopping"},
		"interest.day-trips": {"Day trips", "Days out"}, "interest.animals": {"Animals and farms", "Animals"},
		"interest.watching-sport": {"Watching sport", "Watching sport"}, "interest.holidays": {"Holidays", "Holidays"},
		"interest.massage": {"Massage and relaxation", "Massage"}, "interest.meditation": {"Meditation and mindfulness", "Calm time"},
		"interest.hair-and-beauty": {"Hair and beauty", "Hair and nails"},
	}
	out := make(map[string]Message, len(named))
	for key, words := range named {
		out[key] = Message{Plain: words[0], Easy: words[1]}
	}
	return out
}

// access holds the names of access needs.
func access() map[string]Message {
	return map[string]Message{
		"access.step-free":         {"Step-free access", "No steps", "step-free"},
		"access.quiet":             {"A quiet place", "A quiet place", "quiet"},
		"access.bsl":               {"British Sign Language", "Sign language", "bsl"},
		"access.carer":             {"A carer comes along", "My carer comes with me", "carer"},
		"access.easy-read":         {"Easy Read information", "Easy Read", "easy-read"},
		"access.hearing-loop":      {"A hearing loop", "Hearing loop", "hearing-loop"},
		"access.accessible-toilet": {"An accessible toilet", "A toilet I can use", "accessible-toilet"},
		"access.changing-places":   {"A Changing Places toilet", "A Changing Places toilet", "changing-places"},
		"access.large-print":       {"Large print", "Big writing", "large-print"},
	}
}

// week holds the names of days, parts of days and each free time.
func week() map[string]Message {
	days := [][3]string{
		{"mon", "Monday", "Monday"}, {"tue", "Tuesday", "Tuesday"}, {"wed", "Wednesday", "Wednesday"},
		{"thu", "Thursday", "Thursday"}, {"fri", "Friday", "Friday"}, {"sat", "Saturday", "Saturday"},
		{"sun", "Sunday", "Sunday"},
	}
	slots := [][3]string{{"morning", "Morning", "Morning"}, {"afternoon", "Afternoon", "Afternoon"}, {"evening", "Evening", "Evening"}}
	out := make(map[string]Message)
	for _, d := range days {
		out["day."+d[0]] = Message{Plain: d[1], Easy: d[2], Picto: "calendar"}
		for _, s := range slots {
			out["time."+d[0]+"-"+s[0]] = Message{Plain: d[1] + " " + lower(s[1]), Easy: d[2] + " " + lower(s[2]), Picto: "time"}
		}
	}
	for _, s := range slots {
		out["slot."+s[0]] = Message{Plain: s[1], Easy: s[2], Picto: "time"}
	}
	return out
}

func lower(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]+('a'-'A')) + s[1:]
}
