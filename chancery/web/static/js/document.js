// Article page: the legend's check boxes show or hide each kind of highlight, and an
// event in the side list (or the #event-… the page was opened at) lights up its evidence.
"use strict";

(function () {
  const text = document.getElementById("doc-text");
  if (!text) return;

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("off-" + box.dataset.kind, !box.checked);
    });
  });

  function light(eventId, on) {
    const selector = 'mark[data-events~="' + CSS.escape(eventId) + '"]';
    text.querySelectorAll(selector).forEach(function (mark) { mark.classList.toggle("focus", on); });
  }

  document.querySelectorAll("#doc-events li[data-event]").forEach(function (item) {
    item.addEventListener("mouseenter", function () { light(item.dataset.event, true); });
    item.addEventListener("mouseleave", function () { light(item.dataset.event, false); });
  });

  if (window.location.hash.startsWith("#event-")) {
    light(decodeURIComponent(window.location.hash.slice("#event-".length)), true);
  }
})();
