package locale

import (
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestMentorWordsExist checks the keys the mentor pages build from domain
// values at run time.
func TestMentorWordsExist(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"mentor.kind." + string(community.MentorVolunteer), "mentor.kind." + string(community.MentorStaff)}
	for _, h := range community.MentorHelps() {
		keys = append(keys, "mentor.help."+h, "help.what."+h)
	}
	for _, k := range community.OrganisationKinds() {
		keys = append(keys, "mentor.org."+k)
	}
	for _, d := range []string{"offered", "taken", "finished"} {
		keys = append(keys, "mentors.done."+d)
	}
	keys = append(keys, "help.done.asked", "help.done.finished", "moderation.done.mentor_approved")
	for _, k := range keys {
		if !c.Has(k) {
			t.Errorf("%q is missing", k)
		}
	}
}
