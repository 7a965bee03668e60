// Shared by every page: fetch the page's JSON twin, mark a drawing done (tests wait for
// data-rendered), colours. The page's own data come only from its twin.
"use strict";

window.chancery = (function () {
  const colors = {
    coop: "#2e7d32",
    conf: "#c62828",
    mixed: "#78909c",
    gold: "#1565c0",
    focus: "#6a1b9a",
    palette: [
      "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
      "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
    ],
  };

  // The API reply this element shows: its data-twin attribute holds the URL.
  function twin(el) {
    return fetch(el.dataset.twin, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) {
        throw new Error("the API answered " + r.status);
      }
      return r.json();
    });
  }

  function done(el, count) {
    el.dataset.rendered = String(count);
  }

  function fail(el, err) {
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = "Could not draw this: " + (err && err.message ? err.message : err);
    el.after(p);
    el.dataset.rendered = "error";
    console.error(err);
  }

  // Green when cooperation outweighs conflict, red the other way, grey when even.
  function tone(cooperation, conflict) {
    if (cooperation > conflict) return colors.coop;
    if (conflict > cooperation) return colors.conf;
    return colors.mixed;
  }

  // The page's filters as URL parameters (from its twin's URL), for links it builds.
  function twinParams(el) {
    const url = new URL(el.dataset.twin, window.location.href);
    return new URLSearchParams(url.search);
  }

  document.addEventListener("DOMContentLoaded", function () {
    // Bars in table cells: widths come from data attributes (no style attributes under the CSP).
    document.querySelectorAll("[data-share]").forEach(function (el) {
      el.style.width = Math.max(0, Math.min(100, Number(el.dataset.share) || 0)) + "%";
    });
  });

  return { colors: colors, twin: twin, done: done, fail: fail, tone: tone, twinParams: twinParams };
})();
