#!/usr/bin/env python3
"""Why the coder misses required gold events: a count of causes per set and language.

usage: .venv/bin/python tools/miss_causes.py SET [SET...]     (SET: a folder under devset/ with gold/ and articles/)

Each required gold event the coder does not produce (matched as EVENTS.md §8 matches: type, source and
target, unordered for the symmetric types) is put in the first of these groups that fits, looking at
the gold's evidence sentences:

- pair in sentence, other type: the coder coded the same two actors there, as another type;
- same type, wrong actors: it coded an event of this type there, between other actors;
- actor never resolved in doc: the resolver found the source or target nowhere in the article;
- other event in sentence: it coded something else there;
- nothing coded, with how many of the two actors the resolver found in the sentence (both: the
  trigger is what is missing; one or none: the actor is implied, a pronoun or named elsewhere).

It prints counts only. On an untouched check set, even counts are looking at its errors, so run it
on development sets.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

from chancery.coding.ontology import SYMMETRIC
from chancery.doc import Article
from chancery.ingest import RawDocument, iter_items
from chancery.registry import load_pipeline

DEVSET = Path(__file__).resolve().parent.parent / "devset"


def key(type_: str, source: str, target: str) -> tuple[str, str, str]:
    if type_ in SYMMETRIC and target < source:
        source, target = target, source
    return type_, source, target


def evidence_sentences(article: Article, gold_event: dict[str, Any]) -> set[int]:
    """The coder's sentences holding the gold's evidence, found by its character offsets: a gold's own
    sentence numbers follow its annotator's segmentation (a headline counted or not), not the coder's."""
    out = set()
    for ev in gold_event["evidence"]:
        if "start" not in ev:
            out.add(ev["sentence"])
            continue
        out.update(i for i, span in enumerate(article.sentences) if span.start <= ev["start"] < span.end)
    return out


def cause(article: Article, gold_event: dict[str, Any], coded: list[tuple[str, str, str, set[int]]]) -> str:
    sentences = evidence_sentences(article, gold_event)
    pair = {gold_event["source"], gold_event["target"]}
    here = [(t, s, g) for t, s, g, where in coded if where & sentences]
    if any({s, g} == pair for _, s, g in here):
        return "pair in sentence, other type"
    if any(t == gold_event["type"] for t, _, _ in here):
        return "same type, wrong actors"
    named = {code for m in article.mentions for code in (m.code, *(m.members or ()))}
    if not pair <= named:
        return "actor never resolved in doc"
    if here:
        return "other event in sentence"
    spans = [article.sentences[i] for i in sentences if i < len(article.sentences)]
    inside = {
        code
        for m in article.mentions
        if any(span.start <= m.start < span.end for span in spans)
        for code in (m.code, *(m.members or ()))
    }
    found = len(pair & inside)
    return "nothing coded: " + (
        "both actors in sentence" if found == len(pair) else f"{found} of the actors in sentence"
    )


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    pipeline = load_pipeline()
    total: collections.Counter[str] = collections.Counter()
    for name in sys.argv[1:]:
        for lang in ("en", "fr", "tr"):
            gold_path = DEVSET / name / "gold" / f"{lang}.jsonl"
            if not gold_path.exists():
                continue
            gold = {
                g["doc_id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())
            }
            counts: collections.Counter[str] = collections.Counter()
            for raw in iter_items([DEVSET / name / "articles" / lang]):
                if not isinstance(raw, RawDocument) or raw.doc_id not in gold:
                    continue
                article = pipeline(raw).article
                produced = collections.Counter(key(e.type, e.source, e.target) for e in article.events)
                coded = [
                    (e.type, e.source, e.target, {ev.sentence for ev in e.evidence}) for e in article.events
                ]
                for event in gold[raw.doc_id]["events"]:
                    if not event.get("required", True):
                        continue
                    k = key(event["type"], event["source"], event["target"])
                    if produced[k]:
                        produced[k] -= 1
                        continue
                    counts[cause(article, event, coded)] += 1
            total.update(counts)
            print(f"{name} {lang}: {sum(counts.values())} missed", dict(counts.most_common()))
    print(f"all: {sum(total.values())} missed", dict(total.most_common()))


if __name__ == "__main__":
    main()
