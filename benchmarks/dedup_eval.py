"""Measure deduplication: near-duplicate articles and event stories, pairwise precision and recall.

Builds a test corpus deterministically from the dev articles and their gold
(``devset/articles``, ``devset/gold``):

- republished copies: the identical text under another id and outlet, or with a
  byline or footer added;
- light edits: a sentence dropped, paragraphs reordered, words changed, a
  headline added;
- re-dated copies: published one or two days later (with an "updated" line), so
  every event dated from the publication date moves with it;
- translations: ``devset/dedup/translations.jsonl`` (hand-written renderings of
  twelve articles' key events in another language).

The truth is defined without the system: copies and edits are near-duplicates
of their original (translations are not); an event of a copy, edit or
translation is the same story as the gold event it comes from (an event whose
every evidence sentence was dropped leaves the copy's truth), and gold events
of different articles are one story when ``devset/dedup/same_events.tsv`` says
so. Re-dating does not change which real-world event a report tells, so it
keeps the truth and tests that the grouping tolerates the shifted dates.

The corpus is ingested in two runs (the store closed in between) into a
temporary DuckDB file by the real pipeline. Articles are scored over every pair
of corpus documents; stories over every pair of coded events that match a
truth event in their document (one-to-one on type and dyad, as EVENTS.md §8):
events the coder misses or invents have no truth to compare, and the report
gives their share.

Usage::

    .venv/bin/python benchmarks/dedup_eval.py [--json] [--min-p 0.95] [--min-r 0.90] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chancery.coding.evaluate import date_ok, event_key  # noqa: E402
from chancery.ingest.base import content_hash, normalize_text  # noqa: E402
from chancery.jobs import ingest_paths  # noqa: E402
from chancery.registry import load_pipeline  # noqa: E402
from chancery.store.db import Store  # noqa: E402

DEV = ROOT / "devset"
SEED = 2025
_PREFIX = re.compile(r"^ ?date (\S+) ")
_SENTENCE = re.compile(r"(?<=[.!?»”\"])\s+(?=[A-ZÀ-ÖØ-Þİ“«\"])")
OUTLETS = (
    "wire.example",
    "daily.example",
    "post.example",
    "haber.example",
    "journal.example",
    "times.example",
)
BYLINES = {
    "en": ("By Staff Reporter, {outlet}\n\n", "\n\n(Reporting by our correspondents; editing by the desk)"),
    "fr": ("Par la rédaction de {outlet}\n\n", "\n\n(Avec AFP. Édité par la rédaction)"),
    "tr": ("{outlet} Haber Merkezi\n\n", "\n\n(Haber: muhabirlerimiz; düzenleme: haber masası)"),
}
UPDATED = {"en": "(Updated {date})", "fr": "(Mis à jour le {date})", "tr": "(Güncellendi: {date})"}
WORDS = {  # light word changes a sub-editor makes
    "en": (("said", "stated"), ("on Tuesday", "Tuesday"), ("talks", "discussions"), ("also", "additionally")),
    "fr": (
        ("a déclaré", "a affirmé"),
        ("également", "aussi"),
        ("ministre", "Ministre"),
        ("a indiqué", "a précisé"),
    ),
    "tr": (
        ("dedi", "ifade etti"),
        ("açıkladı", "duyurdu"),
        ("ayrıca", "bunun yanı sıra"),
        ("Bakanı", "Bakanı,"),
    ),
}


@dataclass
class Doc:
    id: str
    lang: str
    published: str | None
    text: str
    origin: str  # the dev article it comes from (truth cluster for near-duplicates)
    kind: str  # original, republish, byline, edit, redate, translation
    events: list[tuple[dict, str]] = field(default_factory=list)  # (event, truth story id)

    @property
    def duplicate_group(self) -> str:
        return self.id if self.kind == "translation" else self.origin


def _evidence(event: dict) -> list[str]:
    ev = event.get("evidence") or []
    return [ev] if isinstance(ev, str) else list(ev)


class Truth:
    """Story ids of gold events: (doc_id, index), merged through same_events.tsv."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        for line in (DEV / "dedup" / "same_events.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                a, b = line.split("\t")
                self.parent[self.find(b)] = self.find(a)

    def find(self, key: str) -> str:
        while key in self.parent:
            key = self.parent[key]
        return key


