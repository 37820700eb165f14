// Package static holds the site's stylesheet, pictograms and the little
// JavaScript that improves pages (every page works without it), embedded in
// the binary.
package static

import (
	"embed"
	"io/fs"
)

//go:embed site.css site.js passkey.js pictograms
var files embed.FS

// Files returns the embedded static files.
func Files() fs.FS { return files }
