// Actor page: the actor and its partners as a graph (cytoscape), from the page's twin,
// /api/actors/{code}/network. Labels are drawn on a canvas, never parsed as markup.
"use strict";

(function () {
  const el = document.getElementById("graph");
  if (!el) return;
  const c = window.chancery.colors;

  function dyadUrl(a, b) {
    return "/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b);
  }

  window.chancery
    .twin(el)
    .then(function (net) {
      const maxNode = Math.max(1, ...net.nodes.map(function (n) { return n.events; }));
      const maxEdge = Math.max(1, ...net.edges.map(function (e) { return e.events; }));
      const elements = net.nodes
        .map(function (n) {
          return {
            group: "nodes",
            data: {
              id: n.id,
              label: n.id + " (" + n.events + ")",
              focus: n.focus ? 1 : 0,
              size: 18 + 42 * Math.sqrt(n.events / maxNode),
              colour: n.focus ? c.focus : c.gold,
            },
          };
        })
        .concat(
          net.edges.map(function (e, i) {
            return {
              group: "edges",
              data: {
                id: "edge" + i,
                source: e.a,
                target: e.b,
                width: 1 + 7 * Math.sqrt(e.events / maxEdge),
                colour: window.chancery.tone(e.cooperation, e.conflict),
                label: e.events + " events: " + e.cooperation + " coop., " + e.conflict + " conflict",
              },
            };
          }),
        );
      const cy = window.cytoscape({
        container: el,
        elements: elements,
        style: [
          {
            selector: "node",
            style: {
              width: "data(size)",
              height: "data(size)",
              "background-color": "data(colour)",
              label: "data(label)",
              "font-size": 11,
              color: "#1b1f24",
              "text-valign": "bottom",
              "text-margin-y": 3,
              "text-background-color": "#ffffff",
              "text-background-opacity": 0.8,
              "text-background-padding": 1,
            },
          },
          {
            selector: "edge",
            style: {
              width: "data(width)",
              "line-color": "data(colour)",
              opacity: 0.65,
              "curve-style": "haystack",
            },
          },
          { selector: "node:active, node:selected", style: { "overlay-opacity": 0.15 } },
        ],
        layout: {
          name: "concentric",
          concentric: function (node) { return node.data("focus") ? 2 : 1; },
          levelWidth: function () { return 1; },
          minNodeSpacing: 24,
          animate: false,
        },
        minZoom: 0.3,
        maxZoom: 3,
      });
      cy.on("tap", "node", function (ev) {
        const id = ev.target.id();
        if (id !== net.actor) window.location.href = dyadUrl(net.actor, id);
      });
      cy.on("tap", "edge", function (ev) {
        window.location.href = dyadUrl(ev.target.data("source"), ev.target.data("target"));
      });
      cy.on("mouseover", "node, edge", function () { el.classList.add("pointing"); });
      cy.on("mouseout", "node, edge", function () { el.classList.remove("pointing"); });
      el.cy = cy;
      window.chancery.done(el, cy.nodes().length);
    })
    .catch(function (err) { window.chancery.fail(el, err); });
})();
