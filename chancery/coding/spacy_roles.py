"""An optional coder that reads who did what to whom from a spaCy dependency parse.

For users who installed a spaCy pipeline with a parser (``en_core_web_sm``, ``fr_core_news_md``, a Turkish
model, or one they trained): triggers, status, dates, places and merging stay the rule coder's; only the
doer and receiver of each trigger come from the parse when it gives them: the trigger's subject (or a
passive's agent) is the doer, its object or prepositional object the receiver, with coordinated
conjuncts and without actors inside relative or adverbial clauses. Where the parse has no subject for the
trigger, the rule coder's word-order reading decides. Nothing is downloaded: ``model`` is a package name or
a folder that ``spacy.load`` opens locally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chancery.coding.rules import Lexicon, RuleCoder, _Hit, _Sentence
from chancery.doc import Article, Mention
from chancery.errors import DataError, Errors

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
OBJECTS = frozenset({"dobj", "obj", "iobj", "dative", "obl", "obl:arg"})
PREPOSITIONS = frozenset({"prep", "case"})
PREP_OBJECTS = frozenset({"pobj", "nmod", "obl"})
AGENTS = frozenset({"agent", "obl:agent"})
# Dependents whose actors belong to another clause: "Russia, which Ukraine accused, attacked …".
OTHER_CLAUSES = frozenset({"relcl", "acl", "acl:relcl", "advcl", "ccomp", "parataxis"})
# A verb without a subject of its own borrows its head's: "agreed to meet", "met and discussed".
BORROWS_SUBJECT = frozenset({"xcomp", "conj"})


@dataclass
class SpacyCoder(RuleCoder):
    """The ``coder`` stage with roles from a dependency parse (``chancery.spacy_coder.v1``)."""

    nlp: Any = None
    version: str = "chancery.spacy_coder.v1"
    model: str = ""
    parsed_roles: int = field(default=0, repr=False)  # triggers whose roles came from the parse, over the run

    @classmethod
    def load(cls, model: str) -> SpacyCoder:
        try:
            import spacy
        except ImportError as exc:
            raise DataError(
                Errors.E401, path=model, reason="spaCy is not installed: pip install 'chancery[spacy]'"
            ) from exc
        try:
            nlp = spacy.load(model)
        except OSError as exc:  # spaCy's "can't find model": never fall back to a download
            raise DataError(Errors.E401, path=model, reason=f"no local spaCy pipeline here ({exc})") from exc
        if "parser" not in nlp.pipe_names:
            raise DataError(Errors.E401, path=model, reason="the pipeline has no dependency parser")
        return cls(nlp=nlp, model=model)

    def _parses(self, article: Article) -> list[Any] | None:
        doc = self.nlp(article.text)
        return [doc.char_span(s.start, s.end, alignment_mode="expand") for s in article.sentences]

    def _roles(
        self,
        lexicon: Lexicon,
        sentence: _Sentence,
        hit: _Hit,
        before: list[Mention],
        after: list[Mention],
        clause_end: int,
    ) -> tuple[list[Mention], list[Mention]]:
        parsed = _parsed_roles(sentence.parse, hit, before + after)
        if parsed is not None:
            self.parsed_roles += 1
            return parsed
        return super()._roles(lexicon, sentence, hit, before, after, clause_end)


def _parsed_roles(span: Any, hit: _Hit, actors: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    if span is None or not actors:
        return None
    inside = [t for t in span if hit.start <= t.idx < hit.end]
    heads = [t for t in inside if not (hit.start <= t.head.idx < hit.end) or t.head == t]
    if not heads:
        return None
    verb = heads[0]
    while (
        not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in verb.children) and verb.dep_ in BORROWS_SUBJECT
    ):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    agents = [
        g for c in verb.children if c.dep_ in AGENTS for g in [c, *c.children] if g.dep_ in PREP_OBJECTS
    ]
    objects = [c for c in heads[0].children if c.dep_ in OBJECTS] + [
        g for c in heads[0].children if c.dep_ in PREPOSITIONS for g in c.children if g.dep_ in PREP_OBJECTS
    ]
    if passive:
        doers, receivers = agents, passive
    else:
        doers, receivers = subjects, objects
    sources = [m for token in doers for m in _actors_of(token, actors)]
    if not sources:
        return None
    targets = [m for token in receivers for m in _actors_of(token, actors)]
    return _unique(sources), _unique(targets)[:1] if targets else []


def _actors_of(token: Any, actors: list[Mention]) -> list[Mention]:
    """The actors a phrase stands for: those covering its head word and its conjuncts' ("Rome's ambassador
    to Madrid" is Rome's), else those inside it, but not in clauses hanging off it."""
    heads = [token, *token.conjuncts]
    covering = [m for head in heads for m in actors if m.start <= head.idx < m.end]
    if covering:
        return covering
    excluded = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in token.subtree
        if c.dep_ in OTHER_CLAUSES and c.head != c
    ]
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return [m for m in actors if start <= m.start < end and not any(s <= m.start < e for s, e in excluded)]


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    kept = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            kept.append(m)
    return kept
