package locale

// export holds the words of the page that gives a member everything the
// site holds about them.
func export() map[string]Message {
	return map[string]Message{
		"export.title":   {"Your data", "Your data", "profile"},
		"export.intro":   {"You can download everything this site holds about you, to keep or to take to another site.", "You can get a copy of what we know about you.", "profile"},
		"export.holds":   {"It holds your profile, the people you marked, your messages, your groups with your payments and shares, the permissions you gave or hold, and what a mentor did for you.", "It has your profile, your messages, your groups and your money.", "people"},
		"export.private": {"It is only for you. Nobody else can download it, not even a mentor who helps you.", "Only you can get it. Not even your mentor.", "lock"},
		"export.json":    {"Download it as JSON, for a computer", "Get it for a computer (JSON)", "computers"},
		"export.csv":     {"Download it as CSV, for a spreadsheet", "Get it for a spreadsheet (CSV)", "reading"},
		"me.task_export": {"Download your data", "Get a copy of your data", "profile"},
		"me.export_link": {"Download everything the site holds about you", "Get a copy of your data", ""},
	}
}
