package chart

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.051 }

func TestPlotArea(t *testing.T) {
	c := Draw([]Series{{Key: "a", Points: []Point{{date(2026, 3, 1), 5}}}}, 600, 240)
	if c.Width != 600 || c.Height != 240 {
		t.Fatalf("size = %dx%d", c.Width, c.Height)
	}
	if c.Left != 32 || c.Top != 12 || c.Right != 490 || c.Bottom != 212 {
		t.Fatalf("plot area = %v,%v,%v,%v", c.Left, c.Top, c.Right, c.Bottom)
	}
}

func TestValueMapping(t *testing.T) {
	s := Series{Key: "mood", Label: "Mood", Points: []Point{
		{date(2026, 1, 1), 0},
		{date(2026, 1, 2), 10},
		{date(2026, 1, 3), 5},
	}}
	c := Draw([]Series{s}, 600, 240)
	m := c.Lines[0].Marks
	if m[0].Y != c.Bottom {
		t.Errorf("0 maps to y=%v, want bottom %v", m[0].Y, c.Bottom)
	}
	if m[1].Y != c.Top {
		t.Errorf("10 maps to y=%v, want top %v", m[1].Y, c.Top)
	}
	if mid := (c.Top + c.Bottom) / 2; !near(m[2].Y, mid) {
		t.Errorf("5 maps to y=%v, want %v", m[2].Y, mid)
	}
}

func TestClamp(t *testing.T) {
	s := Series{Key: "a", Points: []Point{{date(2026, 1, 1), -3}, {date(2026, 1, 2), 42}}}
	c := Draw([]Series{s}, 600, 240)
	m := c.Lines[0].Marks
	if m[0].Y != c.Bottom || m[0].Value != 0 {
		t.Errorf("-3 drawn as %+v, want value 0 at bottom", m[0])
	}
	if m[1].Y != c.Top || m[1].Value != 10 {
		t.Errorf("42 drawn as %+v, want value 10 at top", m[1])
	}
}

func TestDateMapping(t *testing.T) {
	a := Series{Key: "a", Points: []Point{{date(2026, 2, 1), 3}, {date(2026, 3, 1), 4}}}
	b := Series{Key: "b", Points: []Point{{date(2026, 1, 1), 3}, {date(2026, 5, 1), 4}}}
	c := Draw([]Series{a, b}, 600, 240)
	lb := c.Lines[1].Marks
	if lb[0].X != c.Left {
		t.Errorf("earliest date x=%v, want left %v", lb[0].X, c.Left)
	}
	if lb[1].X != c.Right {
		t.Errorf("latest date x=%v, want right %v", lb[1].X, c.Right)
	}
	// Linear in time: 1 Feb is 31 of 120 days along.
	want := c.Left + 31.0/120*(c.Right-c.Left)
	if got := c.Lines[0].Marks[0].X; !near(got, want) {
		t.Errorf("1 Feb x=%v, want %v", got, want)
	}
}

func TestSinglePointCentred(t *testing.T) {
	c := Draw([]Series{{Key: "a", Points: []Point{{date(2026, 3, 4), 7}}}}, 600, 240)
	if c.Empty {
		t.Fatal("Empty with one point")
	}
	m := c.Lines[0].Marks[0]
	if want := (c.Left + c.Right) / 2; m.X != want {
		t.Errorf("single point x=%v, want middle %v", m.X, want)
	}
	if len(c.XTicks) != 1 || c.XTicks[0].Label != "4 Mar" || c.XTicks[0].Pos != m.X {
		t.Errorf("single point ticks = %+v", c.XTicks)
	}
	// Several series all on one moment also sit in the middle.
	c = Draw([]Series{
		{Key: "a", Points: []Point{{date(2026, 3, 4), 7}}},
		{Key: "b", Points: []Point{{date(2026, 3, 4), 2}}},
	}, 600, 240)
	for _, l := range c.Lines {
		if l.Marks[0].X != (c.Left+c.Right)/2 {
			t.Errorf("%s x=%v, want middle", l.Key, l.Marks[0].X)
		}
	}
}

var pathRE = regexp.MustCompile(`^-?\d+(\.\d)?,-?\d+(\.\d)?( -?\d+(\.\d)?,-?\d+(\.\d)?)*$`)

