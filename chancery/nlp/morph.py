"""Light inflection handling: the forms a text token may stand for in the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources


@dataclass
class SuffixStripper:
    """Yields a token without each inflectional ending the language lists (``lang/<l>/suffixes.txt``)."""

    lang: str
    min_stem: int = 3
    _suffixes: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        path = resources.files("chancery.nlp") / "lang" / self.lang / "suffixes.txt"
        if path.is_file():
            lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
            self._suffixes = tuple(sorted({s for line in lines for s in line.split()}, key=len, reverse=True))

    def __bool__(self) -> bool:
        return bool(self._suffixes)

    def __call__(self, token: str) -> list[str]:
        return [
            token[: -len(s)]
            for s in self._suffixes
            if len(token) - len(s) >= self.min_stem and token.endswith(s)
        ]
