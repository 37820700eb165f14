package community

import (
	"errors"
	"fmt"
)

// Kind says what sort of failure an error is, so that the web layer can pick
// a status code and a message in one place without knowing the cause.
type Kind int

const (
	// KindInternal is anything unexpected: a bug, or a store that fails.
	KindInternal Kind = iota
	// KindInvalid is bad input; Fields says which and why.
	KindInvalid
	// KindNotFound is something that does not exist, or that the person may
	// not know exists (a hidden profile).
	KindNotFound
	// KindForbidden is something that exists but the person may not do.
	KindForbidden
	// KindConflict is a change that clashes with another change.
	KindConflict
)

// FieldError says what is wrong with one form field. Key names a message in
// the locale catalogue, so that it can be said in plain words and Easy Read.
type FieldError struct {
	Field string
	Key   string
	// Args fill in the message, such as the figures of a spend too large.
	Args []string
}

// Error is a domain error with a kind, a catalogue key for the message the
// person sees, and the underlying cause for the log.
type Error struct {
	Kind   Kind
	Key    string
	Fields []FieldError
	Err    error
}

func (e *Error) Error() string {
	msg := e.Key
	for _, f := range e.Fields {
		msg += fmt.Sprintf(" [%s: %s]", f.Field, f.Key)
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// NotFound reports that something does not exist (or is hidden).
func NotFound(key string) error { return &Error{Kind: KindNotFound, Key: key} }

// Forbidden reports that the person may not do this.
func Forbidden(key string) error { return &Error{Kind: KindForbidden, Key: key} }

// Conflict reports that a change clashes with another one.
func Conflict(key string) error { return &Error{Kind: KindConflict, Key: key} }

// Invalid reports bad input, one FieldError per field at fault.
func Invalid(fields ...FieldError) error {
	return &Error{Kind: KindInvalid, Key: "error.invalid", Fields: fields}
}

// KindOf returns the kind of err, KindInternal when it is not one of ours.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}

// KeyOf returns the catalogue key of err's message, "" when it is not one
// of ours.
func KeyOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}

// FieldErrors returns the field errors carried by err, if any.
func FieldErrors(err error) []FieldError {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}
