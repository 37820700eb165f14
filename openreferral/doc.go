// Package openreferral publishes ClubTogether's providers and listings in
// the Open Referral UK profile (HSDS 3.0 UK), so that council directories
// and social prescribers can pick them up, and imports such feeds as
// unverified providers and listings.
//
// It knows nothing of the web: the handlers turn query strings into Params
// with ParseParams, call a Catalogue method and write the value it returns
// as JSON (with Access-Control-Allow-Origin: *, as the profile asks).
//
// How ClubTogether maps onto the profile:
//   - a verified provider is an organization; each of its listings that is
//     not hidden is a service. Unverified providers are never published,
//     because the feed is read by people who cannot see our "not checked
//     yet" label.
//   - ids are UUIDs derived from our ids (version 5, SHA-1, in a fixed
//     namespace), so they never change and need no migration.
//   - interests are the taxonomy "ClubTogether interests", linked to
//     services through attributes, as HSDS 3 does.
//   - places are postcode districts only: a location is the centre of the
//     listing's district, never an address, because ClubTogether keeps no
//     finer place than a district.
//   - price tiers are cost options, one per group size, amounts in pounds.
//     The profile has no currency field, so amount_description says GBP.
//
// Field names follow the compiled schemas of the profile (vendored with
// their licence in testdata/, where a test validates every response).
// Optional fields are left out rather than filled with guesses.
package openreferral
