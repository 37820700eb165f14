// Passkeys: a form marked data-passkey asks the site for the options of a
// WebAuthn ceremony (data-options), asks the device for a passkey, puts
// the answer in the form's hidden "credential" field and sends the form.
// Without this script the form is sent empty and the page says why, so
// nothing depends on it silently.
(function () {
  "use strict";

  function toBytes(b64url) {
    var b64 = b64url.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) { b64 += "="; }
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return bytes.buffer;
  }

  function toText(buf) {
    if (!buf) { return undefined; }
    var bytes = new Uint8Array(buf), bin = "";
    for (var i = 0; i < bytes.length; i++) { bin += String.fromCharCode(bytes[i]); }
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function withBytes(list) {
    return (list || []).map(function (c) { return Object.assign({}, c, { id: toBytes(c.id) }); });
  }

  function creationOptions(o) {
    var pk = Object.assign({}, o.publicKey);
    pk.challenge = toBytes(pk.challenge);
    pk.user = Object.assign({}, pk.user, { id: toBytes(pk.user.id) });
    pk.excludeCredentials = withBytes(pk.excludeCredentials);
    return { publicKey: pk };
  }

  function requestOptions(o) {
    var pk = Object.assign({}, o.publicKey);
    pk.challenge = toBytes(pk.challenge);
    pk.allowCredentials = withBytes(pk.allowCredentials);
    return { publicKey: pk };
  }

  function answer(cred) {
    var r = cred.response, out = {
      id: cred.id, rawId: toText(cred.rawId), type: cred.type,
      authenticatorAttachment: cred.authenticatorAttachment || undefined,
      clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
      response: { clientDataJSON: toText(r.clientDataJSON) }
    };
    if (r.attestationObject) {
      out.response.attestationObject = toText(r.attestationObject);
      if (r.getTransports) { out.response.transports = r.getTransports(); }
    } else {
      out.response.authenticatorData = toText(r.authenticatorData);
      out.response.signature = toText(r.signature);
      out.response.userHandle = toText(r.userHandle);
    }
    return JSON.stringify(out);
  }

  function run(form) {
    var signIn = form.getAttribute("data-passkey") === "sign-in";
    var credential = form.querySelector("input[name=credential]");
    var cancelled = form.querySelector("input[name=cancelled]");
    var button = form.querySelector("button[type=submit]");
    credential.value = "";
    cancelled.value = "";
    if (button) { button.disabled = true; }
    var send = function () { HTMLFormElement.prototype.submit.call(form); };
    fetch(form.getAttribute("data-options"), {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (res) {
      if (!res.ok) { throw new Error("options"); }
      return res.json();
    }).then(function (options) {
      return signIn ? navigator.credentials.get(requestOptions(options))
        : navigator.credentials.create(creationOptions(options));
    }).then(function (cred) {
      credential.value = answer(cred);
    }, function (err) {
      // The page the form leads to says what went wrong, in the
      // reader's words: a refusal on the device, or options refused.
      if (err && err.message !== "options") { cancelled.value = err.name || "cancelled"; }
    }).then(send);
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.hasAttribute || !form.hasAttribute("data-passkey")) { return; }
    if (!window.PublicKeyCredential || !window.fetch) { return; }
    ev.preventDefault();
    run(form);
  });
}());
