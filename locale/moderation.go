package locale

// moderation holds the words of the moderators' work: the log of what
// they did, hiding what was reported, withdrawing checks, and reports
// already dealt with.
func moderation() map[string]Message {
	return map[string]Message{
		"message.removed":                        {"This message was removed by a moderator.", "A moderator took this message away.", ""},
		"moderation.hide":                        {"Hide the message", "Take the message away", ""},
		"moderation.done.hidden":                 {"The message is hidden: the people in the conversation see that a moderator removed it.", "The message is gone for them.", "success"},
		"moderation.note":                        {"Note for the log (optional)", "Note (you can leave this empty)", ""},
		"error.report.handled":                   {"A moderator has already dealt with this report, so nothing was changed. The log of what moderators did says how.", "Someone already dealt with this report. Nothing changed.", ""},
		"error.report.handled.heading":           {"This report is already dealt with", "This is done already", ""},
		"error.hide.kind":                        {"Only a reported message can be hidden. Dismiss the report, or suspend the member.", "You can only take away a message.", ""},
		"moderation.log.title":                   {"What moderators have done", "What moderators did", "history"},
		"moderation.log.intro":                   {"Every moderator action, newest first. Choose a kind of action or a moderator to see only those.", "Everything moderators did. Newest is first.", "history"},
		"moderation.log.link":                    {"See what moderators have done", "See what moderators did", "history"},
		"moderation.log.filter_action":           {"Kind of action", "What they did", ""},
		"moderation.log.filter_by":               {"Moderator", "Moderator", ""},
		"moderation.log.any_action":              {"Any kind of action", "Anything", ""},
		"moderation.log.any_moderator":           {"Any moderator", "Any moderator", ""},
		"moderation.log.show":                    {"Show these", "Show", ""},
		"moderation.log.by":                      {"By %s", "By %s", ""},
		"moderation.log.after_report":            {"After a report.", "Someone told us about it.", ""},
		"moderation.log.note":                    {"Note:", "Note:", ""},
		"moderation.log.empty":                   {"Nothing to show.", "Nothing here.", ""},
		"moderation.log.pages":                   {"Pages of the log", "More pages", ""},
		"moderation.log.newer":                   {"Newer", "Newer", ""},
		"moderation.log.older":                   {"Older", "Older", ""},
		"moderation.log.back":                    {"Back to moderation", "Go back", ""},
		"moderation.log.action.dismiss":          {"Report dismissed", "Let a report go", ""},
		"moderation.log.action.hide":             {"Content hidden", "Took something away", ""},
		"moderation.log.action.suspend":          {"Member suspended", "Stopped a member", ""},
		"moderation.log.action.verify":           {"Provider checked", "Checked a service", ""},
		"moderation.log.action.unverify":         {"Provider's check withdrawn", "Took back a service check", ""},
		"moderation.log.action.mentor_approve":   {"Mentor approved", "Said yes to a mentor", ""},
		"moderation.log.action.mentor_unapprove": {"Mentor's approval withdrawn", "Took back a mentor's yes", ""},
		"moderation.log.action.recovery_approve": {"Recovery invite approved", "Said yes to a way back in", ""},
		"moderation.log.kind.person":             {"a member", "a member", ""},
		"moderation.log.kind.mentor":             {"a mentor", "a mentor", ""},
		"moderation.log.kind.message":            {"a message", "a message", ""},
		"moderation.log.kind.group":              {"a group", "a group", ""},
		"moderation.log.kind.listing":            {"a listing", "a listing", ""},
		"moderation.log.kind.provider":           {"a provider", "a service", ""},
		"moderation.log.kind.invite":             {"a recovery invite", "a way back in", ""},
	}
}
