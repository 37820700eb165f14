package handlers

import (
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// profileStep is one part of the profile form, a short page of its own in
// Easy Read (/me/edit?step=where): one thing per page instead of one long
// form. Key is the catalogue message naming it (with its picture) and
// Field the form field it changes.
type profileStep struct {
	Slug, Key, Field string
}

// profileSteps lists the parts of the profile form in the order the long
// form shows them.
func profileSteps() []profileStep {
	return []profileStep{
		{"name", "profile.name", "name"},
		{"about", "profile.about", "about"},
		{"where", "profile.district", "district"},
		{"interests", "profile.interests", "interests"},
		{"tags", "profile.tags", "tags"},
		{"times", "profile.free_times", "free_times"},
		{"access", "profile.access_needs", "access_needs"},
		{"languages", "profile.languages", "languages"},
		{"buying", "profile.open_to_buying", "open_to_buying"},
		{"visibility", "profile.visibility", "visibility"},
	}
}

// profileStepNamed returns the step with the slug, or false for none (the whole
// form).
func profileStepNamed(slug string) (profileStep, bool) {
	steps := profileSteps()
	i := slices.IndexFunc(steps, func(s profileStep) bool { return s.Slug == slug })
	if i < 0 {
		return profileStep{}, false
	}
	return steps[i], true
}

// stepFor returns the step a field is asked in.
func stepFor(field string) (profileStep, bool) {
	steps := profileSteps()
	i := slices.IndexFunc(steps, func(s profileStep) bool { return s.Field == field })
	if i < 0 {
		return profileStep{}, false
	}
	return steps[i], true
}

// categoryNamed returns the interest category with the slug: the interests
// step asks one category at a time, so each page stays short.
func categoryNamed(slug string) (interestGroup, bool) {
	groups := interestGroups()
	i := slices.IndexFunc(groups, func(g interestGroup) bool { return g.Slug == slug })
	if i < 0 {
		return interestGroup{}, false
	}
	return groups[i], true
}

// merge is the whole form as it will be saved when only this step was
// sent: what is saved, with the step's one field as typed. An interests
// step sends one category, so the interests of the other categories stay.
func (st profileStep) merge(saved, typed profileForm, category interestGroup) profileForm {
	f := saved
	f.Version = typed.Version
	switch st.Field {
	case "name":
		f.Name = typed.Name
	case "about":
		f.About = typed.About
	case "district":
		f.District = typed.District
	case "interests":
		f.Interests = make(map[string]bool)
		for slug, on := range saved.Interests {
			if on && !slices.Contains(category.Interests, slug) {
				f.Interests[slug] = true
			}
		}
		for slug, on := range typed.Interests {
			if on {
				f.Interests[slug] = true
			}
		}
	case "tags":
		f.Tags = typed.Tags
	case "free_times":
		f.FreeTimes = typed.FreeTimes
	case "access_needs":
		f.AccessNeeds = typed.AccessNeeds
	case "languages":
		f.Languages = typed.Languages
	case "open_to_buying":
		f.OpenToBuying = typed.OpenToBuying
	case "visibility":
		f.Visibility = typed.Visibility
	}
	return f
}

// stepProblems keeps the problems of the step's own field, and turns a
// problem with another part of the profile (a new member has no postcode
// yet) into one the step page can show: fill in that part first.
func (s *Server) stepProblems(c *gin.Context, st profileStep, problems []community.FieldError) []community.FieldError {
	l := s.Locale.For(current(c).display.EasyRead)
	var out []community.FieldError
	for _, p := range problems {
		if p.Field == st.Field {
			out = append(out, p)
			continue
		}
		if p.Key == "error.form.key" || p.Key == "error.profile.changed" {
			// Said of the whole form: shown by this step's field.
			p.Field = st.Field
			out = append(out, p)
			continue
		}
		other, ok := stepFor(p.Field)
		if !ok {
			out = append(out, p)
			continue
		}
		out = append(out, community.FieldError{Field: st.Field, Key: "error.profile.step_first", Args: []string{l.T(other.Key)}})
	}
	return out
}

// stepTasks are the buttons of the Easy Read start of /me/edit, one for
// each step.
func (s *Server) stepTasks(c *gin.Context) []task {
	l := s.Locale.For(current(c).display.EasyRead)
	var out []task
	for _, st := range profileSteps() {
		idea := l.Idea(st.Key)
		out = append(out, task{Href: "/me/edit?step=" + st.Slug, Picto: idea.Picto, Text: idea.Text})
	}
	return out
}

// categoryTasks are the buttons of the interests step, one for each
// category, saying how many of its interests are ticked.
func (s *Server) categoryTasks(c *gin.Context, chosen map[string]bool) []task {
	l := s.Locale.For(current(c).display.EasyRead)
	var out []task
	for _, g := range interestGroups() {
		n := 0
		for _, slug := range g.Interests {
			if chosen[slug] {
				n++
			}
		}
		text := l.T("category." + g.Slug)
		if n > 0 {
			text = l.T("edit.category_ticked", text, n)
		}
		out = append(out, task{Href: "/me/edit?step=interests&category=" + g.Slug, Picto: g.Picto, Text: text})
	}
	return out
}
