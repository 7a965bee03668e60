"""``chancery eval``: score coding against gold (EVENTS.md §8)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from chancery.cli._options import build_pipeline, coder_options, reports_errors
from chancery.cli._render import console, table
from chancery.coding.evaluate import Report, is_system_output, load_jsonl, score
from chancery.errors import Errors, UsageError
from chancery.ingest.base import Reject
from chancery.jobs import code_paths
from chancery.output import article_to_dict
from chancery.registry import settle_after_load


def _documents_for(gold: Path) -> Path:
    """Where a gold file's articles live when no path is given: ../corpus/<stem> or ../articles/<stem>."""
    for candidate in (gold.parent.parent / "corpus" / gold.stem, gold.parent.parent / "articles" / gold.stem):
        if candidate.is_dir():
            return candidate
    raise UsageError(Errors.E501, option="PATH", reason=f"no articles found for {gold}; give them as PATH")


def _system(gold: Path, paths: tuple[str, ...], coder: str, coder_option: tuple[str, ...]) -> dict[str, dict]:
    if is_system_output(paths):
        return load_jsonl(paths[0])
    pipeline = build_pipeline(coder, coder_option)
    settle_after_load()
    out = {}
    for item in code_paths(paths or (str(_documents_for(gold)),), pipeline):
        if not isinstance(item, Reject):
            doc = article_to_dict(item.article)
            out[doc["doc_id"]] = doc
    return out


def _print(report: Report, errors: bool) -> None:
    out = console()
    if errors:
        for miss in report.misses:
            out.print(
                f"{miss.kind} {miss.doc_id} {miss.key[0]} {miss.key[1]}→{miss.key[2]} x{miss.count}: "
                f"{miss.evidence[:160]}",
                markup=False,
            )
    rows = [
        (
            lang,
            c.tp,
            c.fp,
            c.fn,
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f1:.3f}",
            *(("-" if v is None else f"{v:.3f}") for v in report.attribute_accuracy(lang).values()),
        )
        for lang, c in sorted(report.per_lang.items())
    ]
    m = report.micro
    rows.append(
        (
            "all",
            m.tp,
            m.fp,
            m.fn,
            f"{m.precision:.3f}",
            f"{m.recall:.3f}",
            f"{m.f1:.3f}",
            *(("-" if v is None else f"{v:.3f}") for v in report.attribute_accuracy().values()),
        )
    )
    out.print(
        table(
            "Events (micro-averaged)",
            ("lang", "tp", "fp", "fn", "precision", "recall", "F1", "mode", "status", "date"),
            rows,
        )
    )
    out.print(
        table(
            "Per type",
            ("type", "tp", "fp", "fn", "precision", "recall", "F1"),
            [
                (t, c.tp, c.fp, c.fn, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
                for t, c in sorted(report.per_type.items())
            ],
        )
    )
    summary = report.as_dict()
    out.print(
        f"quotes recall {summary['quotes_recall']} (found by text {report.quotes_by_text}, speaker "
        f"accuracy {report.speaker_accuracy})  amounts recall {summary['amounts_recall']} "
        f"(precision {report.amounts.precision:.3f})"
        + (f"  missing documents: {len(report.missing_docs)}" if report.missing_docs else "")
    )


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the reference scorer's JSON instead of tables.")
@click.option("--errors", is_flag=True, help="List false positives and negatives with their sentences.")
@click.option("--min-p", type=float, help="Exit 1 if micro precision is lower.")
@click.option("--min-r", type=float, help="Exit 1 if micro recall is lower.")
@click.option(
    "--per-lang", is_flag=True, help="Apply --min-p/--min-r to every language, not only the micro average."
)
@coder_options
@reports_errors
def eval_cmd(
    gold: str,
    paths: tuple[str, ...],
    as_json: bool,
    errors: bool,
    min_p: float | None,
    min_r: float | None,
    per_lang: bool,
    coder: str,
    coder_option: tuple[str, ...],
) -> None:
    """Score event coding against GOLD: precision, recall and F1, per type and language.

    PATHS are the gold's articles (coded now), or one JSON Lines file of
    `chancery code` output. Without PATHS the articles are looked for next to
    the gold (../corpus/<name> or ../articles/<name>). Agrees with
    ../shared/tools/score.py on the same files.

    \b
    Example:
      chancery eval ../shared/gold/seeds.jsonl ../shared/corpus/seeds --errors
      chancery eval devset/gold/fr.jsonl devset/articles/fr --min-p 0.85 --min-r 0.80
    """
    gold_path = Path(gold)
    report = score(load_jsonl(gold_path), _system(gold_path, paths, coder, coder_option))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n")
    else:
        _print(report, errors)
    checked = list(report.per_lang.values()) if per_lang else [report.micro]
    if any(
        (min_p is not None and c.precision < min_p) or (min_r is not None and c.recall < min_r)
        for c in checked
    ):
        sys.exit(1)
