package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/store"
)

// weekAgo is how long before the bench its members were first seen: the
// site's limits treat a member on their first day differently.
const weekAgo = 7 * 24 * time.Hour

// loadSite is the real site, run as its own process (cmd/clubtogether, as
// built from this tree) so that it can be killed and its memory read, on a
// temporary embedded store.
type loadSite struct {
	dir, bin, dataDir, addr, URL string
	cmd                          *exec.Cmd
	logFile                      *os.File
}

// prepareLoadSite builds the site, and opens it once in this process on its
// folder with a clock a week back, which seeds the demo (members, groups,
// mentors) as if a week ago; people extra members, first seen then too,
// go in before that, so that the opening builds the indexes with them.
func prepareLoadSite(ctx context.Context, people int, out io.Writer) (*loadSite, error) {
	dir, err := os.MkdirTemp("", "clubtogether-load-")
	if err != nil {
		return nil, err
	}
	s := &loadSite{dir: dir, bin: filepath.Join(dir, "clubtogether"), dataDir: filepath.Join(dir, "data")}
	if err := os.Mkdir(s.dataDir, 0o700); err != nil {
		return nil, err
	}
	start := time.Now()
	build := exec.CommandContext(ctx, "go", "build", "-o", s.bin, "github.com/clubtogether/clubtogether/cmd/clubtogether")
	if msg, err := build.CombinedOutput(); err != nil {
		s.remove()
		return nil, fmt.Errorf("build the site: %v\n%s", err, msg)
	}
	fmt.Fprintf(out, "build: the site built in %.1f s\n", time.Since(start).Seconds())
	port, err := freePort()
	if err != nil {
		s.remove()
		return nil, err
	}
	s.addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	s.URL = "http://" + s.addr
	start = time.Now()
	if err := s.seed(ctx, people); err != nil {
		s.remove()
		return nil, err
	}
	fmt.Fprintf(out, "seed: demo data and %d more members, first seen a week ago, in %.1f s\n", people, time.Since(start).Seconds())
	return s, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// env is the site's settings: production limits (the site's only ones),
// the bench's client as a trusted proxy, quiet logs.
func (s *loadSite) env() map[string]string {
	return map[string]string{
		"DATA_DIR": s.dataDir, "ADDR": s.addr, "BASE_URL": s.URL,
		"TRUSTED_PROXIES": "127.0.0.1", "LOG_LEVEL": "warn",
	}
}

func (s *loadSite) seed(ctx context.Context, people int) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	clock := func() time.Time { return time.Now().Add(-weekAgo) }
	if people > 0 {
		st, err := store.OpenEmbedded(ctx, s.dataDir, log, clock)
		if err != nil {
			return err
		}
		members, err := loadPeople(people, clock())
		if err == nil {
			err = insertPeople(ctx, st, members)
		}
		_ = st.Close(context.Background())
		if err != nil {
			return err
		}
	}
	env := s.env()
	cfg, _, err := config.Load(nil, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		return err
	}
	a, err := app.Open(ctx, cfg, log, clock)
	if err != nil {
		return fmt.Errorf("seed the site: %w", err)
	}
	return a.Close(context.Background())
}

// start runs the site's process and waits until /readyz answers 200.
func (s *loadSite) start(ctx context.Context) error {
	var err error
	if s.logFile == nil {
		if s.logFile, err = os.Create(filepath.Join(s.dir, "site.log")); err != nil {
			return err
		}
	}
	s.cmd = exec.Command(s.bin)
	s.cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "TMPDIR=" + os.TempDir()}
	for k, v := range s.env() {
		s.cmd.Env = append(s.cmd.Env, k+"="+v)
	}
	// The Go runtime's own settings, when the bench is given them, reach
	// the site as they would in a deployment.
	for _, k := range []string{"GOGC", "GOMEMLIMIT", "GOMAXPROCS"} {
		if v := os.Getenv(k); v != "" {
			s.cmd.Env = append(s.cmd.Env, k+"="+v)
		}
	}
	s.cmd.Stdout, s.cmd.Stderr = s.logFile, s.logFile
	if err := s.cmd.Start(); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return fmt.Errorf("the site stopped while starting: %v\n%s", err, s.logTail())
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if resp, err := http.Get(s.URL + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				go func() { <-exited }() // reap it whenever it ends
				return nil
			}
		}
	}
	_ = s.cmd.Process.Kill()
	return fmt.Errorf("the site was not ready in 2 minutes\n%s", s.logTail())
}

// peakMemoryMB is the process's peak resident memory (VmHWM), in MB.
func (s *loadSite) peakMemoryMB() float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		if rest, ok := strings.CutPrefix(lines.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return round(kb/1024, 1)
		}
	}
	return 0
}

// cpuSeconds is the processor time the process has used so far, user and
// system, from /proc/<pid>/stat (in clock ticks, which Linux counts 100 to
// the second for this file whatever the kernel's own tick).
func (s *loadSite) cpuSeconds() float64 { return processCPUSeconds(s.cmd.Process.Pid) }

// processCPUSeconds is a process's processor time so far, user and system
// over every core, from /proc; 0 where it cannot be read.
func processCPUSeconds(pid int) float64 {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command's name, in brackets, may hold spaces: count fields
	// after its closing bracket, where utime and stime are the 12th and
	// 13th.
	_, rest, _ := bytes.Cut(stat, []byte(") "))
	fields := strings.Fields(string(rest))
	if len(fields) < 13 {
		return 0
	}
	user, _ := strconv.ParseFloat(fields[11], 64)
	system, _ := strconv.ParseFloat(fields[12], 64)
	return (user + system) / 100
}

// kill ends the process at once, as a power cut would.
func (s *loadSite) kill() error { return s.cmd.Process.Signal(syscall.SIGKILL) }

// stop asks the process to stop, and kills it if it has not in 15 s.
func (s *loadSite) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	for range 150 {
		if s.cmd.Process.Signal(syscall.Signal(0)) != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = s.kill()
}

// close stops the site and removes its folder.
func (s *loadSite) close() {
	s.stop()
	if s.logFile != nil {
		_ = s.logFile.Close()
	}
	s.remove()
}

func (s *loadSite) remove() { _ = os.RemoveAll(s.dir) }

// logTail is the end of the site's log, for an error message.
func (s *loadSite) logTail() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "site.log"))
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}
