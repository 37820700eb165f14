package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/static"
	"github.com/gin-gonic/gin"
)

// static serves the embedded stylesheet, script and pictograms.
func (s *Server) static() gin.HandlerFunc {
	files := http.StripPrefix("/static", http.FileServerFS(static.Files()))
	return func(c *gin.Context) {
		c.Header("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(c.Writer, c.Request)
	}
}
