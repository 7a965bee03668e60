"""Deduplication end to end: real DuckDB files, the real CLI."""

import csv
import datetime as dt
import io
import json

import duckdb
import numpy as np
import pytest

from chancery.dedup.minhash import estimate_jaccard, signature
from chancery.dedup.stories import Report, StoryIndex, dates_compatible
from chancery.doc import PartialDate

WIRE = (
    "Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Ankara on Tuesday, "
    "with the two ministers pledging to raise bilateral trade to $15 billion within five years.\n\n"
    "Fidan and Abdelatty discussed the situation in Gaza, Sudan and Libya as well as energy cooperation in "
    "the Eastern Mediterranean, the Turkish Foreign Ministry said.\n\n"
    "Abdelatty said Cairo welcomed Ankara's support for the Arab reconstruction plan for Gaza."
)
EDITED = (
    "Fidan hosts Abdelatty\n\n"
    + WIRE.replace("discussed", "talked about").replace(" the Turkish Foreign Ministry said", "")
    + "\n\n(Reporting by our correspondents)"
)
OTHER = (
    "France accused Russia of obstructing the peace talks on Monday, and the European Union summoned the "
    "Russian ambassador in Brussels over the remarks made by the Kremlin spokesman."
)
TRANSLATION = (
    "Le ministre turc des Affaires étrangères Hakan Fidan a rencontré mardi à Ankara son homologue égyptien "
    "Badr Abdelatty."
)


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _doc(doc_id, text, published="2025-03-04", url=None):
    return {"id": doc_id, "text": text, "published": published, "url": url or f"https://{doc_id}.example/a"}


@pytest.mark.parametrize(("a", "b", "near"), [(WIRE, EDITED, True), (WIRE, OTHER, False)])
def test_minhash_estimates_similarity(a, b, near):
    assert (estimate_jaccard(signature(a), signature(b)) >= 0.5) is near
    assert signature(a) == signature(a)  # deterministic
    assert signature("... !!!") is None


@pytest.mark.parametrize(
    ("a", "a_exact", "b", "b_exact", "ok"),
    [
        ("2025-03-04", True, "2025-03-05", True, True),
        ("2025-03-04", True, "2025-03-06", True, False),
        ("2025-03-04", True, "2025-03-06", False, True),  # one only has its publication date
        ("2025-03", True, "2025-03-20", True, True),
        ("2025-03", True, "2025-04-01", True, False),
    ],
)
def test_story_dates_compatible(a, a_exact, b, b_exact, ok):
    assert dates_compatible(PartialDate.parse(a), a_exact, PartialDate.parse(b), b_exact) is ok


def _report(event_id, doc, type_="CONSULT", source="TUR", target="EGY", date="2025-03-04", status="occurred"):
    return Report(event_id, doc, type_, source, target, status, PartialDate.parse(date), True, None, None)


def test_story_index_symmetric_dyads_status_and_same_document():
    index = StoryIndex()
    first = index.assign(_report("a-0", "a"))
    assert index.assign(_report("b-0", "b", source="EGY", target="TUR")) is first  # symmetric type
    assert index.assign(_report("c-0", "c", status="planned")) is not first  # planned kept apart
    assert index.assign(_report("a-1", "a")) is not first  # a second record of one document is another act
    accuse = index.assign(_report("d-0", "d", type_="ACCUSE"))
    assert index.assign(_report("e-0", "e", type_="ACCUSE", source="EGY", target="TUR")) is not accuse


@pytest.fixture
def corpus(tmp_path):
    first = _jsonl(tmp_path / "one.jsonl", [_doc("wire", WIRE), _doc("other", OTHER, "2025-03-03")])
    second = _jsonl(
        tmp_path / "two.jsonl",
        [_doc("edited", EDITED, "2025-03-05"), {**_doc("fr", TRANSLATION), "lang": "fr"}],
    )
    return first, second


