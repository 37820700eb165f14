package search

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/meilisearch/meilisearch-go"
)

// taskPoll is how often a pending Meilisearch task is checked. Small writes
// finish in milliseconds, and every write waits for its task.
const taskPoll = 20 * time.Millisecond

// Meili is the production search engine: one Meilisearch index.
type Meili struct {
	client meilisearch.ServiceManager
	index  meilisearch.IndexManager
}

// OpenMeili connects to Meilisearch at url, creates the index if it is
// missing (uid indexUID, or DefaultMeiliIndex when empty) and applies the
// settings, waiting until they are in force.
func OpenMeili(ctx context.Context, url, apiKey, indexUID string) (*Meili, error) {
	if indexUID == "" {
		indexUID = DefaultMeiliIndex
	}
	client := meilisearch.New(url, meilisearch.WithAPIKey(apiKey))
	m := &Meili{client: client, index: client.Index(indexUID)}
	if err := m.ensureIndex(ctx, indexUID); err != nil {
		return nil, err
	}
	task, err := m.index.UpdateSettingsWithContext(ctx, meiliSettings())
	if err := m.wait(ctx, task, err); err != nil {
		return nil, fmt.Errorf("apply meilisearch settings: %w", err)
	}
	return m, nil
}

// ensureIndex creates the index with its primary key, or checks the key of
// the one that is there.
func (m *Meili) ensureIndex(ctx context.Context, uid string) error {
	info, err := m.index.FetchInfoWithContext(ctx)
	var merr *meilisearch.Error
	switch {
	case errors.As(err, &merr) && merr.StatusCode == http.StatusNotFound:
		task, err := m.client.CreateIndexWithContext(ctx, &meilisearch.IndexConfig{Uid: uid, PrimaryKey: meiliPrimaryKey})
		if err := m.wait(ctx, task, err); err != nil {
			return fmt.Errorf("create meilisearch index %s: %w", uid, err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("meilisearch index %s: %w", uid, err)
	case info.PrimaryKey != "" && info.PrimaryKey != meiliPrimaryKey:
		return fmt.Errorf("meilisearch index %s has primary key %q, not %q: use another index", uid, info.PrimaryKey, meiliPrimaryKey)
	}
	return nil
}

// wait follows an enqueued task to its end and turns a failed task into an
// error. err is the error from enqueuing it, passed through.
func (m *Meili) wait(ctx context.Context, task *meilisearch.TaskInfo, err error) error {
	if err != nil {
		return err
	}
	done, err := m.client.WaitForTaskWithContext(ctx, task.TaskUID, taskPoll)
	if err != nil {
		return fmt.Errorf("wait for meilisearch task %d: %w", task.TaskUID, err)
	}
	if done.Status != meilisearch.TaskStatusSucceeded {
		return fmt.Errorf("meilisearch task %d %s: %s (%s)", task.TaskUID, done.Status, done.Error.Message, done.Error.Code)
	}
	return nil
}

// Put adds or replaces documents and waits until they are searchable.
func (m *Meili) Put(ctx context.Context, docs ...Document) error {
	if len(docs) == 0 {
		return nil
	}
	out := make([]meiliDoc, 0, len(docs))
	for _, d := range docs {
		if err := checkDocument(d); err != nil {
			return err
		}
		out = append(out, toMeiliDoc(d))
	}
	pk := meiliPrimaryKey
	task, err := m.index.AddDocumentsWithContext(ctx, out, &meilisearch.DocumentOptions{PrimaryKey: &pk})
	if err := m.wait(ctx, task, err); err != nil {
		return fmt.Errorf("index %d documents in meilisearch: %w", len(docs), err)
	}
	return nil
}

// Delete removes documents and waits until they are gone.
func (m *Meili) Delete(ctx context.Context, kind Kind, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	uids := make([]string, 0, len(ids))
	for _, id := range ids {
		if err := checkID(kind, id); err != nil {
			return err
		}
		uids = append(uids, meiliUID(kind, id))
	}
	task, err := m.index.DeleteDocumentsWithContext(ctx, uids, nil)
	if err := m.wait(ctx, task, err); err != nil {
		return fmt.Errorf("delete %d documents from meilisearch: %w", len(ids), err)
	}
	return nil
}

// Ping asks Meilisearch whether it is available.
func (m *Meili) Ping(ctx context.Context) error {
	h, err := m.client.HealthWithContext(ctx)
	if err != nil {
		return fmt.Errorf("meilisearch: %w", err)
	}
	if h.Status != "available" {
		return fmt.Errorf("meilisearch is %q", h.Status)
	}
	return nil
}

// Close does nothing: the client holds no open resources worth closing.
func (m *Meili) Close() error { return nil }
