package locale

import (
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestPermissionWordsExist checks the keys built at run time from scopes,
// lengths and the kinds of act in a member's log.
func TestPermissionWordsExist(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"permission.scope." + string(community.ScopeRecovery)}
	for _, s := range community.ActingScopes() {
		keys = append(keys, "permission.scope."+string(s), "permission.money."+string(s))
	}
	for _, l := range community.PermissionLengths() {
		keys = append(keys, "permission.length."+l.Key)
	}
	for _, k := range []community.ActKind{community.ActProfile, community.ActJoin, community.ActAsk, community.ActLeave,
		community.ActPay, community.ActGrant, community.ActEnd} {
		keys = append(keys, "act."+string(k))
	}
	for _, d := range []string{"given", "recovery", "ended", "helping", "stopped", "profile"} {
		keys = append(keys, "permissions.done."+d)
	}
	for _, k := range keys {
		if !c.Has(k) {
			t.Errorf("%q is missing", k)
		}
	}
	if got := c.For(false).T("act.join", "3 March", "Priya", "Swimming", "£0"); got != "On 3 March, Priya joined the Swimming group for you." {
		t.Errorf("a line of the log reads %q", got)
	}
}
