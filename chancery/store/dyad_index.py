"""A clustered index over the explorer table, kept in memory by the server.

`event_rows` is stored sorted by (dyad, day, event_id) up to ``sorted_rows`` (see
:meth:`Store.compact_explorer`); rows that arrived since then follow, unsorted. In the
sorted part a dyad's events are one run of row ids, in day order, so the newest page of
a dyad between two dates is a range of row ids found by binary search on the run's days:
no scan at all. The unsorted tail is small and is searched by DuckDB, and the two are
merged. The index belongs to one compaction (its ``epoch``, the ``sorted_rows`` count);
a page checks the epoch inside the same snapshot it reads, and falls back to the plain
query if the table was re-sorted in between.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from chancery.store.db import Store

NO_DAY = dt.date(1, 1, 1)  # the sort key of an undated event
_EPOCH_DAY = dt.date(1970, 1, 1)


def _ordinal(day: dt.date) -> int:
    return (day - _EPOCH_DAY).days


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # row id of the dyad's first sorted row
    days: np.ndarray  # its rows' sort days (days since 1970), ascending


@dataclass(frozen=True, slots=True)
class DyadIndex:
    epoch: int  # rows sorted at the compaction this index describes
    runs: dict[str, Run]
    # Rows appended since, when the index's owner counts them and keeps re-sorts from
    # running during reads (the server does both): then a page needs no epoch check, and
    # no tail search while the tail is empty. None: unknown, check and search.
    tail: int | None = None

    @classmethod
    def build(cls, store: Store) -> DyadIndex:
        with store.snapshot():
            epoch = current_epoch(store)
            table = store.con.execute(
                "SELECT dyad, datediff('day', DATE '1970-01-01', coalesce(day, DATE '0001-01-01'))::INTEGER AS k "
                "FROM event_rows WHERE rowid < ? ORDER BY rowid",
                [epoch],
            ).fetchnumpy()
        runs: dict[str, Run] = {}
        dyads, days = np.asarray(table["dyad"], dtype=object), np.asarray(table["k"], dtype=np.int32)
        if len(dyads):
            starts = np.concatenate(([0], np.flatnonzero(dyads[1:] != dyads[:-1]) + 1, [len(dyads)]))
            for a, b in itertools.pairwise(starts):
                runs[str(dyads[a])] = Run(int(a), days[a:b])
        return cls(epoch, runs)

    def owned(self, store: Store) -> DyadIndex:
        """This index with its tail counted, for an owner that keeps it current."""
        row = store.con.execute("SELECT count(*) FROM event_rows").fetchone()
        return replace(self, tail=(int(row[0]) if row else 0) - self.epoch)


def current_epoch(store: Store) -> int:
    row = store.con.execute("SELECT coalesce(max(sorted_rows), 0) FROM explorer_state").fetchone()
    return int(row[0]) if row else 0


def dyad_page(
    store: Store,
    index: DyadIndex,
    dyad: str,
    since: dt.date | None,
    until: dt.date | None,
    after: tuple[dt.date, str] | None,
    limit: int,
    with_total: bool,
) -> tuple[list[dict[str, Any]], int | None] | None:
    """The newest ``limit`` rows of ``dyad`` between the dates (after a cursor), and the total.

    Rows come as ``{"event_id", "sort_key", "row_json"}``, ordered like the plain query
    (day, then id, descending). None when the index is stale for this snapshot. The
    sorted rows, the tail's candidates and the epoch are read by one statement, so they
    come from one snapshot; an owned index (``tail`` counted) skips the epoch, and the
    tail while it is empty.
    """
    lo_day = (
        max(since or NO_DAY, dt.date(1, 1, 2)) if (since or until) else NO_DAY
    )  # date filters drop the undated
    key = "coalesce(day, DATE '0001-01-01')"
    run = index.runs.get(dyad)
    first = last = 0  # the sorted rows to read: run.start + [first, last)
    total = 0
    same_day: tuple[int, int] | None = None
    if run is not None:
        i = bisect.bisect_left(run.days, _ordinal(lo_day))
        j = bisect.bisect_right(run.days, _ordinal(until)) if until else len(run.days)
        total = max(0, j - i)
        if after is not None:
            a = bisect.bisect_left(run.days, _ordinal(after[0]))
            b = bisect.bisect_right(run.days, _ordinal(after[0]))
            j = min(j, b)  # rows of the cursor's own day are sorted out below, by id
            same_day = (run.start + max(a, i), run.start + min(b, j) - 1)
        first, last = max(i, j - limit - (0 if same_day is None else same_day[1] - same_day[0] + 1)), j
    tail_where = ["rowid >= ?", "dyad = ?"]
    tail_params: list[Any] = [index.epoch, dyad]
    if since or until:
        tail_where.append("day >= ?")
        tail_params.append(lo_day)
    if until:
        tail_where.append("day <= ?")
        tail_params.append(until)
    count_where, count_params = " AND ".join(tail_where), list(tail_params)
    if after is not None:
        tail_where.append(f"({key} < ? OR ({key} = ? AND event_id < ?))")
        tail_params += [after[0], after[0], after[1]]
    branches = [
        f"SELECT 0 AS part, event_id, {key} AS sort_key, row_json FROM event_rows WHERE rowid BETWEEN ? AND ?"
    ]
    params: list[Any] = [run.start + first if run else 0, run.start + last - 1 if run else -1]
    search_tail = index.tail is None or index.tail > 0
    if search_tail:
        branches.append(
            f"""SELECT 1, * FROM (SELECT event_id, {key} AS sort_key, NULL::VARCHAR FROM event_rows
               WHERE {" AND ".join(tail_where)} ORDER BY sort_key DESC, event_id DESC LIMIT ?)"""
        )
        params += [*tail_params, limit]
        if with_total:
            branches.append(f"SELECT 3, NULL, NULL, count(*)::VARCHAR FROM event_rows WHERE {count_where}")
            params += count_params
    if index.tail is None:
        branches.append("SELECT 2, NULL, NULL, coalesce(max(sorted_rows), 0)::VARCHAR FROM explorer_state")
    found = store.con.execute(" UNION ALL ".join(branches), params).fetchall()
    if index.tail is None and next(int(r[3]) for r in found if r[0] == 2) != index.epoch:
        return None
    rows = [{"event_id": e, "sort_key": k, "row_json": j} for part, e, k, j in found if part == 0]
    if after is not None:  # the cursor's day: only ids before the cursor's
        rows = [r for r in rows if (r["sort_key"], r["event_id"]) < after]
    tail = [(e, k) for part, e, k, _ in found if part == 1]
    if tail:  # by id, not row id: ids stay put if the table is re-sorted meanwhile
        marks = ", ".join("?" * len(tail))
        texts = dict(
            store.con.execute(
                f"SELECT event_id, row_json FROM event_rows WHERE dyad = ? AND event_id IN ({marks})",
                [dyad, *(e for e, _ in tail)],
            ).fetchall()
        )
        rows += [{"event_id": e, "sort_key": k, "row_json": texts[e]} for e, k in tail if e in texts]
    rows.sort(key=lambda r: (r["sort_key"], r["event_id"]), reverse=True)
    if with_total and search_tail:
        total += next(int(r[3]) for r in found if r[0] == 3)
    return rows[:limit], (total if with_total else None)
