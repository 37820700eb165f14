package community

// AccessNeeds lists the access needs a person can ask for, in display order.
// Each key has words under "access.<key>" and a pictogram of the same name.
// Listings use the same keys for the features they offer, so a need and a
// feature can be compared directly.
func AccessNeeds() []string {
	return []string{
		"step-free", "quiet", "bsl", "carer", "easy-read",
		"hearing-loop", "accessible-toilet", "changing-places", "large-print",
	}
}

// Visibility says who can see a person's profile.
type Visibility string

const (
	// VisibleToMembers lets signed-in members see the profile and be suggested.
	VisibleToMembers Visibility = "members"
	// VisibleToNobody hides the profile everywhere; the person still uses the site.
	VisibleToNobody Visibility = "nobody"
)

// Display is how someone likes pages shown. It lives in a cookie for
// everyone and on the profile for members, so it follows them between devices.
type Display struct {
	EasyRead bool
	TextSize TextSize
	Contrast Contrast
	// LessMotion turns off what moves on the page (transitions, the
	// press-down of buttons), as the system setting for reduced motion
	// does, for someone who has not set that on their device.
	LessMotion bool
}

// TextSize is the base size of text on every page.
type TextSize string

// The text sizes offered.
const (
	TextNormal TextSize = "normal"
	TextLarge  TextSize = "large"
	TextLarger TextSize = "larger"
)

// Contrast is the colour scheme.
type Contrast string

// The contrast schemes offered.
const (
	ContrastNormal Contrast = "normal"
	ContrastHigh   Contrast = "high"
)

// Normalised returns d with unknown values replaced by the defaults, so a
// tampered cookie can never break a page.
func (d Display) Normalised() Display {
	switch d.TextSize {
	case TextNormal, TextLarge, TextLarger:
	default:
		d.TextSize = TextNormal
	}
	switch d.Contrast {
	case ContrastNormal, ContrastHigh:
	default:
		d.Contrast = ContrastNormal
	}
	return d
}
