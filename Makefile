# `make test` (the default) runs every test. The browser tests in e2e/ need
# Chromium from Debian and axe-core from npm; both are installed here when
# missing, so a fresh clone needs nothing else.
.DEFAULT_GOAL := test
.PHONY: test run

# sudo only when we are not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

test: /usr/bin/chromium node_modules/axe-core/axe.min.js
	go test -timeout 20m ./...

run:
	go run ./cmd/clubtogether

/usr/bin/chromium:
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

# Only when missing: package-lock.json pins the version.
node_modules/axe-core/axe.min.js:
	npm ci --no-audit --no-fund
