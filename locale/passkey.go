package locale

// passkey holds the words of passkeys: signing in with a phone or computer
// instead of a password.
func passkey() map[string]Message {
	return map[string]Message{
		"signin.passkey_intro":                 {"Sign in with a passkey: your phone or computer checks it is you, with your fingerprint, face or PIN.", "Use your phone or computer to sign in. It checks your finger, face or number.", "lock"},
		"signin.passkey":                       {"Sign in with a passkey", "Sign in with a passkey", ""},
		"me.passkeys":                          {"Passkeys", "Passkeys", "lock"},
		"me.passkeys_link":                     {"See, add or remove your passkeys", "Your passkeys", ""},
		"passkeys.title":                       {"Your passkeys", "Your passkeys", "lock"},
		"passkeys.intro":                       {"A passkey lets you sign in with this phone or computer: it checks it is you with your fingerprint, face or PIN. You can have one on each device you use.", "A passkey lets you sign in with your phone. Your phone checks it is you.", "lock"},
		"passkeys.none":                        {"You have no passkeys yet.", "You have no passkeys yet.", "lock"},
		"passkeys.made_on":                     {"made on %s", "made on %s", ""},
		"passkeys.used_on":                     {"last used on %s", "last used on %s", ""},
		"passkeys.remove":                      {"Remove %s", "Remove %s", ""},
		"passkeys.add_heading":                 {"Add a passkey on this device", "Add a passkey", "lock"},
		"passkeys.name":                        {"A name for it", "A name for it", ""},
		"passkeys.name_hint":                   {"So you know which it is later, for example My phone.", "For example: My phone.", ""},
		"passkeys.add":                         {"Make a passkey", "Make a passkey", ""},
		"passkeys.added":                       {"Your passkey is saved. Next time, sign in with it.", "Your passkey is saved.", "success"},
		"passkeys.removed":                     {"That passkey is removed. It can no longer sign you in.", "That passkey is gone.", "success"},
		"passkeys.needs_script":                {"Passkeys need JavaScript, which is turned off in this browser.", "Passkeys need JavaScript. It is off.", ""},
		"passkeys.off":                         {"Passkeys are not available at this site's address.", "You cannot use passkeys here.", "error"},
		"passkeys.back":                        {"Back to your profile", "Back to your page", "profile"},
		"error.passkey.heading":                {"The passkey did not work", "The passkey did not work", "error"},
		"error.passkey.cancelled":              {"Your device did not give a passkey. You may have pressed Cancel, or waited too long. Please try again.", "Your phone did not give a passkey. Please try again.", "error"},
		"error.passkey.no_script":              {"Passkeys need JavaScript, which did not run on this page. Turn it on, or use another way to sign in.", "Passkeys need JavaScript. Please turn it on.", "error"},
		"error.passkey.stale":                  {"That took too long, or the page was old. Please start again.", "That took too long. Please start again.", "error"},
		"error.passkey.refused":                {"That passkey is not one for this site, or it did not prove it is yours. Nothing was changed. Please try again.", "That passkey did not work here. Nothing changed.", "error"},
		"error.passkey.taken":                  {"That passkey belongs to another member. Nothing was changed.", "That passkey is someone else's.", "error"},
		"error.passkey.not_found":              {"We could not find that passkey.", "We could not find that passkey.", "error"},
		"error.passkey.last":                   {"This is your only way to sign in, so it stays. Add another passkey first, then remove this one.", "This is your only way in. Add another passkey first.", "error"},
		"error.passkey.while_helping":          {"Only the member can add or remove their own passkeys, not someone helping them.", "Only the member can change their passkeys.", "error"},
		"error.passkey.name.missing":           {"Give the passkey a name, for example My phone.", "Give it a name, like My phone.", "error"},
		"error.passkey.name.too_long":          {"Make the name %s characters or fewer.", "Make the name shorter.", "error"},
		"error.passkey.name.hidden_characters": {"The name has a hidden character in it. Please type it again.", "The name has a hidden letter. Type it again.", "error"},
		"error.passkey.too_many":               {"You have %s passkeys, the most you can have. Remove one first.", "You have too many passkeys. Remove one first.", "error"},
	}
}
