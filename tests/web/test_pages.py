"""The dashboard's pages as HTML, in-process: each shows its JSON twin's figures, escapes the
articles, carries no inline script or style (the CSP forbids them), and reads no file a
request names."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from chancery.cli import cli
from chancery.web import create_app
from chancery.web.assets import Assets

ARTICLE = (
    "Turkey condemned France on Monday after a diplomatic row in Ankara. <script>window.__xss = 1</script>\n\n"
    'The Turkish foreign minister accused France of interfering <img src=x onerror="window.__xss=2"> '
    "and demanded an apology, officials said in Ankara.\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory, seeds):
    """Its own database: the sample corpus and an article carrying a script."""
    root = tmp_path_factory.mktemp("pages")
    (root / "injected").mkdir()
    (root / "injected" / "xss_article.txt").write_text(ARTICLE, encoding="utf-8")
    db = root / "pages.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(seeds), str(root / "injected"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(db)) as client:
        yield client


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    with TestClient(create_app(tmp_path_factory.mktemp("empty") / "empty.duckdb")) as client:
        yield client


def pages(site) -> list[str]:
    stats = site.get("/api/stats").json()
    d = stats["top_dyads"][0]
    event = site.get("/api/events", params={"limit": 1}).json()["events"][0]
    return [
        "/",
        "/events",
        f"/events?actor={d['a']}&sort=goldstein&limit=5",
        f"/events/{event['event_id']}",
        f"/stories/{event['story_id']}",
        f"/documents/{event['doc_id']}",
        "/documents/xss_article",
        f"/dyads/{d['a']}/{d['b']}?period=year",
        f"/actors/{d['a']}?limit=5",
        "/map?type=CONSULT",
        "/trends?by=context",
    ]


def test_pages_are_html_without_inline_script_or_style_and_link_their_twin(site):
    for path in pages(site):
        reply = site.get(path)
        assert reply.status_code == 200, path
        assert reply.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in reply.headers["content-security-policy"]
        html = reply.text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path  # every script is a file of ours
        assert not re.search(r"<style|\sstyle=", html), path
        assert not re.search(r"<[^>]*\son[a-z]+=", html), path  # no event-handler attribute
        twin = re.search(r'id="twin" href="([^"]+)"', html).group(1).replace("&amp;", "&")
        assert twin.startswith("/api/") and site.get(twin).status_code == 200, path
        for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert site.get(src).status_code == 200, src


def test_article_markup_is_escaped_everywhere(site):
    for path in ("/documents/xss_article", "/events?q=__xss"):
        html = site.get(path).text
        assert "<script>window.__xss" not in html and "<img src=x" not in html
        assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in site.get("/documents/xss_article").text


def test_the_explorer_shows_the_api_page(site):
    api = site.get("/api/events", params={"type": "CONSULT", "limit": 3, "total": "true"}).json()
    html = site.get("/events", params={"type": "CONSULT", "limit": 3}).text
    assert re.findall(r'<tr data-event="([^"]+)"', html) == [e["event_id"] for e in api["events"]]
    assert f"<strong>{api['total']}</strong> events match" in html
    assert 'id="twin" href="/api/events?type=CONSULT&amp;limit=3&amp;total=true"' in html
    cursor = api["next_cursor"]
    assert f"cursor={cursor}" in html and 'rel="next"' in html


def test_the_article_page_highlights_every_kind_of_annotation(site):
    doc = site.get("/api/documents/xss_article").json()
    html = site.get("/documents/xss_article").text
    text = re.search(r'<div id="doc-text"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert 'class="hl k-evidence k-mention"' in text
    plain = re.sub(r"<[^>]+>", "", text)
    assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&amp;", "&") == doc[
        "text"
    ].replace("\r", "")
    for event in doc["events"]:
        assert f'id="event-{event["event_id"]}"' in text


def test_blank_form_fields_are_dropped_by_a_redirect(site):
    reply = site.get("/events?actor=&type=CONSULT&since=&q=", follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "?type=CONSULT"
    reply = site.get("/map?actor=", follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "?"
    assert site.get("/events?actor=&type=CONSULT").url.query == b"type=CONSULT"


def test_forms_that_name_an_actor_or_a_dyad_go_to_its_page(site):
    reply = site.get("/dyads", params={"a": "tur", "b": "fra"}, follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "/dyads/TUR/FRA"
    reply = site.get("/actors", params={"code": "tur"}, follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "/actors/TUR"
    assert site.get("/actors", params={"code": "../etc"}).status_code == 400


def test_bad_values_and_unknown_ids_are_html_error_pages(site):
    for path, status in [
        ("/events?type=NOPE", 400),
        ("/events?cursor=garbage", 400),
        ("/dyads/TUR/FRA?period=decade", 400),
        ("/documents/no-such-article", 404),
        ("/events/no-such-event", 404),
        ("/stories/no-such-story", 404),
    ]:
        reply = site.get(path)
        assert reply.status_code == status, path
        assert reply.headers["content-type"].startswith("text/html") and "<h1>Error" in reply.text


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/..%2Fapp.py",
        "/static/%2e%2e/pages.py",
        "/static//etc/passwd",
        "/static/js/../../pages.py",
        "/documents/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_no_request_reads_a_file_it_names(site, path):
    reply = site.get(path)
    assert reply.status_code in (400, 404), path
    assert "import" not in reply.text and "root:" not in reply.text


def test_static_files_are_served_from_memory_with_the_vendor_build():
    names = Assets().names()
    assert "chancery.css" in names and "js/common.js" in names
    missing = {
        "vendor/chart.umd.min.js",
        "vendor/cytoscape.min.js",
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.css",
        "vendor/topojson-client.min.js",
        "vendor/countries-110m.json",
    } - set(names)
    assert not missing, f"run `make` (npm ci + web/build.mjs) to build {sorted(missing)}"


def test_pages_render_on_an_empty_database(empty):
    for path in ["/", "/events", "/map", "/trends", "/dyads/TUR/FRA", "/actors/TUR"]:
        reply = empty.get(path)
        assert reply.status_code == 200, path
    assert "No event matches" in empty.get("/events").text


def test_links_carry_codes_as_path_segments(site):
    html = site.get("/").text
    for href in re.findall(r'href="(/(?:actors|dyads)/[^"]+)"', html):
        assert all(re.fullmatch(r"[A-Za-z0-9_.\-%]+", part) for part in urlparse(href).path.split("/")[2:])
