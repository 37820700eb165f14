// Package chart lays out a member's wellbeing answers (0 to 10, on dates) as
// a line chart for an html/template to draw as inline SVG.
//
// The package computes geometry only: positions, polyline points, dash
// patterns, marker shapes and axis ticks. It never depends on colour to tell
// lines apart: every line gets its own dash pattern and marker shape and a
// direct label at its last point, so the chart reads in monochrome and the
// page needs no JavaScript.
package chart

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Point is one answer on a day.
type Point struct {
	At    time.Time
	Value int
}

// Series is one question's answers over time.
type Series struct {
	Key, Label string
	Points     []Point
}

// Mark is one drawn point.
type Mark struct {
	X, Y  float64
	Value int // the value as drawn, clamped to 0..10
	At    time.Time
}

// Line is one series drawn.
type Line struct {
	Key, Label string
	// Path is the value for a <polyline points="...">: "x1,y1 x2,y2" with at
	// most one decimal place.
	Path  string
	Marks []Mark
	// Dash is a stroke-dasharray value; "" means solid.
	Dash string
	// Shape is the marker shape: "circle", "square", "triangle" or "diamond".
	Shape string
	// LabelX, LabelY is where the direct label goes: right of the last point,
	// nudged so that labels of different lines are at least LabelGap apart
	// vertically. Meant for <text x y dominant-baseline="middle">.
	LabelX, LabelY float64
}

// Tick is one axis label.
type Tick struct {
	Pos   float64
	Label string
}

// Chart is what the template draws.
type Chart struct {
	Width, Height int
	// Left, Top, Right, Bottom bound the plot area inside the SVG.
	Left, Top, Right, Bottom float64
	Lines                    []Line
	// XTicks are dates: at most MaxXTicks, always including the first and
	// the last date. Pos is an x coordinate.
	XTicks []Tick
	// YTicks are 0, 2, 4, 6, 8, 10. Pos is a y coordinate.
	YTicks []Tick
	// Empty is true when there are no points at all.
	Empty bool
}

// Layout constants.
const (
	MinValue = 0
	MaxValue = 10

	MarginLeft   = 32  // room for y labels
	MarginTop    = 12  // room for the top y label
	MarginRight  = 110 // room for direct labels
	MarginBottom = 28  // room for x labels

	DefaultWidth  = 600
	DefaultHeight = 240

	MaxXTicks   = 6
	LabelGap    = 12 // minimum vertical distance between direct labels
	LabelOffset = 8  // horizontal distance from the last point to its label
	MarkerSize  = 8  // nominal marker size

	// minTickSpacing is the narrowest horizontal room given to one x label
	// such as "Mar 2026" at a small font size.
	minTickSpacing = 48
)

// Dashes and Shapes are the styles lines cycle through. A line's dash comes
// from its position i as Dashes[i%4] and its shape as Shapes[(i+i/4)%4], so
// the first four lines get (solid, circle), ("6 4", square), ("2 3",
// triangle), ("10 3 2 3", diamond) and the first sixteen lines all differ.
func Dashes() [4]string { return [4]string{"", "6 4", "2 3", "10 3 2 3"} }

func Shapes() [4]string { return [4]string{"circle", "square", "triangle", "diamond"} }

// Style returns the dash pattern and marker shape for the i-th series.
func Style(i int) (dash, shape string) {
	if i < 0 {
		i = 0
	}
	dashes, shapes := Dashes(), Shapes()
	return dashes[i%len(dashes)], shapes[(i+i/len(dashes))%len(shapes)]
}

