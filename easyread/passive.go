package easyread

import "strings"

// passives guesses where s uses passive voice: a form of "be", then maybe
// one adverb ("is often used"), then a past participle. It is a heuristic
// with no grammar behind it, which is why the form shows it as advice only.
func passives(s sentence) []span {
	var out []span
	ws := s.words
	for i, w := range ws {
		if !isBe(w.lower) || i+1 >= len(ws) {
			continue
		}
		next := ws[i+1].lower
		switch {
		case isParticiple(next):
			out = append(out, span{w.start, ws[i+1].end})
		case isAdverb(next) && i+2 < len(ws) && isParticiple(ws[i+2].lower):
			out = append(out, span{w.start, ws[i+2].end})
		}
	}
	return out
}

func isBe(w string) bool {
	switch w {
	case "am", "is", "are", "was", "were", "be", "been", "being",
		"isn't", "aren't", "wasn't", "weren't":
		return true
	}
	// "'s" is left out because "he's taken it" means "he has".
	return strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "'m")
}

// isAdverb knows a few adverbs by name and guesses the rest from "-ly";
// a wrong guess only matters if a participle follows it too.
func isAdverb(w string) bool {
	switch w {
	case "not", "never", "often", "always", "also", "still", "already",
		"just", "now", "sometimes", "all", "even", "soon", "then":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ly")
}

// isParticiple accepts regular "-ed" words and a list of irregular ones.
// Words ending "-en" are listed rather than matched by ending, because after
// "be" they are mostly adjectives or nouns: "open", "green", "children".
func isParticiple(w string) bool {
	switch w {
	case "given", "taken", "made", "done", "seen", "paid", "held", "run",
		"shown", "sent", "told", "kept", "brought", "bought", "written",
		"chosen", "known", "left", "met", "put", "set", "built", "found",
		"got", "gotten", "heard", "led", "lost", "meant", "read", "said",
		"sold", "spent", "taught", "thought", "understood", "won",
		"broken", "driven", "eaten", "fed", "forgotten", "hidden", "spoken",
		"stolen", "thrown", "drawn", "grown", "cut", "hurt", "let", "shut":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && !notParticiple(w)
}

// notParticiple lists "-ed" words that, after "be", describe how someone is
// rather than something done to them ("I am interested", "we are closed"),
// plus a few "-ed" words that are not verbs at all. Flagging these would
// teach providers to ignore the advice.
func notParticiple(w string) bool {
	switch w {
	case "interested", "tired", "bored", "excited", "worried", "based",
		"pleased", "scared", "frightened", "married", "qualified",
		"experienced", "disabled", "retired", "unemployed", "closed",
		"limited", "allowed", "supposed", "concerned", "confused",
		"surprised", "delighted", "satisfied", "relaxed", "stressed",
		"annoyed", "ashamed", "embarrassed", "involved", "prepared",
		"need", "speed", "indeed", "seed", "feed", "weed", "greed", "breed",
		"deed", "shed", "hundred", "sacred", "naked", "wicked":
		return true
	}
	return false
}
