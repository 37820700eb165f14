package auth

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/config"
	"github.com/markbates/goth"
	"github.com/markbates/goth/providers/github"
	"github.com/markbates/goth/providers/google"
	"github.com/markbates/goth/providers/microsoftonline"
	"github.com/markbates/goth/providers/openidConnect"
)

// Provider is a sign-in provider that is turned on, with the words for its button.
type Provider struct {
	Name  string
	Label string
	goth  goth.Provider
}

// Providers are the sign-in providers turned on by their keys. goth's own
// provider registry and gothic's session store are package globals, so the
// site keeps its own list and its own (encrypted cookie) state instead.
type Providers struct {
	list     []Provider
	sessions *Sessions
}

// NewProviders turns on each provider whose keys are set. The OpenID
// Connect provider reads the issuer's discovery document now, so a wrong
// issuer stops start-up with a clear message.
func NewProviders(cfg config.Providers, baseURL string, sessions *Sessions) (*Providers, error) {
	callback := func(name string) string { return baseURL + "/auth/" + name + "/callback" }
	p := &Providers{sessions: sessions}
	if cfg.GoogleKey != "" {
		p.add("google", "Google", google.New(cfg.GoogleKey, cfg.GoogleSecret, callback("google"), "email", "profile"))
	}
	if cfg.MicrosoftKey != "" {
		p.add("microsoftonline", "Microsoft", microsoftonline.New(cfg.MicrosoftKey, cfg.MicrosoftSecret, callback("microsoftonline")))
	}
	if cfg.GitHubKey != "" {
		p.add("github", "GitHub", github.New(cfg.GitHubKey, cfg.GitHubSecret, callback("github"), "read:user", "user:email"))
	}
	if cfg.OIDCIssuer != "" {
		discovery := strings.TrimRight(cfg.OIDCIssuer, "/") + "/.well-known/openid-configuration"
		oidc, err := openidConnect.NewNamed("oidc", cfg.OIDCClientID, cfg.OIDCSecret, callback("oidc"), discovery, "openid", "email", "profile")
		if err != nil {
			return nil, fmt.Errorf("OIDC_ISSUER %s: read its discovery document: %w", cfg.OIDCIssuer, err)
		}
		// The ID token carries who the person is; skipping the userinfo call
		// saves a round trip and works with providers that omit sub there.
		oidc.SkipUserInfoRequest = true
		oidc.HTTPClient = &http.Client{Timeout: 15 * time.Second}
		p.add("oidc", "OpenID Connect", oidc)
	}
	return p, nil
}

func (p *Providers) add(name, label string, gp goth.Provider) {
	p.list = append(p.list, Provider{Name: name, Label: label, goth: gp})
}

// List returns the providers that are on, in the order they are shown.
func (p *Providers) List() []Provider { return append([]Provider(nil), p.list...) }

func (p *Providers) find(name string) (Provider, bool) {
	for _, pr := range p.list {
		if pr.Name == name {
			return pr, true
		}
	}
	return Provider{}, false
}

// authError is a sign-in failure the web layer answers in its own way.
// Constants of this type, rather than package variables, name them.
type authError string

func (e authError) Error() string { return string(e) }

const (
	// errUnknownProvider is returned for a provider that is not turned on.
	errUnknownProvider authError = "unknown sign-in provider"
	// errBadState is returned when the callback's state does not match the
	// one this browser was sent with: a forged or replayed callback.
	errBadState authError = "sign-in state does not match"
)

// IsUnknownProvider reports whether err means the provider is not on.
func IsUnknownProvider(err error) bool { return errors.Is(err, errUnknownProvider) }

// flowCookie carries the OAuth state between leaving for the provider and
// coming back, encrypted so the provider's tokens never show in the browser.
const flowCookie = "ct_signin"

type flow struct {
	Provider string
	State    string
	Session  string
}

// Begin starts signing in with a provider: it remembers a fresh state in a
// short-lived cookie and returns where to send the person.
func (p *Providers) Begin(w http.ResponseWriter, name string) (string, error) {
	pr, ok := p.find(name)
	if !ok {
		return "", errUnknownProvider
	}
	state := RandomToken()
	sess, err := pr.goth.BeginAuth(state)
	if err != nil {
		return "", fmt.Errorf("begin %s sign-in: %w", name, err)
	}
	authURL, err := sess.GetAuthURL()
	if err != nil {
		return "", fmt.Errorf("begin %s sign-in: %w", name, err)
	}
	if err := p.sessions.write(w, flowCookie, flow{name, state, sess.Marshal()}, 10*time.Minute); err != nil {
		return "", err
	}
	return authURL, nil
}

// IsBadState reports whether err means the callback was not ours.
func IsBadState(err error) bool { return errors.Is(err, errBadState) }

// Complete finishes signing in when the provider sends the person back. It
// checks the state, trades the code for tokens and returns who they are.
func (p *Providers) Complete(w http.ResponseWriter, r *http.Request, name string) (goth.User, error) {
	pr, ok := p.find(name)
	if !ok {
		return goth.User{}, errUnknownProvider
	}
	var f flow
	found := p.sessions.read(r, flowCookie, &f)
	http.SetCookie(w, p.sessions.cookie(flowCookie, "", -1))
	query := r.URL.Query()
	if !found || f.Provider != name || f.State == "" || query.Get("state") != f.State {
		return goth.User{}, errBadState
	}
	sess, err := pr.goth.UnmarshalSession(f.Session)
	if err != nil {
		return goth.User{}, fmt.Errorf("%s sign-in: %w", name, err)
	}
	if _, err := sess.Authorize(pr.goth, url.Values(query)); err != nil {
		return goth.User{}, fmt.Errorf("%s sign-in: %w", name, err)
	}
	user, err := pr.goth.FetchUser(sess)
	if err != nil {
		return goth.User{}, fmt.Errorf("%s sign-in: %w", name, err)
	}
	if user.UserID == "" {
		return goth.User{}, fmt.Errorf("%s sign-in: the provider gave no user id", name)
	}
	return user, nil
}
