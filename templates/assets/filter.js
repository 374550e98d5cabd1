// filter.js: a progressive enhancement of the timeline pages. It adds a
// search box that hides the events whose text does not contain every word
// typed. Without JavaScript the pages work as they are, and the year,
// people, place and tag pages do the finding.
(function () {
  "use strict";
  var box = document.getElementById("filter");
  if (!box) return;
  var list = document.getElementById(box.getAttribute("data-target") || "timeline");
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll("li[data-search]"));
  if (items.length < 2) return;

  var label = document.createElement("label");
  label.htmlFor = "filter-input";
  label.textContent = "Filter events";
  var input = document.createElement("input");
  input.type = "search";
  input.id = "filter-input";
  input.autocomplete = "off";
  input.spellcheck = false;
  var status = document.createElement("p");
  status.className = "filter-status";
  status.setAttribute("role", "status");
  box.appendChild(label);
  box.appendChild(input);
  box.appendChild(status);

  function hideEmpty(selector) {
    list.querySelectorAll(selector).forEach(function (el) {
      el.hidden = !el.querySelector("li[data-search]:not([hidden])");
    });
  }

  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var text = li.getAttribute("data-search") || "";
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) shown++;
    });
    hideEmpty(".group");
    hideEmpty(".year");
    status.textContent = words.length ? shown + " of " + items.length + " events match" : "";
  }

  input.addEventListener("input", apply);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
    apply();
  }
})();
