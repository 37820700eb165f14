package handlers

import (
	"github.com/clubtogether/clubtogether/easyread"
	"github.com/gin-gonic/gin"
)

// adviceLines words the Easy Read checker's advice on text for the
// person reading the form, in plain words or Easy Read.
func (s *Server) adviceLines(c *gin.Context, text string) []string {
	l := s.Locale.For(current(c).display.EasyRead)
	var lines []string
	for _, a := range easyread.Check(text) {
		switch a.Kind {
		case easyread.LongSentence:
			lines = append(lines, l.T("advice.long_sentence", a.Sentence, a.Words, easyread.MaxWords))
		case easyread.HardWord:
			lines = append(lines, l.T("advice.hard_word", a.Sentence, a.Excerpt, a.Easier))
		case easyread.Passive:
			lines = append(lines, l.T("advice.passive", a.Sentence, a.Excerpt))
		}
	}
	return lines
}
