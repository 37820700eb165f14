package handlers

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/templates"
	"github.com/gin-gonic/gin"
)

// pageNames lists every page template; each is parsed with the layout.
func pageNames() []string {
	return append(slices.Sorted(maps.Values(groupParts)),
		"home", "signin", "demo", "me", "me_edit", "me_export", "me_delete", "person", "display", "error",
		"providers", "provider", "provider_form", "listing", "listing_form", "moderation",
		"search", "interests", "interest", "insights", "suggestions", "group_form", "group", "groups", "group_leave", "group_statement", "group_reverse", "group_treasurer", "group_thing", "group_wind_up", "messages", "message_thread", "report",
		"permissions", "helping_refused",
		"me_passkeys", "invite", "invites",
		"mentors", "mentor_offer", "mentor_approve", "help", "help_ask", "glossary", "moderation_log",
		"wishes", "wish", "wish_form", "provider_near", "offer_form", "group_offers",
		"whats_on", "whats_on_session", "me_calendar", "me_wellbeing", "me_wellbeing_plan", "me_check_in", "community", "group_board_remove",
	)
}

// pageSet is every page, parsed for each variant with its words written in
// (foldWords): plain, and Easy Read.
type pageSet struct{ plain, easy map[string]*template.Template }

func (p pageSet) of(easy bool) map[string]*template.Template {
	if easy {
		return p.easy
	}
	return p.plain
}

func parsePages(cat *locale.Catalogue) (pageSet, error) {
	plain, err := parseVariant(cat.For(false))
	if err != nil {
		return pageSet{}, err
	}
	easy, err := parseVariant(cat.For(true))
	return pageSet{plain: plain, easy: easy}, err
}

