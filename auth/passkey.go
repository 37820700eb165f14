package auth

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"
)

const (
	passkeyCookie = "ct_passkey"
	// ceremonyLifetime is how long a person has between asking their device
	// for a passkey and sending it back.
	ceremonyLifetime = 5 * time.Minute
)

// Errors a passkey ceremony ends with, which the web layer words for the
// person.
var (
	// ErrPasskeyStale is a ceremony whose state is missing, forged, for
	// another purpose, or too old: the person starts again.
	ErrPasskeyStale = errors.New("passkey ceremony not started, or started too long ago")
	// ErrPasskeyRefused is a response that does not prove what it must: a
	// wrong challenge, origin, relying party or user, or a bad signature.
	ErrPasskeyRefused = errors.New("passkey refused")
)

// Passkeys runs the WebAuthn ceremonies that make passkeys and sign in
// with them. The state between a ceremony's two steps travels in a signed,
// encrypted cookie, so any replica can finish what another began.
type Passkeys struct {
	web      *webauthn.WebAuthn
	sessions *Sessions
}

// NewPasskeys makes passkeys for the relying party id (BASE_URL's host)
// and origin (BASE_URL).
func NewPasskeys(rpID, origin, siteName string, sessions *Sessions) (*Passkeys, error) {
	timeout := webauthn.TimeoutConfig{Enforce: true, Timeout: ceremonyLifetime, TimeoutUVD: ceremonyLifetime}
	web, err := webauthn.New(&webauthn.Config{
		RPID: rpID, RPDisplayName: siteName, RPOrigins: []string{origin},
		Timeouts: webauthn.TimeoutsConfig{Login: timeout, Registration: timeout},
	})
	if err != nil {
		return nil, fmt.Errorf("passkeys for %s: %w", origin, err)
	}
	return &Passkeys{web: web, sessions: sessions}, nil
}

// PasskeyUser is a member as WebAuthn sees them: the user handle is their
// member id, which never changes, and their passkeys.
type PasskeyUser struct {
	ID, Name string
	Keys     []community.Passkey
}

func (u PasskeyUser) WebAuthnID() []byte          { return []byte(u.ID) }
func (u PasskeyUser) WebAuthnName() string        { return u.Name }
func (u PasskeyUser) WebAuthnDisplayName() string { return u.Name }

// WebAuthnCredentials decodes the member's passkeys; one that cannot be
// read is left out rather than stopping every other from working.
func (u PasskeyUser) WebAuthnCredentials() []webauthn.Credential {
	var creds []webauthn.Credential
	for _, k := range u.Keys {
		var c webauthn.Credential
		if json.Unmarshal(k.Credential, &c) == nil {
			creds = append(creds, c)
		}
	}
	return creds
}

// ceremony is what the passkey cookie carries between a ceremony's steps.
// Purpose ties it to the one form that began it ("sign-in", "add",
// "invite:<id>"), so a state made for one cannot finish another.
type ceremony struct {
	Purpose string
	UserID  string `json:",omitempty"`
	Data    webauthn.SessionData
}

// BeginAdd starts making a passkey for user and returns the options for
// the browser, as JSON. The passkey is discoverable (so signing in needs
// no name typed) and asks the device to check it is the person (a
// fingerprint, face or PIN).
func (p *Passkeys) BeginAdd(w http.ResponseWriter, purpose string, user PasskeyUser) ([]byte, error) {
	var exclude []protocol.CredentialDescriptor
	for _, c := range user.WebAuthnCredentials() {
		exclude = append(exclude, c.Descriptor())
	}
	options, data, err := p.web.BeginRegistration(user,
		webauthn.WithAuthenticatorSelection(protocol.AuthenticatorSelection{
			ResidentKey: protocol.ResidentKeyRequirementRequired, UserVerification: protocol.VerificationRequired,
		}),
		webauthn.WithExclusions(exclude),
		webauthn.WithConveyancePreference(protocol.PreferNoAttestation))
	if err != nil {
		return nil, fmt.Errorf("begin passkey: %w", err)
	}
	return p.begin(w, ceremony{Purpose: purpose, UserID: user.ID, Data: *data}, options)
}

