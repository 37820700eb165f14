package handlers

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

// meExport is the page that offers the member everything the site holds
// about them, as JSON for a computer or CSV for a spreadsheet.
func (s *Server) meExport(c *gin.Context) {
	s.render(c, http.StatusOK, "me_export", "export.title", nil)
}

// meExportJSON is the member's data as JSON, to keep or take elsewhere.
func (s *Server) meExportJSON(c *gin.Context) {
	data, ok := s.exportOf(c)
	if !ok {
		return
	}
	body, err := json.MarshalIndent(data, "", "  ")
	if err != nil {
		s.fail(c, err)
		return
	}
	exportHeaders(c, "json", "application/json; charset=utf-8")
	c.Status(http.StatusOK)
	_, _ = c.Writer.Write(body) // a failed write is a browser gone
}

// meExportCSV is the member's data as one CSV for a spreadsheet: each row
// one value, said by the part of the data it is in, which item of that
// part, and which field of the item.
func (s *Server) meExportCSV(c *gin.Context) {
	data, ok := s.exportOf(c)
	if !ok {
		return
	}
	body, err := json.Marshal(data)
	if err != nil {
		s.fail(c, err)
		return
	}
	exportHeaders(c, "csv", "text/csv; charset=utf-8")
	c.Status(http.StatusOK)
	_ = writeExportCSV(c.Writer, body) // a failed write is a browser gone
}

// exportOf is the signed-in member's data, or false once it has shown the
// error page.
func (s *Server) exportOf(c *gin.Context) (any, bool) {
	data, err := s.Actions.Export(c.Request.Context(), who(c))
	if err != nil {
		s.fail(c, err)
		return nil, false
	}
	return data, true
}

func exportHeaders(c *gin.Context, ext, kind string) {
	c.Header("Content-Type", kind)
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="my-data-%s.%s"`, current(c).me.ID, ext))
	c.Header("Cache-Control", "no-store")
}

// writeExportCSV writes the export, given as JSON, as rows of part, item,
// field and value: {"Messages": [{"Text": "Hi"}]} is the row
// Messages, 1, Text, Hi. Nested fields are joined with dots; an empty
// list or nothing still has its row, so that every part is named.
func writeExportCSV(w io.Writer, body []byte) error {
	var tree map[string]any
	if err := json.Unmarshal(body, &tree); err != nil {
		return err
	}
	out := csv.NewWriter(w)
	if err := out.Write([]string{"part", "item", "field", "value"}); err != nil {
		return err
	}
	for _, part := range slices.Sorted(maps.Keys(tree)) {
		switch v := tree[part].(type) {
		case []any:
			if len(v) == 0 {
				_ = out.Write([]string{part, "", "", ""})
			}
			for i, item := range v {
				flatten(out, part, strconv.Itoa(i+1), "", item)
			}
		default:
			flatten(out, part, "", "", v)
		}
	}
	out.Flush()
	return out.Error()
}

// flatten writes one row for each value under v, its field the path to it.
func flatten(out *csv.Writer, part, item, field string, v any) {
	join := func(key string) string { return strings.TrimPrefix(field+"."+key, ".") }
	switch v := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			flatten(out, part, item, join(k), v[k])
		}
	case []any:
		for i, x := range v {
			flatten(out, part, item, join(strconv.Itoa(i+1)), x)
		}
	case nil:
		_ = out.Write([]string{part, item, field, ""})
	default:
		_ = out.Write([]string{part, item, field, fmt.Sprint(v)})
	}
}
