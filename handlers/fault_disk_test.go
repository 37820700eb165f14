package handlers_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// onSmallDisk mounts a tmpfs of size (like "192m") on a new folder, as
// root may (CI runs as root), and unmounts it when the test ends.
func onSmallDisk(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs to fill needs root; CI runs as root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount a tmpfs on %s: %v: %s", dir, err, out)
	}
	// Cleanups run last first: the site (started after) stops before this.
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	return dir
}

// fillDisk writes a file until the disk under dir has no room left, and
// returns the file; removing it ends the fault.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 1<<20)
	for {
		if _, err := f.Write(block); err != nil {
			if errors.Is(err, syscall.ENOSPC) {
				break
			}
			t.Fatal(err)
		}
	}
	for _, small := range []int{64 << 10, 4 << 10, 512} { // the last few pages too
		for {
			if _, err := f.Write(block[:small]); err != nil {
				break
			}
		}
	}
	return path
}

// TestAFullDiskSaysNothingWasSavedAndRecovers puts DATA_DIR on a small
// disk and fills it: a payment and a profile change get a 503 in plain
// and Easy Read words that are true ("Nothing was saved"), nothing is
// saved, /readyz fails; when room is made, the site recovers by itself
// and the same forms save, once.
func TestAFullDiskSaysNothingWasSavedAndRecovers(t *testing.T) {
	dataDir := onSmallDisk(t, "256m")
	site := startedAt(t, dataDir)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, person := joinAs(t, site, path, 1)
	entries := func() []community.Entry {
		all, err := site.Store.Entries(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		return all
	}
	profile := member.form("/me/edit", "/me/edit", nil, goodProfile(person))
	profile.Set("about", "Written while the disk was full")
	treasurer.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	easyPay := treasurer.form(path+"/pay", path+"/payments", nil, url.Values{"amount": {"£7"}, "method": {"cash"}})
	before := len(entries())

	filler := fillDisk(t, dataDir)
	// The database may still have room in files it made before (SQLite's
	// log is reused): payments are saved until it needs more, and then
	// refused. Every one acknowledged must be in the ledger, and the
	// refused one not.
	began, acked := time.Now(), 0
	var resp page
	var refused url.Values
	for i := 0; ; i++ {
		if i == 5000 {
			t.Fatal("5,000 payments were saved on a full disk")
		}
		one := member.form(path+"/pay", path+"/payments", nil, url.Values{"amount": {"£1"}, "method": {"cash"}, "note": {fmt.Sprint("payment ", i)}})
		resp = member.post(path+"/payments", one)
		if resp.Status != http.StatusSeeOther {
			refused = one
			break
		}
		acked++
	}
	saysTruly(t, "a payment", resp, len(entries()) > before+acked,
		"We can&#39;t save right now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Part of this was saved, but not all.")
	t.Logf("%d payments were saved on the full disk before the database needed room and refused one, %d ms in", acked, time.Since(began).Milliseconds())
	if strings.Contains(resp.Body, "Nothing you typed was lost") {
		t.Error("the page claims what it cannot know")
	}
	if resp.Header.Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	if n := len(entries()); n < before+acked {
		t.Errorf("the ledger has %d new entries; %d payments were acknowledged", n-before, acked)
	}
	// In Easy Read. A payment is more than one write (its entry, then
	// the group's count); the disk may refuse a later one, and the page
	// must then say that part was saved, which trying again finishes.
	had := len(entries())
	resp = treasurer.post(path+"/payments", easyPay)
	saysTruly(t, "a payment in Easy Read", resp, len(entries()) > had,
		"We cannot save now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Only part of this was saved. Please try again in a minute. It will not happen twice.")
	resp = member.post("/me/edit", profile)
	saved, _ := site.Store.Person(t.Context(), person.ID)
	saysTruly(t, "a profile change", resp, strings.Contains(saved.About, "disk was full"),
		"We can&#39;t save right now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Part of this was saved, but not all. Please try again in a minute: trying again finishes it, and does not do it twice.")
	if status, _ := readiness(t, member); status != http.StatusServiceUnavailable {
		t.Errorf("/readyz on a full disk: %d, want 503", status)
	}
	t.Logf("the full disk was found and refused in %d ms", time.Since(began).Milliseconds())

	// Room again: the site is ready within seconds, by itself.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	t.Logf("ready %d ms after room was made on the disk", readyAgain(t, member, http.StatusOK, "room was made").Milliseconds())
	// Each refused form sent again, twice, is recorded exactly once, and
	// every payment acknowledged is there once.
	for _, again := range []struct {
		b    *browser
		form url.Values
	}{{member, refused}, {treasurer, easyPay}, {member, refused}, {treasurer, easyPay}} {
		if resp := again.b.post(path+"/payments", again.form); resp.Status != http.StatusSeeOther {
			t.Fatalf("a refused payment sent again after the fault: %d", resp.Status)
		}
	}
	count := map[string]int{}
	for _, e := range entries()[before:] {
		count[fmt.Sprint(e.Amount, e.Note)]++
	}
	for i := 0; i <= acked; i++ {
		if n := count[fmt.Sprint(100, fmt.Sprint("payment ", i))]; n != 1 {
			t.Errorf("payment %d is in the ledger %d times, want once", i, n)
		}
	}
	if n := count[fmt.Sprint(700, "")]; n != 1 {
		t.Errorf("the Easy Read payment is in the ledger %d times, want once", n)
	}
	if n := len(entries()); n != before+acked+2 {
		t.Errorf("the ledger has %d new entries, want the %d acknowledged and the 2 sent again", n-before, acked)
	}
}

// saysTruly checks a change refused on a full disk, or with the database
// out of reach, is a 503 whose words are true: nothing saved, or (when
// part was) that part was saved.
func saysTruly(t *testing.T, what string, resp page, partSaved bool, nothingHeading, nothing, partHeading, part string) {
	t.Helper()
	unsure := strings.Contains(resp.Body, "We can&#39;t be sure this was saved") || strings.Contains(resp.Body, "This may not be saved")
	switch {
	case resp.Status != http.StatusServiceUnavailable:
		t.Errorf("%s while the database cannot save: %d, want 503", what, resp.Status)
	case unsure:
		// True whatever was saved: it says it cannot know.
		t.Logf("%s: the database could not say whether a write was applied, and the page said so (part saved: %v)", what, partSaved)
	case !partSaved && !(strings.Contains(resp.Body, nothingHeading) && strings.Contains(resp.Body, nothing)):
		t.Errorf("%s: nothing was saved, but the page does not say so", what)
	case partSaved && !(strings.Contains(resp.Body, partHeading) && strings.Contains(resp.Body, part)):
		t.Errorf("%s: part was saved, but the page does not say so", what)
	default:
		t.Logf("%s: part saved before the refusal: %v, and the page said so", what, partSaved)
	}
}

// readyAgain waits, from now, until /readyz answers status, and returns
// how long that took; since says what happened just before, for the
// failure when it has not answered so in 30 seconds.
func readyAgain(t *testing.T, b *browser, status int, since string) time.Duration {
	t.Helper()
	began := time.Now()
	for {
		got, body := readiness(t, b)
		if got == status {
			return time.Since(began)
		}
		if time.Since(began) > 30*time.Second {
			t.Fatalf("/readyz still answers %d 30 s after %s, want %d: %s", got, since, status, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// readiness is /readyz's status and body.
func readiness(t *testing.T, b *browser) (int, string) {
	t.Helper()
	resp := b.get("/readyz")
	return resp.Status, resp.Body
}