func TestPathFormat(t *testing.T) {
	// 3 days over a 7-day span gives x positions with long fractions.
	s := Series{Key: "a", Points: []Point{
		{date(2026, 1, 1), 1},
		{date(2026, 1, 4), 7},
		{date(2026, 1, 8), 3},
	}}
	c := Draw([]Series{s}, 601, 233)
	l := c.Lines[0]
	if !pathRE.MatchString(l.Path) {
		t.Fatalf("Path %q is not \"x,y x,y\" with at most one decimal", l.Path)
	}
	pairs := strings.Split(l.Path, " ")
	if len(pairs) != len(l.Marks) {
		t.Fatalf("Path has %d points, want %d", len(pairs), len(l.Marks))
	}
	for i, p := range pairs {
		xs, ys, _ := strings.Cut(p, ",")
		x, _ := strconv.ParseFloat(xs, 64)
		y, _ := strconv.ParseFloat(ys, 64)
		if x != l.Marks[i].X || y != l.Marks[i].Y {
			t.Errorf("Path point %d = %v,%v; mark is %v,%v", i, x, y, l.Marks[i].X, l.Marks[i].Y)
		}
	}
	if !strings.HasPrefix(l.Path, "32,") {
		t.Errorf("Path %q should start at the left edge, 32", l.Path)
	}
}

