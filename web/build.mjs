// Copies the dashboard's browser libraries from node_modules (installed by `npm ci`)
// into chancery/web/static/vendor/, which the Python package ships and serves itself:
// no CDN is ever contacted at run time. The folder is generated, so it is gitignored.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const vendor = join(here, "..", "chancery", "web", "static", "vendor");

// [package, file inside the package, name under vendor/]
const FILES = [
  ["chart.js", "dist/chart.umd.min.js", "chart.umd.min.js"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
  ["leaflet", "dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet", "dist/images/layers.png", "leaflet/images/layers.png"],
  ["leaflet", "dist/images/layers-2x.png", "leaflet/images/layers-2x.png"],
  ["leaflet", "dist/images/marker-icon.png", "leaflet/images/marker-icon.png"],
  ["leaflet", "dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"],
  ["leaflet", "dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["world-atlas", "countries-110m.json", "countries-110m.json"],
];

rmSync(vendor, { recursive: true, force: true });
const versions = {};
for (const [pkg, file, target] of FILES) {
  const out = join(vendor, target);
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(join(modules, pkg, file), out);
  versions[pkg] = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
}
// Which versions were copied, for the curious and for bug reports.
writeFileSync(join(vendor, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendor: ${FILES.length} files from ${Object.keys(versions).length} packages → ${vendor}`);