func parseVariant(l *locale.Localizer) (map[string]*template.Template, error) {
	// theirsMarks turns theirsIn's marks into the element that marks words
	// as a member's.
	theirsMarks := strings.NewReplacer(string(markOpen), `<bdi class="theirs">`, string(markClose), `</bdi>`)
	funcs := template.FuncMap{
		"join": strings.Join,
		// A form's fields, made in Go (render_field.go).
		"textField": textField, "textArea": textArea, "selectField": selectField, "fieldError": fieldError,
		"radioField": radioField, "groupRadios": groupRadios,
		// theirs marks words a member or provider wrote, such as a name:
		// they are theirs, not the site's, so the site's checks of its own
		// words pass them by, and bdi keeps right-to-left text from
		// turning the words around it.
		"theirs": func(words string) template.HTML {
			return template.HTML(`<bdi class="theirs">` + template.HTMLEscapeString(words) + `</bdi>`)
		},
		// mark marks a member's words inside a sentence, and marked shows
		// the sentence with the words it marks as theirs (theirsIn).
		"mark": theirsIn,
		"marked": func(sentence string) template.HTML {
			return template.HTML(theirsMarks.Replace(template.HTMLEscapeString(sentence)))
		},
		// plural picks key_one when n is 1, so words agree with the number.
		"plural": plural,
		"has":    slices.Contains[[]string],
		"list":   func(items ...string) []string { return items },
		// local shows a moment as a clock in London does.
		"local": community.InLondon,
		// interestOptions is the options of a choice of interest, by
		// category, with selected chosen: the same sixty-odd options on
		// every search page, made here rather than by the template, whose
		// calls through reflection made them a fifth of the page's cost.
		"interestOptions": func(groups []interestGroup, selected string) template.HTML {
			return interestOptions(l, groups, selected)
		},
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, fmt.Errorf("dict needs pairs")
			}
			m := make(map[string]any, len(kv)/2)
			for i := 0; i < len(kv); i += 2 {
				m[fmt.Sprint(kv[i])] = kv[i+1]
			}
			return m, nil
		},
	}
	files := templates.Files()
	// The layout and the partials are parsed, and their words written in,
	// once; each page starts from a copy of them (html/template copies the
	// trees, so that each page escapes its own).
	base, err := template.New("base").Funcs(funcs).ParseFS(files, "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("parse the layout and partials: %w", err)
	}
	foldWords(base, l)
	pages := make(map[string]*template.Template)
	for _, name := range pageNames() {
		if _, err := fs.Stat(files, name+".html"); err != nil {
			return nil, fmt.Errorf("template %s.html is missing: %w", name, err)
		}
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(files, name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		if t.Lookup("content") == nil {
			return nil, fmt.Errorf("template %s.html defines no content", name)
		}
		foldWords(t, l)
		if err := writeInEscaped(t, "content", "layout"); err != nil {
			return nil, fmt.Errorf("escape template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// view is what every page template gets.
type view struct {
	L  *locale.Localizer
	Me *community.Person
	// Helping is the member a mentor is helping, for the banner on every
	// page; nil otherwise.
	Helping *community.Person
	CSRF    string
	Display community.Display
	// FirstVisit asks, until the visitor answers or says no thanks, one
	// question: would they like the pages easier to use?
	FirstVisit bool
	Title      string
	Path       string
	Errors     []fieldMessage
	Data       any
	// Content is the page's own part, made before the layout around it;
	// Terms are the glossary's words it uses, linked under it in Easy Read.
	Content template.HTML
	Terms   []locale.Term
	// Waiting counts what waits for the member to answer: hellos and
	// messages not read, from memory.
	Waiting int
	// keys makes the key each form that changes something carries.
	keys func(form string) string
	// now is the site's clock when the page was made.
	now time.Time
}

// Day shows the day a moment falls on in London. Easy Read writes it whole,
// "Tuesday 1 December" (with the year only when it is not this year); plain
// pages use the layout given.
func (v view) Day(t time.Time, plain string) string {
	t = community.InLondon(t)
	if !v.L.Easy() {
		return t.Format(plain)
	}
	if !v.now.IsZero() && t.Year() != community.InLondon(v.now).Year() {
		return t.Format("Monday 2 January 2006")
	}
	return t.Format("Monday 2 January")
}

// Key is the key for one of the page's forms, made for the member who sees
// it: sending the form twice then makes its change once.
func (v view) Key(form string) string {
	if v.keys == nil {
		return ""
	}
	return v.keys(form)
}

// titled is page data whose title is not a catalogue message, such as a
// member's name.
type titled interface{ PageTitle() string }

// fieldMessage is one entry of a form's error summary.
type fieldMessage struct {
	Field, Anchor, Key string
	Args               []string
}

// fieldText is the message shown beside a field.
type fieldText struct {
	Field, Text, Prefix string
	// Easy sets the message beside its picture, as every idea in Easy
	// Read is.
	Easy bool
}

// FieldError returns the message for a field, or nil when it is fine.
func (v view) FieldError(field string) *fieldText {
	for _, e := range v.Errors {
		if e.Field == field {
			return &fieldText{Field: field, Text: v.L.TA(e.Key, e.Args), Prefix: v.L.T("error.field_prefix"), Easy: v.L.Easy()}
		}
	}
	return nil
}

// render executes a page into a buffer first, so that a template failure
// becomes a clean error page instead of half a page.
func (s *Server) render(c *gin.Context, status int, page, title string, data any, errs ...fieldMessage) {
	v := current(c)
	l := s.Locale.For(v.display.EasyRead)
	vw := view{
		L: l, Me: v.me, Helping: v.helping, CSRF: v.session.CSRF, Display: v.display, FirstVisit: !v.displayChosen,
		Title: l.T(title), Path: c.Request.URL.Path, Errors: errs, Data: data,
	}
	if s.Now != nil {
		vw.now = s.Now()
	}
	if v.me != nil {
		id, w := v.me.ID, who(c)
		vw.keys = func(form string) string { return s.Actions.FormKeyFor(w, form) }
		unread, _ := s.Actions.Unread(id)
		vw.Waiting = unread + len(s.Matching.HellosWaiting(id))
	}
	if t, ok := data.(titled); ok {
		vw.Title = t.PageTitle()
	}
	content, buf := s.buffers.get(), s.buffers.get()
	defer s.buffers.put(content)
	defer s.buffers.put(buf)
	pages := s.pages.of(l.Easy())
	err := pages[page].ExecuteTemplate(content, "content", vw)
	if err == nil {
		vw.Content = template.HTML(content.String())
		if l.Easy() {
			vw.Terms = termsUsed(content.Bytes())
		}
		err = pages[page].ExecuteTemplate(buf, "layout", vw)
	}
	if err != nil {
		s.Log.Error("render page", "page", page, "request_id", requestID(c), "err", err)
		if page != "error" {
			s.fail(c, fmt.Errorf("render %s: %w", page, err))
			return
		}
		c.String(http.StatusInternalServerError, "Sorry, something went wrong.")
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// bufferPool keeps the buffers pages are made in, so that a page does not
// grow a new one from nothing each time: under load that growing was a
// tenth of what the site allocated. The written page has been sent when a
// buffer is put back (c.Data writes it at once).
type bufferPool struct{ pool sync.Pool }

// biggestKept bounds a kept buffer, so that one long page (a year's
// statement) does not keep its memory for ever.
const biggestKept = 1 << 20

func (p *bufferPool) get() *bytes.Buffer {
	if b, ok := p.pool.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func (p *bufferPool) put(b *bytes.Buffer) {
	if b.Cap() > biggestKept {
		return
	}
	b.Reset()
	p.pool.Put(b)
}
