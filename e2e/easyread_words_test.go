package e2e

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/clubtogether/clubtogether/easyread"
	"github.com/clubtogether/clubtogether/locale"
)

// Issue 15, "Words": the site's own words on every page measured are held
// to Easy Read's promise, as its catalogue is: no sentence over
// easyread.MaxWords words, and no hard word (easyread.HardWords, and the
// glossary's words, each kept with an easier word) unless it is a
// glossary word and the page links to where the glossary explains it.
// Words members and providers wrote are theirs (marked with the class
// "theirs") and are not read.

// erWords reads the page's own words as blocks: the text of each element
// that shows a piece of text of its own (a paragraph, a heading, a button,
// a label...), with what is theirs taken out, including words only a
// screen reader hears. It also lists the glossary entries the page links.
const erWords = `(() => {
  const blockSel = 'p, li, h1, h2, h3, h4, h5, h6, label, legend, button, .button, .badge, summary, dt, dd, th, td, caption, option, figcaption, blockquote';
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style, template, .theirs')) continue;
    const text = n.textContent.replace(/\s+/g, ' ');
    if (!text.trim()) continue;
    const block = el.closest(blockSel) || el;
    blocks.set(block, (blocks.get(block) || '') + text);
  }
  const linked = [...document.querySelectorAll('a[href^="/glossary#"]')].map(a => a.getAttribute('href').slice('/glossary#'.length));
  return {Blocks: [...blocks.values()].map(t => t.trim()).filter(Boolean), Linked: linked};
})()`

// erWordsFound is what erWords returns.
type erWordsFound struct {
	Blocks []string
	Linked []string
}

// wordProblems lists, in words, where a page's own words break Easy
// Read's promise.
func wordProblems(found erWordsFound) []string {
	glossary := map[string]string{} // a glossary word's form → its slug
	for _, t := range locale.Glossary() {
		for _, f := range t.Forms {
			glossary[f] = t.Slug
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, block := range found.Blocks {
		for _, a := range easyread.Check(block) {
			switch a.Kind {
			case easyread.LongSentence:
				out = append(out, fmt.Sprintf("a sentence of %d words: %q", a.Words, a.Excerpt))
			case easyread.HardWord:
				if !seen[a.Hard] {
					seen[a.Hard] = true
					out = append(out, fmt.Sprintf("the hard word %q (easier: %q) in %q", a.Hard, a.Easier, block))
				}
			}
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(block), notLetter) {
			slug, ok := glossary[w]
			if !ok || seen["glossary:"+slug] {
				continue
			}
			seen["glossary:"+slug] = true
			if !slices.Contains(found.Linked, slug) {
				out = append(out, fmt.Sprintf("the glossary word %q with no link to /glossary#%s on the page, in %q", w, slug, block))
			}
		}
	}
	return out
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }
