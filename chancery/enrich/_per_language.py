"""One object per supported language, built the first time a document in that language needs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
LANGS = ("en", "fr", "tr")


class PerLanguage(Generic[T]):
    """Lazily built per-language objects (finders, lexicons); ``None`` for an unsupported language."""

    def __init__(self, build: Callable[[str], T], langs: tuple[str, ...] = LANGS) -> None:
        self._build = build
        self.langs = langs
        self._built: dict[str, T] = {}

    def get(self, lang: str | None) -> T | None:
        if lang not in self.langs:
            return None
        if lang not in self._built:
            self._built[lang] = self._build(lang)
        return self._built[lang]
