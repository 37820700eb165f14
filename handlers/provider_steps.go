package handlers

import (
	"net/http"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// formStep is one short page of a long form, as Easy Read shows it (one
// thing per page): its name in the path, and the picture and words of
// its button on the form's start page, which are its page's title too.
type formStep struct {
	Name, Picto, Label string
}

// interestsStep is the step that chooses a kind of interest first: the
// interests are too many for one short page, so each kind is a step of
// its own, "interests-sport" and so on.
const interestsStep = "interests"

// providerSteps are the parts of the provider form, in the order a
// provider fills them in.
func providerSteps() []formStep {
	return []formStep{
		{"about", "about", "provider.step.about"},
		{"easy", "easy-read", "provider.step.easy"},
		{"where", "place", "provider.step.where"},
		{interestsStep, "heart", "provider.step.interests"},
		{"contact", "mail", "provider.step.contact"},
	}
}

// stepTasks are the buttons of a form's start page: one for each step.
func stepTasks(l langT, base string, steps []formStep) []task {
	var out []task
	for _, s := range steps {
		out = append(out, task{Href: base + "/" + s.Name, Picto: s.Picto, Text: l.T(s.Label)})
	}
	return out
}

// langT is what stepTasks needs of a localizer.
type langT interface {
	T(key string, args ...any) string
}

// categoryTasks are the buttons of the interests step: one for each kind.
func categoryTasks(l langT, base string) []task {
	var out []task
	for _, g := range interestGroups() {
		out = append(out, task{Href: base + "/" + interestsStep + "-" + g.Slug, Picto: g.Picto, Text: l.T("category." + g.Slug)})
	}
	return out
}

// stepCategory is the kind of interest a step like "interests-sport"
// chooses from, and whether the step is one of those.
func stepCategory(step string) (interestGroup, bool) {
	slug, ok := strings.CutPrefix(step, interestsStep+"-")
	if !ok {
		return interestGroup{}, false
	}
	for _, g := range interestGroups() {
		if g.Slug == slug {
			return g, true
		}
	}
	return interestGroup{}, false
}

// withCategory keeps the saved interests of other kinds and takes the
// ticked ones of this kind, so a step about sport leaves music alone.
func withCategory(saved, ticked map[string]bool, g interestGroup) map[string]bool {
	out := map[string]bool{}
	for k, v := range saved {
		if v && !slices.Contains(g.Interests, k) {
			out[k] = true
		}
	}
	for _, in := range g.Interests {
		if ticked[in] {
			out[in] = true
		}
	}
	return out
}

// stepNamed finds a step by its name in the path: one of steps (but not
// the interests chooser, which has no form) or an interests-<kind> step.
func stepNamed(steps []formStep, name string) (formStep, bool) {
	if g, ok := stepCategory(name); ok {
		return formStep{Name: name, Picto: g.Picto, Label: "category." + g.Slug}, true
	}
	i := slices.IndexFunc(steps, func(s formStep) bool { return s.Name == name })
	if i < 0 {
		return formStep{}, false
	}
	return steps[i], true
}

// take copies the fields of one step from the form as typed; the rest
// stay as saved.
func (f providerForm) take(step string, typed providerForm) providerForm {
	f.Version = typed.Version
	switch step {
	case "about":
		f.Name, f.Description = typed.Name, typed.Description
	case "easy":
		f.EasyDescription = typed.EasyDescription
	case "where":
		f.Districts, f.Online = typed.Districts, typed.Online
	case "contact":
		f.Website, f.Phone, f.Email = typed.Website, typed.Phone, typed.Email
	default:
		if g, ok := stepCategory(step); ok {
			f.Interests = withCategory(f.Interests, typed.Interests, g)
		}
	}
	return f
}

// providerStepsPage is the start of the provider form in Easy Read: a
// button for each part, each its own short page.
func (s *Server) providerStepsPage(c *gin.Context, p community.Provider) {
	l := s.Locale.For(current(c).display.EasyRead)
	base := "/providers/" + p.ID + "/edit"
	s.render(c, http.StatusOK, "provider_form", "provider.edit.title", providerFormPage{
		Provider: p, Action: base, Steps: stepTasks(l, base, providerSteps()),
		Back: "/providers/" + p.ID,
	})
}

// providerStep shows one part of the provider form, with what is saved.
func (s *Server) providerStep(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	base := "/providers/" + p.ID + "/edit"
	if c.Param("step") == interestsStep {
		s.render(c, http.StatusOK, "provider_form", "provider.step.interests", providerFormPage{
			Provider: p, Action: base, Steps: categoryTasks(s.Locale.For(current(c).display.EasyRead), base), Back: base,
		})
		return
	}
	step, ok := stepNamed(providerSteps(), c.Param("step"))
	if !ok {
		s.fail(c, community.NotFound("error.not_found"))
		return
	}
	s.render(c, http.StatusOK, "provider_form", step.Label, s.providerStepPage(p, providerFormFrom(p), step))
}

func (s *Server) providerStepPage(p community.Provider, f providerForm, step formStep) providerFormPage {
	page := providerFormPage{Provider: p, Form: f, Action: "/providers/" + p.ID + "/edit/" + step.Name,
		Step: step.Name, Back: "/providers/" + p.ID + "/edit"}
	if g, ok := stepCategory(step.Name); ok {
		page.Categories = []interestGroup{g}
	}
	return page
}

// providerStepSave changes only the part of the provider its step shows:
// the other fields are filled in from what is saved, and the change goes
// through the same action as the whole form.
func (s *Server) providerStepSave(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	step, ok := stepNamed(providerSteps(), c.Param("step"))
	if !ok {
		s.fail(c, community.NotFound("error.not_found"))
		return
	}
	form := providerFormFrom(p).take(step.Name, readProviderForm(c))
	s.saveProvider(c, p, form, s.providerStepPage(p, form, step), step.Label)
}

// interestAnchor links the problem with interests to the first box the
// page shows; a step without interests links to the first of all.
func interestAnchor(shown []interestGroup) map[string]string {
	first := community.Interests()[0].Slug
	if len(shown) > 0 && len(shown[0].Interests) > 0 {
		first = shown[0].Interests[0]
	}
	return map[string]string{"interests": "interest-" + first}
}
