package community

import "time"

// Change is one line of the change log: every action appends one, so that
// another replica can follow what changed and apply it to what it keeps
// in memory. Writer names the process that wrote it and Counter counts its
// changes, so (Writer, Counter) is unique and a follower can drop a change
// it has already seen.
type Change struct {
	Writer  string
	Counter int64
	// Action is what was done ("join"), Kind the kind of document changed
	// ("group") and DocID which one.
	Action, Kind, DocID string
	At                  time.Time
}

// ChangeID is the change's unique id in the log.
func ChangeID(writer string, counter int64) string {
	return writer + "/" + leftPad(counter)
}

// leftPad writes a counter with a fixed width, so ids sort as numbers do.
func leftPad(n int64) string {
	const width = 16
	b := []byte("0000000000000000")
	for i := width - 1; i >= 0 && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}
