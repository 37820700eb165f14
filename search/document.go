package search

import "fmt"

// maxIDBytes keeps ids well inside Meilisearch's 511-byte limit once the
// kind is prefixed.
const maxIDBytes = 200

// checkDocument refuses a document either engine would refuse; see checkID.
func checkDocument(d Document) error {
	if err := checkID(d.Kind, d.ID); err != nil {
		return err
	}
	if d.HasPoint {
		if err := checkPoint(Point{Lat: d.Lat, Lon: d.Lon}); err != nil {
			return fmt.Errorf("%s %s: %w", d.Kind, d.ID, err)
		}
	}
	return nil
}

// checkID refuses what one engine would reject, so both engines fail
// the same way: an unknown kind, or an id Meilisearch cannot hold (only
// a-z, A-Z, 0-9, "-" and "_").
func checkID(kind Kind, id string) error {
	if !knownKind(kind) {
		return fmt.Errorf("search: unknown kind %q", kind)
	}
	if id == "" || len(id) > maxIDBytes {
		return fmt.Errorf("search: %s id must be 1 to %d characters", kind, maxIDBytes)
	}
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
		if !ok {
			return fmt.Errorf("search: %s id %q has a character other than letters, digits, - and _", kind, id)
		}
	}
	return nil
}

func knownKind(k Kind) bool {
	for _, known := range Kinds() {
		if k == known {
			return true
		}
	}
	return false
}
