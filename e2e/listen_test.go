package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// fakeSpeech replaces the browser's speech engine before the page loads:
// it lists the voices given, speaks one utterance at a time, and lets the
// test end the current one (window.__speech.finish()), as a real engine
// does when it has said it. Pause and resume hold and release it.
const fakeSpeech = `(() => {
  const voices = %VOICES%, canPause = %PAUSE%;
  const engine = {
    spoken: [], current: null, paused: false, speaking: false, pending: false,
    listeners: {},
    getVoices() { return voices; },
    addEventListener(type, f) { (this.listeners[type] = this.listeners[type] || []).push(f); },
    speak(u) {
      this.spoken.push(u.text);
      this.current = u; this.speaking = true;
      setTimeout(() => { if (this.current === u) u.dispatchEvent(new Event('start')); }, 0);
    },
    finish() {
      const u = this.current;
      if (!u || this.paused) return false;
      this.current = null; this.speaking = false;
      u.dispatchEvent(new Event('end'));
      return true;
    },
    pause() { if (this.current && canPause) this.paused = true; },
    resume() { this.paused = false; },
    cancel() { this.current = null; this.speaking = false; this.paused = false; },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  window.__speech = engine;
})()`

// readAloud is what the test reads of the page: the sentence the engine
// says now, the words the highlight covers, and the buttons shown.
type readAloud struct {
	Saying, Marked, Buttons string
	Spoken                  int
	Paused                  bool
}

const readAloudJS = `(() => {
  const s = window.__speech, h = CSS.highlights.get('listen');
  const marked = h ? Array.from(h).map(r => r.toString().replace(/\s+/g, ' ').trim()).join('|') : '';
  const buttons = Array.from(document.querySelectorAll('.listen-slot button')).filter(b => !b.hidden).map(b => b.textContent).join('|');
  return {Saying: s.current ? s.current.text : '', Marked: marked, Buttons: buttons, Spoken: s.spoken.length, Paused: s.paused};
})()`

// TestListen: in Easy Read, the Listen button appears only where the
// browser lists a voice; it reads one sentence at a time with the
// sentence highlighted, the highlight following the engine's events; Pause
// holds it where it is, and Carry on goes on from there; Stop clears it.
func TestListen(t *testing.T) {
	t.Parallel()
	words := storyWords(t, true)
	voice := `[{name: 'Test voice', lang: 'en-GB', default: true}]`
	for _, tc := range []struct {
		name, voices string
		button       bool
		// canPause says the engine can pause; one that cannot is stopped,
		// and carrying on starts again at the same sentence.
		canPause bool
	}{
		{"no-voice", `[]`, false, true},
		{"one-voice", voice, true, true},
		{"one-voice-that-cannot-pause", voice, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
				page.AddScriptToEvaluateOnNewDocumentParams{Source: strings.NewReplacer("%VOICES%", tc.voices, "%PAUSE%", fmt.Sprint(tc.canPause)).Replace(fakeSpeech)}); err != nil {
				t.Fatal(err)
			}
			setDisplay(t, ctx, "on", "normal", "normal")
			open(t, ctx, "/", 200)
			got := eval[readAloud](t, ctx, readAloudJS)
			if has := got.Buttons != ""; has != tc.button {
				t.Fatalf("with voices %s the Listen buttons are %q", tc.voices, got.Buttons)
			}
			if !tc.button {
				return
			}
			checkAxe(t, ctx)
			wait := func(what string, ok func(readAloud) bool) readAloud {
				t.Helper()
				deadline := time.Now().Add(5 * time.Second)
				for {
					r := eval[readAloud](t, ctx, readAloudJS)
					if ok(r) {
						return r
					}
					if time.Now().After(deadline) {
						t.Fatalf("%s: the page reads %+v", what, r)
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			press := func(cls string) {
				t.Helper()
				if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".listen-slot ."+cls))); err != nil {
					t.Fatalf("press %s: %v", cls, err)
				}
			}
			following := func(r readAloud) bool { return r.Saying != "" && r.Marked == r.Saying }

			press("listen-start")
			first := wait("the first sentence", following)
			if first.Buttons != words.T("layout.listen_pause")+"|"+words.T("layout.listen_stop") {
				t.Errorf("while reading the buttons are %q", first.Buttons)
			}
			if strings.ContainsAny(strings.TrimRight(first.Saying, ".!?"), ".!?") {
				t.Errorf("one utterance holds more than a sentence: %q", first.Saying)
			}
			eval[bool](t, ctx, `window.__speech.finish()`)
			second := wait("the second sentence", func(r readAloud) bool { return following(r) && r.Spoken == 2 })
			if second.Saying == first.Saying {
				t.Fatalf("the second sentence is the first again: %q", second.Saying)
			}

			press("listen-pause")
			paused := wait("pausing", func(r readAloud) bool {
				return r.Buttons == words.T("layout.listen_resume")+"|"+words.T("layout.listen_stop")
			})
			// Paused, the engine says nothing more and the highlight stays
			// on the sentence it was reading.
			if eval[bool](t, ctx, `window.__speech.finish()`) && tc.canPause {
				t.Error("the engine could end a sentence while paused")
			}
			time.Sleep(200 * time.Millisecond)
			if held := eval[readAloud](t, ctx, readAloudJS); held.Marked != second.Saying || held.Spoken != 2 || tc.canPause && held.Saying != second.Saying {
				t.Errorf("pause did not hold (paused: %+v): %+v", paused, held)
			}

			press("listen-pause") // now "Carry on"
			if tc.canPause {
				wait("carrying on", func(r readAloud) bool { return !r.Paused })
				eval[bool](t, ctx, `window.__speech.finish()`)
				third := wait("the third sentence", func(r readAloud) bool { return following(r) && r.Spoken == 3 })
				if third.Saying == second.Saying {
					t.Errorf("after carrying on the same sentence is read again: %q", third.Saying)
				}
			} else {
				again := wait("starting again", func(r readAloud) bool { return following(r) && r.Spoken == 3 })
				if again.Saying != second.Saying {
					t.Errorf("an engine that cannot pause starts again at %q, want the sentence it was reading, %q", again.Saying, second.Saying)
				}
			}

			press("listen-stop")
			stopped := wait("stopping", func(r readAloud) bool { return r.Saying == "" })
			if stopped.Marked != "" || stopped.Buttons != words.T("layout.listen") {
				t.Errorf("after Stop: %+v", stopped)
			}
		})
	}
}
