// Package config reads the site's settings from environment variables and
// command-line flags into one Config, and checks each value at start-up so
// that a mistake stops the site with a message naming the setting.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
)

// Config is every setting the site reads. Flags win over environment variables.
type Config struct {
	Addr          string
	DataDir       string
	MongoDBURI    string
	BaseURL       string
	SessionSecret string
	Demo          bool
	LogLevel      string
	Providers     Providers
	// Moderators are member ids or email addresses allowed to verify
	// providers and handle reports.
	Moderators []string
	// MeiliURL and MeiliAPIKey choose Meilisearch for search instead of
	// the embedded Bleve index.
	MeiliURL    string
	MeiliAPIKey string
	// TrustedProxies are the addresses (or CIDR ranges) of proxies whose
	// X-Forwarded-For says who the visitor is; none by default, so a
	// visitor cannot choose the address their limits count against.
	TrustedProxies []string
	// Limits are the rate limits on hellos, messages, reports and
	// invitations.
	Limits Limits
	// MetricsAddr, when set, serves /metrics (and nothing else) on an
	// address of its own, kept from the public by where it listens.
	MetricsAddr string
	// MetricsToken, when set, also serves /metrics on the site itself, to
	// a request carrying it as a bearer token only.
	MetricsToken string
	// Follow reads the change log other replicas write and applies their
	// changes here: on by default with MONGODB_URI, where other replicas
	// may share the database; off with the embedded database, unless
	// other instances share it through its socket.
	Follow bool
}

// Providers holds each sign-in provider's keys; a provider is on when its keys are set.
type Providers struct {
	GoogleKey, GoogleSecret       string
	GitHubKey, GitHubSecret       string
	MicrosoftKey, MicrosoftSecret string
	OIDCIssuer                    string
	OIDCClientID, OIDCSecret      string
}

// setting describes one setting for flags, environment and --help.
type setting struct {
	env, flag, def, help string
	target               *string
}

func settings(raw *rawConfig) []setting {
	return []setting{
		{"ADDR", "addr", "127.0.0.1:8080", "address to listen on, host:port", &raw.addr},
		{"DATA_DIR", "data-dir", "./data", "folder for the embedded database, search index and session key", &raw.dataDir},
		{"MONGODB_URI", "mongodb-uri", "", "MongoDB to use instead of the embedded database (mongodb:// or mongodb+srv://)", &raw.mongoURI},
		{"BASE_URL", "base-url", "", "address people use to reach the site (default http://ADDR)", &raw.baseURL},
		{"SESSION_SECRET", "session-secret", "", "secret for signing sessions, 32+ characters (generated in DATA_DIR when embedded; required otherwise)", &raw.sessionSecret},
		{"DEMO", "demo", "on", "seed demo data on first start with the embedded database: on or off", &raw.demo},
		{"LOG_LEVEL", "log-level", "info", "debug, info, warn or error", &raw.logLevel},
		{"MODERATORS", "moderators", "", "comma-separated member ids or email addresses of moderators", &raw.moderators},
		{"MEILI_URL", "meili-url", "", "Meilisearch to use for search instead of the embedded index (http:// or https://)", &raw.meiliURL},
		{"MEILI_API_KEY", "meili-api-key", "", "Meilisearch API key", &raw.meiliKey},
		{"METRICS_ADDR", "metrics-addr", "", "address to serve /metrics on, host:port, apart from the site (default: off)", &raw.metricsAddr},
		{"METRICS_TOKEN", "metrics-token", "", "bearer token, 16+ characters, that also opens /metrics on the site itself (default: off)", &raw.metricsToken},
		{"FOLLOW", "follow", "", "follow the changes other replicas make: on or off (default: on with MONGODB_URI; off with the embedded database unless others share it)", &raw.follow},
		{"TRUSTED_PROXIES", "trusted-proxies", "", "comma-separated addresses or CIDR ranges of proxies in front of the site, whose X-Forwarded-For is believed", &raw.proxies},
		{"GOOGLE_CLIENT_ID", "google-client-id", "", "Google sign-in client id", &raw.p.GoogleKey},
		{"GOOGLE_CLIENT_SECRET", "google-client-secret", "", "Google sign-in client secret", &raw.p.GoogleSecret},
		{"GITHUB_CLIENT_ID", "github-client-id", "", "GitHub sign-in client id", &raw.p.GitHubKey},
		{"GITHUB_CLIENT_SECRET", "github-client-secret", "", "GitHub sign-in client secret", &raw.p.GitHubSecret},
		{"MICROSOFT_CLIENT_ID", "microsoft-client-id", "", "Microsoft sign-in client id", &raw.p.MicrosoftKey},
		{"MICROSOFT_CLIENT_SECRET", "microsoft-client-secret", "", "Microsoft sign-in client secret", &raw.p.MicrosoftSecret},
		{"OIDC_ISSUER", "oidc-issuer", "", "OpenID Connect issuer URL (its /.well-known/openid-configuration is read at start-up)", &raw.p.OIDCIssuer},
		{"OIDC_CLIENT_ID", "oidc-client-id", "", "OpenID Connect client id", &raw.p.OIDCClientID},
		{"OIDC_CLIENT_SECRET", "oidc-client-secret", "", "OpenID Connect client secret", &raw.p.OIDCSecret},
	}
}

