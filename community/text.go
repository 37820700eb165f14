package community

import (
	"fmt"
	"strings"
	"unicode"
)

// Text that people write is shown to other people, so it may not carry a
// character that hides, reorders or controls the text around it: a
// right-to-left override can make "gpj.exe" read "exe.jpg" and a name
// pretend to be someone else's; a NUL or another control character shows
// as nothing, or breaks what reads the text after it. Such a character is
// refused with a message naming it, so the person can find it and take it
// out; nothing is quietly removed.

// hiddenCharacter returns the first character of s that hides, reorders or
// controls text, and whether there is one. In one line of text (a name, a
// title) line breaks, tabs and zero-width characters count too; in free
// text they are allowed, since paragraphs need line breaks and zero-width
// joiners make up emoji and letters in some scripts.
func hiddenCharacter(s string, oneLine bool) (rune, bool) {
	for _, r := range s {
		if hides(r, oneLine) {
			return r, true
		}
	}
	return 0, false
}

func hides(r rune, oneLine bool) bool {
	switch {
	case r == '\n' || r == '\r' || r == '\t':
		return oneLine
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true // bidirectional embeddings, overrides, isolates and marks
	case r == 0xFFFD:
		return true // what broken text turns into: the rest may be lost
	case isInvisible(r):
		return oneLine
	}
	return false
}

// characterName says which character is at fault, in words a person can
// search for, and its code.
func characterName(r rune) string {
	names := map[rune]string{
		0x00: "an empty character (NUL)", '\n': "a line break", '\r': "a line break", '\t': "a tab",
		0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
		0x202D: "left-to-right override", 0x202E: "right-to-left override",
		0x2066: "left-to-right isolate", 0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
		0x200E: "left-to-right mark", 0x200F: "right-to-left mark", 0x061C: "Arabic letter mark",
		0x200B: "zero-width space", 0x200C: "zero-width non-joiner", 0x200D: "zero-width joiner", 0x2060: "word joiner",
		0xFEFF: "zero-width no-break space", 0xFFFD: "a replacement character (broken text)",
	}
	name, ok := names[r]
	if !ok {
		name = "a control character"
	}
	return fmt.Sprintf("%s, U+%04X", name, r)
}

// hidden adds the problem of a field whose text has such a character.
func (f *fieldErrors) hidden(field, value string, oneLine bool) {
	if r, ok := hiddenCharacter(value, oneLine); ok {
		*f = append(*f, FieldError{Field: field, Key: "error.text.hidden_character", Args: []string{characterName(r)}})
	}
}

// HiddenCharacterProblem is the field's problem when value has a character
// that hides, reorders or controls text, for text checked outside a
// Validate method; nil when it has none.
func HiddenCharacterProblem(field, value string, oneLine bool) *FieldError {
	var f fieldErrors
	f.hidden(field, value, oneLine)
	if len(f) == 0 {
		return nil
	}
	return &f[0]
}

// oneLineFields are the fields, whatever the form, that hold one line:
// names and titles.
func oneLineField(field string) bool {
	return field == "name" || field == "title" || field == "to" || strings.HasSuffix(field, "_name") || field == "organisation"
}

// hiddenInList is the problem of the first item of a list (languages, say)
// with a character that hides, reorders or controls text: each item is
// shown as one line, on profiles and offers that others read.
func hiddenInList(field string, items []string) *FieldError {
	for _, item := range items {
		if e := HiddenCharacterProblem(field, item, true); e != nil {
			return e
		}
	}
	return nil
}
