package handlers

import (
	"testing"

	"github.com/clubtogether/clubtogether/locale"
)

func TestTermsUsed(t *testing.T) {
	slugs := func(terms []locale.Term) []string {
		var out []string
		for _, t := range terms {
			out = append(out, t.Slug)
		}
		return out
	}
	cases := []struct {
		name, page string
		want       []string
	}{
		{"none", `<p>Find people near you.</p>`, nil},
		{"forms and order", `<p>The Treasurer's list.</p><p>Refunded: £5 from the pot.</p>`, []string{"pot", "treasurer", "refund"}},
		{"theirs is theirs", `<p>Sam: <bdi class="theirs">my pot of pots</bdi></p><div class="x theirs"><div><p>treasurer</p></div></div><p>refund</p>`, []string{"refund"}},
		{"a void element marked theirs hides nothing", `<img class="theirs" alt=""><p>pledge</p>`, []string{"pledge"}},
		{"attributes and scripts are not words", `<a title="pot" href="/x">x</a><script>var pot</script>`, nil},
		{"part of a word is not the word", `<p>potter, teapot, spotted</p>`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := slugs(termsUsed([]byte(c.page)))
			if len(got) != len(c.want) {
				t.Fatalf("termsUsed(%q) = %q, want %q", c.page, got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("termsUsed(%q) = %q, want %q", c.page, got, c.want)
				}
			}
		})
	}
}
