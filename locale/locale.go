// Package locale holds every message the site shows, each in two variants:
// plain English ("en") and Easy Read ("en-easy": short sentences, common
// words, one idea each). Templates and handlers name messages by key, so
// no page can show words that have no Easy Read version.
package locale

import (
	"fmt"
	"sort"
)

// Message is one thing the site says, in both variants. Picto names the
// pictogram shown beside it in Easy Read, when it is a key idea.
type Message struct {
	Plain, Easy, Picto string
}

// Catalogue is every message, by key.
type Catalogue struct {
	messages map[string]Message
}

// New builds the catalogue and checks that every message has both variants
// and that no key is defined twice.
func New() (*Catalogue, error) {
	c := &Catalogue{messages: make(map[string]Message)}
	for _, part := range []map[string]Message{
		common(), profile(), signin(), display(), errorMessages(), interests(), access(), week(), providers(), search(), insights(), suggestions(), groups(), treasurer(), things(), windUps(), talk(), moderation(), permission(), mentor(), wishes(), offers(),
		passkey(), invite(), glossary(),
		groupStart(), export(), deleting(), sessions(), wellbeing(),
	} {
		for key, m := range part {
			if _, dup := c.messages[key]; dup {
				return nil, fmt.Errorf("locale: %q is defined twice", key)
			}
			if m.Plain == "" || m.Easy == "" {
				return nil, fmt.Errorf("locale: %q needs both a plain and an Easy Read text", key)
			}
			c.messages[key] = m
		}
	}
	return c, nil
}

// Has reports whether key is in the catalogue.
func (c *Catalogue) Has(key string) bool {
	_, ok := c.messages[key]
	return ok
}

// Keys lists every key, sorted.
func (c *Catalogue) Keys() []string {
	keys := make([]string, 0, len(c.messages))
	for k := range c.messages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// For returns the words for one reader: Easy Read or plain.
func (c *Catalogue) For(easy bool) *Localizer {
	return &Localizer{cat: c, easy: easy}
}

// Localizer gives the messages in one variant.
type Localizer struct {
	cat  *Catalogue
	easy bool
}

// Easy reports whether this is the Easy Read variant.
func (l *Localizer) Easy() bool { return l.easy }

// Lang is the language tag of the variant.
func (l *Localizer) Lang() string {
	if l.easy {
		return "en-easy"
	}
	return "en"
}

// T returns the message for key in this variant, filling in args with
// fmt verbs. A missing key shows itself in brackets so it is noticed (and
// the catalogue test fails), rather than breaking the page.
func (l *Localizer) T(key string, args ...any) string {
	m, ok := l.cat.messages[key]
	if !ok {
		return "[" + key + "]"
	}
	text := m.Plain
	if l.easy {
		text = m.Easy
	}
	if len(args) > 0 {
		return fmt.Sprintf(text, args...)
	}
	return text
}

// TA is T with the arguments in a list, for templates.
func (l *Localizer) TA(key string, args []string) string {
	list := make([]any, len(args))
	for i, a := range args {
		list[i] = a
	}
	return l.T(key, list...)
}

// Idea is a message with the pictogram to show beside it in Easy Read.
type Idea struct {
	Text  string
	Picto string
}

// Idea returns the message for key with its pictogram, which is left out
// in plain mode so that plain pages stay short.
func (l *Localizer) Idea(key string, args ...any) Idea {
	idea := Idea{Text: l.T(key, args...)}
	if l.easy {
		idea.Picto = l.cat.messages[key].Picto
	}
	return idea
}
