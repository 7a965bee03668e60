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

import numpy as np
import pyarrow as pa

from chancery.dedup.doc_index import BUCKET_SAMPLE, DocIndex, NewDocs, fingerprints, similarity
from chancery.dedup.minhash import NUM_HASHES, THRESHOLD, band_keys, signature, words
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


@dataclass(frozen=True, slots=True, eq=False)
class LinkInput:
    """What linking needs from a batch, computed where the batch was coded (no store needed):
    the MinHash signature of each new document that has words, and each event's story key, in input order."""

    hashes: tuple[str, ...]
    signatures: np.ndarray  # (len(hashes), NUM_HASHES) int64
    reports: tuple[Report, ...]

    @classmethod
    def of(cls, docs: Sequence[Stored]) -> LinkInput:
        signed = [(item.raw.content_hash, signature(item.result.article.text)) for item in docs]
        signed = [(digest, sig) for digest, sig in signed if sig is not None]
        return cls(
            hashes=tuple(digest for digest, _ in signed),
            signatures=np.array([sig for _, sig in signed], dtype=np.int64).reshape(len(signed), NUM_HASHES),
            reports=tuple(r for item in docs for r in reports(item.raw.content_hash, item.result.article)),
        )


class Linker:
    """Links batches to what one store holds: near-duplicate clusters and stories.

    Made by the store's single writer, for as long as it writes: it keeps the stored documents'
    signatures in memory (:class:`~chancery.dedup.doc_index.DocIndex`, brought up to date with the
    store at the first batch), so call :meth:`stored` once each linked batch is committed.
    """

    def __init__(self, store: Store, docs: DocIndex | None = None) -> None:
        self.store = store
        self.docs = docs if docs is not None else DocIndex()  # one kept from an earlier run, or a new one
        self._caught_up = False

    def link(self, batch: LinkInput, run_id: int) -> tuple[dict[str, pa.Table], NewDocs]:
        """The deduplication rows for a batch, against the store and the batch's earlier documents,
        and the batch's documents for :meth:`stored`."""
        if not self._caught_up:
            self.docs.catch_up(self.store)
            self._caught_up = True
        rows: dict[str, list[dict[str, object]]] = defaultdict(list)
        new = _link_duplicates(self.docs, batch, run_id, rows)
        _link_stories(self.store, batch.reports, run_id, rows)
        return {**db.tables(rows), "doc_signatures": _signature_table(batch, run_id)}, new

    def stored(self, new: NewDocs) -> None:
        """The batch these documents came in is committed: later batches may match them."""
        self.docs.add(new)


def _signature_table(batch: LinkInput, run_id: int) -> pa.Table:
    n = len(batch.hashes)
    values = pa.array(batch.signatures.ravel(), pa.int64())
    offsets = pa.array(np.arange(n + 1, dtype=np.int32) * NUM_HASHES, pa.int32())
    return pa.table(
        {
            "content_hash": list(batch.hashes),
            "signature": pa.ListArray.from_arrays(offsets, values),
            "run_id": pa.array([run_id] * n, pa.int32()),
        },
        schema=db.SCHEMAS["doc_signatures"],
    )


CANDIDATES = 16  # per document, the candidates sharing the most bands are scored (a near-copy shares many)


def _link_duplicates(
    index: DocIndex, batch: LinkInput, run_id: int, rows: dict[str, list[dict[str, object]]]
) -> NewDocs:
    keys = band_keys(batch.signatures)
    prints = fingerprints(batch.signatures)
    stored, taken = index.lookup(keys)
    shared_in_batch = _shared_in_batch(keys)
    in_batch: dict[tuple[int, int], list[int]] = defaultdict(list)  # (band, key) → earlier positions
    clusters: list[str] = []
    for i, digest in enumerate(batch.hashes):
        bands = [(k, int(keys[i, k])) for k in np.flatnonzero(shared_in_batch[i]).tolist()]
        earlier: Counter[int] = Counter()
        for band in bands:
            # the bucket's earliest members, stored ones first: the same sample whatever the batch boundaries
            room = BUCKET_SAMPLE - int(taken[i, band[0]])
            if room > 0:
                earlier.update(in_batch.get(band, [])[:room])
        # (bands shared, hash, fingerprint, cluster) of stored and earlier documents of the batch
        candidates = [
            (shared, index.hashes[n], index.fingerprint(n), index.clusters[n])
            for n, shared in stored[i].items()
        ] + [(shared, batch.hashes[j], prints[j], clusters[j]) for j, shared in earlier.items()]
        # the candidates sharing the most bands; among equals, the smallest hash
        candidates.sort(key=lambda c: (-c[0], c[1]))
        scored = [
            (similarity(row, prints[i]), other, cluster) for _, other, row, cluster in candidates[:CANDIDATES]
        ]
        # the most similar; among equals, the smallest hash
        best = min(
            (candidate for candidate in scored if candidate[0] >= THRESHOLD),
            key=lambda c: (-c[0], c[1]),
            default=None,
        )
        clusters.append(best[2] if best else digest)
        for band in bands:
            in_batch[band].append(i)
        rows["doc_clusters"].append(
            {
                "content_hash": digest,
                "cluster_id": clusters[-1],
                "duplicate_of": best[1] if best else None,
                "similarity": best[0] if best else None,
                "run_id": run_id,
            }
        )
    return NewDocs(hashes=batch.hashes, fingerprints=prints, keys=keys, clusters=tuple(clusters))


def _shared_in_batch(keys: np.ndarray) -> np.ndarray:
    """Which (document, band) buckets another document of the batch falls in too: only those
    are looked up within the batch (most buckets hold one document)."""
    shared = np.zeros(keys.shape, dtype=bool)
    for k in range(keys.shape[1]):
        _, inverse, counts = np.unique(keys[:, k], return_inverse=True, return_counts=True)
        shared[:, k] = counts[inverse] > 1
    return shared


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
