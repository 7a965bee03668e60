"""Text normalization shared by matching and language identification."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+")
_FOLD_TABLE = str.maketrans({"ı": "i", "İ": "i", "’": "'", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify Turkish i's and apostrophes."""
    text = text.translate(_FOLD_TABLE).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(folded_token, start, end)`` for every word token."""
    return [(fold(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
