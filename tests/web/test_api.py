"""The REST API against the real application and a real DuckDB file."""

from __future__ import annotations

import pytest

from chancery.coding.ontology import QUAD_CLASS


def all_pages(client, **params):
    """Every event for these filters, walking the cursors."""
    seen, cursor = [], None
    while True:
        reply = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
        assert reply.status_code == 200, reply.text
        body = reply.json()
        seen += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def test_health_and_stats_match_the_database(client):
    assert client.get("/api/health").json() == {"status": "ok", "database": "explore.duckdb"}
    stats = client.get("/api/stats").json()
    with client.app.state.db.reader() as store:  # the file is the server's while it runs
        counts = store.counts()
    assert stats["documents"] == counts["documents"] > 100
    assert stats["events"] == counts["events"] == sum(stats["types"].values())
    assert set(stats["languages"]) == {"en", "fr", "tr"}


def test_cursor_pagination_walks_every_event_once_in_order(client):
    total = client.get("/api/events", params={"total": "true", "limit": 1}).json()["total"]
    events = all_pages(client, limit=37)
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)) == total
    keys = [(e["day"] or "0001-01-01", e["event_id"]) for e in events]
    assert keys == sorted(keys, reverse=True)
    by_goldstein = all_pages(client, limit=100, sort="goldstein")
    weights = [e["goldstein"] or 0.0 for e in by_goldstein]
    assert weights == sorted(weights) and len(by_goldstein) == total


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"dyad": "TUR,USA"}, lambda e: {e["source"], e["target"]} == {"TUR", "USA"}),
        ({"actor": "fra"}, lambda e: "FRA" in (e["source"], e["target"])),
        ({"type": "ACCUSE"}, lambda e: e["type"] == "ACCUSE"),
        ({"quad_class": 4}, lambda e: QUAD_CLASS[e["type"]] == 4),
        ({"status": "planned"}, lambda e: e["status"] == "planned"),
        ({"since": "2025-01", "until": "2025-03-15"}, lambda e: "2025-01-01" <= e["day"] <= "2025-03-15"),
        ({"lang": "tr"}, lambda e: e["lang"] == "tr"),
        ({"country": "UKR"}, lambda e: e["country"] == "UKR"),
        ({"q": "TELEFON"}, lambda e: any("telefon" in v["text"].lower() for v in e["evidence"])),
    ],
)
def test_each_filter_keeps_only_matching_events(client, params, check):
    events = all_pages(client, limit=200, **params)
    assert events, f"no event for {params}: the filter test proves nothing"
    assert all(check(e) for e in events)
    assert len(events) < client.get("/api/stats").json()["events"]


def test_filters_are_bound_parameters_not_sql(client, explore_db):
    hostile = "x' OR 1=1; DROP TABLE events; --"
    reply = client.get("/api/events", params={"q": hostile})
    assert reply.status_code == 200 and reply.json()["events"] == []
    assert client.get("/api/events", params={"actor": hostile}).status_code == 400
    assert client.get("/api/events", params={"total": "true"}).json()["total"] > 0


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/api/events?since=2025-13", "E501"),
        ("/api/events?dyad=TUR", "E501"),
        ("/api/events?cursor=not-a-cursor", "E501"),
        ("/api/events?limit=0", "E501"),
        ("/api/events?sort=-source", "E501"),
        ("/api/dyads/TUR/USA/series?period=decade", "E501"),
    ],
)
def test_bad_values_get_a_coded_400(client, path, code):
    reply = client.get(path)
    assert reply.status_code == 400
    assert reply.json()["error"]["code"] == code


def test_a_cursor_from_another_sort_order_is_refused(client):
    cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    reply = client.get("/api/events", params={"limit": 2, "cursor": cursor, "sort": "goldstein"})
    assert reply.status_code == 400