// Draw lays out the series in a width x height SVG. Values are on a fixed
// 0..10 scale (0 at the bottom) and are clamped into it. Dates map linearly
// from the earliest to the latest point across all series; when every point
// is at the same moment they sit in the middle.
//
// A series with no points is left out of Lines, but styles are given by the
// series' position in the argument, so a question keeps its dash and shape
// whether or not the others have answers. The caller's slices are not
// modified.
func Draw(series []Series, width, height int) Chart {
	if width <= 0 {
		width = DefaultWidth
	}
	if height <= 0 {
		height = DefaultHeight
	}
	c := Chart{
		Width:  width,
		Height: height,
		Left:   MarginLeft,
		Top:    MarginTop,
		Right:  float64(width - MarginRight),
		Bottom: float64(height - MarginBottom),
	}
	// A tiny SVG still gets a plot area at least one unit across.
	if c.Right < c.Left+1 {
		c.Right = c.Left + 1
	}
	if c.Bottom < c.Top+1 {
		c.Bottom = c.Top + 1
	}
	for v := MinValue; v <= MaxValue; v += 2 {
		c.YTicks = append(c.YTicks, Tick{Pos: c.y(v), Label: strconv.Itoa(v)})
	}

	// Sorted copies of every series, and the overall time range.
	sorted := make([][]Point, len(series))
	var first, last time.Time
	found := false
	for i, s := range series {
		pts := slices.Clone(s.Points)
		sort.SliceStable(pts, func(a, b int) bool { return pts[a].At.Before(pts[b].At) })
		sorted[i] = pts
		if len(pts) == 0 {
			continue
		}
		if !found || pts[0].At.Before(first) {
			first = pts[0].At
		}
		if !found || pts[len(pts)-1].At.After(last) {
			last = pts[len(pts)-1].At
		}
		found = true
	}
	if !found {
		c.Empty = true
		return c
	}
	xOf := func(t time.Time) float64 {
		span := last.Sub(first)
		if span <= 0 {
			return (c.Left + c.Right) / 2
		}
		return c.Left + float64(t.Sub(first))/float64(span)*(c.Right-c.Left)
	}

	for i, s := range series {
		pts := sorted[i]
		if len(pts) == 0 {
			continue
		}
		l := Line{Key: s.Key, Label: s.Label}
		l.Dash, l.Shape = Style(i)
		var b strings.Builder
		for j, p := range pts {
			v := clamp(p.Value)
			m := Mark{X: round1(xOf(p.At)), Y: round1(c.y(v)), Value: v, At: p.At}
			l.Marks = append(l.Marks, m)
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(m.X))
			b.WriteByte(',')
			b.WriteString(num(m.Y))
		}
		l.Path = b.String()
		end := l.Marks[len(l.Marks)-1]
		l.LabelX = math.Round(end.X + LabelOffset)
		l.LabelY = end.Y
		c.Lines = append(c.Lines, l)
	}
	c.placeLabels()
	c.XTicks = c.xTicks(sorted, first, last, xOf)
	return c
}

// y maps a value on the 0..10 scale to a y coordinate.
func (c Chart) y(v int) float64 {
	return c.Bottom - float64(clamp(v)-MinValue)/float64(MaxValue-MinValue)*(c.Bottom-c.Top)
}

// placeLabels nudges the direct labels apart so that any two are at least
// LabelGap apart vertically, keeping them near their lines' last points and
// within the plot's height where there is room. Positions are whole units, so
// the gaps are exact.
func (c *Chart) placeLabels() {
	n := len(c.Lines)
	if n == 0 {
		return
	}
	order := make([]int, n)
	want := make([]float64, n)
	for i := range c.Lines {
		order[i] = i
		want[i] = math.Round(c.Lines[i].LabelY)
	}
	// Top to bottom; lines ending on the same value keep their series order.
	sort.SliceStable(order, func(a, b int) bool { return want[order[a]] < want[order[b]] })
	lo, hi := math.Round(c.Top), math.Round(c.Bottom)
	y := make([]float64, n)
	for k, i := range order {
		y[k] = math.Max(want[i], lo)
		if k > 0 {
			y[k] = math.Max(y[k], y[k-1]+LabelGap)
		}
	}
	if y[n-1] > hi {
		y[n-1] = hi
		for k := n - 2; k >= 0; k-- {
			y[k] = math.Min(y[k], y[k+1]-LabelGap)
		}
		if y[0] < lo {
			// Not enough room: keep the gaps and run past the bottom.
			y[0] = lo
			for k := 1; k < n; k++ {
				y[k] = math.Max(y[k], y[k-1]+LabelGap)
			}
		}
	}
	for k, i := range order {
		c.Lines[i].LabelY = y[k]
	}
}

// day is one calendar date that has answers, with the moment its tick sits at.
type day struct {
	y  int
	m  time.Month
	d  int
	at time.Time
}

