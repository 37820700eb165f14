package main

import (
	"slices"
	"time"
)

// percentile returns the p-th percentile in milliseconds (nearest rank).
func percentile(samples []time.Duration, p int) float64 {
	sorted := slices.Clone(samples)
	slices.Sort(sorted)
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return float64(sorted[i].Microseconds()) / 1000
}
