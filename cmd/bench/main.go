// Command bench measures the site on this machine and prints its figures,
// the last line as one JSON object. Each subcommand runs the real code on
// real data; nothing is skipped or faked.
//
//	go run ./cmd/bench pages -requests 1000
//	go run ./cmd/bench matching -people 1000000 -listings 50000 -seed 1
//	go run ./cmd/bench ledger -clients 200 -payments 1000
//	go run ./cmd/bench load -rate 2000 -seconds 60 [-people 20000] [-kill]
//	go run ./cmd/bench openreferral -listings 20000 -requests 1000 -seed 1
package main

import (
	"context"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("name a benchmark: pages, search, matching, ledger, load or openreferral")
	}
	switch args[0] {
	case "pages":
		return benchPages(ctx, args[1:], out)
	case "search":
		return benchSearch(ctx, args[1:], out)
	case "matching":
		return benchMatching(ctx, args[1:], out)
	case "ledger":
		return benchLedger(ctx, args[1:], out)
	case "load":
		return benchLoad(ctx, args[1:], out)
	case "openreferral":
		return benchOpenReferral(ctx, args[1:], out)
	default:
		return fmt.Errorf("unknown benchmark %q: try pages, search, matching, ledger, load or openreferral", args[0])
	}
}
