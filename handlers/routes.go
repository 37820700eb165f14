package handlers

// routes lists every route of the site. The paths are the site's public
// shape (see DESIGN.md): links, tests and outside checks use them.
func (s *Server) routes() {
	r := s.engine
	r.Use(s.requestLog, s.recover, s.securityHeaders)

	r.GET("/healthz", s.healthz)
	r.GET("/readyz", s.readyz)
	r.GET("/static/*filepath", s.static())
	s.openReferralRoutes()

	site := r.Group("/", s.limitBody, s.loadVisitor, s.checkCSRF)
	site.GET("/", s.home)
	site.GET("/signin", s.signin)
	site.GET("/auth/:provider", s.authBegin)
	site.GET("/auth/:provider/callback", s.authCallback)
	site.POST("/signout", s.signout)
	if s.DemoSignIn {
		site.GET("/demo", s.demo)
		site.POST("/demo/signin", s.demoSignIn)
	}
	site.GET("/settings/display", s.displayForm)
	site.POST("/settings/display", s.displaySave)

	members := site.Group("/", s.requireMember)
	members.GET("/me", s.me)
	members.GET("/me/edit", s.meEdit)
	members.POST("/me/edit", s.meSave)
	members.GET("/people/:id", s.personShow)
	members.POST("/people/:id/hello", s.sayHello)
	members.POST("/people/:id/not-interested", s.notInterested)
	members.POST("/people/:id/block", s.block)
	members.POST("/me/marks/undo", s.undoMark)
	members.GET("/suggestions", s.suggestions)
	members.GET("/groups", s.groups)
	members.GET("/groups/new", s.groupNew)
	members.POST("/groups/new", s.groupCreate)
	members.GET("/groups/:id", s.groupShow)
	members.POST("/groups/:id/join", s.groupJoin)
	members.POST("/groups/:id/payments", s.groupPay)
	members.POST("/groups/:id/payments/confirm", s.groupConfirm)
	members.POST("/groups/:id/board", s.groupPost)
	members.GET("/groups/:id/statement", s.groupStatement)
	members.GET("/groups/:id/leave", s.groupLeaveForm)
	members.POST("/groups/:id/leave", s.groupLeave)
	members.POST("/groups/:id/handover", s.groupHandOver)
	members.POST("/groups/:id/proposals", s.groupPropose)
	members.POST("/groups/:id/proposals/:proposal/vote", s.groupVote)
	members.POST("/groups/:id/proposals/:proposal/paid", s.groupSpendPaid)
	members.GET("/groups/:id/statement.csv", s.groupStatementCSV)
	members.GET("/groups/:id/ledger.csv", s.groupLedgerCSV)

	site.GET("/search", s.searchShow)
	site.GET("/interests", s.interests)
	site.GET("/interests/:slug", s.interestShow)
	site.GET("/providers", s.providers)
	site.GET("/providers/:id", s.providerShow)
	site.GET("/listings/:id", s.listingShow)
	members.GET("/providers/new", s.providerNew)
	members.POST("/providers/new", s.providerCreate)
	members.GET("/providers/:id/edit", s.providerEdit)
	members.POST("/providers/:id/edit", s.providerSave)
	members.POST("/providers/:id/verify", s.providerVerify)
	members.GET("/providers/:id/listings/new", s.listingNew)
	members.POST("/providers/:id/listings/new", s.listingCreate)
	members.GET("/listings/:id/edit", s.listingEdit)
	members.POST("/listings/:id/edit", s.listingSave)
	members.GET("/moderation", s.moderation)
	members.GET("/provider/insights", s.providerInsightsShow)

	r.NoRoute(s.limitBody, s.loadVisitor, s.notFound)
}
