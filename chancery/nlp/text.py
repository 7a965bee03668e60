"""Text normalization shared by matching and language identification."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+")
_SPECIAL = {"ı": "i", "İ": "i", "’": "'", "ß": "s"}


class _FoldTable(dict[int, str]):
    """Character → folded character, computed on first sight (a memo of a pure function).

    Every character folds to exactly one character, so folded text keeps the
    offsets of the original and can be searched in place of it.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if unicodedata.combining(ch):
            value = ch  # text is NFC, so a lone mark is rare; keep it to keep offsets
        else:
            folded = _SPECIAL.get(ch, ch).casefold()
            stripped = "".join(
                c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
            )
            value = stripped[:1] or ch
        self[code] = value
        return value


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify Turkish i's and apostrophes; same length as ``text``."""
    return text.translate(_TABLE)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(folded_token, start, end)`` for every word token."""
    folded = fold(text)
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded)]
