"""The dashboard in a real browser: Debian's chromium (headless) driven by Playwright.

One database built by the real CLI (`chancery ingest`) from the sample corpus, the dev
articles and an article carrying a script; one real server (`chancery serve`); one
browser. Every page must load with no console error, no failed request and no request
leaving the server; screenshots of each go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright  # noqa: E402

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INJECTED = (
    "Turkey condemned France on Monday after a diplomatic row in Ankara. <script>window.__xss = 1</script>\n\n"
    "The Turkish foreign minister accused France of interfering in its internal affairs "
    '<img src=x onerror="window.__xss=2"> and demanded an apology, officials said in Ankara.\n\n'
    "France rejected the accusation and said it would continue talks with Turkey.\n"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory, seeds) -> Iterator[str]:
    """A database ingested by the real CLI and the real server over it; yields its URL."""
    root = tmp_path_factory.mktemp("dashboard")
    injected = root / "injected"
    injected.mkdir()
    (injected / "xss_article.txt").write_text(INJECTED, encoding="utf-8")
    db = root / "dashboard.duckdb"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    corpus = [str(seeds), str(ROOT / "devset" / "articles"), str(injected)]
    ingest = subprocess.run(
        [sys.executable, "-m", "chancery", "ingest", *corpus, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert ingest.returncode == 0, ingest.stderr
    port = _free_port()
    log = (root / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "chancery", "serve", "--db", str(db), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (root / "serve.log").read_text()
            try:
                if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not answer /api/health within 60 s"
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def api(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A page that records every console error, script error, failed or foreign request."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.base = base
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        # Nothing may come from anywhere but our server (no CDN, no tiles): refuse and record.
        page.route(re.compile(r"^(?!" + re.escape(base) + r"/).*"), self._foreign)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _failed(self, request: Request) -> None:
        self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _foreign(self, route) -> None:
        self.problems.append(f"foreign request: {route.request.url}")
        route.abort()

    def open(self, path: str) -> None:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"

    def wait_drawn(self, selector: str) -> str:
        """Wait until the page's script drew ``selector`` (it sets data-rendered) and return that value."""
        self.page.wait_for_selector(f"{selector}[data-rendered]", state="attached", timeout=15000)
        value = self.page.get_attribute(selector, "data-rendered")
        assert value != "error", self.page.inner_text("main")
        return value

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def assert_clean(self) -> None:
        self.page.wait_for_load_state("networkidle")
        assert self.problems == []


@pytest.fixture
def tab(browser, server) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        yield Tab(page, server)
    finally:
        context.close()


# -- helpers -------------------------------------------------------------------------------


def top_dyad(api) -> tuple[str, str]:
    d = api.get("/api/stats").json()["top_dyads"][0]
    return d["a"], d["b"]


def rows(tab: Tab) -> list[dict[str, str]]:
    return tab.page.eval_on_selector_all(
        "table#events tbody tr[data-event]",
        "trs => trs.map(tr => ({id: tr.dataset.event, type: tr.dataset.type,"
        " source: tr.dataset.source, target: tr.dataset.target}))",
    )


