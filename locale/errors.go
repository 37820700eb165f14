package locale

// errorMessages holds the words of the error pages.
func errorMessages() map[string]Message {
	return map[string]Message{
		"error.unavailable.heading":        {"We can't save right now", "We cannot save now", "error"},
		"error.unavailable":                {"Nothing was saved. Please try again in a minute.", "Nothing was saved. Please try again in a minute.", "time"},
		"error.unavailable.partly.heading": {"We could not save all of it", "We could not save all of it", "error"},
		"error.unavailable.partly":         {"Part of this was saved, but not all. Please try again in a minute: trying again finishes it, and does not do it twice.", "Only part of this was saved. Please try again in a minute. It will not happen twice.", "time"},
		"error.unavailable.unsure.heading": {"We can't be sure this was saved", "This may not be saved", "error"},
		"error.unavailable.unsure":         {"Our database could not say whether it saved this. Please try again in a minute: trying again saves it if it was not saved, and does not do it twice.", "Please try again in a minute. It will not happen twice.", "time"},
		"error.busy.heading":               {"The site is very busy", "The site is too busy now", "error"},
		"error.busy":                       {"So many people are using it that we could not start on this. Nothing was saved. Please try again in a moment.", "Nothing was saved. Please try again in a moment.", "time"},
		"error.unavailable.read.heading":   {"We can't show this right now", "We cannot show this now", "error"},
		"error.unavailable.read":           {"Our database is not answering. Please try again in a minute.", "This is not working now. Please try again in a minute.", "time"},
		"error.text.hidden_character":      {"This has a hidden character that can change how text looks to others (%s). Please take it out, or type the words again without copying them.", "There is a hidden sign in this: %s. Please type it again.", "error"},
		"error.tags.hidden_character":      {"One of these has a hidden character that can change how text looks to others. Please type it again without copying it.", "One of these has a hidden sign. Please type it again.", "error"},
		"error.invalid":                    {"Some of what you entered needs changing", "Something you wrote needs changing", "error"},
		"error.not_found.heading":          {"Page not found", "We cannot find this page", "error"},
		"error.not_found":                  {"If you typed the web address, check it is correct. If you followed a link, the page may have moved or been hidden.", "Check the web address. Or go back to the home page.", "help"},
		"error.forbidden.heading":          {"You cannot do that", "You cannot do that", "lock"},
		"error.forbidden":                  {"You do not have permission to do that. If you think you should, ask the group's organiser or a moderator.", "You are not allowed to do this. Ask for help if you need it.", "lock"},
		"error.csrf":                       {"This form had expired or came from another site, so nothing was saved. Go back, reload the page and try again.", "This did not work. Nothing was saved. Go back and try again.", "error"},
		"error.conflict.heading":           {"Something changed at the same time", "Something changed at the same time", "error"},
		"error.conflict":                   {"Someone else changed this at the same time. Reload the page and try again.", "Someone changed this at the same time. Try again.", "error"},
		"error.internal.heading":           {"Sorry, something went wrong", "Sorry, something went wrong", "error"},
		"error.internal":                   {"It is not your fault. Nothing you typed was lost by us. Please try again in a few minutes.", "It is not your fault. Please try again later.", "help"},
		"error.bad_request.heading":        {"We could not understand that", "Something went wrong", "error"},
		"error.bad_request":                {"The request was not in a form we understand. Go back and try again.", "Go back and try again.", "help"},
		"error.form.key":                   {"This form was out of date, so nothing was saved. Go back, reload the page and try again.", "Nothing was saved. Go back and try again.", "error"},
		"error.acting.no_permission":       {"You can only do this for yourself.", "You can only do this for yourself.", "lock"},
		"error.too_large.heading":          {"That is too long", "That is too long", "error"},
		"error.too_large":                  {"What you sent is far longer than any form here takes, so none of it was saved. A message can be up to 2,000 characters. Go back, make it shorter, and send it again.", "You wrote too much. Nothing was saved. Please write less.", "error"},
		"error.back_to_group":              {"Go back to the group", "Go back to the group", "group"},
		"error.go_home":                    {"Go to the home page", "Go to the home page", "home"},
	}
}
