package locale

// treasurer holds the words of handing the group's money to a new
// treasurer.
func treasurer() map[string]Message {
	return map[string]Message{
		"treasurer.title":                   {"Hand over the money", "Give the money job to someone", "money"},
		"treasurer.heading":                 {"Who looks after the money of %s", "Who looks after the money of %s", "money"},
		"treasurer.intro":                   {"The treasurer's role moves only when both the treasurer and the new treasurer confirm what the pot holds and where the money is kept.", "Two people must say yes. They check how much money there is.", "money"},
		"treasurer.now":                     {"Treasurer now", "Looks after the money now", ""},
		"treasurer.pot":                     {"The pot holds", "Money the group has", "money"},
		"treasurer.kept_at":                 {"Where the money is kept", "Where the money is kept", "lock"},
		"treasurer.kept_at_unsaid":          {"The group has not said", "The group has not said", ""},
		"treasurer.who":                     {"Who will be treasurer", "Who will look after the money", ""},
		"treasurer.offer_confirm":           {"I confirm the pot holds %s, kept where it says above.", "I say the group has %s.", "success"},
		"treasurer.offer":                   {"Ask them to take over", "Ask them", ""},
		"treasurer.offer_again":             {"Ask again", "Ask again", ""},
		"treasurer.waiting_for":             {"You asked %s to take over. The role stays yours until they confirm the same figures.", "You asked %s. You keep the job until they say yes.", "time"},
		"treasurer.asked_you":               {"%s asks you to take over as treasurer. They confirmed the pot holds %s.", "%s asks you to look after the money. They say the group has %s.", "money"},
		"treasurer.take_confirm":            {"I confirm the pot holds %s, kept where it says above, and I will look after it.", "I say the group has %s. I will look after it.", "success"},
		"treasurer.take":                    {"Take over the money", "Say yes", ""},
		"treasurer.not_now":                 {"Not now", "Not now", ""},
		"treasurer.no_one":                  {"There is no other member who votes to hand the money to yet.", "There is no one to give the job to yet.", "person"},
		"treasurer.handing":                 {"%s has asked %s to take over as treasurer.", "%s asked %s to look after the money.", "money"},
		"group.leave.hand_over_money":       {"Hand over the money", "Give the money job to someone", ""},
		"group.done.treasurer":              {"You are now the treasurer. The timeline records the handover.", "You look after the money now.", "success"},
		"home.task.take_treasurer":          {"%s asks you to take over the money of %s", "%s asks you to look after the money of %s", ""},
		"timeline.treasurer_handed":         {"%s handed the money to %s: %s, kept at %s. Both confirmed.", "%s gave the money job to %s. The group had %s. It is kept at %s.", ""},
		"timeline.treasurer_handed_unsaid":  {"%s handed the money to %s: %s. Both confirmed.", "%s gave the money job to %s. The group had %s.", ""},
		"error.treasurer.confirm":           {"Tick to confirm the pot holds %s before you hand the money over.", "Tick the box to say the group has %s.", ""},
		"error.treasurer.pot_changed":       {"The pot changed while you were looking: it held %s and now holds %s. Check the new figure and confirm again.", "The money changed. It is now %[2]s. Please check again.", ""},
		"error.treasurer.changed":           {"The money changed since the treasurer confirmed %s: it is now %s. Ask them to confirm again before you take over.", "The money changed. Ask them to check again.", ""},
		"error.treasurer.not_asked":         {"Nobody has asked you to take over the money of this group.", "Nobody asked you to look after the money.", ""},
		"error.treasurer.not_asked.heading": {"You were not asked", "You were not asked", ""},
		"error.treasurer.both_confirm":      {"The money is handed over on its own page, where you and the new treasurer both confirm what the pot holds.", "Use the money page. You both check the money.", ""},
	}
}
