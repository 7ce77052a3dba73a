/* stepper.js: every figure drawn from a script becomes a stepper.  The
   buttons (and the arrow keys, once the stepper has the focus) walk through
   the script's states, the figures its "# figure:" lines draw, with the
   script beside the picture and the line that made the state highlighted.
   The data comes from the page (filters/figures.lua): a hidden
   div.stepper-data per script.  Without JavaScript each figure stays as it
   is, a numbered panel with the line that made it written under it.
   Figures of one script grouped in a div.panels make one stepper, from the
   first of them; the others stay in the page, hidden, for their captions
   (the PDF and the EPUB show them all). */
(function () {
  "use strict";
  var data = {};
  Array.prototype.forEach.call(document.querySelectorAll(".stepper-data"),
    function (el) { data[el.getAttribute("data-script")] = el; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // A figure shown smaller than drawn (on a phone, the column is narrower
  // than most figures) opens at its own size on a tap, in a layer of the
  // page that scrolls both ways; a tap or Escape closes it.  Its own size
  // is the one tests/figures-legible checks the type at.
  var layer = null;
  function close() {
    if (layer) layer.parentNode.removeChild(layer);
    layer = null;
  }
  document.addEventListener("click", function (event) {
    var img = event.target.closest && event.target.closest("figure img");
    if (layer) { close(); return; }
    if (!img || img.clientWidth >= img.naturalWidth - 1) return;
    layer = el("div", "figure-full");
    layer.setAttribute("role", "dialog");
    layer.setAttribute("aria-label", (img.alt || "Figure") +
      " (at its own size; tap to close)");
    var full = el("img");
    full.src = img.src;
    full.alt = img.alt;
    full.style.width = img.naturalWidth + "px";
    layer.appendChild(full);
    document.body.appendChild(layer);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") close();
  });

  function build(step) {
    var source = data[step.getAttribute("data-script")];
    if (!source) return false;
    var states = Array.prototype.map.call(
      source.querySelectorAll(".stepper-state"), function (s) {
        return {
          src: s.getAttribute("data-src"),
          first: +s.getAttribute("data-first"),
          last: +s.getAttribute("data-last"),
          figure: s.getAttribute("data-figure"),
          label: s.innerHTML,
        };
      });
    if (states.length < 2) return false;
    var figure = step.querySelector("figure");
    var img = figure.querySelector("img");
    var caption = figure.querySelector("figcaption");
    var stateLine = step.querySelector(".figure-state");
    var own = { caption: caption ? caption.innerHTML : "", alt: img.alt };
    var at = +step.getAttribute("data-state") - 1;
    var home = at;

    // The script, without the ids and anchors of the hidden copy.
    var listing = source.querySelector("div.sourceCode, pre").cloneNode(true);
    Array.prototype.forEach.call(listing.querySelectorAll("[id]"),
      function (e) { e.removeAttribute("id"); });
    Array.prototype.forEach.call(listing.querySelectorAll("a[href]"),
      function (a) { a.removeAttribute("href"); });
    listing.removeAttribute("id");
    var lines = listing.querySelectorAll("code > span");
    Array.prototype.forEach.call(lines, function (line, i) {
      line.setAttribute("data-line", i + 1);
    });

    var box = el("div", "stepper");
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Steps of " +
      step.getAttribute("data-script") + "; the arrow keys move between them");
    var bar = el("div", "stepper-bar");
    var prev = el("button", "stepper-prev", "← Previous");
    var count = el("span", "stepper-count");
    count.setAttribute("aria-live", "polite");
    var next = el("button", "stepper-next", "Next →");
    prev.type = next.type = "button";
    bar.appendChild(prev); bar.appendChild(count); bar.appendChild(next);
    var body = el("div", "stepper-body");
    var code = el("div", "stepper-source");
    code.appendChild(listing);
    step.parentNode.insertBefore(box, step);
    box.appendChild(bar);
    box.appendChild(body);
    body.appendChild(code);
    body.appendChild(step);

    function show(k) {
      at = Math.max(0, Math.min(states.length - 1, k));
      var s = states[at];
      img.src = s.src;
      var shown = at === home ? null
        : s.figure && document.getElementById(s.figure);
      var shownCaption = shown && shown.closest("figure") &&
        shown.closest("figure").querySelector("figcaption");
      if (caption) {
        caption.innerHTML = at === home ? own.caption
          : shownCaption ? shownCaption.innerHTML : "";
      }
      img.alt = at === home ? own.alt : shown ? shown.alt : "State " + (at + 1);
      if (stateLine) stateLine.innerHTML = s.label;
      count.textContent = "State " + (at + 1) + " of " + states.length;
      // A button about to be disabled would drop the focus, and with it
      // the arrow keys: the stepper keeps it.
      var focused = document.activeElement;
      prev.disabled = at === 0;
      next.disabled = at === states.length - 1;
      if ((focused === prev || focused === next) && focused.disabled) {
        box.focus();
      }
      Array.prototype.forEach.call(lines, function (line, i) {
        var n = i + 1;
        line.classList.toggle("hl", n >= s.first && n <= s.last);
      });
      var mark = listing.querySelector(".hl");
      if (mark && code.scrollHeight > code.clientHeight) {
        code.scrollTop = mark.offsetTop - code.clientHeight / 3;
      }
    }
    prev.addEventListener("click", function () { show(at - 1); });
    next.addEventListener("click", function () { show(at + 1); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        event.preventDefault();
        show(at + (event.key === "ArrowLeft" ? -1 : 1));
      }
    });
    box.classList.add("stepper-on");
    show(at);
    return true;
  }

  Array.prototype.forEach.call(document.querySelectorAll(".figure-step"),
    function (step) {
      var group = step.parentNode;
      if (!group.classList.contains("panels")) {
        build(step);
        return;
      }
      if (group.getAttribute("data-stepper") !== null) return;
      var steps = Array.prototype.filter.call(group.children, function (c) {
        return c.classList.contains("figure-step");
      });
      group.setAttribute("data-stepper", "");
      if (build(steps[0])) {
        steps.slice(1).forEach(function (other) { other.hidden = true; });
      }
    });
})();
