package auth

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// secretFile is where the embedded site keeps its generated session secret,
// so that people stay signed in across restarts.
const secretFile = "session.key"

// LoadOrCreateSecret returns the session secret kept in dir, making one
// (32 random bytes, readable only by this user) on the first start.
func LoadOrCreateSecret(dir string) (string, error) {
	path := filepath.Join(dir, secretFile)
	data, err := os.ReadFile(path)
	if err == nil {
		secret := strings.TrimSpace(string(data))
		if len(secret) < 32 {
			return "", fmt.Errorf("session secret in %s is too short: delete the file to make a new one", path)
		}
		return secret, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("read session secret: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("make data folder: %w", err)
	}
	secret := hex.EncodeToString(randomBytes(32))
	if err := os.WriteFile(path, []byte(secret+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("save session secret: %w", err)
	}
	return secret, nil
}

// randomBytes returns n bytes from the system's secure source.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	// crypto/rand.Read never fails on the platforms Go supports.
	_, _ = rand.Read(b)
	return b
}

// RandomToken returns a random string safe for URLs and forms.
func RandomToken() string { return hex.EncodeToString(randomBytes(24)) }

// Derive makes a secret for one purpose from the session secret, as the
// session keys are made, so that a key signed for one use (a form key,
// say) is never valid for another.
func Derive(secret, purpose string) []byte {
	key, err := hkdf.Key(sha256.New, []byte(secret), nil, "clubtogether "+purpose, 32)
	if err != nil {
		panic(err) // only for a length SHA-256 cannot give; 32 it can
	}
	return key
}
