"""Text normalization shared by matching and language identification."""

from __future__ import annotations

import functools
import re
import unicodedata

WORD = re.compile(r"\w+")
_SPECIAL = {"ı": "i", "İ": "i", "’": "'", "ß": "s"}


def _fold_char(ch: str) -> str:
    if unicodedata.combining(ch):
        return ch  # text is NFC, so a lone mark is rare; keep it to keep offsets
    folded = _SPECIAL.get(ch, ch).casefold()
    stripped = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return stripped[:1] or ch


class _FoldTable(dict[int, str]):
    """Character → folded character, computed on first sight (a memo of a pure function).

    Every character folds to exactly one character, so folded text keeps the
    offsets of the original and can be searched in place of it.
    """

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_TABLE = _FoldTable()
# The scripts news text is written in, folded once at import into a plain dict: translating
# with it is three times faster than with the memo (whose look-ups go through __missing__).
_COMMON_RANGES = ((0x0000, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20C1))
_COMMON = {code: _fold_char(chr(code)) for lo, hi in _COMMON_RANGES for code in range(lo, hi)}
_COMMON_CHARS = frozenset(map(chr, _COMMON))


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify Turkish i's and apostrophes; same length as ``text``."""
    return _fold_memo(text) if len(text) <= _MEMO_MAX_CHARS else _fold(text)


_MEMO_MAX_CHARS = 100_000  # longer texts are folded each time rather than held in the memo


@functools.lru_cache(maxsize=64)  # the stages fold the same article and sentences again and again
def _fold_memo(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if _COMMON_CHARS.issuperset(text):
        return text.translate(_COMMON)
    return text.translate(_TABLE)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(folded_token, start, end)`` for every word token."""
    folded = fold(text)
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded)]
