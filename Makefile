# `make test` (the default) runs every test. The browser tests in e2e/ need
# Chromium from Debian and axe-core from npm; both are installed here when
# missing, so a fresh clone needs nothing else.
.DEFAULT_GOAL := test
.PHONY: test run fuzz

# sudo only when we are not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

test: /usr/bin/chromium node_modules/axe-core/axe.min.js
	go test -timeout 20m ./...

run:
	go run ./cmd/clubtogether

# `make fuzz` runs every fuzz target (func FuzzX in a *_fuzz_test.go file)
# for FUZZTIME each, one after another: go test -fuzz takes one target per
# package per run. `make test` already runs their seed corpora. A failing
# input is saved under the package's testdata/fuzz, to keep as a seed.
# Minimising each new input is bounded too, or long seeds eat the time.
FUZZTIME ?= 30s
FUZZMINIMIZETIME ?= 5s
fuzz:
	@set -e; for file in $$(find . -name '*_fuzz_test.go' -not -path './node_modules/*' | sort); do \
		for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$file); do \
			echo "== $$target ($$(dirname $$file))"; \
			go test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME) ./$$(dirname $$file); \
		done; \
	done

/usr/bin/chromium:
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

# Only when missing: package-lock.json pins the version.
node_modules/axe-core/axe.min.js:
	npm ci --no-audit --no-fund
