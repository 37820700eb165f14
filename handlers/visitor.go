package handlers

import (
	"net/http"
	"net/url"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// visitor is who is asking: their session, the member if signed in, and how
// they like pages shown.
type visitor struct {
	session auth.Session
	me      *community.Person
	// helping is the member a mentor is helping, from the session; nil
	// when the member acts for themselves.
	helping *community.Person
	display community.Display
	// displayChosen says the visitor has chosen how pages look (a display
	// cookie, or choices saved on their profile), so the first visit's
	// question is not asked again.
	displayChosen bool
}

const visitorKey = "visitor"

// who is the signed-in member, acting for themselves or, while helping,
// for the member they help.
func who(c *gin.Context) actions.Who {
	v := current(c)
	if v.helping != nil {
		return actions.Who{Actor: *v.me, Owner: *v.helping}
	}
	return actions.As(*v.me)
}

// owner is whose side the pages a permission covers show: the member being
// helped, or the signed-in member.
func owner(c *gin.Context) *community.Person {
	if v := current(c); v.helping != nil {
		return v.helping
	}
	return current(c).me
}

// current returns the visitor loaded for this request.
func current(c *gin.Context) *visitor {
	if v, ok := c.Get(visitorKey); ok {
		return v.(*visitor)
	}
	return &visitor{display: community.Display{}.Normalised()}
}

// loadVisitor reads the session cookie (making a fresh one, with a CSRF
// token, for a first visit) and the signed-in member. A forged, stale or
// orphaned cookie simply means signed out.
func (s *Server) loadVisitor(c *gin.Context) {
	v := &visitor{session: s.Sessions.Read(c.Request)}
	if v.session.CSRF == "" {
		v.session = s.Sessions.New("")
		if err := s.Sessions.Write(c.Writer, v.session); err != nil {
			s.fail(c, err)
			return
		}
	}
	if v.session.SignedIn() {
		me, err := s.Store.Person(c.Request.Context(), v.session.PersonID)
		switch community.KindOf(err) {
		case community.KindNotFound:
			v.session = s.Sessions.New("")
			_ = s.Sessions.Write(c.Writer, v.session)
		default:
			if err != nil {
				// The member cannot be read (the database out of reach):
				// the page saying so is still in the words the display
				// cookie asks for.
				v.display, v.displayChosen = s.readDisplay(c, nil)
				c.Set(visitorKey, v)
				s.fail(c, err)
				return
			}
			if me.SessionEnded(v.session.ID, v.session.Issued()) {
				// Signed out on the server (here, on another device, or
				// everywhere): the cookie no longer signs anyone in.
				v.session = s.Sessions.New("")
				_ = s.Sessions.Write(c.Writer, v.session)
				break
			}
			v.me = &me
			if err := s.loadHelping(c, v); err != nil {
				v.display, v.displayChosen = s.readDisplay(c, v.me)
				c.Set(visitorKey, v)
				s.fail(c, err)
				return
			}
			if me.Suspended() && !(c.Request.Method == http.MethodPost && c.Request.URL.Path == "/signout") {
				// A suspended member reads why, on every page, and can
				// sign out; nothing else.
				v.display, v.displayChosen = s.readDisplay(c, v.me)
				c.Set(visitorKey, v)
				s.showError(c, http.StatusForbidden, errorPage{Heading: "error.suspended.heading", Message: "error.suspended"})
				c.Abort()
				return
			}
		}
	}
	v.display, v.displayChosen = s.readDisplay(c, v.me)
	c.Set(visitorKey, v)
	c.Next()
}

// requireMember sends signed-out visitors to sign in.
func (s *Server) requireMember(c *gin.Context) {
	if current(c).me == nil {
		c.Redirect(http.StatusSeeOther, "/signin?next="+url.QueryEscape(c.Request.URL.Path))
		c.Abort()
		return
	}
	c.Next()
}

// startSession signs a member in with a brand-new session (new CSRF token),
// and brings their saved display choices into the cookie.
func (s *Server) startSession(c *gin.Context, me community.Person) error {
	if err := s.Sessions.Write(c.Writer, s.Sessions.New(me.ID)); err != nil {
		return err
	}
	chosen := current(c).display
	if me.Display != (community.Display{}.Normalised()) {
		chosen = me.Display
	} else if chosen != me.Display {
		// Chosen before signing in: keep it on the profile too.
		if err := s.Actions.SaveDisplay(c.Request.Context(), actions.As(me), chosen); err != nil {
			return err
		}
	}
	s.writeDisplay(c, chosen)
	return nil
}
