package community

import "time"

// Export is everything the site holds about one person, for them to take
// away (their "my data"): what they wrote and chose, who they marked, the
// messages they sent and received, the groups they are or were in with
// the ledger entries that are theirs or that they recorded, the
// permissions they gave and were given, and what a mentor did for them.
// What others hold privately about them (a block, say) is not theirs and
// is not in it.
type Export struct {
	Exported time.Time
	Profile  Person
	// MarksMade are their own marks on others (hello, not interested,
	// block); HellosReceived are others' hellos to them, which their own
	// page shows them.
	MarksMade      []Mark
	HellosReceived []Mark
	Messages       []Message
	Groups         []ExportGroup
	// PermissionsGiven they gave a mentor; PermissionsReceived they hold
	// from members, as a mentor.
	PermissionsGiven    []Permission
	PermissionsReceived []Permission
	// MentorLog is what mentors did for them.
	MentorLog []Act
	// Mentor is their offer to mentor, if they made one.
	Mentor    *Mentor
	HelpAsked []Help
	Invites   []Invite
	Passkeys  []ExportPasskey
	Providers []Provider
	Listings  []Listing
	// Wishes are the wishes they made or said "Me too" to, with their own
	// part in each; the others who back a wish are not named.
	Wishes []ExportWish
	// Wellbeing is whether they agreed to check-ins and how often to ask;
	// CheckIns their answers, oldest first.
	Wellbeing WellbeingPlan
	CheckIns  []CheckIn
	// Calendar is the public sessions they chose for their calendar; its
	// link's token is left out, being a key rather than their data.
	CalendarSessions []string
}

// ExportWish is one wish in an export.
type ExportWish struct {
	ID, Text  string
	Interests []string
	District  string
	Every     Period
	// Made is true for their own wish; Promise and Threshold are their
	// promise, if they made one; GroupID the group it started.
	Made      bool
	Promise   Pence
	Threshold int
	GroupID   string
}

// ExportGroup is one group in an export: its name, their part in it, and
// the ledger entries that are theirs or that they recorded.
type ExportGroup struct {
	ID, Name string
	// Role is member, former member, user of a thing, and organiser or
	// treasurer where they are one.
	Roles   []string
	Entries []Entry
}

// ExportPasskey is a passkey as an export lists it: its name and when it
// was made and last used; the key itself is for signing in, not reading.
type ExportPasskey struct {
	Name              string
	Created, LastUsed time.Time
}
