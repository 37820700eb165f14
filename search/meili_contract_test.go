package search

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/meilisearch/meilisearch-go"
)

// TestMeiliContract runs the contract against a real Meilisearch, when
// CLUBTOGETHER_TEST_MEILI_URL names one. Each index it makes has a unique
// uid and is deleted afterwards.
func TestMeiliContract(t *testing.T) {
	url := os.Getenv("CLUBTOGETHER_TEST_MEILI_URL")
	if url == "" {
		t.Skip("set CLUBTOGETHER_TEST_MEILI_URL to run against a real Meilisearch")
	}
	key := os.Getenv("CLUBTOGETHER_TEST_MEILI_KEY")
	runContract(t, func(t *testing.T) Index {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		uid := "test_" + randomHex(t)
		m, err := OpenMeili(ctx, url, key, uid)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			client := meilisearch.New(url, meilisearch.WithAPIKey(key))
			if _, err := client.DeleteIndex(uid); err != nil {
				t.Logf("delete test index %s: %v", uid, err)
			}
		})
		return m
	})
}

func randomHex(t *testing.T) string {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}
