package community

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
)

// Every change a person makes carries a key, so that sending the same form
// twice (a double click, a retry after a failure) makes the change once.
// There are two namespaces, and no key of one can ever equal a key of the
// other:
//
//   - a client key ("c:…") is made from a form key the server signed when it
//     showed the form, for one member and one form; it is never typed, so a
//     member cannot choose it, and another member's key fails the signature;
//   - a server key ("s:…") names an entry the server makes for itself (the
//     confirmation of a payment, the reversal of an entry, the spend of a
//     proposal, a member's pledge and refund), so the same decision recorded
//     twice records once.
//
// These are the only places where key formats are written.

// FormKeys signs and checks the keys that forms carry.
type FormKeys struct{ secret []byte }

// NewFormKeys makes the signer from a secret that stays on the server.
func NewFormKeys(secret []byte) FormKeys { return FormKeys{secret: secret} }

// formKeyMAC is how much of the signature a key carries: 128 bits.
const formKeyMAC = 22

// Make signs nonce (random, made when the form is shown) for one member
// and one form.
func (k FormKeys) Make(member, form, nonce string) string {
	return nonce + "." + k.mac(member, form, nonce)
}

// Open checks a key sent with a form and returns its nonce. An empty,
// typed, altered or another member's key is refused.
func (k FormKeys) Open(member, form, key string) (string, error) {
	nonce, mac, ok := strings.Cut(key, ".")
	if !ok || nonce == "" || len(nonce) > 64 || strings.ContainsAny(nonce, ":/") ||
		!hmac.Equal([]byte(mac), []byte(k.mac(member, form, nonce))) {
		return "", Invalid(FieldError{Field: "key", Key: "error.form.key"})
	}
	return nonce, nil
}

func (k FormKeys) mac(member, form, nonce string) string {
	h := hmac.New(sha256.New, k.secret)
	h.Write([]byte(member + "\x00" + form + "\x00" + nonce))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))[:formKeyMAC]
}

// ClientKey is the key of a change made from a form: one member, one form,
// one showing of it.
func ClientKey(member, form, nonce string) string { return "c:" + form + ":" + member + ":" + nonce }

// ConfirmKey is the key of the confirmation of the payment entryID.
func ConfirmKey(entryID string) string { return "s:confirm:" + entryID }

// ReverseKey is the key of the reversal of entryID, whoever records it: the
// treasurer correcting it, or a leaver's pledge being cancelled.
func ReverseKey(entryID string) string { return "s:reverse:" + entryID }

// SpendKey is the key of the money paid out for a proposal: the first
// time, or again after n payments of it were reversed.
func SpendKey(proposalID string, n int) string {
	if n == 0 {
		return "s:spend:" + proposalID
	}
	return "s:spend:" + proposalID + ":" + strconv.Itoa(n)
}

// PledgeKey and RefundKey name one membership's pledge and refund: someone
// who leaves and joins again pledges, and may be refunded, afresh.
func PledgeKey(m Membership) string { return "s:pledge:" + membershipName(m) }
func RefundKey(m Membership) string { return "s:refund:" + membershipName(m) }

// FeeKey names a fee ("joining" or "late") charged for one membership.
func FeeKey(m Membership, fee string) string { return "s:fee:" + fee + ":" + membershipName(m) }

// ShareKey names one member's share of a spend.
func ShareKey(spendID, personID string) string { return "s:share:" + spendID + ":" + personID }

// HoldKey names a leaver's share held back for an agreed spend.
func HoldKey(m Membership, proposalID string) string {
	return "s:hold:" + proposalID + ":" + membershipName(m)
}

// MoveKey names a leaver's money left in the pot.
func MoveKey(m Membership) string { return "s:move:" + membershipName(m) }

// SettleKey names what is settled for a leaver once something changes their
// account after they left: an agreed spend they shared paid, lapsed or
// withdrawn, or a payment of theirs confirmed late; id is that proposal or
// payment.
func SettleKey(proposalID, personID string) string { return "s:settle:" + proposalID + ":" + personID }

// PayBackKey names the paying back of the refund owed in entryID.
func PayBackKey(entryID string) string { return "s:pay-back:" + entryID }

// SaleKey keys the sale of a thing; FundShareKey a member's part of the
// common fund and CloseRefundKey what they get back when the group winds
// up; BuyOutKey and BuyOutRefundKey the buy-out agreed by a vote and what
// it owes the leaver.
func SaleKey(thingID string) string            { return "s:sale:" + thingID }
func FundShareKey(personID string) string      { return "s:fund-share:" + personID }
func CloseRefundKey(personID string) string    { return "s:close-refund:" + personID }
func BuyOutKey(proposalID string) string       { return "s:buy-out:" + proposalID }
func BuyOutRefundKey(proposalID string) string { return "s:buy-out-refund:" + proposalID }

// UseFeeKey keys the use fee charged with the payment entryID.
func UseFeeKey(entryID string) string { return "s:use-fee:" + entryID }

func membershipName(m Membership) string {
	return m.PersonID + ":" + strconv.FormatInt(m.JoinedAt.UnixMilli(), 10)
}

// EntryID is the id of the entry with this key in this group. It is a hash
// of the key, so that an entry's id, which pages and forms use, never shows
// the key itself.
func EntryID(groupID, key string) string { return groupID + "/" + digest(key) }

// DocID is the id of a document (a group, a proposal, a post, a listing)
// made from a form with this client key: sent twice, it is the same
// document, which the database refuses to insert twice.
func DocID(key string) string { return digest(key) }

// digest is 24 hex digits of the key's SHA-256, the length of the ids the
// site makes otherwise.
func digest(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:12])
}
