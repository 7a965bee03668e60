"""The stored documents' MinHash signatures and LSH buckets, held in the writer's memory.

Finding a new document's candidates in the database meant scanning every stored
bucket for each batch, so linking slowed down as the store grew. The store has one
writer, so that writer can hold the signatures itself: it loads them from
``doc_signatures`` when it links its first batch, then adds each batch once that batch
has been committed. After that, a look-up is a binary search per band, whatever the
store's size.

Per band, the buckets live in two sorted levels, each holding equal keys' members in
arrival order: a large one, and a small one of recent additions that each batch is
inserted into and that is merged into the large one from time to time (an insert or a
merge is a linear ``np.insert``, not a re-sort, and no step loops over documents in Python).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pyarrow.compute as pc

from chancery.dedup.minhash import BANDS, NUM_HASHES, band_keys
from chancery.store.db import Store

# Stored documents read per (band, bucket), the earliest stored first. A bucket holding more is a
# large family of near-copies (a wire story republished a thousand times, boilerplate): any of them
# finds the family, and reading them all would make linking grow with the family's size.
BUCKET_SAMPLE = 32
MERGE_EVERY = 16_384  # documents kept in the recent level before it is merged into the older one


def fingerprints(signatures: np.ndarray) -> np.ndarray:
    """The low 32 bits of each signature value: half the memory, and two unequal 63-bit values
    agree on them with probability 2^-32, which never moves a similarity estimate that matters."""
    return (np.asarray(signatures, dtype=np.int64) & 0xFFFFFFFF).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard of two fingerprint rows: the share of positions where they agree."""
    return float(np.count_nonzero(a == b)) / NUM_HASHES


