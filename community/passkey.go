package community

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on passkeys.
const (
	MaxPasskeyName = 60
	// MaxPasskeys bounds how many passkeys one member keeps: enough for a
	// phone, a tablet, a computer and spares.
	MaxPasskeys = 10
)

// Passkey is a way for a member to sign in with their device (a phone's
// fingerprint or face, a computer's PIN) instead of a password or an
// account elsewhere. ID is the credential's id, base64url; Credential is
// what the WebAuthn library keeps about it, opaque here.
type Passkey struct {
	ID       string
	PersonID string
	// Name is the member's own words for it, such as "My phone".
	Name       string
	Credential []byte
	CreatedAt  time.Time
	LastUsedAt time.Time
}

// ValidatePasskeyName checks the name a member gives a new passkey, and
// that they have room for one more.
func ValidatePasskeyName(name string, have int) error {
	var f fieldErrors
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		f.add("name", "error.passkey.name.missing")
	case utf8.RuneCountInString(name) > MaxPasskeyName:
		f = append(f, FieldError{Field: "name", Key: "error.passkey.name.too_long", Args: []string{strconv.Itoa(MaxPasskeyName)}})
	case strings.ContainsFunc(name, hidesText) || strings.ContainsAny(name, "\n\t\r"):
		f.add("name", "error.passkey.name.hidden_characters")
	case have >= MaxPasskeys:
		f = append(f, FieldError{Field: "name", Key: "error.passkey.too_many", Args: []string{strconv.Itoa(MaxPasskeys)}})
	}
	return f.err()
}
