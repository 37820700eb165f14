// ClubTogether: small progressive enhancements. Every page works without
// this file. No inline handlers, no eval, no inline styles (strict CSP).
(() => {
  "use strict";

  // 1. Double-submit guard: a second submit within 10 seconds is ignored.
  // Buttons get aria-disabled, not disabled, so their name/value still send.
  const GUARD_MS = 10000;
  const SUBMITS = 'button:not([type]), button[type="submit"], input[type="submit"]';
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
    const then = Number(form.getAttribute("data-submitted-at")) || 0;
    if (then && Date.now() - then < GUARD_MS) {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitted-at", String(Date.now()));
    form.querySelectorAll(SUBMITS).forEach((b) => b.setAttribute("aria-disabled", "true"));
  });
  // Coming back with the Back button (bfcache) makes the forms usable again.
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[data-submitted-at]").forEach((form) => {
      form.removeAttribute("data-submitted-at");
      form.querySelectorAll(SUBMITS).forEach((b) => b.removeAttribute("aria-disabled"));
    });
  });

  // 2. Error summary: focus it on load; its links move focus to the input,
  // showing the input's label or its group's legend.
  const summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", (event) => {
      const link = event.target instanceof Element && event.target.closest('a[href^="#"]');
      if (!link) return;
      const input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!input) return;
      event.preventDefault();
      const fieldset = input.closest("fieldset.field") || input.closest("fieldset");
      const label = (fieldset && fieldset.querySelector("legend")) ||
        document.querySelector(`label[for="${CSS.escape(input.id)}"]`) || input;
      label.scrollIntoView({ block: "start" });
      input.focus({ preventScroll: true });
    });
  }

  // 3. Listen button on Easy Read pages, only where speech is available.
  const slot = document.querySelector(".listen-slot");
  const synth = window.speechSynthesis;
  const main = document.querySelector("main");
  if (!slot || !main || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;

  const BLOCK = /^(P|H[1-6]|LI|DT|DD|LEGEND|DIV|SECTION|FIELDSET|FORM|UL|OL|DL)$/;
  const SKIP = "script, style, template, noscript, input, textarea, select, [hidden], [aria-hidden='true']";
  // Collect the visible text of main, one part per block, skipping the slot.
  const collect = (node, out) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(child.textContent);
      } else if (child.nodeType === Node.ELEMENT_NODE && child !== slot && !child.matches(SKIP)) {
        const style = window.getComputedStyle(child);
        if (style.display === "none" || style.visibility === "hidden") continue;
        if (BLOCK.test(child.tagName)) out.push("\n");
        collect(child, out);
        if (BLOCK.test(child.tagName)) out.push("\n");
      }
    }
    return out;
  };
  const parts = () => collect(main, []).join("").split("\n")
    .map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);

  const listenLabel = slot.getAttribute("data-listen-label") || "Listen";
  const stopLabel = slot.getAttribute("data-stop-label") || "Stop";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "listen-button";
  button.textContent = listenLabel;
  slot.appendChild(button);

  let run = 0; // each start or stop begins a new run; old events are ignored
  let speaking = false;
  const stopped = () => { speaking = false; button.textContent = listenLabel; };
  button.addEventListener("click", () => {
    run += 1;
    synth.cancel();
    if (speaking) { stopped(); return; }
    const mine = run;
    const texts = parts();
    if (!texts.length) return;
    // One utterance per block: pauses between blocks, and long pages do not
    // hit the cut-off some browsers have for long utterances.
    texts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = "en-GB";
      u.rate = 0.9;
      u.addEventListener("error", () => { if (mine === run) { run += 1; synth.cancel(); stopped(); } });
      if (i === texts.length - 1) u.addEventListener("end", () => { if (mine === run) stopped(); });
      synth.speak(u);
    });
    speaking = true;
    button.textContent = stopLabel;
  });
  window.addEventListener("pagehide", () => { run += 1; synth.cancel(); stopped(); });
})();
