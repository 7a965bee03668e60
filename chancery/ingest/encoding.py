"""Decode input bytes to text, or refuse with a reason.

The candidate set is closed: UTF-8 (with or without BOM), UTF-16 with a BOM,
cp1254 (Turkish Windows), cp1252 and latin-1. Within it the differences are
exactly known, so a short deterministic rule decides instead of a statistical
guesser that can be silently wrong on short texts:

- cp1252 and cp1254 differ only in six letters (bytes D0 DD DE F0 FD FE are
  Ð Ý Þ ð ý þ in cp1252 and Ğ İ Ş ğ ı ş in cp1254) and in two bytes (8E, 9E)
  cp1254 leaves undefined. Text without those bytes decodes identically.
- latin-1 differs from cp1252 only in 80–9F, which latin-1 maps to C1 control
  characters that never occur in real text; so latin-1 text without those
  bytes is also read identically as cp1252.
- When the six bytes occur, Turkish is chosen only with positive evidence
  (Turkish function words), cp1252 only with none of it; a text that has the
  bytes but neither kind of evidence is refused rather than guessed.
"""

from __future__ import annotations

import codecs
import re

from chancery.errors import EncodingError, Errors, InputError

_TURKISH_BYTES = frozenset(b"\xd0\xdd\xde\xf0\xfd\xfe")
# Frequent Turkish function words, as cp1254 decodes them (none is a French or
# English word, so cp1252 text never shows them).
_TURKISH_WORDS = re.compile(
    r"\b(ve|bir|bu|ile|için|olarak|olan|ancak|ayrıca|şu|gibi|daha|çok|göre|sonra|değil|ise|yüzde)\b",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _reject_binary(text: str, path: str) -> None:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls and controls > len(text[:65536]) * 0.001:
        raise InputError(Errors.E102, path=path)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`EncodingError`/:class:`InputError`."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", path)
        _reject_binary(text, path)
        return text, "utf-16"
    if b"\x00" in data:
        raise InputError(Errors.E102, path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _reject_binary(text, path)
        return text, "utf-8"
    return _single_byte(data, path)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(Errors.E103, path=path) from exc


def _single_byte(data: bytes, path: str) -> tuple[str, str]:
    if any(b in _TURKISH_BYTES for b in data):
        as_turkish = data.decode("cp1254", errors="replace")
        turkish_evidence = len(_TURKISH_WORDS.findall(as_turkish))
        if turkish_evidence >= 2 and "\ufffd" not in as_turkish:
            _reject_binary(as_turkish, path)
            return as_turkish, "cp1254"
        if turkish_evidence:
            raise EncodingError(Errors.E112, path=path)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        # Bytes cp1252 leaves undefined are C1 controls in latin-1: not text.
        raise EncodingError(Errors.E103, path=path) from exc
    _reject_binary(text, path)
    # Without bytes 80-9F the cp1252 reading equals the latin-1 reading.
    encoding = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
    return text, encoding
