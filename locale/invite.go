package locale

// invite holds the words of invites: a mentor's link for a new member to
// sign up with a passkey, and a way back in.
func invite() map[string]Message {
	return map[string]Message{}
}
