"""Light inflection handling: the endings a language writes onto a word without an apostrophe."""

from __future__ import annotations

from importlib import resources


def inflectional_endings(lang: str) -> tuple[str, ...]:
    """Endings (folded) listed in ``lang/<l>/suffixes.txt``; empty for languages without the file."""
    path = resources.files("chancery.nlp") / "lang" / lang / "suffixes.txt"
    if not path.is_file():
        return ()
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return tuple(sorted({s for line in lines for s in line.split()}))
