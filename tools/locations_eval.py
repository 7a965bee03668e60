#!/usr/bin/env python3
"""How many event locations of the dev set resolve to the country expected (the places stage).

usage: .venv/bin/python tools/locations_eval.py [--holdout] [--errors]

For every gold event with a ``location`` in devset/gold/{en,fr,tr}.jsonl, codes its article
(devset/articles/<lang>/) with the standard pipeline, resolves the gold location text as the places
stage resolves an event's location (the place the article names so, else the name on its own, else
through the knowledge base), and compares the country with devset/locations/expected.tsv (labelled
by hand; seas and disputed places are not scored). Also prints, for the system's own events, how
many locations resolved to a place and how many of those have coordinates. ``--holdout`` does the same
on devset/holdout/ with devset/locations/expected_holdout.tsv (labelled after the stage was built).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chancery.enrich.places import PlaceStage  # noqa: E402
from chancery.jobs import code_paths  # noqa: E402
from chancery.pipeline import Result  # noqa: E402
from chancery.registry import load_pipeline  # noqa: E402

LANGS = ("en", "fr", "tr")


def expected(name: str) -> dict[tuple[str, str], set[str]]:
    table = {}
    for line in (ROOT / "devset" / "locations" / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, location, country = line.split("\t")
        table[(lang, location)] = set(country.split("|")) if country != "-" else set()
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every location not resolved as expected")
    parser.add_argument("--holdout", action="store_true", help="the hold-out set instead of the dev set")
    args = parser.parse_args()
    base = ROOT / "devset" / ("holdout" if args.holdout else "")
    wanted = expected("expected_holdout.tsv" if args.holdout else "expected.tsv")
    pipeline = load_pipeline()
    stage = next(s for s in pipeline.stages if isinstance(s, PlaceStage))
    total = {"scored": 0, "right": 0, "wrong": 0, "none": 0, "unscored": 0, "points": 0}
    system = {"events": 0, "resolved": 0, "points": 0}
    for lang in LANGS:
        gold = {}
        for line in (base / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            gold[doc["doc_id"]] = doc
        counts = dict.fromkeys(total, 0)
        for item in code_paths([base / "articles" / lang], pipeline):
            if not isinstance(item, Result) or item.article.doc_id not in gold:
                continue
            article = item.article
            for event in article.events:
                if event.location:
                    system["events"] += 1
                    system["resolved"] += event.place is not None
                    system["points"] += bool(event.place and event.place.lat is not None)
            for event in gold[article.doc_id]["events"]:
                location = event.get("location")
                if not location:
                    continue
                countries = wanted[(lang, location)]
                if not countries:
                    counts["unscored"] += 1
                    continue
                place = stage.locate(article, location)
                counts["scored"] += 1
                if place is None:
                    counts["none"] += 1
                elif place.country in countries:
                    counts["right"] += 1
                    counts["points"] += place.lat is not None
                else:
                    counts["wrong"] += 1
                if args.errors and (place is None or place.country not in countries):
                    got = f"{place.country} ({place.reason})" if place else "nothing"
                    print(
                        f"  {lang} {article.doc_id}: {location!r} → {got}, expected {'|'.join(sorted(countries))}"
                    )
        print(
            f"{lang}: {counts['right']}/{counts['scored']} gold event locations resolve to the expected country "
            f"({counts['right'] / max(counts['scored'], 1):.1%}); {counts['wrong']} to another, {counts['none']} "
            f"unresolved; {counts['points']} with coordinates; {counts['unscored']} not scored"
        )
        for key in total:
            total[key] += counts[key]
    print(
        f"all: {total['right']}/{total['scored']} ({total['right'] / max(total['scored'], 1):.1%}) to the expected "
        f"country, {total['wrong']} to another, {total['none']} unresolved, {total['points']} with coordinates; "
        f"system events with a location: {system['events']}, resolved {system['resolved']}, "
        f"with coordinates {system['points']}"
    )


if __name__ == "__main__":
    main()
