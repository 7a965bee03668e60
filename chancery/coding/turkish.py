"""Turkish case endings and lists, for reading doers and receivers in subject–object–verb order."""

from __future__ import annotations

import itertools
import re

from chancery.coding.sentence import _Sentence
from chancery.doc import Mention

# "Suriye topraklarındaki", "Teşkilatı içindeki", "Irak'taki": an actor inside a modifier of a later noun.
_TR_MODIFIER = re.compile(r"(?:['’]\w*[dt][ae]ki\b|\s+\w*[dt][ae]ki\b)")
_TR_ACCUSATIVE = re.compile(r"['’](?:y|n)?[iu]\b")


_TR_GENITIVE = re.compile(r"['’](?:n?[iu]n)\b")
_TR_COMPLEMENT = re.compile(r"\w+(?:m[ae]sini|m[ae]lerini|m[ae]larini)\s+(?:\w+\s+)?\w*$")


_TR_VERBAL_NOUN = re.compile(r"m[ae](?:s[iu]\w*|y[ae]|k\w*)?$")
_TR_DATIVE_END = re.compile(r"[^aeiou](?:y?[ae])$|y[ae]$")


_TR_TOGETHER = re.compile(r"(?:'\w+)?\s+ile\s+birlikte\b")
_TR_CASE = re.compile(r"['’]\w+")


def _sov_list(sentence: _Sentence, group: list[Mention]) -> list[Mention]:
    """A Turkish subject list: "A, B ve C" with a "ve"/"ile" join and no case ending on its last member
    ("Hamas, Katar ve Mısır'ın arabuluculuğunda" is a genitive, "Umerov, tarafların" a topic comma)."""
    if len(group) < 2:
        return group
    base = sentence.span.start
    gaps = [sentence.folded[a.end - base : b.start - base] for a, b in itertools.pairwise(group)]
    if not any(re.search(r"\b(?:ve|ile)\b", g) for g in gaps):
        return group[:1]
    if _TR_CASE.match(sentence.folded[group[-1].end - base :]):
        return group[:1]
    return group
