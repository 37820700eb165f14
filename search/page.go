package search

// Paging limits: a page of results, and the most one request may ask for.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// pageOf returns the offset and limit a query asks for, within bounds.
func pageOf(q Query) (offset, limit int) {
	offset, limit = q.Offset, q.Limit
	if offset < 0 {
		offset = 0
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		limit = MaxLimit
	}
	return offset, limit
}
