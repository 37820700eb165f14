package locale

// display holds the words of the display settings.
func display() map[string]Message {
	return map[string]Message{
		"display.motion":           {"Movement", "Movement", "settings"},
		"display.motion_hint":      {"Less movement stops things on the page from sliding or moving when you use them.", "Less movement stops things moving on the page.", ""},
		"display.motion.full":      {"Normal movement", "Normal", ""},
		"display.motion.less":      {"Less movement", "Less movement", ""},
		"first_visit.question":     {"Would you like this site easier to use?", "Make this website easier to use?", "settings"},
		"first_visit.easy_read":    {"Easy Read", "Easy Read", "easy-read"},
		"first_visit.text_size":    {"Bigger text", "Bigger words", "text-size"},
		"first_visit.contrast":     {"More contrast", "Stronger colours", "contrast"},
		"first_visit.motion":       {"Less movement", "Less movement", "settings"},
		"first_visit.none":         {"No thanks, it is fine", "No thanks", ""},
		"display.title":            {"Display settings", "How pages look", "settings"},
		"display.intro":            {"Choose how every page looks. We remember your choice on this device, and on your profile when you are signed in.", "Choose how pages look. We will remember.", "settings"},
		"display.saved":            {"Your display settings have been saved.", "We saved how pages look.", "success"},
		"display.easy_read":        {"Easy Read", "Easy Read", "easy-read"},
		"display.easy_read_hint":   {"Short sentences, simple words and a picture beside each idea.", "Short sentences. Easy words. Pictures.", ""},
		"display.easy_read_on":     {"Easy Read on", "Easy Read on", ""},
		"display.easy_read_off":    {"Easy Read off", "Easy Read off", ""},
		"display.text_size":        {"Text size", "Size of the words", "text-size"},
		"display.text_size.normal": {"Normal", "Normal", ""},
		"display.text_size.large":  {"Large", "Big", ""},
		"display.text_size.larger": {"Larger", "Very big", ""},
		"display.contrast":         {"Colours", "Colours", "contrast"},
		"display.contrast.normal":  {"Normal colours", "Normal colours", ""},
		"display.contrast.high":    {"High contrast (black and yellow)", "Black and yellow", ""},
		"display.save":             {"Save display settings", "Save", "success"},
		"display.toggle.on":        {"Easy Read", "Easy Read", "easy-read"},
		"display.toggle.off":       {"Turn off Easy Read", "Turn off Easy Read", "easy-read"},
		"error.display.easy_read":  {"Choose Easy Read on or off", "Pick on or off", ""},
	}
}
