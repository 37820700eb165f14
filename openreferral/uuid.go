package openreferral

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// namespace is the RFC 4122 namespace of every UUID we publish: itself the
// version 5 UUID of ".../clubtogether/openreferral" in the URL namespace.
// It is fixed so that ids stay the same across restarts and hosts.
const namespace = "74071cda-5bca-5530-9ff4-b799175ec801"

// nameUUID returns the version 5 (SHA-1, name-based) UUID of name. Ids are
// derived rather than stored so that a listing keeps one UUID for as long
// as it keeps its own id, and the store needs no new field.
func nameUUID(name string) string {
	ns, _ := hex.DecodeString(strings.ReplaceAll(namespace, "-", ""))
	h := sha1.New()
	h.Write(ns)
	h.Write([]byte(name))
	b := h.Sum(nil)[:16]
	b[6] = b[6]&0x0f | 0x50 // version 5
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	s := hex.EncodeToString(b)
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}

// ServiceUUID is the UUID a listing is published under.
func ServiceUUID(listingID string) string { return nameUUID("service/" + listingID) }

// OrganizationUUID is the UUID a provider is published under.
func OrganizationUUID(providerID string) string { return nameUUID("organization/" + providerID) }

// TaxonomyTermUUID is the UUID of an interest as a taxonomy term.
func TaxonomyTermUUID(slug string) string { return nameUUID("taxonomy_term/interest/" + slug) }

// taxonomyUUID is the UUID of the "ClubTogether interests" taxonomy.
func taxonomyUUID() string { return nameUUID("taxonomy/interests") }

// isUUID reports whether s has the 8-4-4-4-12 hex form of a UUID.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, r := range s {
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if r != '-' {
				return false
			}
		case !strings.ContainsRune("0123456789abcdefABCDEF", r):
			return false
		}
	}
	return true
}

// canonicalID trims a feed id and lower-cases it when it is a UUID, so
// that "AC14…" and "ac14…" are one service. Other ids (older feeds use
// plain numbers or codes) are kept as written.
func canonicalID(id string) string {
	id = strings.TrimSpace(id)
	if isUUID(id) {
		return strings.ToLower(id)
	}
	return id
}

// ImportedID is the ClubTogether id given to a feed record: 24 lower-case
// hex digits like our ObjectIDs, from SHA-256 of "oruk:" and the feed id.
// The same feed id always gives the same id, so importing a feed twice
// finds every record already there and creates nothing twice.
func ImportedID(feedID string) string {
	sum := sha256.Sum256([]byte("oruk:" + canonicalID(feedID)))
	return hex.EncodeToString(sum[:12])
}
