package community

// Availability is when someone is free in a usual week: one bit for each
// weekday and part of the day. A bitset keeps comparisons between people a
// single AND, which matters when matching runs over many people.
type Availability uint32

// Days returns the weekday keys, Monday first; their words live in the
// locale catalogue under "day.<key>".
func Days() []string { return []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} }

// Slots returns the part-of-day keys, morning first; their words live in
// the locale catalogue under "slot.<key>".
func Slots() []string { return []string{"morning", "afternoon", "evening"} }

// slotsPerDay is how many parts each day has, fixing the bit layout.
const slotsPerDay = 3

// TimeKey names one free time, for example "tue-evening", as used in forms.
func TimeKey(day, slot string) string { return day + "-" + slot }

// bit returns the bit for a time key and whether the key is known.
func bit(key string) (Availability, bool) {
	for d, day := range Days() {
		for s, slot := range Slots() {
			if TimeKey(day, slot) == key {
				return bitAt(d, s), true
			}
		}
	}
	return 0, false
}

// bitAt is the bit of day d's part s, counted from 0.
func bitAt(d, s int) Availability { return 1 << (d*slotsPerDay + s) }

// ParseAvailability turns form keys into an Availability; unknown keys are
// returned so the caller can report them.
func ParseAvailability(keys []string) (Availability, []string) {
	var a Availability
	var unknown []string
	for _, k := range keys {
		b, ok := bit(k)
		if !ok {
			unknown = append(unknown, k)
			continue
		}
		a |= b
	}
	return a, unknown
}

// Has reports whether the person is free at the time key.
func (a Availability) Has(key string) bool {
	b, ok := bit(key)
	return ok && a&b != 0
}

// Keys lists the free times in week order.
func (a Availability) Keys() []string {
	var keys []string
	for d, day := range Days() {
		for s, slot := range Slots() {
			// The bit is found by its place: asking Has for each key would
			// look every key up again, for every person on a suggestions
			// page.
			if a&bitAt(d, s) != 0 {
				keys = append(keys, TimeKey(day, slot))
			}
		}
	}
	return keys
}

// allTimes is every part of every day, for validation.
const allTimes Availability = 1<<(7*slotsPerDay) - 1

// Valid reports whether no bit outside the week is set.
func (a Availability) Valid() bool { return a&^allTimes == 0 }
