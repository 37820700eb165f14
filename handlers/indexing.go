package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// indexPerson, indexProvider and indexListing put a saved change into the
// search index and the matching index, so that what people find and are
// suggested is never behind what was saved.

func (s *Server) indexPerson(c *gin.Context, p community.Person) {
	s.Discovery.Person(c.Request.Context(), p)
	s.Matching.PutPerson(p)
}

// indexGroup puts a group into the matching index, so "groups for me"
// knows its members and places at once, and into the search index.
func (s *Server) indexGroup(c *gin.Context, g community.Group) {
	s.Matching.PutGroup(matching.GroupOf(g))
	s.Discovery.Group(c.Request.Context(), g)
}

func (s *Server) indexProvider(c *gin.Context, p community.Provider) {
	s.Discovery.Provider(c.Request.Context(), p)
}

func (s *Server) indexListing(c *gin.Context, l community.Listing, p community.Provider) {
	s.Discovery.Listing(c.Request.Context(), l, p)
	s.Matching.PutListing(l)
}
