// Package templates holds the site's HTML templates, embedded in the binary.
// Each page is its own file and is parsed together with layout.html and
// partials.html; handlers parse them all at start-up, so a missing or broken
// template stops start-up rather than a request.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html
var files embed.FS

// Files returns the embedded template files.
func Files() fs.FS { return files }
