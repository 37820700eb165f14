package actions

import "context"

// ReadThread marks read the messages the owner was sent by another member,
// once they open the thread.
func (a *Actions) ReadThread(ctx context.Context, who Who, with string) error {
	if err := who.may(); err != nil {
		return err
	}
	if _, byWho := a.Unread(who.Owner.ID); byWho[with] == 0 {
		return nil
	}
	if err := a.Store.MarkRead(ctx, who.Owner.ID, with, a.now()); err != nil {
		return err
	}
	a.inbox.read(who.Owner.ID, with)
	return a.logChange(ctx, "read messages", "thread", who.Owner.ID+"/"+with)
}
