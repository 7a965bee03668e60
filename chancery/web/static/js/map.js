// Map page: country shapes (world-atlas, drawn from a file we ship: no tile server) and a
// circle per place from the page's twin, /api/locations. Tooltips are DOM nodes with
// text content, never HTML strings.
"use strict";

(function () {
  const el = document.getElementById("map");
  if (!el) return;
  const L = window.L;

  function tooltip(p) {
    const box = document.createElement("div");
    const name = document.createElement("strong");
    name.textContent = p.place || "?";
    box.append(name);
    if (p.country) box.append(" " + p.country);
    box.append(document.createElement("br"));
    box.append(p.events + " events: " + p.cooperation + " cooperation, " + p.conflict + " conflict");
    return box;
  }

  // Country rings crossing the antimeridian jump from +180° to -180° (world-atlas is made for
  // spherical projections); on a flat map that jump draws a band across the world. Keep each
  // ring continuous instead (longitudes past 180°). Antarctica, around the pole, is left out.
  function unwrap(ring) {
    const out = [ring[0]];
    let shift = 0;
    for (let i = 1; i < ring.length; i++) {
      let lon = ring[i][0] + shift;
      const previous = out[i - 1][0];
      if (lon - previous > 180) {
        shift -= 360;
        lon -= 360;
      } else if (previous - lon > 180) {
        shift += 360;
        lon += 360;
      }
      out.push([lon, ring[i][1]]);
    }
    return out;
  }

  function countries(world) {
    const shapes = window.topojson.feature(world, world.objects.countries);
    shapes.features = shapes.features.filter(function (f) { return f.properties.name !== "Antarctica"; });
    shapes.features.forEach(function (f) {
      const g = f.geometry;
      if (!g) return;
      if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
      if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(function (p) { return p.map(unwrap); });
    });
    return shapes;
  }

  Promise.all([
    fetch(el.dataset.countries).then(function (r) { return r.json(); }),
    window.chancery.twin(el),
  ])
    .then(function (results) {
      const world = results[0];
      const reply = results[1];
      const map = L.map(el, { minZoom: 1, maxZoom: 9, zoomSnap: 0.25, worldCopyJump: true });
      map.attributionControl.addAttribution("Natural Earth (world-atlas)");
      L.geoJSON(countries(world), {
        interactive: false,
        style: { color: "#a3adb8", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
      }).addTo(map);

      const filters = window.chancery.twinParams(el);
      filters.delete("limit");
      const maxEvents = Math.max(1, ...reply.points.map(function (p) { return p.events; }));
      const markers = L.featureGroup();
      reply.points.forEach(function (p) {
        const colour = window.chancery.tone(p.cooperation, p.conflict);
        const marker = L.circleMarker([p.lat, p.lon], {
          radius: 4 + 14 * Math.sqrt(p.events / maxEvents),
          color: colour,
          fillColor: colour,
          fillOpacity: 0.5,
          weight: 1.5,
          className: "event-marker",
        });
        marker.bindTooltip(tooltip(p), { direction: "top" });
        if (p.country) {
          marker.on("click", function () {
            const params = new URLSearchParams(filters);
            params.set("country", p.country);
            window.location.href = "/events?" + params.toString();
          });
        }
        markers.addLayer(marker);
      });
      markers.addTo(map);
      if (reply.points.length) {
        map.fitBounds(markers.getBounds().pad(0.2), { maxZoom: 5 });
      } else {
        map.setView([25, 15], 1.5);
      }
      el.map = map;
      window.chancery.done(el, reply.points.length);
    })
    .catch(function (err) { window.chancery.fail(el, err); });
})();