// xTicks chooses at most MaxXTicks date labels, always the first and the
// last date, spread as evenly in time as the answers' dates allow and with no
// label repeated.
func (c Chart) xTicks(sorted [][]Point, first, last time.Time, xOf func(time.Time) float64) []Tick {
	var all []time.Time
	for _, pts := range sorted {
		for _, p := range pts {
			all = append(all, p.At)
		}
	}
	slices.SortFunc(all, func(a, b time.Time) int { return a.Compare(b) })
	var days []day
	for _, t := range all {
		y, m, d := t.Date()
		if n := len(days); n > 0 && days[n-1].y == y && days[n-1].m == m && days[n-1].d == d {
			continue
		}
		days = append(days, day{y, m, d, t})
	}
	// The last tick sits at the very last moment, which is the right edge.
	days[len(days)-1].at = last

	layout := "Jan 2006"
	fy, _, _ := first.Date()
	ly, _, _ := last.Date()
	if fy == ly && !last.After(first.AddDate(0, 6, 0)) {
		layout = "2 Jan"
	}
	label := func(d day) string {
		return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, time.UTC).Format(layout)
	}
	if len(days) == 1 {
		return []Tick{{Pos: round1(xOf(days[0].at)), Label: label(days[0])}}
	}

	limit := MaxXTicks
	if room := int((c.Right-c.Left)/minTickSpacing) + 1; room < limit {
		limit = room
	}
	if limit < 2 {
		limit = 2
	}
	// Pick the date nearest each evenly spaced moment, never going backwards.
	picked := []int{0}
	span := float64(last.Sub(first))
	for k := 1; k < limit-1; k++ {
		target := first.Add(time.Duration(span * float64(k) / float64(limit-1)))
		best := -1
		for j := picked[len(picked)-1] + 1; j < len(days)-1; j++ {
			if best < 0 || absDur(days[j].at.Sub(target)) < absDur(days[best].at.Sub(target)) {
				best = j
			}
		}
		if best >= 0 {
			picked = append(picked, best)
		}
	}
	picked = append(picked, len(days)-1)

	ticks := []Tick{}
	lastLabel := label(days[len(days)-1])
	lastPos := round1(xOf(days[len(days)-1].at))
	for n, j := range picked {
		t := Tick{Pos: round1(xOf(days[j].at)), Label: label(days[j])}
		if n > 0 && n < len(picked)-1 {
			prev := ticks[len(ticks)-1]
			// Interior ticks give way to repeats and crowding.
			if t.Label == prev.Label || t.Label == lastLabel ||
				t.Pos-prev.Pos < minTickSpacing || lastPos-t.Pos < minTickSpacing {
				continue
			}
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// MarkerPath returns an SVG path "d" for the line's marker shape centred on
// m, about MarkerSize units across, so a template can draw every marker with
// one <path d="...">. The shapes are sized to look about equally heavy.
func (l Line) MarkerPath(m Mark) string {
	x, y := m.X, m.Y
	p := func(parts ...float64) string {
		// parts are x,y pairs for M, L, L, ... then Z.
		var b strings.Builder
		for i := 0; i+1 < len(parts); i += 2 {
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString(" L")
			}
			b.WriteString(num(parts[i]))
			b.WriteByte(',')
			b.WriteString(num(parts[i+1]))
		}
		b.WriteString(" Z")
		return b.String()
	}
	switch l.Shape {
	case "square":
		h := 3.5
		return p(x-h, y-h, x+h, y-h, x+h, y+h, x-h, y+h)
	case "triangle":
		// Equilateral, side 9, centred on its centroid.
		return p(x, y-5.2, x+4.5, y+2.6, x-4.5, y+2.6)
	case "diamond":
		h := 4.5
		return p(x, y-h, x+h, y, x, y+h, x-h, y)
	default: // circle
		r := float64(MarkerSize) / 2
		rs := num(r)
		return "M" + num(x-r) + "," + num(y) +
			" A" + rs + "," + rs + " 0 1,0 " + num(x+r) + "," + num(y) +
			" A" + rs + "," + rs + " 0 1,0 " + num(x-r) + "," + num(y) + " Z"
	}
}

func clamp(v int) int {
	return min(max(v, MinValue), MaxValue)
}

func round1(f float64) float64 {
	return math.Round(f*10) / 10
}

// num formats f with at most one decimal place: "12", "12.5", never "-0".
func num(f float64) string {
	f = round1(f)
	if f == 0 {
		f = 0 // turns -0 into 0
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
