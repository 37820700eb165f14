package locale

// Term is a word the site cannot do without on some pages, though it is
// hard for some readers: the glossary explains it, and every Easy Read
// page that uses it links to the explanation.
type Term struct {
	// Slug is the word in lower case and its anchor on /glossary.
	Slug string
	// Forms are the ways the word appears in the site's own text, lower
	// case: the word and its plurals and verb forms.
	Forms []string
	// Easier is a few easier words that say the same.
	Easier string
	// Key names the term's catalogue messages: glossary.<key>.word and
	// glossary.<key>.means.
	Key string
}

// Glossary lists the hard words the site uses, in the order the glossary
// page shows them. It is a function, not a variable, so no caller can
// change it for everyone.
func Glossary() []Term {
	return []Term{
		{"pot", []string{"pot"}, "the group's money", "pot"}, // not "pots": the site says it only of making pots
		{"treasurer", []string{"treasurer", "treasurers"}, "the person who looks after the money", "treasurer"},
		{"refund", []string{"refund", "refunds", "refunded"}, "money paid back", "refund"},
		{"pledge", []string{"pledge", "pledges", "pledged"}, "money you promise to put in", "pledge"},
		{"proposal", []string{"proposal", "proposals"}, "an idea the group votes on", "proposal"},
		{"organiser", []string{"organiser", "organisers"}, "the person who runs the group", "organiser"},
		{"statement", []string{"statement", "statements"}, "a list of the money in and out", "statement"},
	}
}

func glossary() map[string]Message {
	return map[string]Message{
		"glossary.title":           {"What the words mean", "What the words mean", "learning"},
		"glossary.intro":           {"Some words about money and groups cannot be avoided. This is what they mean here.", "Some words are hard. This page says what they mean.", "learning"},
		"glossary.on_this_page":    {"Words on this page explained:", "Hard words on this page:", "learning"},
		"glossary.easier":          {"In easier words: %s.", "It means %s.", ""},
		"glossary.pot.word":        {"Pot", "Pot", "money"},
		"glossary.pot.means":       {"The money a buying group has put together. Everyone in the group can see what goes in and what is spent.", "The pot is the group's money. Everyone can see it.", "money"},
		"glossary.treasurer.word":  {"Treasurer", "Treasurer", "person"},
		"glossary.treasurer.means": {"The member who looks after a group's money: they check payments in, pay for what the group agreed, and pay back people who leave.", "The treasurer looks after the group's money.", "person"},
		"glossary.refund.word":     {"Refund", "Refund", "money"},
		"glossary.refund.means":    {"Money paid back to a member, for example when they leave a group before their money is spent.", "A refund is money you get back.", "money"},
		"glossary.pledge.word":     {"Pledge", "Pledge", "heart"},
		"glossary.pledge.means":    {"The money a member promises to put into the pot, in one go or a bit at a time.", "A pledge is money you promise to put in.", "heart"},
		"glossary.proposal.word":   {"Proposal", "Proposal", "people"},
		"glossary.proposal.means":  {"An idea put to the group's vote, like buying something or changing the rules. It happens only if enough members say yes.", "A proposal is an idea. The group votes yes or no.", "people"},
		"glossary.organiser.word":  {"Organiser", "Organiser", "person"},
		"glossary.organiser.means": {"The member who started a group or runs it now. They let people in and can hand the role to someone else.", "The organiser runs the group.", "person"},
		"glossary.statement.word":  {"Statement", "Statement", "reading"},
		"glossary.statement.means": {"A list of all the money a group has had in and paid out, with the dates.", "A statement is a list of money in and out.", "reading"},
	}
}
