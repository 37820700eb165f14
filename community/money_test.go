package community

import "testing"

func TestParsePence(t *testing.T) {
	cases := []struct {
		typed string
		pence Pence
		err   string
	}{
		{"8", 800, ""}, {"£8", 800, ""}, {" £ 8.5 ", 850, ""}, {"8.50", 850, ""}, {".5", 50, ""},
		{"£1,200", 120000, ""}, {"1,200.75", 120075, ""}, {"100000", 10000000, ""},
		{"", 0, "error.money.missing"}, {"£", 0, "error.money.missing"},
		{"8,50", 0, "error.money.comma"}, {"-1", 0, "error.money.not_positive"},
		{"£0", 0, "error.money.not_positive"}, {"0.00", 0, "error.money.not_positive"},
		{"1e9", 0, "error.money.not_number"}, {"eight", 0, "error.money.not_number"},
		{"8.", 0, "error.money.not_number"}, {"5.555", 0, "error.money.too_precise"},
		{"100000.01", 0, "error.money.too_large"}, {"£1,000,000,000", 0, "error.money.too_large"},
		{"99999999999999999999", 0, "error.money.too_large"},
	}
	for _, c := range cases {
		p, err := ParsePence(c.typed)
		if p != c.pence || err != c.err {
			t.Errorf("ParsePence(%q) = %d, %q; want %d, %q", c.typed, p, err, c.pence, c.err)
		}
	}
}

func TestPounds(t *testing.T) {
	for p, want := range map[Pence]string{800: "£8", 850: "£8.50", 5: "£0.05", 120000: "£1,200", 123456789: "£1,234,567.89", -400: "-£4"} {
		if got := p.Pounds(); got != want {
			t.Errorf("%d.Pounds() = %q, want %q", p, got, want)
		}
	}
}
