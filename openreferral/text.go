package openreferral

import (
	"strings"
	"unicode/utf8"
)

// easyWords is the most words an Easy Read sentence should have.
const easyWords = 15

// easySummary makes a stand-in Easy Read text from a description: its
// first sentence, cut to 15 words. Feeds have no Easy Read text, and ours
// is required; this placeholder is no real Easy Read, so the provider
// should rewrite it before a moderator verifies the import (the provider
// page's Easy Read check will point out what to change).
func easySummary(description string) string {
	sentence := description
	for i, r := range description {
		if r == '\n' || ((r == '.' || r == '!' || r == '?') &&
			(i+1 == len(description) || description[i+1] == ' ' || description[i+1] == '\n')) {
			sentence = description[:i+utf8.RuneLen(r)]
			break
		}
	}
	words := strings.Fields(sentence)
	if len(words) > easyWords {
		return strings.Join(words[:easyWords], " ") + " …"
	}
	return strings.Join(words, " ")
}

// clip shortens text to at most max characters, at a space when it can,
// marking the cut with "…". Long descriptions are kept in part rather
// than refused, as a feed's author cannot shorten them for us.
func clip(text string, max int) string {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	runes := []rune(text)[:max-1]
	cut := string(runes)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
