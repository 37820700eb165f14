package locale

// deleting holds the words of the page where a member deletes their
// account.
func deleting() map[string]Message {
	return map[string]Message{
		"delete.title":                   {"Delete your account", "Delete your account", "error"},
		"delete.first":                   {"Before you can delete your account, do these first.", "First you need to do these things.", "lock"},
		"delete.blocked.role":            {"You look after %s. Hand that over to another member first.", "You look after %s. Give this job to someone else first.", "lock"},
		"delete.blocked.role_link":       {"Hand it over", "Give the job to someone", ""},
		"delete.blocked.winding_up":      {"%s is closing. Wait until it has closed.", "%s is closing. Wait until it is closed.", "lock"},
		"delete.blocked.winding_up_link": {"See the closing", "See the closing", ""},
		"delete.blocked.provider":        {"You manage %s. Ask a moderator to hand it to someone else first.", "You look after %s. Ask a moderator to give it to someone else.", "lock"},
		"delete.blocked.provider_link":   {"See the provider", "See the provider", ""},
		"delete.removes":                 {"Deleting removes your profile, the words of your messages, your sign-in links and your passkeys.", "We take away your profile, your messages and how you sign in.", "error"},
		"delete.messages":                {"The people you wrote to will read \"message removed\" instead.", "People you wrote to will see \"message removed\".", "mail"},
		"delete.leaves":                  {"You leave %s.", "You leave %s.", "group"},
		"delete.refund":                  {"%s is owed back to you. The treasurer keeps your name until they pay it.", "The group owes you %s. They keep your name until they pay you.", ""},
		"delete.moved":                   {"%s of yours stays in the pot, as the group's rules say.", "%s stays with the group. That is the group's rule.", ""},
		"delete.owes":                    {"You owe the group %s: it stays in the group's accounts as a former member's.", "You owe the group %s. The group still sees this.", ""},
		"delete.closed_group":            {"%s has closed: its accounts keep your payments, without your name.", "%s is closed. It keeps your payments without your name.", "group"},
		"delete.past_group":              {"%s keeps your payments in its accounts, without your name.", "%s keeps your payments without your name.", "group"},
		"delete.refund_waiting":          {"Money is still owed back to you: the treasurer keeps your name until they pay it.", "The group still owes you money. They keep your name until they pay.", ""},
		"delete.ledger":                  {"Every group's accounts keep their amounts, so they still add up, but not your name. Your open votes and proposals are withdrawn.", "The money records stay, without your name.", "money"},
		"delete.export_first":            {"Download your data first, if you want to keep it", "Get a copy of your data first", ""},
		"delete.confirm":                 {"I understand that deleting my account cannot be undone", "I know I cannot get my account back", ""},
		"delete.button":                  {"Delete my account", "Delete my account", ""},
		"delete.keep":                    {"Keep my account", "Keep my account", ""},
		"delete.done":                    {"Your account is deleted. Thank you for being part of ClubTogether.", "Your account is gone. Thank you.", "success"},
		"error.delete.confirm":           {"Tick the box to say you understand that deleting cannot be undone.", "Tick the box if you are sure.", ""},
		"error.delete.blocked":           {"Your account cannot be deleted yet: do the things listed first. Nothing was deleted.", "We did not delete anything. Do these things first.", ""},
		"me.task_delete":                 {"Delete your account", "Delete your account", "error"},
		"messages.removed":               {"Message removed", "Message removed", "error"},
		"messages.gone":                  {"This person deleted their account. You can read what you wrote, but not write to them.", "This person left the site. You cannot write to them.", "person"},
	}
}
