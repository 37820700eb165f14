package search

// synonymGroups lists words that mean the same thing to the people who use
// the site. Both engines read this one table, so "fitness" finds the
// tenants' gym whichever engine is running.
func synonymGroups() [][]string {
	return [][]string{
		{"gym", "fitness"},
		{"swim", "swimming"},
		{"walk", "walking", "rambling"},
	}
}

// synonymsOf returns the other words in word's group, or nil. The word must
// already be lower case.
func synonymsOf(word string) []string {
	for _, group := range synonymGroups() {
		for i, w := range group {
			if w != word {
				continue
			}
			others := make([]string, 0, len(group)-1)
			others = append(others, group[:i]...)
			return append(others, group[i+1:]...)
		}
	}
	return nil
}

// synonymMap is the table in Meilisearch's shape: every word points at every
// other word of its group, so the synonyms work in both directions.
func synonymMap() map[string][]string {
	m := map[string][]string{}
	for _, group := range synonymGroups() {
		for _, w := range group {
			m[w] = synonymsOf(w)
		}
	}
	return m
}