type rawConfig struct {
	addr, dataDir, mongoURI, baseURL, sessionSecret, demo, logLevel string
	moderators, meiliURL, meiliKey, proxies, metricsAddr            string
	metricsToken, follow                                            string
	p                                                               Providers
}

// Load reads settings from args (flags, without the program name) and
// getenv. It returns the commands left after the flags, and flag.ErrHelp
// (after printing the settings to out) when --help is asked for.
func Load(args []string, getenv func(string) string, out io.Writer) (Config, []string, error) {
	var raw rawConfig
	fs := flag.NewFlagSet("clubtogether", flag.ContinueOnError)
	fs.SetOutput(out)
	all := settings(&raw)
	for _, s := range all {
		def := s.def
		if v := getenv(s.env); v != "" {
			def = v
		}
		fs.StringVar(s.target, s.flag, def, s.help)
	}
	fs.Usage = func() { usage(out, all) }
	if err := fs.Parse(args); err != nil {
		return Config{}, nil, err
	}
	cfg, err := raw.validate()
	return cfg, fs.Args(), err
}

func usage(out io.Writer, all []setting) {
	fmt.Fprintln(out, "Usage: clubtogether [flags] [command]")
	fmt.Fprintln(out, "\nCommands:\n  serve (default)  run the site\n  reindex          rebuild the search index from the database\n  import-openreferral FILE  add an Open Referral UK feed's services as unchecked providers")
	fmt.Fprintln(out, "\nSettings (environment variable, flag, default):")
	for _, s := range all {
		def := s.def
		if def == "" {
			def = "(none)"
		}
		fmt.Fprintf(out, "  %-24s -%-24s %s\n      %s\n", s.env, s.flag, def, s.help)
	}
}

func (raw rawConfig) validate() (Config, error) {
	var problems []string
	bad := func(name, value, allowed string) {
		problems = append(problems, fmt.Sprintf("%s %q: %s", name, value, allowed))
	}
	cfg := Config{
		Addr: raw.addr, DataDir: raw.dataDir, MongoDBURI: raw.mongoURI,
		SessionSecret: raw.sessionSecret, LogLevel: raw.logLevel, Providers: raw.p,
	}
	if _, port, err := net.SplitHostPort(raw.addr); err != nil || !isPort(port) {
		bad("ADDR", raw.addr, "must be host:port, for example 127.0.0.1:8080")
	}
	if strings.TrimSpace(raw.dataDir) == "" {
		bad("DATA_DIR", raw.dataDir, "must name a folder, for example ./data")
	}
	if raw.mongoURI != "" && !strings.HasPrefix(raw.mongoURI, "mongodb://") && !strings.HasPrefix(raw.mongoURI, "mongodb+srv://") {
		bad("MONGODB_URI", "…", "must start with mongodb:// or mongodb+srv://")
	}
	cfg.BaseURL = strings.TrimRight(raw.baseURL, "/")
	if cfg.BaseURL == "" {
		cfg.BaseURL = defaultBaseURL(raw.addr)
	} else if !isWebURL(cfg.BaseURL) {
		bad("BASE_URL", raw.baseURL, "must be an http:// or https:// address, for example https://clubtogether.example")
	}
	switch {
	case raw.sessionSecret == "" && raw.mongoURI != "":
		problems = append(problems, "SESSION_SECRET: required when MONGODB_URI is set (32 or more random characters)")
	case raw.sessionSecret != "" && len(raw.sessionSecret) < 32:
		bad("SESSION_SECRET", "…", "must be 32 or more characters")
	}
	switch strings.ToLower(raw.demo) {
	case "on", "true", "yes", "1":
		cfg.Demo = true
	case "off", "false", "no", "0":
	default:
		bad("DEMO", raw.demo, "must be on or off")
	}
	switch strings.ToLower(raw.follow) {
	case "":
		cfg.Follow = raw.mongoURI != ""
	case "on", "true", "yes", "1":
		cfg.Follow = true
	case "off", "false", "no", "0":
	default:
		bad("FOLLOW", raw.follow, "must be on or off")
	}
	switch raw.logLevel {
	case "debug", "info", "warn", "error":
	default:
		bad("LOG_LEVEL", raw.logLevel, "must be debug, info, warn or error")
	}
	for _, m := range strings.Split(raw.moderators, ",") {
		if m = strings.TrimSpace(m); m != "" {
			cfg.Moderators = append(cfg.Moderators, m)
		}
	}
	for _, p := range strings.Split(raw.proxies, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if _, _, err := net.ParseCIDR(p); err != nil && net.ParseIP(p) == nil {
			bad("TRUSTED_PROXIES", p, "must be IP addresses or CIDR ranges, for example 10.0.0.0/8")
		}
		cfg.TrustedProxies = append(cfg.TrustedProxies, p)
	}
	cfg.Limits = DefaultLimits()
	cfg.MeiliURL, cfg.MeiliAPIKey = strings.TrimRight(raw.meiliURL, "/"), raw.meiliKey
	if cfg.MeiliURL != "" && !isWebURL(cfg.MeiliURL) {
		bad("MEILI_URL", raw.meiliURL, "must be an http:// or https:// address, for example http://127.0.0.1:7700")
	}
	problems = append(problems, raw.metricsProblems(&cfg)...)
	problems = append(problems, raw.p.problems()...)
	if len(problems) > 0 {
		return Config{}, errors.New("settings: " + strings.Join(problems, "; "))
	}
	return cfg, nil
}