class _Level:
    """Sorted band keys with their members; equal keys hold their members in arrival order."""

    __slots__ = ("keys", "members")

    def __init__(self) -> None:
        self.keys = np.empty(0, np.int64)
        self.members = np.empty(0, np.int32)

    def __len__(self) -> int:
        return len(self.keys)

    def extend(self, keys: np.ndarray, members: np.ndarray) -> None:
        """Members later than every member held, merged in."""
        order = np.argsort(keys, kind="stable")  # members arrive in order: stable keeps it per key
        keys, members = keys[order], members[order]
        at = np.searchsorted(self.keys, keys, side="right")  # after the older members of the bucket
        self.keys = np.insert(self.keys, at, keys)
        self.members = np.insert(self.members, at, members)

    def ranges(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return np.searchsorted(self.keys, keys, side="left"), np.searchsorted(self.keys, keys, side="right")


class _Band:
    """One band's buckets: key → member numbers in arrival order, in two levels (older, recent)."""

    __slots__ = ("older", "recent")

    def __init__(self) -> None:
        self.older = _Level()
        self.recent = _Level()

    def merge(self) -> None:
        """Move the recent members into the older level."""
        if len(self.recent):
            self.older.extend(self.recent.keys, self.recent.members)
            self.recent = _Level()


@dataclass(frozen=True, slots=True)
class NewDocs:
    """Documents to add to the index, in storing order: a linked batch once committed, or the
    documents another writer stored."""

    hashes: tuple[str, ...]
    fingerprints: np.ndarray
    keys: np.ndarray
    clusters: tuple[str, ...]

    @classmethod
    def of(cls, hashes: list[str], signatures: np.ndarray, clusters: list[str]) -> NewDocs:
        return cls(tuple(hashes), fingerprints(signatures), band_keys(signatures), tuple(clusters))


class DocIndex:
    """Every stored document's signature fingerprint, cluster and LSH buckets, in storing order.

    Documents are only ever appended to a store, so an index kept between two runs (`watch`
    keeps one across its cycles) is a prefix of the store's documents: :meth:`catch_up` reads
    only the ones stored after it.
    """

    def __init__(self, *, merge_every: int = MERGE_EVERY) -> None:
        self.merge_every = merge_every
        self._clear()

    def _clear(self) -> None:
        self.hashes: list[str] = []
        self.clusters: list[str] = []
        self._prints = np.empty((0, NUM_HASHES), np.uint32)
        self._bands = [_Band() for _ in range(BANDS)]
        self._recent = 0

    @classmethod
    def load(cls, store: Store) -> DocIndex:
        index = cls()
        index.catch_up(store)
        return index

    def catch_up(self, store: Store) -> None:
        """Add the documents ``store`` holds beyond this index (all of them, the first time)."""
        known = len(self)
        if known:
            rows = store.con.execute(
                "SELECT content_hash FROM doc_signatures ORDER BY rowid LIMIT 1 OFFSET ?", [known - 1]
            ).fetchall()
            if rows != [(self.hashes[-1],)]:  # not the store this index was built from
                self._clear()
                known = 0
        table = store.con.sql(
            "SELECT s.content_hash, s.signature, c.cluster_id FROM doc_signatures s "
            f"JOIN doc_clusters c USING (content_hash) ORDER BY s.rowid OFFSET {int(known)}"
        ).to_arrow_table()
        if not table.num_rows:
            return
        hashes = table["content_hash"].to_pylist()
        interned = {h: h for h in hashes}  # a cluster id is its founder's hash: one string for both
        clusters = [interned.get(c, c) for c in table["cluster_id"].to_pylist()]
        signatures = pc.list_flatten(table["signature"]).to_numpy().reshape(len(hashes), NUM_HASHES)
        self.add(NewDocs.of(hashes, signatures, clusters))

    def __len__(self) -> int:
        return len(self.hashes)

    def shared(self, keys: np.ndarray) -> list[Counter[int]]:
        """For each row of band ``keys`` (one per new document), how many bands each stored
        document shares with it (among each bucket's ``BUCKET_SAMPLE`` earliest members)."""
        return self.lookup(keys)[0]

    def lookup(self, keys: np.ndarray) -> tuple[list[Counter[int]], np.ndarray]:
        """:meth:`shared`, and for each (row, band) how many stored members of its bucket were read
        (at most ``BUCKET_SAMPLE``): a batch's own earlier documents fill the rest of the sample."""
        out: list[Counter[int]] = [Counter() for _ in range(len(keys))]
        taken = np.zeros(keys.shape, dtype=np.int64)
        for k, band in enumerate(self._bands):
            column = keys[:, k]
            starts, stops = band.older.ranges(column)
            rstarts, rstops = band.recent.ranges(column)
            stops = np.minimum(stops, starts + BUCKET_SAMPLE)
            rstops = np.minimum(rstops, rstarts + np.maximum(BUCKET_SAMPLE - (stops - starts), 0))
            taken[:, k] = (stops - starts) + (rstops - rstarts)
            for i in np.flatnonzero(taken[:, k]).tolist():
                out[i].update(band.older.members[starts[i] : stops[i]].tolist())
                out[i].update(band.recent.members[rstarts[i] : rstops[i]].tolist())
        return out, taken

    def fingerprint(self, number: int) -> np.ndarray:
        return self._prints[number]

    def similarity(self, number: int, prints: np.ndarray) -> float:
        """Estimated Jaccard of a stored document with a fingerprint row."""
        return similarity(self._prints[number], prints)

    def add(self, docs: NewDocs) -> None:
        """Documents stored after the ones held."""
        n = len(docs.hashes)
        if not n:
            return
        start = len(self)
        if start + n > len(self._prints):
            grown = np.empty((max(2 * len(self._prints), start + n, 1024), NUM_HASHES), np.uint32)
            grown[:start] = self._prints[:start]
            self._prints = grown
        self._prints[start : start + n] = docs.fingerprints
        self.hashes.extend(docs.hashes)
        self.clusters.extend(docs.clusters)
        numbers = np.arange(start, start + n, dtype=np.int32)
        if n >= self.merge_every:  # many at once (a load): straight into the older level
            for k, band in enumerate(self._bands):
                band.merge()
                band.older.extend(docs.keys[:, k], numbers)
            self._recent = 0
            return
        for k, band in enumerate(self._bands):
            band.recent.extend(docs.keys[:, k], numbers)
        self._recent += n
        if self._recent >= self.merge_every:
            for band in self._bands:
                band.merge()
            self._recent = 0