func TestNum(t *testing.T) {
	for f, want := range map[float64]string{
		12: "12", 12.5: "12.5", 12.04: "12", 12.06: "12.1", 1.0 / 3: "0.3", -0.01: "0", 490: "490",
	} {
		if got := num(f); got != want {
			t.Errorf("num(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestSortsWithoutModifyingInput(t *testing.T) {
	pts := []Point{{date(2026, 3, 1), 1}, {date(2026, 1, 1), 2}, {date(2026, 2, 1), 3}}
	orig := slices.Clone(pts)
	c := Draw([]Series{{Key: "a", Points: pts}}, 600, 240)
	if !slices.Equal(pts, orig) {
		t.Errorf("caller's points changed: %v", pts)
	}
	var vals []int
	for i, m := range c.Lines[0].Marks {
		vals = append(vals, m.Value)
		if i > 0 && m.X <= c.Lines[0].Marks[i-1].X {
			t.Errorf("marks not in date order: %+v", c.Lines[0].Marks)
		}
	}
	if !slices.Equal(vals, []int{2, 3, 1}) {
		t.Errorf("values in date order = %v, want [2 3 1]", vals)
	}
}

func TestStyles(t *testing.T) {
	var series []Series
	for i := range 9 {
		series = append(series, Series{Key: fmt.Sprint(i), Points: []Point{{date(2026, 1, 1), i}, {date(2026, 2, 1), i}}})
	}
	c := Draw(series, 600, 400)
	wantDash := []string{"", "6 4", "2 3", "10 3 2 3", "", "6 4", "2 3", "10 3 2 3", ""}
	wantShape := []string{"circle", "square", "triangle", "diamond"}
	seen := map[[2]string]string{}
	for i, l := range c.Lines {
		if l.Dash != wantDash[i] {
			t.Errorf("line %d dash %q, want %q", i, l.Dash, wantDash[i])
		}
		if i < 4 && l.Shape != wantShape[i] {
			t.Errorf("line %d shape %q, want %q", i, l.Shape, wantShape[i])
		}
		if shapes := Shapes(); !slices.Contains(shapes[:], l.Shape) {
			t.Errorf("line %d unknown shape %q", i, l.Shape)
		}
		k := [2]string{l.Dash, l.Shape}
		if other, ok := seen[k]; ok {
			t.Errorf("line %s has the same dash and shape as line %s: %q", l.Key, other, k)
		}
		seen[k] = l.Key
	}
	// Within the first four, no two lines share a dash or a shape.
	for i := range 4 {
		for j := range i {
			if c.Lines[i].Dash == c.Lines[j].Dash || c.Lines[i].Shape == c.Lines[j].Shape {
				t.Errorf("lines %d and %d share a style", i, j)
			}
		}
	}
	// Sixteen lines are all distinct.
	seen = map[[2]string]string{}
	for i := range 16 {
		d, s := Style(i)
		if _, ok := seen[[2]string{d, s}]; ok {
			t.Errorf("Style(%d) = %q,%q repeats", i, d, s)
		}
		seen[[2]string{d, s}] = ""
	}
}

func TestStyleFollowsSeriesPosition(t *testing.T) {
	c := Draw([]Series{
		{Key: "none"},
		{Key: "b", Points: []Point{{date(2026, 1, 1), 3}}},
	}, 600, 240)
	if len(c.Lines) != 1 || c.Lines[0].Key != "b" {
		t.Fatalf("lines = %+v", c.Lines)
	}
	if c.Lines[0].Dash != "6 4" || c.Lines[0].Shape != "square" {
		t.Errorf("second series drawn as %q/%q, want \"6 4\"/square", c.Lines[0].Dash, c.Lines[0].Shape)
	}
}

func checkLabelGaps(t *testing.T, c Chart) {
	t.Helper()
	for i := range c.Lines {
		for j := range i {
			if d := math.Abs(c.Lines[i].LabelY - c.Lines[j].LabelY); d < LabelGap {
				t.Errorf("labels %s and %s are %v apart, want >= %d", c.Lines[i].Key, c.Lines[j].Key, d, LabelGap)
			}
		}
	}
}

func TestLabelNudging(t *testing.T) {
	mk := func(key string, end int) Series {
		return Series{Key: key, Label: key, Points: []Point{{date(2026, 1, 1), 2}, {date(2026, 2, 1), end}}}
	}
	for _, end := range []int{0, 5, 10} {
		t.Run(fmt.Sprint(end), func(t *testing.T) {
			c := Draw([]Series{mk("a", end), mk("b", end), mk("c", end), mk("d", end)}, 600, 240)
			checkLabelGaps(t, c)
			for _, l := range c.Lines {
				last := l.Marks[len(l.Marks)-1]
				if l.LabelX <= last.X {
					t.Errorf("%s label x=%v not right of last point %v", l.Key, l.LabelX, last.X)
				}
				if l.LabelX > float64(c.Width) {
					t.Errorf("%s label x=%v outside the SVG", l.Key, l.LabelX)
				}
				if l.LabelY < c.Top || l.LabelY > c.Bottom {
					t.Errorf("%s label y=%v outside %v..%v", l.Key, l.LabelY, c.Top, c.Bottom)
				}
				// Labels stay close to their lines: four labels span 36 units.
				if math.Abs(l.LabelY-last.Y) > 3*LabelGap {
					t.Errorf("%s label y=%v far from its point %v", l.Key, l.LabelY, last.Y)
				}
			}
		})
	}
	// Labels already apart are left where they are.
	c := Draw([]Series{mk("a", 10), mk("b", 0)}, 600, 240)
	for _, l := range c.Lines {
		if l.LabelY != l.Marks[len(l.Marks)-1].Y {
			t.Errorf("%s label moved to %v from %v", l.Key, l.LabelY, l.Marks[len(l.Marks)-1].Y)
		}
	}
	// Near neighbours keep their order.
	c = Draw([]Series{mk("a", 6), mk("b", 5)}, 600, 240)
	checkLabelGaps(t, c)
	if c.Lines[0].LabelY >= c.Lines[1].LabelY {
		t.Errorf("higher line's label below: %v vs %v", c.Lines[0].LabelY, c.Lines[1].LabelY)
	}
	// More labels than fit still keep their gaps.
	var many []Series
	for i := range 12 {
		many = append(many, mk(fmt.Sprint(i), 5))
	}
	checkLabelGaps(t, Draw(many, 300, 100))
}

func TestXTicks(t *testing.T) {
	cases := []struct {
		name        string
		dates       []time.Time
		first, last string
	}{
		{"weekly in one year", weekly(date(2026, 1, 5), 20), "5 Jan", "18 May"},
		{"two days", []time.Time{date(2026, 3, 4), date(2026, 3, 5)}, "4 Mar", "5 Mar"},
		{"across years", weekly(date(2025, 11, 3), 12), "Nov 2025", "Jan 2026"},
		{"over six months", weekly(date(2026, 1, 1), 40), "Jan 2026", "Oct 2026"},
		{"daily for two years", daily(date(2024, 6, 1), 730), "Jun 2024", "May 2026"},
		{"clustered", []time.Time{date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3), date(2026, 4, 1)}, "1 Jan", "1 Apr"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var pts []Point
			for i, d := range tc.dates {
				pts = append(pts, Point{d, i % 11})
			}
			// Shuffle-ish: reverse, so ticks cannot rely on input order.
			slices.Reverse(pts)
			c := Draw([]Series{{Key: "a", Points: pts}}, 600, 240)
			ticks := c.XTicks
			if len(ticks) < 2 || len(ticks) > MaxXTicks {
				t.Fatalf("%d ticks, want 2..%d: %+v", len(ticks), MaxXTicks, ticks)
			}
			if ticks[0].Label != tc.first || ticks[0].Pos != c.Left {
				t.Errorf("first tick %+v, want %q at %v", ticks[0], tc.first, c.Left)
			}
			if l := ticks[len(ticks)-1]; l.Label != tc.last || l.Pos != c.Right {
				t.Errorf("last tick %+v, want %q at %v", l, tc.last, c.Right)
			}
			labels := map[string]bool{}
			for i, tk := range ticks {
				if labels[tk.Label] {
					t.Errorf("label %q repeated: %+v", tk.Label, ticks)
				}
				labels[tk.Label] = true
				if i > 0 && tk.Pos-ticks[i-1].Pos < minTickSpacing {
					t.Errorf("ticks out of order or crowded (< %d apart): %+v", minTickSpacing, ticks)
				}
			}
		})
	}
	// A narrow chart gets fewer ticks, but still the first and last.
	c := Draw([]Series{{Key: "a", Points: pointsAt(daily(date(2026, 1, 1), 100))}}, 200, 120)
	if n := len(c.XTicks); n < 2 || n > 3 {
		t.Errorf("narrow chart has %d ticks: %+v", n, c.XTicks)
	}
	// Answers at times of day: the last tick is at the very last answer,
	// the right edge, even when that day has several answers.
	at := func(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, time.UTC) }
	c = Draw([]Series{{Key: "a", Points: pointsAt([]time.Time{at(1, 9), at(8, 9), at(15, 9), at(15, 18)})}}, 600, 240)
	if l := c.XTicks[len(c.XTicks)-1]; l.Label != "15 Mar" || l.Pos != c.Right {
		t.Errorf("last tick %+v, want \"15 Mar\" at %v", l, c.Right)
	}
	if len(c.XTicks) != 3 {
		t.Errorf("three days give ticks %+v", c.XTicks)
	}
	// Ticks across several series cover the whole range.
	c = Draw([]Series{
		{Key: "a", Points: pointsAt([]time.Time{date(2026, 2, 1), date(2026, 2, 10)})},
		{Key: "b", Points: pointsAt([]time.Time{date(2026, 1, 1), date(2026, 3, 1)})},
	}, 600, 240)
	if c.XTicks[0].Label != "1 Jan" || c.XTicks[len(c.XTicks)-1].Label != "1 Mar" {
		t.Errorf("ticks over two series = %+v", c.XTicks)
	}
}

