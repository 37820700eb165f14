// Package easyread gives providers advice on Easy Read text before they
// publish it: sentences that are too long, hard words with an easier word to
// use instead, and passive voice. It only finds things; the web layer words
// the advice through its message catalogue, so nothing here is user-facing
// English except the easier alternatives themselves.
package easyread

// AdviceKind says what kind of problem an Advice is about. It is a string so
// that the web layer can use it directly as part of a message key.
type AdviceKind string

const (
	// LongSentence is a sentence with more than MaxWords words.
	LongSentence AdviceKind = "long_sentence"
	// HardWord is a word or phrase from HardWords.
	HardWord AdviceKind = "hard_word"
	// Passive is a guess at passive voice, such as "is paid by".
	Passive AdviceKind = "passive"
)

// MaxWords is the longest an Easy Read sentence should be. Easy Read guidance
// asks for about 15 words at most, so 16 or more gets advice.
const MaxWords = 15

// Advice is one thing a provider may want to fix. It is data only: the form
// shows it using the catalogue message for its Kind.
type Advice struct {
	Kind AdviceKind
	// Sentence is which sentence it is in, counting from 1, so that the form
	// can say "sentence 3" in words people understand.
	Sentence int
	// Excerpt is the text exactly as written: the whole sentence for
	// LongSentence, the word or phrase for HardWord, and the verb phrase
	// (such as "was often used") for Passive.
	Excerpt string
	// Words is how many words the sentence has; set for LongSentence only.
	Words int
	// Hard is the list entry that matched (Excerpt may be another form of it,
	// such as "required" for "require"), and Easier is what to use instead.
	// Both are set for HardWord only.
	Hard, Easier string
}
