"""The trigger prefilter: a pattern is skipped only on text it cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.coding.lexicon import Lexicon, required_literals
from chancery.nlp.text import fold
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:held|holds)\s+talks", ("talks",)),  # the longest required part
        (r"(?:met|meets)\s+\w+", ("me",)),  # "me(?:t|ets)" after factoring: weak, still right
        (r"(?:a |ont )?accept\w*", ("accept",)),
        (r"video ?call|videoconference", ("video",)),  # the parser factors out the common start
        (r"(?<!\w)(?:spoke|talked)(?!\w)", ("spoke", "talked")),
        (r"[a-z]+ment", ("ment",)),
        (r"\w+|x", None),  # an alternative without required text: always run
        (r"a\w*", None),  # one letter narrows nothing down
    ],
)
def test_required_literals_are_read_from_the_pattern(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.fixture(scope="module", params=["en", "fr", "tr"])
def lexicon(request):
    return Lexicon.load(request.param)


def _sentences(lang: str) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "devset" / "articles" / lang).glob("*.txt"))
    ]
    return [fold(s) for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def test_every_trigger_match_in_the_dev_articles_holds_a_required_literal(lexicon):
    matched = 0
    for folded in _sentences(lexicon.lang):
        candidates = {id(t) for t in lexicon.candidates(folded)}
        for trigger in lexicon.triggers:
            if trigger.pattern.search(folded):
                matched += 1
                assert id(trigger) in candidates, (trigger.pattern.pattern[:80], folded)
    assert matched > 100


@given(st.text(alphabet="abcdefghilmnoprstuvz '-çğışöü", max_size=80))
def test_the_prefilter_never_drops_a_trigger_that_matches_arbitrary_text(text):
    lexicon = _LEXICONS.setdefault("tr", Lexicon.load("tr"))
    folded = fold(text)
    candidates = {id(t) for t in lexicon.candidates(folded)}
    for trigger in lexicon.triggers:
        if trigger.pattern.search(folded):
            assert id(trigger) in candidates


_LEXICONS: dict[str, Lexicon] = {}