@pytest.mark.parametrize(
    ("path", "code"),
    [("/api/events/nope-1", "E306"), ("/api/stories/s-nope", "E307"), ("/api/documents/no_such_doc", "E303")],
)
def test_unknown_ids_get_a_coded_404(client, path, code):
    reply = client.get(path)
    assert reply.status_code == 404 and reply.json()["error"]["code"] == code
    assert "/" not in reply.json()["error"]["message"]  # the database's name, never where it lives


def test_an_article_with_its_annotations_at_their_offsets(client):
    doc = client.get("/api/documents/fr_013").json()
    text = doc["text"]
    assert doc["lang"] == "fr" and doc["events"] and doc["quotes"] and doc["mentions"]
    for span in doc["mentions"] + doc["quotes"] + doc["places"]:
        assert text[span["start"] : span["end"]] == span["text"] or span in doc["quotes"]
    for event in doc["events"]:
        for ev in event["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    by_hash = client.get(f"/api/documents/{doc['content_hash'][:12]}").json()
    assert by_hash["doc_id"] == "fr_013"


def test_an_event_carries_its_story_with_every_report(client):
    event = client.get("/api/events", params={"dyad": "TUR,USA", "limit": 1}).json()["events"][0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["evidence"] == event["evidence"]
    story = detail["story"]
    assert story["story_id"] == event["story_id"]
    assert event["event_id"] in {r["event_id"] for r in story["reports"]}
    assert client.get(f"/api/stories/{story['story_id']}").json() == story


def test_dyad_series_adds_up_to_the_dyads_events(client):
    total = client.get("/api/events", params={"dyad": "TUR,USA", "total": "true"}).json()["total"]
    series = client.get("/api/dyads/TUR/USA/series", params={"period": "month"}).json()["series"]
    assert sum(p["events"] for p in series) == total
    assert all(p["cooperation"] + p["conflict"] == p["events"] == sum(p["by_type"].values()) for p in series)
    periods = [p["period"] for p in series]
    assert periods == sorted(periods) and all(p.endswith("-01") for p in periods)
    weekly = client.get("/api/dyads/USA/TUR/series", params={"period": "week"}).json()["series"]
    assert sum(p["events"] for p in weekly) == total


def test_actor_network_links_only_its_nodes(client):
    net = client.get("/api/actors/TUR/network", params={"limit": 5}).json()
    ids = [n["id"] for n in net["nodes"]]
    assert ids[0] == "TUR" and net["nodes"][0]["focus"] and len(ids) == 6
    assert all(e["a"] in ids and e["b"] in ids and e["a"] < e["b"] for e in net["edges"])
    tur_usa = next(e for e in net["edges"] if {e["a"], e["b"]} == {"TUR", "USA"})
    direct = client.get("/api/events", params={"dyad": "TUR,USA", "total": "true", "limit": 1}).json()
    assert tur_usa["events"] == direct["total"]


def test_locations_and_trends(client):
    points = client.get("/api/locations", params={"actor": "TUR"}).json()["points"]
    assert points and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    trends = client.get("/api/trends", params={"by": "type", "period": "year"}).json()
    assert all(len(line["counts"]) == len(trends["periods"]) for line in trends["series"])
    assert sum(sum(line["counts"]) for line in trends["series"]) <= client.get("/api/stats").json()["events"]
    contexts = client.get("/api/trends", params={"by": "context"}).json()
    assert contexts["series"] and contexts["by"] == "context"


def test_no_request_path_reaches_the_filesystem(client):
    assert client.get("/static/chancery.css").status_code == 200
    for path in (
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fpages.py",
        "/static//etc/passwd",
    ):
        assert client.get(path).status_code == 404


def test_security_headers_on_every_reply(client):
    for path in ("/", "/api/stats", "/api/events?since=bad"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_openapi_describes_every_route(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/documents/{key}",
        "/api/dyads/{a}/{b}/series",
    ):
        assert path in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "dyad",
        "type",
        "quad_class",
        "status",
        "since",
        "until",
        "lang",
        "country",
        "q",
    } <= params
