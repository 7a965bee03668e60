"""``chancery kb``: resolve text, look up names, validate the knowledge base."""

from __future__ import annotations

import json
import sys

import click

from chancery.cli._options import parse_date, reports_errors
from chancery.cli._render import console, table
from chancery.kb.check import check
from chancery.kb.evaluate import load_examples, score
from chancery.kb.loader import load_kb
from chancery.kb.lookup import lookup
from chancery.kb.resolve import Resolver, mentions_to_dicts
from chancery.nlp.langid import LanguageIdentifier


@click.group("kb")
def kb_group() -> None:
    """The actor knowledge base: states, organizations, groups, people with dated roles.

    \b
    Example:
      chancery kb resolve "Le chef de la diplomatie turque a rencontré son homologue français" --date 2025-07
    """


@kb_group.command("resolve")
@click.argument("text")
@click.option("--lang", help="en, fr or tr (default: identified from the text).")
@click.option("--date", help="The article's date, YYYY[-MM[-DD]]: roles are resolved as held then.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@reports_errors
def resolve_cmd(text: str, lang: str | None, date: str | None, fmt: str) -> None:
    """Show the actors and places mentioned in TEXT, with codes and the reason for each.

    \b
    Example:
      chancery kb resolve "Dışişleri Bakanı Fidan, Fransız mevkidaşı ile Ankara'da görüştü" --date 2025-03-04
      chancery kb resolve "French President Emmanuel Macron met Erdogan" --format json
    """
    lang = lang or LanguageIdentifier().identify(text)
    mentions = mentions_to_dicts(Resolver(load_kb()).resolve(text, lang, parse_date("--date", date)))
    if fmt == "json":
        sys.stdout.write(json.dumps(mentions, ensure_ascii=False, indent=1) + "\n")
        return
    rows = [(m["text"], m["code"], m["sector"], m["kind"], m["entry"], m["reason"]) for m in mentions]
    columns = ("text", "code", "sector", "kind", "entry", "reason")
    console().print(table(f"{len(rows)} mentions ({lang})", columns, rows, wrap=("reason", "text")))


@kb_group.command("lookup")
@click.argument("name")
@click.option("--date", help="Mark which roles were held at this date, YYYY[-MM[-DD]].")
@reports_errors
def lookup_cmd(name: str, date: str | None) -> None:
    """List every knowledge-base entry NAME can stand for, in any language.

    \b
    Example:
      chancery kb lookup Fidan --date 2022-05
      chancery kb lookup OTAN
    """
    at = parse_date("--date", date)
    rows = lookup(load_kb(), name, at)
    if not rows:
        console(stderr=True).print(f"nothing in the knowledge base is called {name!r}")
        sys.exit(1)
    out = [
        (r.text, r.kind, r.code, r.sector, r.detail, "" if r.valid is None else ("yes" if r.valid else "no"))
        for r in rows
    ]
    console().print(
        table(
            f"{name}",
            ("matched", "kind", "code", "sector", "detail", f"valid {at or ''}".strip()),
            out,
            wrap=("detail",),
        )
    )


@kb_group.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--min-precision", type=float, help="Exit 1 if any language's precision is lower.")
@click.option("--min-recall", type=float, help="Exit 1 if any language's recall is lower.")
@reports_errors
def eval_cmd(
    paths: tuple[str, ...], errors: bool, min_precision: float | None, min_recall: float | None
) -> None:
    """Score actor resolution on annotated mentions: precision, recall and F1 per language.

    \b
    Example:
      chancery kb eval devset/mentions/*.jsonl --errors
    """
    tallies = score(Resolver(load_kb()), load_examples(paths))
    out = console()
    if errors:
        for lang, tally in tallies.items():
            for line in tally.errors:
                out.print(f"{lang} {line}", markup=False)
    rows = [
        (lang, t.tp + t.fn, t.tp, t.fp, t.fn, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}")
        for lang, t in tallies.items()
    ]
    out.print(
        table("Actor resolution", ("lang", "gold", "tp", "fp", "fn", "precision", "recall", "F1"), rows)
    )
    failed = [
        lang
        for lang, t in tallies.items()
        if (min_precision is not None and t.precision < min_precision)
        or (min_recall is not None and t.recall < min_recall)
    ]
    if failed:
        console(stderr=True).print(f"below threshold: {', '.join(failed)}")
        sys.exit(1)


@kb_group.command("check")
@reports_errors
def check_cmd() -> None:
    """Validate the knowledge base data; exit 1 if there is any problem.

    Checks unknown codes, sectors and role keys, roles that end before they
    start, two holders of one office at once, and one name for two entries.

    \b
    Example:
      chancery kb check
    """
    kb = load_kb()
    problems = check(kb)
    counts = (
        f"{len(kb.states)} states, {len(kb.organizations)} organizations, {len(kb.people)} people, "
        f"{sum(len(p.roles) for p in kb.people)} roles, "
        + ", ".join(
            f"{lang}: {len(d.aliases)} names, {len(d.roles)} titles"
            for lang, d in kb.langs.items()
            if lang != "xx"
        )
    )
    err = console(stderr=True)
    for problem in problems:
        err.print(f"[red]problem[/red] {problem}")
    err.print(counts)
    if problems:
        err.print(f"{len(problems)} problems")
        sys.exit(1)
    err.print("ok")