// metricsProblems checks the metrics settings and sets them on cfg.
func (raw rawConfig) metricsProblems(cfg *Config) []string {
	var out []string
	cfg.MetricsAddr, cfg.MetricsToken = raw.metricsAddr, raw.metricsToken
	if raw.metricsAddr != "" {
		if _, port, err := net.SplitHostPort(raw.metricsAddr); err != nil || !isPort(port) {
			out = append(out, fmt.Sprintf("METRICS_ADDR %q: must be host:port, for example 127.0.0.1:9090", raw.metricsAddr))
		} else if sameListener(raw.metricsAddr, raw.addr) {
			out = append(out, fmt.Sprintf("METRICS_ADDR %q: must differ from ADDR %q: the metrics are served apart from the site, never to the public", raw.metricsAddr, raw.addr))
		}
	}
	if raw.metricsToken != "" && len(raw.metricsToken) < 16 {
		out = append(out, `METRICS_TOKEN "…": must be 16 or more characters`)
	}
	return out
}

// sameListener reports whether two host:port addresses would listen on
// the same port of the same address: the same port, with the same host
// or either on every address. Port 0 picks a free port each time.
func sameListener(a, b string) bool {
	hostA, portA, errA := net.SplitHostPort(a)
	hostB, portB, errB := net.SplitHostPort(b)
	if errA != nil || errB != nil || portA != portB || portA == "0" {
		return false
	}
	every := func(host string) bool { return host == "" || host == "0.0.0.0" || host == "::" }
	return hostA == hostB || every(hostA) || every(hostB)
}

// problems reports providers whose keys are only half set.
func (p Providers) problems() []string {
	var out []string
	pair := func(idName, id, secretName, secret string) {
		if (id == "") != (secret == "") {
			out = append(out, fmt.Sprintf("%s and %s: set both or neither", idName, secretName))
		}
	}
	pair("GOOGLE_CLIENT_ID", p.GoogleKey, "GOOGLE_CLIENT_SECRET", p.GoogleSecret)
	pair("GITHUB_CLIENT_ID", p.GitHubKey, "GITHUB_CLIENT_SECRET", p.GitHubSecret)
	pair("MICROSOFT_CLIENT_ID", p.MicrosoftKey, "MICROSOFT_CLIENT_SECRET", p.MicrosoftSecret)
	set := 0
	for _, v := range []string{p.OIDCIssuer, p.OIDCClientID, p.OIDCSecret} {
		if v != "" {
			set++
		}
	}
	if set != 0 && set != 3 {
		out = append(out, "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three or none")
	}
	if p.OIDCIssuer != "" && !isWebURL(p.OIDCIssuer) {
		out = append(out, fmt.Sprintf("OIDC_ISSUER %q: must be an http:// or https:// address", p.OIDCIssuer))
	}
	return out
}

func isPort(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n <= 65535
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Embedded reports whether the site runs its own database and search index.
func (c Config) Embedded() bool { return c.MongoDBURI == "" }

// Loopback reports whether the site listens only on this machine, the one
// case where demo sign-in is safe.
func (c Config) Loopback() bool {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// defaultBaseURL is the address to reach the site at when BASE_URL is not
// set. On a loopback address it names localhost rather than 127.0.0.1:
// passkeys need a domain name, and browsers treat localhost as secure.
func defaultBaseURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return "http://localhost:" + port
	}
	return "http://" + addr
}

// PasskeySite returns the relying party id and the origin passkeys are
// made for, from BASE_URL; ok is false when its host is an IP address,
// which WebAuthn does not accept as a relying party.
func (c Config) PasskeySite() (rpID, origin string, ok bool) {
	u, err := url.Parse(c.BaseURL)
	if err != nil || u.Hostname() == "" || net.ParseIP(u.Hostname()) != nil {
		return "", "", false
	}
	return u.Hostname(), u.Scheme + "://" + u.Host, true
}

// SecureCookies reports whether cookies must only travel over HTTPS.
func (c Config) SecureCookies() bool { return strings.HasPrefix(c.BaseURL, "https://") }
