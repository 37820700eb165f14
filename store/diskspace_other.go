//go:build !unix

package store

// freeBytes cannot be read here; readiness then relies on the write check.
func freeBytes(string) (uint64, bool) { return 0, false }