def ink(tab: Tab, selector: str) -> int:
    """How many pixels of a canvas are not transparent."""
    return tab.page.eval_on_selector(
        selector,
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""",
    )


# -- every page ------------------------------------------------------------------------------


def page_paths(api) -> dict[str, tuple[str, str | None]]:
    """Each page, and the element its script draws (None for pages without a drawing)."""
    a, b = top_dyad(api)
    event = api.get("/api/events", params={"dyad": f"{a},{b}", "limit": 1}).json()["events"][0]
    return {
        "overview": ("/", None),
        "events": ("/events", None),
        "events-filtered": (f"/events?dyad={a},{b}&sort=-goldstein", None),
        "event": (f"/events/{event['event_id']}", None),
        "story": (f"/stories/{event['story_id']}", None),
        "document": (f"/documents/{event['content_hash']}#event-{event['event_id']}", None),
        "dyad": (f"/dyads/{a}/{b}", "#dyad-chart"),
        "dyad-year": (f"/dyads/{a}/{b}?period=year", "#dyad-chart"),
        "network": (f"/actors/{a}", "#graph"),
        "map": ("/map", "#map"),
        "trends": ("/trends", "#trends-chart"),
        "trends-context": ("/trends?by=context&period=year", "#trends-chart"),
    }


PAGES = [
    "overview",
    "events",
    "events-filtered",
    "event",
    "story",
    "document",
    "dyad",
    "dyad-year",
    "network",
    "map",
    "trends",
    "trends-context",
]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_loads_cleanly_and_links_its_json_twin(tab, api, name):
    path, drawing = page_paths(api)[name]
    tab.open(path)
    if drawing:
        tab.wait_drawn(drawing)
    twin = tab.page.get_attribute("a#twin", "href")
    assert twin and twin.startswith("/api/")
    assert api.get(twin).status_code == 200
    tab.shot(name)
    tab.assert_clean()


# -- the explorer -------------------------------------------------------------------------------


def test_explorer_filters_sort_and_pages(tab, api):
    tab.open("/events")
    tab.page.select_option("select[name=type]", "CONSULT")
    tab.page.select_option("select[name=limit]", "25")
    tab.page.click("#filters button[type=submit]")
    tab.page.wait_for_load_state("load")
    query = parse_qs(urlparse(tab.page.url).query)
    assert query == {"type": ["CONSULT"], "sort": ["-day"], "limit": ["25"]}  # blank fields dropped

    reply = api.get("/api/events", params={"type": "CONSULT", "limit": 25, "total": "true"}).json()
    first = rows(tab)
    assert [r["id"] for r in first] == [e["event_id"] for e in reply["events"]]
    assert {r["type"] for r in first} == {"CONSULT"}
    assert tab.page.inner_text("#total").startswith(f"{reply['total']} events")
    assert reply["next_cursor"], "the sample has more than 25 consultations"

    tab.page.click("a#next")
    tab.page.wait_for_load_state("load")
    second = rows(tab)
    assert second and {r["type"] for r in second} == {"CONSULT"}
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    following = api.get(
        "/api/events", params={"type": "CONSULT", "limit": 25, "cursor": reply["next_cursor"]}
    ).json()
    assert [r["id"] for r in second] == [e["event_id"] for e in following["events"]]

    # a dyad, then the Goldstein column header sorts
    a, b = top_dyad(api)
    tab.open("/events")
    tab.page.fill("input[name=dyad]", f"{a},{b}")
    tab.page.click("#filters button[type=submit]")
    tab.page.wait_for_load_state("load")
    dyad_rows = rows(tab)
    assert dyad_rows and all({r["source"], r["target"]} == {a, b} for r in dyad_rows)
    tab.page.click("th.sortable >> text=Goldstein")
    tab.page.wait_for_load_state("load")
    assert parse_qs(urlparse(tab.page.url).query)["sort"] == ["-goldstein"]
    by_goldstein = api.get("/api/events", params={"dyad": f"{a},{b}", "sort": "-goldstein"}).json()
    assert [r["id"] for r in rows(tab)] == [e["event_id"] for e in by_goldstein["events"]]
    tab.assert_clean()


def test_opening_an_article_from_the_explorer_shows_its_highlights(tab):
    tab.open("/events?actor=TUR")
    first = rows(tab)[0]
    tab.page.click(f"tr[data-event='{first['id']}'] a.doc")
    tab.page.wait_for_load_state("load")
    assert urlparse(tab.page.url).path.startswith("/documents/")
    marks = tab.page.locator("#doc-text mark")
    assert marks.count() > 0
    assert tab.page.locator("#doc-text mark.k-evidence").count() > 0
    assert tab.page.locator("#doc-text mark.k-mention").count() > 0
    # the event it was opened at is lit, and is in the side list
    lit = tab.page.locator("#doc-text mark.focus")
    assert lit.count() > 0
    assert first["id"] in lit.first.get_attribute("data-events").split()
    assert tab.page.locator(f"#doc-events li[data-event='{first['id']}']").count() == 1
    # the legend hides a kind
    tab.page.uncheck("#legend input[data-kind=evidence]")
    assert "off-evidence" in tab.page.get_attribute("#doc-text", "class")
    tab.shot("document-from-explorer")
    tab.assert_clean()


# -- charts, graph, map ----------------------------------------------------------------------------


def test_dyad_chart_draws_what_the_api_returns(tab, api):
    a, b = top_dyad(api)
    series = api.get(f"/api/dyads/{a}/{b}/series").json()["series"]
    tab.open(f"/dyads/{a}/{b}")
    assert tab.wait_drawn("#dyad-chart") == str(len(series))
    assert ink(tab, "#dyad-chart") > 1000
    datasets = tab.page.eval_on_selector(
        "#dyad-chart", "c => c.chart.data.datasets.map(d => ({label: d.label, data: d.data}))"
    )
    assert datasets == [
        {"label": "cooperation", "data": [p["cooperation"] for p in series]},
        {"label": "conflict", "data": [p["conflict"] for p in series]},
        {"label": "Goldstein sum", "data": [p["goldstein"] for p in series]},
    ]
    assert tab.page.locator("table#series tbody tr").count() == len(series)
    tab.assert_clean()


def test_network_graph_has_the_apis_nodes_and_a_click_opens_a_dyad(tab, api):
    net = api.get("/api/actors/TUR/network").json()
    tab.open("/actors/TUR")
    assert tab.wait_drawn("#graph") == str(len(net["nodes"]))
    counts = tab.page.eval_on_selector("#graph", "g => [g.cy.nodes().length, g.cy.edges().length]")
    assert counts == [len(net["nodes"]), len(net["edges"])]
    assert tab.page.locator("table#nodes tbody tr").count() == len(net["nodes"])
    assert tab.page.eval_on_selector("#graph canvas:last-of-type", "c => c.width > 0")
    partner = next(n["id"] for n in net["nodes"] if not n["focus"])
    x, y = tab.page.eval_on_selector(
        "#graph",
        """(g, id) => { const p = g.cy.getElementById(id).renderedPosition();
                        const box = g.getBoundingClientRect(); return [box.left + p.x, box.top + p.y]; }""",
        partner,
    )
    tab.page.mouse.click(x, y)
    tab.page.wait_for_url(re.compile(rf"/dyads/TUR/{re.escape(partner)}$"))
    tab.assert_clean()


def test_map_has_country_shapes_and_a_marker_per_place(tab, api):
    points = api.get("/api/locations").json()["points"]
    assert points
    tab.open("/map")
    assert tab.wait_drawn("#map") == str(len(points))
    assert tab.page.locator("#map path.event-marker").count() == len(points)
    assert tab.page.locator("#map .leaflet-overlay-pane path").count() > len(points) + 100  # countries
    tab.page.locator("#map path.event-marker").first.hover(force=True)
    assert tab.page.locator(".leaflet-tooltip").count() == 1
    tab.assert_clean()


def test_trends_chart_has_a_line_per_type(tab, api):
    reply = api.get("/api/trends", params={"by": "type", "period": "month"}).json()
    tab.open("/trends")
    assert tab.wait_drawn("#trends-chart") == str(len(reply["series"]))
    assert ink(tab, "#trends-chart") > 1000
    labels = tab.page.eval_on_selector("#trends-chart", "c => c.chart.data.datasets.map(d => d.label)")
    assert labels == [line["key"] for line in reply["series"]]
    tab.assert_clean()


# -- security ---------------------------------------------------------------------------------------


def test_a_script_in_an_article_is_shown_as_text_and_never_runs(tab, api):
    doc = api.get("/api/documents/xss_article").json()
    assert "<script>window.__xss = 1</script>" in doc["text"]
    assert doc["events"], "the injected article's sentences were coded (its evidence is highlighted too)"

    tab.open("/documents/xss_article")
    text = tab.page.inner_text("#doc-text")
    assert "<script>window.__xss = 1</script>" in text
    assert '<img src=x onerror="window.__xss=2">' in text
    assert tab.page.locator("#doc-text script, #doc-text img").count() == 0
    assert tab.page.locator("#doc-text mark.k-evidence", has_text="<script>").count() > 0
    assert tab.page.evaluate("typeof window.__xss") == "undefined"
    tab.shot("injected-article")

    # the same text in the explorer's evidence column and on the event page
    tab.open("/events?q=__xss")
    assert "<script>window.__xss = 1</script>" in tab.page.inner_text("table#events")
    tab.page.click("table#events tbody tr a[title='the event and its story']")
    tab.page.wait_for_load_state("load")
    assert "<script>window.__xss = 1</script>" in tab.page.inner_text("main")
    assert tab.page.evaluate("typeof window.__xss") == "undefined"
    # no console error either: the CSP never had to refuse anything, the markup was inert
    tab.assert_clean()