func TestYTicks(t *testing.T) {
	c := Draw(nil, 600, 240)
	if len(c.YTicks) != 6 {
		t.Fatalf("y ticks = %+v", c.YTicks)
	}
	for i, tk := range c.YTicks {
		if tk.Label != strconv.Itoa(2*i) {
			t.Errorf("tick %d label %q", i, tk.Label)
		}
		if want := c.Bottom - float64(2*i)/10*(c.Bottom-c.Top); !near(tk.Pos, want) {
			t.Errorf("tick %s at %v, want %v", tk.Label, tk.Pos, want)
		}
	}
	if c.YTicks[0].Pos != c.Bottom || c.YTicks[5].Pos != c.Top {
		t.Errorf("0 and 10 ticks at %v and %v", c.YTicks[0].Pos, c.YTicks[5].Pos)
	}
}

func TestEmpty(t *testing.T) {
	for name, s := range map[string][]Series{
		"nil":           nil,
		"no points":     {{Key: "a"}, {Key: "b", Points: []Point{}}},
		"one with none": {{Key: "a"}},
	} {
		c := Draw(s, 600, 240)
		if !c.Empty || len(c.Lines) != 0 || len(c.XTicks) != 0 {
			t.Errorf("%s: Empty=%v lines=%d xticks=%d", name, c.Empty, len(c.Lines), len(c.XTicks))
		}
	}
	if c := Draw([]Series{{Key: "a", Points: []Point{{date(2026, 1, 1), 0}}}}, 600, 240); c.Empty {
		t.Error("one point reported Empty")
	}
}

