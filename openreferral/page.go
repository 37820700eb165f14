package openreferral

// Page is one page of a list endpoint, with the profile's paging fields
// beside the contents. page_number counts from 1; size is the number of
// items on this page, as the profile describes it (not the page size
// asked for). An empty result has total_pages 0 and is both the first and
// the last page; asking past the end gives an empty page, not an error.
type Page[T any] struct {
	TotalItems int  `json:"total_items"`
	TotalPages int  `json:"total_pages"`
	PageNumber int  `json:"page_number"`
	Size       int  `json:"size"`
	FirstPage  bool `json:"first_page"`
	LastPage   bool `json:"last_page"`
	Empty      bool `json:"empty"`
	Contents   []T  `json:"contents"`
}

// paginate cuts one page out of all the items.
func paginate[T any](all []T, p Params) Page[T] {
	p = p.normalised()
	total := len(all)
	pages := (total + p.PerPage - 1) / p.PerPage
	contents := []T{}
	// Comparing pages first keeps (Page-1)*PerPage from overflowing.
	if p.Page <= pages {
		start := (p.Page - 1) * p.PerPage
		contents = append(contents, all[start:min(start+p.PerPage, total)]...)
	}
	return Page[T]{
		TotalItems: total,
		TotalPages: pages,
		PageNumber: p.Page,
		Size:       len(contents),
		FirstPage:  p.Page == 1,
		LastPage:   p.Page >= pages,
		Empty:      len(contents) == 0,
		Contents:   contents,
	}
}

// convertPage is the page with each item converted, paging unchanged.
func convertPage[A, B any](p Page[A], convert func(A) B) Page[B] {
	out := Page[B]{TotalItems: p.TotalItems, TotalPages: p.TotalPages, PageNumber: p.PageNumber, Size: p.Size,
		FirstPage: p.FirstPage, LastPage: p.LastPage, Empty: p.Empty, Contents: make([]B, len(p.Contents))}
	for i, a := range p.Contents {
		out.Contents[i] = convert(a)
	}
	return out
}
