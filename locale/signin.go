package locale

// signin holds the words of signing in and the demo.
func signin() map[string]Message {
	return map[string]Message{
		"signin.signed_out_everywhere": {"You are signed out on every device. Anyone who had one of your sign-ins can no longer use it.", "You are signed out on every phone and computer.", "signout"},
		"me.sessions":                  {"Where you are signed in", "Signing out", "signout"},
		"me.sign_out_everywhere_intro": {"If you signed in on a shared or lost computer or phone, sign out everywhere: every sign-in ends at once, this one too.", "Lost your phone? Sign out on every phone and computer.", "signout"},
		"me.sign_out_everywhere":       {"Sign out everywhere", "Sign out everywhere", ""},
		"signin.title":                 {"Sign in", "Sign in", "signin"},
		"signin.intro":                 {"Sign in with an account you already have. There is no new password to remember.", "Use an account you already have. You do not need a new password.", "signin"},
		"signin.with":                  {"Sign in with %s", "Sign in with %s", "signin"},
		"signin.none":                  {"No sign-in services are set up on this site yet.", "You cannot sign in here yet.", ""},
		"signin.demo":                  {"This is a demonstration site. You can sign in as one of the made-up members.", "This is a test website. You can be a pretend person.", "demo"},
		"signin.demo_link":             {"Choose a demo member", "Pick a pretend person", "demo"},
		"demo.title":                   {"Sign in as a demo member", "Pick a pretend person", "demo"},
		"demo.intro":                   {"These members are made up, so you can try the site. Choose one to sign in as them.", "These people are not real. Pick one to try the website.", "demo"},
		"demo.signin_as":               {"Sign in as %s", "Be %s", "signin"},
		"demo.easy_read":               {"reads Easy Read", "uses Easy Read", ""},
		"demo.town.oxford":             {"Oxford", "Oxford", "place"},
		"demo.town.knowsley":           {"Knowsley", "Knowsley", "place"},
		"demo.town.other":              {"Other places", "Other places", "place"},
		"error.signin.state":           {"Signing in did not work because the request had expired or did not come from this site. Please try again.", "Signing in did not work. Please try again.", "error"},
		"error.signin.failed":          {"Signing in did not work. The sign-in service did not answer as expected. Please try again.", "Signing in did not work. Please try again.", "error"},
		"error.signin.heading":         {"Signing in did not work", "Signing in did not work", "error"},
	}
}
