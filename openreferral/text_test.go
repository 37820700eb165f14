package openreferral

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEasySummary(t *testing.T) {
	for in, want := range map[string]string{
		"Swim with us. It costs £8.50 each.": "Swim with us.",
		"Is it fun? Yes!":                    "Is it fun?",
		"First line\nsecond line":            "First line",
		"See swim.example.org for times":     "See swim.example.org for times",
		"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.": "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen …",
	} {
		if got := easySummary(in); got != want {
			t.Errorf("easySummary(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("word ", 500)
	got := clip(long, 120)
	if n := utf8.RuneCountInString(got); n > 120 || !strings.HasSuffix(got, "word…") {
		t.Errorf("clip gave %d characters: %q", n, got)
	}
	if got := clip("  short  ", 120); got != "short" {
		t.Errorf("clip(short) = %q", got)
	}
}