def test_near_duplicate_linked_and_story_grows_across_runs(invoke, tmp_path, corpus):
    db = tmp_path / "c.duckdb"
    first, second = corpus
    assert invoke("ingest", first, "--db", db).exit_code == 0
    before = json.loads(
        invoke(
            "events", "--stories", "--db", db, "--type", "CONSULT", "--format", "jsonl"
        ).stdout.splitlines()[0]
    )
    assert before["n_articles"] == 1
    # A second run on the same file (a restart) must link to what the first stored.
    assert invoke("ingest", second, "--db", db).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(
        con.execute(
            "SELECT d.doc_id, c.cluster_id FROM doc_clusters c JOIN documents d USING (content_hash)"
        ).fetchall()
    )
    wire_hash = con.execute("SELECT content_hash FROM documents WHERE doc_id = 'wire'").fetchone()[0]
    con.close()
    assert rows["edited"] == rows["wire"] == wire_hash
    assert (
        rows["other"] != wire_hash and rows["fr"] != wire_hash
    )  # unrelated, translated: not near-duplicates
    stories = [
        json.loads(x)
        for x in invoke(
            "events", "--stories", "--db", db, "--type", "CONSULT", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    story = next(s for s in stories if s["story_id"] == before["story_id"])
    assert story["n_articles"] == 3 and story["n_reports"] == 2 and story["n_sources"] == 3
    assert story["languages"] == ["en", "fr"]
    assert (story["first_report"], story["latest_report"]) == ("2025-03-04", "2025-03-05")
    shown = invoke("show", "edited", "--db", db)
    assert shown.exit_code == 0 and "near-duplicates" in shown.stdout and "wire" in shown.stdout


def test_stories_table_csv_and_filters(invoke, tmp_path, corpus):
    db = tmp_path / "c.duckdb"
    for part in corpus:
        invoke("ingest", part, "--db", db)
    table = invoke("events", "--stories", "--min-articles", "2", "--db", db)
    assert table.exit_code == 0 and "CONSULT" in table.stdout and "en, fr" in table.stdout
    rows = list(
        csv.DictReader(io.StringIO(invoke("events", "--stories", "--db", db, "--format", "csv").stdout))
    )
    assert rows and {"story_id", "n_articles", "languages", "first_report"} <= set(rows[0])
    only_fr = invoke(
        "events", "--stories", "--db", db, "--format", "jsonl", "--actor", "EGY", "--since", "2025-03"
    )
    assert only_fr.exit_code == 0 and all(
        "EGY" in (json.loads(x)["source"], json.loads(x)["target"]) for x in only_fr.stdout.splitlines()
    )
    # Every event carries its story in the events view.
    events = [json.loads(x) for x in invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert events and all(e["story_id"] for e in events)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_carries_story_and_cluster_and_exports_stories(invoke, tmp_path, corpus, fmt):
    db = tmp_path / "c.duckdb"
    for part in corpus:
        invoke("ingest", part, "--db", db)
    reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
    con = duckdb.connect()
    out = tmp_path / f"events.{fmt}"
    assert invoke("export", "--format", fmt, "--out", out, "--db", db).exit_code == 0
    linked = con.execute(
        f"SELECT count(*) FILTER (WHERE story_id IS NULL), count(DISTINCT cluster_id) FROM {reader}(?)",
        [str(out)],
    ).fetchone()
    assert linked[0] == 0 and linked[1] >= 2
    out = tmp_path / f"stories.{fmt}"
    result = invoke("export", "--stories", "--format", fmt, "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    top = con.execute(f"SELECT max(n_articles) FROM {reader}(?)", [str(out)]).fetchone()
    assert top[0] == 3


def test_stories_on_a_database_from_before_dedup_is_a_coded_error(invoke, tmp_path, corpus):
    db = tmp_path / "c.duckdb"
    invoke("ingest", corpus[0], "--db", db)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM schema_migrations WHERE name = '0002_dedup'")
    con.close()
    result = invoke("events", "--stories", "--db", db)
    assert result.exit_code != 0 and "E305" in result.output
    assert invoke("events", "--db", db).exit_code == 0  # the events view still reads it


def test_a_family_larger_than_a_bucket_sample_still_joins_one_cluster(invoke, tmp_path):
    from chancery.dedup.doc_index import BUCKET_SAMPLE, DocIndex
    from chancery.dedup.minhash import BANDS, band_keys, signature
    from chancery.store.db import Store

    copies = BUCKET_SAMPLE + 8
    records = [{"id": f"copy{i}", "text": WIRE + f"\n\nUpdated edition {i}."} for i in range(copies)]
    db = tmp_path / "family.duckdb"
    for start in range(0, copies, 10):  # several runs: later copies meet a full bucket in the store
        assert (
            invoke(
                "ingest", _jsonl(tmp_path / f"p{start}.jsonl", records[start : start + 10]), "--db", db
            ).exit_code
            == 0
        )
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT cluster_id) FROM doc_clusters").fetchone() == (
        copies,
        1,
    )
    con.close()
    with Store(db) as store:
        index = DocIndex.load(store)
    assert len(index) == copies
    stored_keys = band_keys(np.array([signature(r["text"]) for r in records], dtype=np.int64))
    new_copy = band_keys(np.array([signature(WIRE + "\n\nA new edition.")], dtype=np.int64))
    full = [k for k in range(BANDS) if (stored_keys[:, k] == new_copy[0, k]).sum() > BUCKET_SAMPLE]
    assert full  # some of the copy's buckets hold the whole family
    shared = index.shared(new_copy)[0]
    # from those, only the sample (the earliest stored) is read; the founder is among them
    sizes = [(stored_keys[:, k] == new_copy[0, k]).sum() for k in range(BANDS)]
    assert sum(shared.values()) == sum(min(size, BUCKET_SAMPLE) for size in sizes)
    assert max(shared.values()) > 16 and 0 in shared


def test_the_in_memory_index_answers_alike_however_its_documents_arrived():
    """Batch by batch (merged into the sorted arrays on the way), all at once, or all recent."""
    from chancery.dedup.doc_index import DocIndex, NewDocs, fingerprints
    from chancery.dedup.minhash import band_keys, signature

    texts = [
        WIRE + f" Edition {i}." if i % 3 else f"Unrelated text number {i} about trade and rain."
        for i in range(60)
    ]
    sigs = np.array([signature(t) for t in texts], dtype=np.int64)
    hashes, clusters = [f"h{i:03d}" for i in range(60)], [f"c{i:03d}" for i in range(60)]
    grown = DocIndex(merge_every=7)
    for start in range(0, 60, 5):
        grown.add(NewDocs.of(hashes[start : start + 5], sigs[start : start + 5], clusters[start : start + 5]))
    at_once, recent = DocIndex(merge_every=10), DocIndex()
    for index in (at_once, recent):
        index.add(NewDocs.of(hashes, sigs, clusters))
    probe = band_keys(sigs[::7])
    first = fingerprints(sigs[:1])[0]
    expected = grown.shared(probe)
    assert any(len(c) > 1 for c in expected)  # the wire copies find each other
    for index in (at_once, recent):
        assert index.shared(probe) == expected
        assert index.hashes == hashes and index.clusters == clusters
        assert [index.similarity(n, first) for n in range(60)] == [
            grown.similarity(n, first) for n in range(60)
        ]


def test_a_kept_index_catches_up_with_what_another_writer_stored(invoke, tmp_path, corpus):
    from chancery.dedup.doc_index import DocIndex
    from chancery.dedup.minhash import band_keys, signature
    from chancery.store.db import Store

    db = tmp_path / "c.duckdb"
    invoke("ingest", corpus[0], "--db", db)
    with Store(db) as store:
        kept = DocIndex.load(store)
    before = len(kept)
    invoke("ingest", corpus[1], "--db", db)  # another writer, while the index was not looking
    with Store(db) as store:
        kept.catch_up(store)
        reloaded = DocIndex.load(store)
    assert len(kept) == len(reloaded) > before and kept.hashes == reloaded.hashes
    probe = band_keys(np.array([signature(EDITED)], dtype=np.int64))
    assert kept.shared(probe) == reloaded.shared(probe) and kept.shared(probe)[0]
    with Store(tmp_path / "other.duckdb") as other:  # another database: rebuilt, not mixed
        kept.catch_up(other)
    assert len(kept) == 0


def _partial_dates():
    from hypothesis import strategies as st

    # Around a year's end, where day, month and year anchors meet.
    days = st.dates(min_value=dt.date(2024, 12, 20), max_value=dt.date(2025, 1, 12))
    return st.one_of(
        st.none(),
        days.map(PartialDate.from_date),
        days.map(lambda d: PartialDate(d.year, d.month)),
        days.map(lambda d: PartialDate(d.year)),
    )


def test_story_index_chooses_what_a_scan_of_every_story_chooses():
    """The date-bucketed index against the plain definition: scan every story of the key."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from chancery.dedup.stories import Story

    def distance(a, b):  # days between the first days two dates cover; 0 when one is missing
        return abs((a.to_date() - b.to_date()).days) if a is not None and b is not None else 0

    report = st.builds(
        Report,
        event_id=st.uuids().map(str),
        content_hash=st.sampled_from(["h1", "h2", "h3", "h4"]),
        type=st.just("CONSULT"),
        source=st.sampled_from(["FRA", "TUR"]),
        target=st.sampled_from(["TUR", "USA"]),
        status=st.just("occurred"),
        date=_partial_dates(),
        dated=st.booleans(),
        place=st.sampled_from([None, "FRA"]),
        published=_partial_dates(),
    )

    @settings(max_examples=60, deadline=None, database=None)
    @given(st.lists(report, max_size=40))
    def check(reports):
        index, plain = StoryIndex(), []
        for r in reports:
            date = r.when[0]
            fits = [s for s in plain if s.key == r.key and index.compatible(s, r)]
            expected = min(fits, key=lambda s: (distance(s.date, date), s.story_id)) if fits else None
            got = index.assign(r)
            if expected is None:
                assert got.new and got.story_id == "s" + r.event_id
                plain.append(Story(got.story_id, got.key, got.date, got.exact, got.place, docs=set()))
            else:
                assert got.story_id == expected.story_id
            next(s for s in plain if s.story_id == got.story_id).docs.add(r.content_hash)

    check()


def test_story_keys_written_by_batches_match_the_migration_s(invoke, tmp_path, corpus):
    db = tmp_path / "c.duckdb"
    for part in corpus:
        invoke("ingest", part, "--db", db)
    con = duckdb.connect(str(db), read_only=True)
    n, differ = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE story_key IS DISTINCT FROM "
        "concat_ws(chr(31), type, source, target, status)) FROM stories"
    ).fetchone()
    assert n > 0 and differ == 0


def test_a_database_from_before_buckets_in_memory_is_migrated_and_still_links(invoke, tmp_path, corpus):
    db = tmp_path / "c.duckdb"
    invoke("ingest", corpus[0], "--db", db)
    con = duckdb.connect(str(db))
    # as 0002_dedup left it: stored buckets, stories without their one-column key
    con.execute(
        "CREATE TABLE doc_bands (band SMALLINT, bucket BIGINT, content_hash VARCHAR); "
        "ALTER TABLE stories DROP COLUMN story_key; "
        "DELETE FROM schema_migrations WHERE name = '0005_buckets_in_memory'"
    )
    con.close()
    assert invoke("ingest", corpus[1], "--db", db).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    assert not con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'doc_bands'"
    ).fetchone()[0]
    assert con.execute("SELECT count(*) FROM stories WHERE story_key IS NULL").fetchone()[0] == 0
    # the second run's copy of the wire story found the first run's, through the reloaded signatures
    assert con.execute("SELECT count(*) FROM doc_clusters WHERE duplicate_of IS NOT NULL").fetchone()[0] >= 1


def test_near_duplicate_links_do_not_depend_on_batch_boundaries(tmp_path):
    """A family of near-copies larger than a bucket's sample, linked in one batch or in small ones:
    every document gets the same cluster and the same duplicate_of (a crash and re-run, or another
    engine's shard size, must not change the links)."""
    from chancery.dedup.link import Linker, LinkInput
    from chancery.store.db import Store

    words = [f"word{i}" for i in range(80)]
    texts = []
    for n in range(90):  # near-copies: the same long text with a few words changed per copy
        copy = list(words)
        for j in range(3):
            copy[(n * 7 + j * 13) % len(copy)] = f"edit{n}x{j}"
        texts.append(" ".join(copy))
    texts += [
        f"unrelated story number {n} about " + " ".join(f"topic{n}w{k}" for k in range(40)) for n in range(30)
    ]
    hashes = [f"{n:064x}" for n in range(len(texts))]
    signatures = np.array([signature(t) for t in texts], dtype=np.int64)

    def clusters(batch_size):
        store = Store(tmp_path / f"links-{batch_size}.duckdb")
        store.migrate()
        linker, rows = Linker(store), []
        for start in range(0, len(texts), batch_size):
            part = slice(start, start + batch_size)
            batch = LinkInput(hashes=tuple(hashes[part]), signatures=signatures[part], reports=())
            tables, new = linker.link(batch, run_id=1)
            rows += tables["doc_clusters"].to_pylist()
            linker.stored(new)
        store.close()
        return rows

    whole = clusters(len(texts))
    assert len({r["cluster_id"] for r in whole[:90]}) < 10  # the family is found as near-copies
    for size in (1, 7, 32):
        assert clusters(size) == whole
