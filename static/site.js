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

  // 3. Listen on Easy Read pages: shown only where the browser lists a
  // voice. It reads one sentence at a time, marks the sentence being read
  // (a CSS highlight over the words, and the block it is in), and can be
  // paused and carried on. Where the engine cannot pause, pausing stops
  // it, and carrying on starts again at the sentence it was reading.
  const slot = document.querySelector(".listen-slot");
  const synth = window.speechSynthesis;
  const main = document.querySelector("main");
  if (!slot || !main || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;

  const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, legend, dt, dd, label, th, td, summary";
  const SKIP = "script, style, template, noscript, input, textarea, select, [hidden], [aria-hidden='true']";
  const visible = (el) => {
    const style = window.getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden";
  };
  // The blocks of main that hold words, innermost only, in reading order.
  const blocks = () => Array.from(main.querySelectorAll(BLOCKS)).filter((el) =>
    !slot.contains(el) && !el.closest(SKIP) && visible(el) && !el.querySelector(BLOCKS) && el.textContent.trim());

  // sentences splits each block's words into sentences, each with the
  // range of the page's text it covers, so that it can be marked.
  const sentences = () => {
    const out = [];
    for (const block of blocks()) {
      const nodes = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement && n.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, from: text.length });
        text += n.textContent;
      }
      const at = (offset) => {
        let i = nodes.length - 1;
        while (i > 0 && nodes[i].from > offset) i -= 1;
        return [nodes[i].node, Math.min(offset - nodes[i].from, nodes[i].node.textContent.length)];
      };
      const found = text.matchAll(/[^.!?]+[.!?]*/g);
      for (const m of found) {
        const words = m[0].replace(/\s+/g, " ").trim();
        if (!words) continue;
        const start = m.index + m[0].search(/\S/);
        const end = m.index + m[0].trimEnd().length;
        const range = document.createRange();
        range.setStart(...at(start));
        range.setEnd(...at(end));
        out.push({ words, range, block });
      }
    }
    return out;
  };

  const label = (name, fallback) => slot.getAttribute("data-" + name + "-label") || fallback;
  const make = (cls, text) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "listen-button " + cls;
    b.textContent = text;
    return b;
  };
  const listen = make("listen-start", label("listen", "Listen"));
  const pause = make("listen-pause", label("pause", "Pause"));
  const stop = make("listen-stop", label("stop", "Stop"));

  let queue = [];
  let at = 0;
  let run = 0; // each start, pause or stop begins a new run; old events are ignored
  let state = "idle"; // idle, speaking, paused
  const highlights = window.CSS && CSS.highlights && typeof window.Highlight === "function" ? CSS.highlights : null;
  const mark = (s) => {
    main.querySelectorAll(".listen-reading").forEach((el) => el.classList.remove("listen-reading"));
    if (highlights) highlights.delete("listen");
    if (!s) return;
    s.block.classList.add("listen-reading");
    if (highlights) highlights.set("listen", new Highlight(s.range));
  };
  const show = () => {
    listen.hidden = state !== "idle";
    pause.hidden = state === "idle";
    stop.hidden = state === "idle";
    pause.textContent = state === "paused" ? label("resume", "Carry on") : label("pause", "Pause");
  };
  const finish = () => { run += 1; synth.cancel(); state = "idle"; at = 0; mark(null); show(); };
  const speak = () => {
    if (at >= queue.length) { finish(); return; }
    const mine = run;
    const s = queue[at];
    const u = new SpeechSynthesisUtterance(s.words);
    u.lang = "en-GB";
    u.rate = 0.9;
    u.addEventListener("start", () => { if (mine === run) mark(s); });
    u.addEventListener("end", () => { if (mine === run && state === "speaking") { at += 1; speak(); } });
    u.addEventListener("error", () => { if (mine === run && state === "speaking") finish(); });
    synth.speak(u);
  };
  listen.addEventListener("click", () => {
    queue = sentences();
    if (!queue.length) return;
    run += 1;
    synth.cancel();
    at = 0;
    state = "speaking";
    show();
    speak();
  });
  pause.addEventListener("click", () => {
    if (state === "speaking") {
      state = "paused";
      synth.pause();
      if (!synth.paused) { run += 1; synth.cancel(); } // no pause here: stop, and start again at this sentence
    } else if (state === "paused") {
      state = "speaking";
      if (synth.paused) {
        synth.resume();
      } else {
        run += 1;
        speak();
      }
    }
    show();
  });
  stop.addEventListener("click", finish);
  window.addEventListener("pagehide", finish);

  // The buttons appear once the browser lists a voice to read with.
  const ready = () => {
    if (listen.isConnected || !synth.getVoices().length) return;
    slot.append(listen, pause, stop);
    show();
  };
  ready();
  synth.addEventListener("voiceschanged", ready);
})();
