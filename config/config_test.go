package config

import (
	"bytes"
	"errors"
	"flag"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// TestPasskeySite checks that passkeys are made for BASE_URL's host, and
// are off where that host is an IP address.
func TestPasskeySite(t *testing.T) {
	for _, tc := range []struct {
		addr, base, rp, origin string
		ok                     bool
	}{
		{"127.0.0.1:9000", "", "localhost", "http://localhost:9000", true},
		{"0.0.0.0:9000", "", "", "", false},
		{"0.0.0.0:9000", "https://club.example/", "club.example", "https://club.example", true},
		{"127.0.0.1:9000", "http://127.0.0.1:9000", "", "", false},
		{"[::1]:9000", "", "localhost", "http://localhost:9000", true},
	} {
		cfg, _, err := Load(nil, env(map[string]string{"ADDR": tc.addr, "BASE_URL": tc.base}), &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		rp, origin, ok := cfg.PasskeySite()
		if rp != tc.rp || origin != tc.origin || ok != tc.ok {
			t.Errorf("ADDR %s BASE_URL %q: passkey site = %q %q %v, want %q %q %v", tc.addr, tc.base, rp, origin, ok, tc.rp, tc.origin, tc.ok)
		}
	}
}

func TestDefaults(t *testing.T) {
	cfg, rest, err := Load(nil, env(nil), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "127.0.0.1:8080" || cfg.DataDir != "./data" || !cfg.Demo || !cfg.Embedded() || !cfg.Loopback() {
		t.Errorf("defaults = %+v", cfg)
	}
	if cfg.BaseURL != "http://localhost:8080" || cfg.SecureCookies() {
		t.Errorf("base URL = %q", cfg.BaseURL)
	}
	if rp, origin, ok := cfg.PasskeySite(); rp != "localhost" || origin != "http://localhost:8080" || !ok {
		t.Errorf("passkey site = %q %q %v", rp, origin, ok)
	}
	if len(rest) != 0 {
		t.Errorf("commands = %v", rest)
	}
}

func TestFlagsWinOverEnvironment(t *testing.T) {
	cfg, rest, err := Load([]string{"-addr", "0.0.0.0:9000", "reindex"}, env(map[string]string{"ADDR": "127.0.0.1:1", "DEMO": "off"}), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "0.0.0.0:9000" || cfg.Demo || cfg.Loopback() {
		t.Errorf("cfg = %+v", cfg)
	}
	if len(rest) != 1 || rest[0] != "reindex" {
		t.Errorf("commands = %v", rest)
	}
}

func TestBadValuesNameTheSetting(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"ADDR": "nowhere"}, "ADDR"},
		{map[string]string{"ADDR": "127.0.0.1:99999"}, "ADDR"},
		{map[string]string{"DEMO": "maybe"}, "DEMO"},
		{map[string]string{"BASE_URL": "ftp://x"}, "BASE_URL"},
		{map[string]string{"MONGODB_URI": "postgres://x"}, "MONGODB_URI"},
		{map[string]string{"MONGODB_URI": "mongodb://db"}, "SESSION_SECRET: required"},
		{map[string]string{"SESSION_SECRET": "short"}, "SESSION_SECRET"},
		{map[string]string{"LOG_LEVEL": "loud"}, "LOG_LEVEL"},
		{map[string]string{"GITHUB_CLIENT_ID": "id"}, "GITHUB_CLIENT_SECRET"},
		{map[string]string{"OIDC_ISSUER": "https://id.example"}, "OIDC_CLIENT_ID"},
		{map[string]string{"MEILI_URL": "localhost:7700"}, "MEILI_URL"},
		{map[string]string{"METRICS_ADDR": "9090"}, "METRICS_ADDR"},
		{map[string]string{"METRICS_ADDR": "127.0.0.1:8080"}, "METRICS_ADDR \"127.0.0.1:8080\": must differ from ADDR"},
		{map[string]string{"ADDR": "0.0.0.0:9000", "METRICS_ADDR": "127.0.0.1:9000"}, "must differ from ADDR"},
		{map[string]string{"METRICS_TOKEN": "short"}, "METRICS_TOKEN"},
	}
	for _, c := range cases {
		_, _, err := Load(nil, env(c.env), &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("env %v: error %v, want it to mention %q", c.env, err, c.want)
		}
	}
}

func TestSecretIsNeverEchoed(t *testing.T) {
	_, _, err := Load(nil, env(map[string]string{"SESSION_SECRET": "tiny-secret"}), &bytes.Buffer{})
	if err == nil || strings.Contains(err.Error(), "tiny-secret") {
		t.Errorf("error %v should name SESSION_SECRET without its value", err)
	}
}

func TestHelpListsEverySetting(t *testing.T) {
	var out bytes.Buffer
	_, _, err := Load([]string{"--help"}, env(nil), &out)
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("err = %v, want flag.ErrHelp", err)
	}
	for _, name := range []string{"ADDR", "DATA_DIR", "MONGODB_URI", "BASE_URL", "SESSION_SECRET", "DEMO", "OIDC_ISSUER", "GOOGLE_CLIENT_ID", "METRICS_ADDR", "METRICS_TOKEN", "127.0.0.1:8080"} {
		if !strings.Contains(out.String(), name) {
			t.Errorf("--help does not mention %s", name)
		}
	}
}

// TestMetricsAreOffByDefault: no metrics address and no token unless set;
// an address of their own beside the site's is accepted, and the token is
// never echoed in an error.
func TestMetricsAreOffByDefault(t *testing.T) {
	cfg, _, err := Load(nil, env(nil), &bytes.Buffer{})
	if err != nil || cfg.MetricsAddr != "" || cfg.MetricsToken != "" {
		t.Errorf("defaults: metrics %q, token %q, %v; want both off", cfg.MetricsAddr, cfg.MetricsToken, err)
	}
	token := "a-token-long-enough-to-guess-never"
	cfg, _, err = Load([]string{"-metrics-addr", "127.0.0.1:9090"}, env(map[string]string{"METRICS_TOKEN": token}), &bytes.Buffer{})
	if err != nil || cfg.MetricsAddr != "127.0.0.1:9090" || cfg.MetricsToken != token {
		t.Errorf("set: metrics %q, token %q, %v", cfg.MetricsAddr, cfg.MetricsToken, err)
	}
	if _, _, err := Load(nil, env(map[string]string{"ADDR": "127.0.0.1:0", "METRICS_ADDR": "127.0.0.1:0"}), &bytes.Buffer{}); err != nil {
		t.Errorf("both on port 0, each picking a free port: %v", err)
	}
	if _, _, err := Load(nil, env(map[string]string{"METRICS_TOKEN": "tiny-token"}), &bytes.Buffer{}); err == nil || strings.Contains(err.Error(), "tiny-token") {
		t.Errorf("error %v should name METRICS_TOKEN without its value", err)
	}
}

func TestModeratorsList(t *testing.T) {
	cfg, _, err := Load(nil, env(map[string]string{"MODERATORS": " abc123, mod@example.org ,,"}), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Moderators) != 2 || cfg.Moderators[0] != "abc123" || cfg.Moderators[1] != "mod@example.org" {
		t.Errorf("moderators = %q", cfg.Moderators)
	}
}
