package sitetest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// Authenticator is a passkey device for tests that run without a browser:
// it answers the site's WebAuthn options as a phone would, with "none"
// attestation and ES256 keys, and keeps the passkeys it made. Its fields
// can be changed to send what a hostile or mistaken client would: another
// origin, or another user's handle. The browser tests use Chromium's own
// virtual authenticator instead.
type Authenticator struct {
	// Origin is what the device says the page's origin is.
	Origin string
	// UserHandle, when set, replaces the user handle of every sign-in.
	UserHandle []byte
	keys       []deviceKey
	counter    uint32
}

type deviceKey struct {
	id         []byte
	rpID       string
	userHandle []byte
	private    *ecdsa.PrivateKey
}

// NewAuthenticator is a device for the site at origin.
func NewAuthenticator(origin string) *Authenticator { return &Authenticator{Origin: origin} }

type creationOptions struct {
	PublicKey struct {
		Challenge string `json:"challenge"`
		RP        struct {
			ID string `json:"id"`
		} `json:"rp"`
		User struct {
			ID string `json:"id"`
		} `json:"user"`
	} `json:"publicKey"`
}

type requestOptions struct {
	PublicKey struct {
		Challenge string `json:"challenge"`
		RPID      string `json:"rpId"`
	} `json:"publicKey"`
}

var b64 = base64.RawURLEncoding

// Create makes a passkey for the options the site sent (as JSON) and
// returns the response a browser would post, as JSON.
func (a *Authenticator) Create(options string) (string, error) {
	var o creationOptions
	if err := json.Unmarshal([]byte(options), &o); err != nil {
		return "", fmt.Errorf("read creation options: %w", err)
	}
	user, err := b64.DecodeString(o.PublicKey.User.ID)
	if err != nil {
		return "", fmt.Errorf("read user id: %w", err)
	}
	private, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return "", err
	}
	key := deviceKey{id: make([]byte, 16), rpID: o.PublicKey.RP.ID, userHandle: user, private: private}
	_, _ = rand.Read(key.id)
	a.keys = append(a.keys, key)

	public, err := private.PublicKey.ECDH()
	if err != nil {
		return "", err
	}
	point := public.Bytes() // 0x04 | X | Y
	cose, err := cbor.Marshal(map[int]any{1: 2, 3: -7, -1: 1, -2: point[1:33], -3: point[33:65]})
	if err != nil {
		return "", err
	}
	auth := a.authData(key.rpID, 0x45) // user present, verified, with credential data
	auth = append(auth, make([]byte, 16)...)
	auth = binary.BigEndian.AppendUint16(auth, uint16(len(key.id)))
	auth = append(auth, key.id...)
	auth = append(auth, cose...)
	attestation, err := cbor.Marshal(map[string]any{"fmt": "none", "attStmt": map[string]any{}, "authData": auth})
	if err != nil {
		return "", err
	}
	client := a.clientData("webauthn.create", o.PublicKey.Challenge)
	return marshal(map[string]any{
		"id": b64.EncodeToString(key.id), "rawId": b64.EncodeToString(key.id), "type": "public-key",
		"clientExtensionResults": map[string]any{}, "authenticatorAttachment": "platform",
		"response": map[string]any{
			"clientDataJSON": b64.EncodeToString(client), "attestationObject": b64.EncodeToString(attestation),
			"transports": []string{"internal"},
		},
	})
}

// Get signs in with the newest passkey made for the options' relying
// party, returning the response a browser would post, as JSON.
func (a *Authenticator) Get(options string) (string, error) {
	var o requestOptions
	if err := json.Unmarshal([]byte(options), &o); err != nil {
		return "", fmt.Errorf("read request options: %w", err)
	}
	for i := len(a.keys) - 1; i >= 0; i-- {
		key := a.keys[i]
		if key.rpID != o.PublicKey.RPID {
			continue
		}
		auth := a.authData(key.rpID, 0x05) // user present and verified
		client := a.clientData("webauthn.get", o.PublicKey.Challenge)
		hash := sha256.Sum256(client)
		digest := sha256.Sum256(append(append([]byte(nil), auth...), hash[:]...))
		signature, err := ecdsa.SignASN1(rand.Reader, key.private, digest[:])
		if err != nil {
			return "", err
		}
		user := key.userHandle
		if a.UserHandle != nil {
			user = a.UserHandle
		}
		return marshal(map[string]any{
			"id": b64.EncodeToString(key.id), "rawId": b64.EncodeToString(key.id), "type": "public-key",
			"clientExtensionResults": map[string]any{}, "authenticatorAttachment": "platform",
			"response": map[string]any{
				"clientDataJSON": b64.EncodeToString(client), "authenticatorData": b64.EncodeToString(auth),
				"signature": b64.EncodeToString(signature), "userHandle": b64.EncodeToString(user),
			},
		})
	}
	return "", errors.New("the device has no passkey for " + o.PublicKey.RPID)
}

// authData is the authenticator data's start: the relying party's hash,
// the flags and the signature counter, which goes up on each use.
func (a *Authenticator) authData(rpID string, flags byte) []byte {
	a.counter++
	hash := sha256.Sum256([]byte(rpID))
	out := append(hash[:], flags)
	return binary.BigEndian.AppendUint32(out, a.counter)
}

func (a *Authenticator) clientData(kind, challenge string) []byte {
	data, _ := json.Marshal(map[string]any{"type": kind, "challenge": challenge, "origin": a.Origin, "crossOrigin": false})
	return data
}

func marshal(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
