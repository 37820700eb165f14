package handlers

import (
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// providerForm is the provider form as typed.
type providerForm struct {
	Version                            int64
	Name, Description, EasyDescription string
	Website, Phone, Email              string
	Districts                          string
	Online                             bool
	Interests                          map[string]bool
}

func providerFormFrom(p community.Provider) providerForm {
	return providerForm{
		Version: p.Version, Name: p.Name, Description: p.Description, EasyDescription: p.EasyDescription,
		Website: p.Website, Phone: p.Phone, Email: p.Email, Districts: strings.Join(p.Districts, ", "),
		Online: p.Online, Interests: set(p.Interests),
	}
}

func readProviderForm(c *gin.Context) providerForm {
	version, err := strconv.ParseInt(c.PostForm("version"), 10, 64)
	if err != nil {
		version = -1
	}
	return providerForm{
		Version: version, Name: c.PostForm("name"), Description: c.PostForm("description"),
		EasyDescription: c.PostForm("easy_description"), Website: strings.TrimSpace(c.PostForm("website")),
		Phone: strings.TrimSpace(c.PostForm("phone")), Email: strings.TrimSpace(c.PostForm("email")),
		Districts: c.PostForm("districts"), Online: c.PostForm("online") == "yes",
		Interests: set(c.PostFormArray("interests")),
	}
}

// provider applies the form to a provider; districts may be typed as full
// postcodes and in any case, separated by commas or spaces.
func (f providerForm) provider(p community.Provider) community.Provider {
	p.Version = f.Version
	p.Name = tidy(f.Name)
	p.Description = tidyText(f.Description)
	p.EasyDescription = tidyText(f.EasyDescription)
	p.Website, p.Phone, p.Email = f.Website, f.Phone, f.Email
	p.Districts = parseDistricts(f.Districts)
	p.Online = f.Online
	p.Interests = keys(f.Interests, curatedOrder())
	return p
}

// parseDistricts reads a list of districts separated by commas.
func parseDistricts(typed string) []string {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.Split(typed, ",") {
		d := places.Normalise(part)
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// tidy folds runs of spaces in a one-line field.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// tidyText trims a multi-line field and uses plain newlines.
func tidyText(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")) }

// interestGroups lists the curated interests by category, for forms.
func interestGroups() []interestGroup {
	var groups []interestGroup
	for _, cat := range community.Categories() {
		g := interestGroup{Slug: cat.Slug, Picto: cat.Picto}
		for _, in := range community.Interests() {
			if in.Category == cat.Slug {
				g.Interests = append(g.Interests, in.Slug)
			}
		}
		groups = append(groups, g)
	}
	return groups
}