func TestDefensiveSize(t *testing.T) {
	c := Draw([]Series{{Key: "a", Points: pointsAt(weekly(date(2026, 1, 1), 3))}}, 0, -5)
	if c.Width <= 0 || c.Height <= 0 || c.Right <= c.Left || c.Bottom <= c.Top {
		t.Errorf("bad layout for zero size: %+v", c)
	}
	c = Draw([]Series{{Key: "a", Points: pointsAt(weekly(date(2026, 1, 1), 3))}}, 50, 20)
	if c.Right <= c.Left || c.Bottom <= c.Top {
		t.Errorf("bad layout for tiny size: %+v", c)
	}
}

var (
	numRE  = `-?\d+(\.\d)?`
	pairRE = numRE + `,` + numRE
	polyRE = regexp.MustCompile(`^M` + pairRE + `( L` + pairRE + `)+ Z$`)
	circRE = regexp.MustCompile(`^M` + pairRE + `( A` + pairRE + ` 0 1,0 ` + pairRE + `){2} Z$`)
)

func TestMarkerPath(t *testing.T) {
	m := Mark{X: 100, Y: 50.5}
	corners := map[string]int{"square": 4, "triangle": 3, "diamond": 4}
	paths := map[string]bool{}
	for _, shape := range Shapes() {
		l := Line{Shape: shape}
		d := l.MarkerPath(m)
		if !strings.HasPrefix(d, "M") || !strings.HasSuffix(d, "Z") {
			t.Errorf("%s: %q should start with M and end with Z", shape, d)
		}
		paths[d] = true
		if shape == "circle" {
			if !circRE.MatchString(d) {
				t.Errorf("circle path %q is not two arcs", d)
			}
			continue
		}
		if !polyRE.MatchString(d) {
			t.Fatalf("%s path %q malformed", shape, d)
		}
		// Vertices are within the marker's size and centred on the mark.
		var xs, ys []float64
		for _, f := range regexp.MustCompile(pairRE).FindAllString(d, -1) {
			a, b, _ := strings.Cut(f, ",")
			x, _ := strconv.ParseFloat(a, 64)
			y, _ := strconv.ParseFloat(b, 64)
			xs = append(xs, x)
			ys = append(ys, y)
		}
		if len(xs) != corners[shape] {
			t.Errorf("%s has %d corners, want %d", shape, len(xs), corners[shape])
		}
		var cx, cy float64
		for i := range xs {
			cx += xs[i]
			cy += ys[i]
			if math.Abs(xs[i]-m.X) > 5.5 || math.Abs(ys[i]-m.Y) > 5.5 {
				t.Errorf("%s corner %v,%v too far from %v,%v", shape, xs[i], ys[i], m.X, m.Y)
			}
		}
		cx /= float64(len(xs))
		cy /= float64(len(ys))
		if !near(cx, m.X) || !near(cy, m.Y) {
			t.Errorf("%s centred on %v,%v, want %v,%v", shape, cx, cy, m.X, m.Y)
		}
	}
	if len(paths) != len(Shapes()) {
		t.Errorf("shapes share paths: %v", paths)
	}
	// Unknown shapes fall back to a circle rather than nothing.
	if d := (Line{}).MarkerPath(m); !circRE.MatchString(d) {
		t.Errorf("default marker %q", d)
	}
	// Drawn lines give paths centred on their own marks.
	c := Draw([]Series{{Key: "a", Points: []Point{{date(2026, 1, 1), 10}}}}, 600, 240)
	l := c.Lines[0]
	if d := l.MarkerPath(l.Marks[0]); !strings.HasPrefix(d, "M257,12 ") {
		t.Errorf("circle at the centre top = %q", d)
	}
}

func weekly(start time.Time, n int) []time.Time {
	var ts []time.Time
	for i := range n {
		ts = append(ts, start.AddDate(0, 0, 7*i))
	}
	return ts
}

func daily(start time.Time, n int) []time.Time {
	var ts []time.Time
	for i := range n {
		ts = append(ts, start.AddDate(0, 0, i))
	}
	return ts
}

func pointsAt(ts []time.Time) []Point {
	var pts []Point
	for i, t := range ts {
		pts = append(pts, Point{t, i % 11})
	}
	return pts
}
