"""The server's dyad index answers exactly what the plain query answers, sorted part and tail alike."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from chancery.doc import PartialDate
from chancery.ingest import RawDocument
from chancery.ingest.base import parse_published
from chancery.store import explore
from chancery.store.db import Store, Stored
from chancery.store.dyad_index import DyadIndex

TEMPLATES = [
    "{a} Foreign Minister met his {b} counterpart in the capital on {d}.",
    "{a} accused {b} of violating the ceasefire.",
    "{a} and {b} signed a trade agreement.",
]
NAMES = {
    "TUR": ("Turkish", "Turkey"),
    "FRA": ("French", "France"),
    "USA": ("American", "United States"),
    "RUS": ("Russian", "Russia"),
}


def _documents(n: int, seed: int) -> list[RawDocument]:
    rng = random.Random(seed)
    docs = []
    codes = list(NAMES)
    for i in range(n):
        a, b = rng.sample(codes, 2)
        published = (
            None
            if rng.random() < 0.1
            else f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        text = " ".join(
            rng.choice(TEMPLATES).format(a=NAMES[a][1], b=NAMES[b][1], d="Monday")
            for _ in range(rng.randint(1, 3))
        )
        docs.append(
            RawDocument(
                doc_id=f"d{seed}-{i}",
                text=f"{text} (item {seed}-{i})",
                source="mem",
                published=parse_published(published),
            )
        )
    return docs


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    path = tmp_path_factory.mktemp("dyad") / "d.duckdb"
    with Store(path) as store:
        run = store.start_run("t", "c", {})
        for raw in _documents(120, 1):
            store.write_batch(run, [Stored(raw, pipeline(raw))], [])
        assert store.compact_explorer(min_unsorted=1)
        for raw in _documents(40, 2):  # the unsorted tail
            store.write_batch(run, [Stored(raw, pipeline(raw))], [])
    return path


def test_index_pages_equal_plain_pages(db):
    rng = random.Random(5)
    with Store(db) as store:
        index = DyadIndex.build(store)
        assert index.runs and store.query("SELECT count(*) AS n FROM event_rows")[0]["n"] > index.epoch > 0
        for _ in range(60):
            a, b = rng.sample(list(NAMES), 2)
            since = PartialDate(2020 + rng.randint(0, 5), rng.randint(1, 12)) if rng.random() < 0.6 else None
            until = PartialDate(2021 + rng.randint(0, 5)) if rng.random() < 0.6 else None
            query = explore.EventQuery(dyad=(a, b), since=since, until=until, limit=rng.randint(1, 7))
            cursor, pages = None, 0
            while True:
                q = replace(query, cursor=cursor)
                plain = explore.events_page(store, q, with_total=True)
                fast = explore.events_page(store, q, with_total=True, dyad_index=index)
                assert fast == plain
                cursor, pages = plain["next_cursor"], pages + 1
                if cursor is None or pages > 40:
                    break


def test_a_stale_index_falls_back_to_the_plain_query(db, tmp_path):
    import shutil

    copy = tmp_path / "c.duckdb"
    shutil.copy(db, copy)
    with Store(copy) as store:
        index = DyadIndex.build(store)
        assert store.compact_explorer(min_unsorted=1)  # row ids move: the index no longer matches
        q = explore.EventQuery(dyad=("TUR", "FRA"), limit=5)
        assert explore.events_page(store, q, dyad_index=index) == explore.events_page(store, q)
