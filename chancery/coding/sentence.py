"""What the rule coder knows about one sentence while it codes it, and one trigger hit in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chancery.coding.lexicon import Trigger
from chancery.doc import Mention, Span

SOV = frozenset({"tr"})


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # offsets in the article
    end: int
    trigger: Trigger


@dataclass
class _Sentence:
    index: int
    span: Span
    folded: str  # the folded sentence (same offsets as the text, from span.start)
    actors: list[Mention]
    places: list[Mention]
    lang: str = "en"
    parties: list[Mention] = field(default_factory=list)  # the actors that are not bystanders
    parse: Any = None  # a syntactic analysis of the sentence, when a subclass provides one (spaCy coder)
    hits: list[_Hit] = field(default_factory=list)  # the sentence's triggers, found once
    doc_folded: str = ""  # the whole article folded once (status cues look across clause offsets)
