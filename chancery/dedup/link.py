"""Link a batch of coded documents to what the store holds: near-duplicate clusters and stories.

Documents are taken one at a time, in input order, against the store plus the
earlier documents of the same batch, so the links do not depend on where batch
boundaries fall (a re-run after a crash gives what a clean run gives).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from chancery.dedup.minhash import THRESHOLD, Signature, estimate_jaccard, lsh_bands, signature, words
from chancery.dedup.stories import UNDATED_WINDOW, Report, StoryIndex
from chancery.doc import Article
from chancery.store import dedup as db
from chancery.store.db import Store, Stored, event_id

_SLACK = dt.timedelta(days=UNDATED_WINDOW)


def _anchor_window(report: Report) -> tuple[dt.date | None, dt.date | None, str | None, str | None]:
    """Where the anchors of the stories ``report`` may join lie (:func:`~chancery.dedup.stories.
    dates_compatible`): a day, the days just around it, or its month or year written as such; a
    month, its days, or its year as such; a year, any anchor in it; no date, the undated stories."""
    date = report.when[0]
    if date is None:
        return None, None, None, None
    year = f"{date.year:04d}"
    if date.month is None:
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31), None, None
    month = f"{year}-{date.month:02d}"
    if date.day is None:
        start = dt.date(date.year, date.month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return start, end, None, year
    day = date.to_date()
    return day - _SLACK, day + _SLACK, month, year


def place_key(article: Article, location: str | None) -> str | None:
    """The state of the event's place when the resolver knows it, else the folded name."""
    if not location:
        return None
    for m in article.mentions:
        if m.kind == "place" and m.text == location and m.code:
            return m.code
    return " ".join(words(location)) or None


def reports(digest: str, article: Article) -> list[Report]:
    return [
        Report(
            event_id=event_id(digest, i),
            content_hash=digest,
            type=e.type,
            source=e.source,
            target=e.target,
            status=e.status,
            date=e.date,
            dated=e.dated,
            place=place_key(article, e.location),
            published=article.published,
        )
        for i, e in enumerate(article.events)
    ]


@dataclass(frozen=True, slots=True)
class LinkInput:
    """What linking needs from a batch, computed where the batch was coded (no store needed):
    each new document's MinHash signature and LSH buckets, and each event's story key, in input order."""

    signatures: tuple[tuple[str, Signature, tuple[int, ...]], ...]
    reports: tuple[Report, ...]

    @classmethod
    def of(cls, docs: Sequence[Stored]) -> LinkInput:
        signed = ((item.raw.content_hash, signature(item.result.article.text)) for item in docs)
        return cls(
            signatures=tuple(
                (digest, sig, tuple(lsh_bands(sig))) for digest, sig in signed if sig is not None
            ),
            reports=tuple(r for item in docs for r in reports(item.raw.content_hash, item.result.article)),
        )


def link(store: Store, batch: LinkInput, run_id: int) -> dict[str, pa.Table]:
    """The deduplication rows for a batch, against the store and the batch's earlier documents."""
    rows: dict[str, list[dict[str, object]]] = defaultdict(list)
    _link_duplicates(store, batch.signatures, run_id, rows)
    _link_stories(store, batch.reports, run_id, rows)
    return {**db.tables(rows), **_signature_tables(batch.signatures, run_id)}


def _signature_tables(
    signed: Sequence[tuple[str, Signature, tuple[int, ...]]], run_id: int
) -> dict[str, pa.Table]:
    """The batch's signatures and buckets, built by column (one row per band is many rows)."""
    return {
        "doc_signatures": pa.table(
            {
                "content_hash": [digest for digest, _, _ in signed],
                "signature": [list(sig) for _, sig, _ in signed],
                "run_id": [run_id] * len(signed),
            },
            schema=db.SCHEMAS["doc_signatures"],
        ),
        "doc_bands": pa.table(
            {
                "band": [k for _, _, bands in signed for k in range(len(bands))],
                "bucket": [b for _, _, bands in signed for b in bands],
                "content_hash": [digest for digest, _, bands in signed for _ in bands],
            },
            schema=db.SCHEMAS["doc_bands"],
        ),
    }


CANDIDATES = 16  # per document, the candidates sharing the most bands are scored (a near-copy shares many)


def _shared(members: dict[tuple[int, int], list[str]], bands: Sequence[int]) -> Counter[str]:
    """How many of these bands each document shares."""
    shared: Counter[str] = Counter()
    for k, bucket in enumerate(bands):
        shared.update(members.get((k, bucket), ()))
    return shared


def _most_shared(shared: Counter[str]) -> list[str]:
    return [d for d, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]]


def _link_duplicates(
    store: Store,
    signed: Sequence[tuple[str, Signature, tuple[int, ...]]],
    run_id: int,
    rows: dict[str, list[dict[str, object]]],
) -> None:
    stored = db.shared_bands(store, [(digest, bands) for digest, _, bands in signed], CANDIDATES)
    stored_shared = {digest: Counter(stored.get(digest, {})) for digest, _, _ in signed}
    known = db.signatures_and_clusters(
        store, {other for shared in stored_shared.values() for other in shared}
    )
    batch_members: dict[tuple[int, int], list[str]] = defaultdict(list)
    for digest, sig, bands in signed:
        shared = stored_shared[digest] + _shared(batch_members, bands)
        scored = [(estimate_jaccard(sig, known[other][0]), other) for other in _most_shared(shared)]
        # the most similar; among equals, the smallest hash
        best = min(
            ((score, other) for score, other in scored if score >= THRESHOLD),
            key=lambda x: (-x[0], x[1]),
            default=None,
        )
        cluster = known[best[1]][1] if best else digest
        known[digest] = (sig, cluster)
        for k, bucket in enumerate(bands):
            batch_members[(k, bucket)].append(digest)
        rows["doc_clusters"].append(
            {
                "content_hash": digest,
                "cluster_id": cluster,
                "duplicate_of": best[1] if best else None,
                "similarity": best[0] if best else None,
                "run_id": run_id,
            }
        )


def _link_stories(
    store: Store, batch: Sequence[Report], run_id: int, rows: dict[str, list[dict[str, object]]]
) -> None:
    if not batch:
        return
    index = StoryIndex(db.candidate_stories(store, {(r.key, *_anchor_window(r)) for r in batch}))
    for report in batch:
        story = index.assign(report)
        rows["event_stories"].append(
            {"event_id": report.event_id, "story_id": story.story_id, "run_id": run_id}
        )
    rows["stories"].extend(db.story_rows(index.new_stories(), run_id))
