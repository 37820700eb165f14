package locale

// invite holds the words of invites: a mentor's link for a new member to
// sign up with a passkey, and a way back in.
func invite() map[string]Message {
	return map[string]Message{
		"invite.title":                        {"Join ClubTogether", "Join ClubTogether", "signin"},
		"invite.from":                         {"%s, a peer mentor, made this invite for you.", "%s made this invite for you.", "person"},
		"invite.passkey":                      {"You will make a passkey on this phone or computer. It is how you sign in: there is no password to remember and no email needed.", "You make a passkey on this phone. You use it to sign in. No password.", "lock"},
		"invite.once":                         {"This link works once, until %s.", "This link works one time. It works until %s.", "calendar"},
		"invite.name":                         {"Your name", "Your name", ""},
		"invite.name_hint":                    {"The name other members see. Your first name is enough.", "Other people see this name.", ""},
		"invite.join":                         {"Make my passkey and join", "Make my passkey and join", ""},
		"invite.first_passkey":                {"The passkey I joined with", "My first passkey", ""},
		"invite.signed_in_as":                 {"You are signed in as %s. An invite is for someone new: sign out first, or give the link to the person it is for.", "You are signed in as %s. This link is for someone new.", ""},
		"invite.used_sign_in":                 {"Made your passkey with it already? Sign in with your passkey", "Sign in with your passkey", ""},
		"invites.title":                       {"Invite someone new", "Invite someone new", "link"},
		"invites.intro":                       {"Make a link for one new member. They open it on their own phone or computer, choose a name and make a passkey there. It works once, for 7 days.", "Make a link for one new person. It works one time, for 7 days.", "link"},
		"invites.note":                        {"Who is it for? (only you see this)", "Who is it for?", ""},
		"invites.note_hint":                   {"For example: Sam, from the Tuesday café.", "For example: Sam.", ""},
		"invites.make":                        {"Make an invite", "Make an invite", ""},
		"invites.made":                        {"Your invite is ready. Show this QR code to the person, or send them the link. This is the only time the link is shown.", "Your invite is ready. Show the person this picture, or send the link.", "success"},
		"invites.qr_alt":                      {"QR code of the invite link", "QR code of the invite link", ""},
		"invites.link":                        {"The link:", "The link:", ""},
		"invites.valid_until":                 {"Works until %s.", "Works until %s.", ""},
		"invites.made_before":                 {"Invites you made", "Your invites", "link"},
		"invites.made_on":                     {"made on %s", "made on %s", ""},
		"invites.used_on":                     {"Used on %s.", "Used on %s.", ""},
		"invites.ran_out":                     {"Ran out without being used.", "Not used. It ran out.", ""},
		"invites.none":                        {"You have not made any invites yet.", "No invites yet.", ""},
		"error.invite.not_found":              {"This invite link is not right. It may have been copied wrongly. Ask the person who gave it to you for a new one.", "This link is not right. Ask for a new one.", "error"},
		"error.invite.expired":                {"This invite has run out: it worked for 7 days. Ask the person who gave it to you for a new one.", "This link is too old. Ask for a new one.", "error"},
		"error.invite.used":                   {"This invite has been used already. Each invite works once.", "This link was used already. It works one time.", "error"},
		"error.invite.not_approved":           {"This invite is waiting for a moderator to approve it. Try again when they have.", "A moderator must say yes first.", "error"},
		"error.invite.signed_in":              {"Someone is signed in on this device already.", "Someone is signed in here already.", "error"},
		"error.invite.no_passkeys":            {"Invites need passkeys, which this site's address cannot use.", "Invites do not work here.", "error"},
		"error.invite.not_mentor":             {"Only approved peer mentors and moderators can make invites.", "Only mentors can make invites.", "error"},
		"error.invite.note.too_long":          {"Make the note 80 characters or fewer.", "Make it shorter.", "error"},
		"error.invite.note.hidden_characters": {"The note has a hidden character in it. Please type it again.", "It has a hidden letter. Type it again.", "error"},
		"error.name.hidden_characters":        {"Your name has a hidden character in it. Please type it again.", "Your name has a hidden letter. Type it again.", "error"},
	}
}
