// Package matching answers, from memory and with reasons a person can read:
// who near me likes what I like and is free when I am, which open groups
// near me fit me, and which groups could form around a provider's listing
// so that everyone pays its lower group price.
//
// It is pure Go: no I/O, no web, no database. The caller loads it from the
// store at start-up and tells it about every change, so that a hidden or
// blocked person disappears from suggestions at once.
//
// People sit in their postcode district (never finer), so distances are
// between district centres and are worked out once per pair of districts.
// Interests are a bitset, free times are the community.Availability bits,
// and access needs are a small bitset, so comparing two people is a few
// AND instructions. Brute is the plain reference the index is tested
// against.
package matching