def originals(truth: Truth) -> list[Doc]:
    docs = []
    for lang in ("en", "fr", "tr"):
        for line in (DEV / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            raw = (DEV / "articles" / lang / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
            m = _PREFIX.match(raw)
            text = raw[m.end() :] if m else raw
            events = [(e, truth.find(f"{gold['doc_id']}#{i}")) for i, e in enumerate(gold["events"])]
            docs.append(
                Doc(gold["doc_id"], lang, m.group(1) if m else None, text, gold["doc_id"], "original", events)
            )
    return docs


def translations(truth: Truth) -> list[Doc]:
    docs = []
    for line in (DEV / "dedup" / "translations.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        events = [(e, truth.find(f"{r['of']}#{e['gold']}")) for e in r["events"]]
        docs.append(Doc(r["id"], r["lang"], r["published"], r["text"], r["of"], "translation", events))
    return docs


def _copy(doc: Doc, kind: str, text: str, n: int, **changes: object) -> Doc:
    out = Doc(f"{doc.id}~{kind}{n}", doc.lang, doc.published, text, doc.origin, kind, list(doc.events))
    for k, v in changes.items():
        setattr(out, k, v)
    return out


def republish(doc: Doc, rng: random.Random, n: int) -> Doc:
    return _copy(doc, "republish", doc.text, n)


def byline(doc: Doc, rng: random.Random, n: int) -> Doc:
    head, foot = BYLINES[doc.lang]
    text = head.format(outlet=rng.choice(OUTLETS)) + doc.text if rng.random() < 0.5 else doc.text + foot
    return _copy(doc, "byline", text, n)


def edit(doc: Doc, rng: random.Random, n: int) -> Doc:
    paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
    events = list(doc.events)
    sentences = [(i, s) for i, p in enumerate(paragraphs) for s in _SENTENCE.split(p)]
    if len(sentences) > 3:  # drop one sentence after the lead
        i, dropped = rng.choice(sentences[1:])
        paragraphs[i] = " ".join(s for j, s in sentences if j == i and s != dropped)
        events = [
            (e, t) for e, t in events if not all(x in dropped for x in _evidence(e)) or not _evidence(e)
        ]
    if len(paragraphs) > 3:  # reorder two later paragraphs
        a, b = rng.sample(range(1, len(paragraphs)), 2)
        paragraphs[a], paragraphs[b] = paragraphs[b], paragraphs[a]
    text = "\n\n".join(p for p in paragraphs if p.strip())
    for old, new in rng.sample(WORDS[doc.lang], 2):
        text = text.replace(old, new, 1)
    if rng.random() < 0.5:  # a headline from the lead's first words
        text = " ".join(text.split()[:9]).rstrip(",.;:") + "\n\n" + text
    return _copy(doc, "edit", text, n, events=events)


def redate(doc: Doc, rng: random.Random, n: int) -> Doc:
    if not doc.published or len(doc.published) != 10:
        return byline(doc, rng, n)
    day = dt.date.fromisoformat(doc.published) + dt.timedelta(days=rng.choice((1, 2)))
    text = doc.text + "\n\n" + UPDATED[doc.lang].format(date=day.isoformat())
    return _copy(doc, "redate", text, n, published=day.isoformat())


def build_corpus() -> list[Doc]:
    truth = Truth()
    rng = random.Random(SEED)
    base = originals(truth)
    docs = list(base)
    makers = (republish, byline, edit, redate)
    for doc in base:
        k = rng.choices((0, 1, 2), weights=(3, 5, 2))[0]
        for n, make in enumerate(rng.sample(makers, k)):
            docs.append(make(doc, rng, n))
    docs += translations(truth)
    rng.shuffle(docs)  # copies may arrive before their original
    return docs


def write_jsonl(docs: list[Doc], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            outlet = OUTLETS[hash_index(d.id) % len(OUTLETS)]
            record = {"id": d.id, "text": d.text, "published": d.published, "lang": d.lang}
            record["url"] = f"https://{outlet}/{d.id}"
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def hash_index(value: str) -> int:
    return int(content_hash(value)[:8], 16)  # stable across processes, unlike hash()


def pairwise(items: list[tuple[str, str]]) -> dict[str, float]:
    """Pairwise precision/recall of (system label, truth label) items."""

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter(items))
    system = pairs(Counter(s for s, _ in items))
    gold = pairs(Counter(t for _, t in items))
    p = both / system if system else 1.0
    r = both / gold if gold else 1.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "system_pairs": system,
        "truth_pairs": gold,
        "both": both,
    }


def match(truth_events: list[tuple[dict, str]], system: list[dict]) -> list[tuple[str, str]]:
    """(story_id, truth id) for system events matched one-to-one to truth events on type and dyad."""
    free = defaultdict(list)
    for e in system:
        free[event_key(e)].append(e)
    out = []
    for gold, truth_id in truth_events:
        candidates = free.get(event_key(gold)) or []
        if not candidates:
            continue
        best = max(
            candidates,
            key=lambda e: (
                (gold.get("status") or "occurred") == e.get("status"),
                date_ok(gold.get("date"), e.get("date")),
            ),
        )
        candidates.remove(best)
        out.append((best["story_id"], truth_id))
    return out


def evaluate(workdir: Path) -> dict[str, object]:
    docs = build_corpus()
    half = len(docs) // 2
    parts = [workdir / "corpus-1.jsonl", workdir / "corpus-2.jsonl"]
    write_jsonl(docs[:half], parts[0])
    write_jsonl(docs[half:], parts[1])
    db = workdir / "dedup.duckdb"
    pipeline = load_pipeline()
    for part in parts:  # two runs, the store closed in between: links must survive a restart
        with Store(db) as store:
            ingest_paths([part], store, pipeline, command="dedup_eval")
    with Store(db, read_only=True) as store:
        clusters = dict(store.con.execute("SELECT content_hash, cluster_id FROM doc_clusters").fetchall())
        events = store.query(
            "SELECT e.content_hash, e.type, e.source, e.target, e.date, e.status, es.story_id "
            "FROM events e JOIN event_stories es USING (event_id) ORDER BY e.content_hash, e.idx"
        )
    by_doc = defaultdict(list)
    for e in events:
        by_doc[e["content_hash"]].append(e)
    article_items, story_items, cross_items = [], [], []
    truth_events = matched = 0
    for d in docs:
        digest = content_hash(normalize_text(d.text))
        article_items.append((clusters[digest], d.duplicate_group))
        pairs = match(d.events, [dict(e) for e in by_doc[digest]])
        truth_events += len(d.events)
        matched += len(pairs)
        story_items += pairs
        cross_items += [(s, t, d.lang) for s, t in pairs]
    # Pairs of reports in different languages only: what translations and foreign outlets add.
    cross = _cross_language(cross_items)
    kinds = Counter(d.kind for d in docs)
    return {
        "corpus": {"documents": len(docs), **dict(sorted(kinds.items()))},
        "articles": pairwise(article_items),
        "stories": pairwise(story_items),
        "stories_across_languages": cross,
        "events": {"truth": truth_events, "matched": matched, "coverage": round(matched / truth_events, 4)},
    }


def _cross_language(items: list[tuple[str, str, str]]) -> dict[str, float]:
    both = system = gold = 0
    for i, (s1, t1, l1) in enumerate(items):
        for s2, t2, l2 in items[i + 1 :]:
            if l1 == l2:
                continue
            system += s1 == s2
            gold += t1 == t2
            both += s1 == s2 and t1 == t2
    p = both / system if system else 1.0
    r = both / gold if gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "system_pairs": system, "truth_pairs": gold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--min-p", type=float, default=0.0, help="fail (exit 1) below this pairwise precision"
    )
    parser.add_argument("--min-r", type=float, default=0.0, help="fail (exit 1) below this pairwise recall")
    parser.add_argument(
        "--keep", type=Path, help="build the corpus and database in this folder and keep them"
    )
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = evaluate(args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = evaluate(Path(tmp))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        c = report["corpus"]
        print("corpus: " + ", ".join(f"{v} {k}" for k, v in c.items()))
        for name in ("articles", "stories", "stories_across_languages"):
            m = report[name]
            print(
                f"{name:<26} P {m['precision']:.3f}  R {m['recall']:.3f}  "
                f"(system pairs {m['system_pairs']}, truth pairs {m['truth_pairs']})"
            )
        ev = report["events"]
        print(f"truth events matched by a coded event: {ev['matched']}/{ev['truth']} ({ev['coverage']:.1%})")
    ok = all(
        report[name]["precision"] >= args.min_p and report[name]["recall"] >= args.min_r
        for name in ("articles", "stories")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
