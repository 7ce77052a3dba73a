/* search.js: the search box of every page of the site.  The index,
   search-index.js (chapters/filters/search.lua), is loaded with a <script>
   element the first time the box is used, which works from file:// as well
   as from a server.  Each result links to a section of a chapter. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  form.hidden = false;

  var loading = null;
  function withIndex(then) {
    if (window.BOOK_SEARCH) return then();
    if (!loading) {
      loading = [];
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = function () { loading.forEach(function (f) { f(); }); };
      document.head.appendChild(script);
    }
    loading.push(then);
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function count(haystack, needle) {
    var n = 0, i = haystack.indexOf(needle);
    while (i >= 0 && n < 50) {
      n++;
      i = haystack.indexOf(needle, i + needle.length);
    }
    return n;
  }

  // Every section that has all the words; a word in the title counts most.
  function search(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var results = [];
    window.BOOK_SEARCH.forEach(function (entry, order) {
      var title = entry.t.toLowerCase(), text = entry.x.toLowerCase();
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var inTitle = count(title, words[i]), inText = count(text, words[i]);
        if (!inTitle && !inText) return;
        score += 20 * inTitle + inText;
      }
      results.push({ entry: entry, score: score, order: order });
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    return results.slice(0, 12);
  }

  // A few words around the first match, the words marked.
  function snippet(text, words) {
    var lower = text.toLowerCase(), at = lower.indexOf(words[0]);
    var start = Math.max(0, at - 60), end = Math.min(text.length, at + 100);
    var part = (start > 0 ? "…" : "") + text.slice(start, end) +
      (end < text.length ? "…" : "");
    var pattern = new RegExp("(" + words.map(escapeRegExp).join("|") + ")",
      "gi");
    return escapeHtml(part).replace(pattern, "<mark>$1</mark>");
  }

  function show() {
    var query = input.value.trim();
    if (!query) { list.hidden = true; list.innerHTML = ""; return; }
    withIndex(function () {
      if (input.value.trim() !== query) return;
      var words = query.toLowerCase().split(/\s+/).filter(Boolean);
      var results = search(query);
      list.innerHTML = results.length ? results.map(function (r) {
        return '<li><a href="' + escapeHtml(r.entry.h) + '">' +
          '<span class="search-page">' + escapeHtml(r.entry.p) + "</span>" +
          '<span class="search-section">' + escapeHtml(r.entry.t) + "</span>" +
          '<span class="search-snippet">' + snippet(r.entry.x, words) +
          "</span></a></li>";
      }).join("") : '<li class="search-none">Nothing found for “' +
        escapeHtml(query) + "”.</li>";
      list.hidden = false;
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(show, 120);
  });
  input.addEventListener("focus", function () { withIndex(function () {}); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      list.hidden = true;
      input.focus();
    } else if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && links.length) {
      event.preventDefault();
      if (at <= 0) input.focus(); else links[at - 1].focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) list.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement === document.body) {
      event.preventDefault();
      input.focus();
    }
  });
})();