// FinishAdd checks the browser's response (the JSON of the new credential)
// against the ceremony begun for purpose and user, and returns the passkey
// to save. The state is used once: it is cleared whatever the outcome.
func (p *Passkeys) FinishAdd(w http.ResponseWriter, r *http.Request, purpose string, user PasskeyUser, response string) (community.Passkey, error) {
	state, err := p.finish(w, r, purpose)
	if err != nil {
		return community.Passkey{}, err
	}
	if state.UserID != user.ID {
		return community.Passkey{}, ErrPasskeyRefused
	}
	parsed, err := protocol.ParseCredentialCreationResponseBytes([]byte(response))
	if err != nil {
		return community.Passkey{}, fmt.Errorf("%w: %w", ErrPasskeyRefused, err)
	}
	cred, err := p.web.CreateCredential(user, state.Data, parsed)
	if err != nil {
		return community.Passkey{}, fmt.Errorf("%w: %w", ErrPasskeyRefused, err)
	}
	raw, err := json.Marshal(cred)
	if err != nil {
		return community.Passkey{}, err
	}
	return community.Passkey{ID: base64.RawURLEncoding.EncodeToString(cred.ID), PersonID: user.ID, Credential: raw}, nil
}

// FinishNew is FinishAdd for someone who is not a member yet: the id
// chosen for them when the ceremony began is in its state, and is
// returned as the passkey's PersonID.
func (p *Passkeys) FinishNew(w http.ResponseWriter, r *http.Request, purpose, name, response string) (community.Passkey, error) {
	var state ceremony
	if !p.sessions.read(r, passkeyCookie, &state) || state.UserID == "" {
		http.SetCookie(w, p.sessions.cookie(passkeyCookie, "", -1))
		return community.Passkey{}, ErrPasskeyStale
	}
	return p.FinishAdd(w, r, purpose, PasskeyUser{ID: state.UserID, Name: name}, response)
}

// BeginSignIn starts signing in with any passkey made for the site.
func (p *Passkeys) BeginSignIn(w http.ResponseWriter) ([]byte, error) {
	options, data, err := p.web.BeginDiscoverableLogin(webauthn.WithUserVerification(protocol.VerificationRequired))
	if err != nil {
		return nil, fmt.Errorf("begin passkey sign-in: %w", err)
	}
	return p.begin(w, ceremony{Purpose: "sign-in", Data: *data}, options)
}

// FinishSignIn checks the browser's response and returns the member's id
// and the passkey, its credential updated, to record as used. find
// returns the member whose passkey has the credential id; the user handle
// the device sent must name the same member.
func (p *Passkeys) FinishSignIn(w http.ResponseWriter, r *http.Request, response string, find func(credentialID string) (PasskeyUser, error)) (string, community.Passkey, error) {
	state, err := p.finish(w, r, "sign-in")
	if err != nil {
		return "", community.Passkey{}, err
	}
	parsed, err := protocol.ParseCredentialRequestResponseBytes([]byte(response))
	if err != nil {
		return "", community.Passkey{}, fmt.Errorf("%w: %w", ErrPasskeyRefused, err)
	}
	var owner PasskeyUser
	user, cred, err := p.web.ValidatePasskeyLogin(func(rawID, userHandle []byte) (webauthn.User, error) {
		u, err := find(base64.RawURLEncoding.EncodeToString(rawID))
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(userHandle, u.WebAuthnID()) {
			return nil, fmt.Errorf("the passkey's user is not its owner")
		}
		owner = u
		return u, nil
	}, state.Data, parsed)
	if err != nil || user == nil {
		return "", community.Passkey{}, fmt.Errorf("%w: %w", ErrPasskeyRefused, err)
	}
	raw, err := json.Marshal(cred)
	if err != nil {
		return "", community.Passkey{}, err
	}
	return owner.ID, community.Passkey{ID: base64.RawURLEncoding.EncodeToString(cred.ID), PersonID: owner.ID, Credential: raw}, nil
}

func (p *Passkeys) begin(w http.ResponseWriter, state ceremony, options any) ([]byte, error) {
	if err := p.sessions.write(w, passkeyCookie, state, ceremonyLifetime); err != nil {
		return nil, err
	}
	return json.Marshal(options)
}

// finish reads and clears the ceremony state, which must be for purpose.
func (p *Passkeys) finish(w http.ResponseWriter, r *http.Request, purpose string) (ceremony, error) {
	var state ceremony
	ok := p.sessions.read(r, passkeyCookie, &state)
	http.SetCookie(w, p.sessions.cookie(passkeyCookie, "", -1))
	if !ok || state.Purpose != purpose || state.Data.Challenge == "" {
		return ceremony{}, ErrPasskeyStale
	}
	if !state.Data.Expires.IsZero() && time.Now().After(state.Data.Expires) {
		return ceremony{}, ErrPasskeyStale
	}
	return state, nil
}
