"""A sentence-level fallback for the rule coder: the act between two named parties whose verb the lexicon
misses.

When a sentence names parties of two different codes and the rules coded nothing in it, a word of the
sentence may still name the act: a stem of one event type from ``lexicons/<lang>/fallback.tsv`` ("condemn*",
"kınad*"). Stems cover the inflection of French and Turkish verbs without listing their forms. The doer and
receiver are the parties nearest to the cue: in English and French the one just before it and the one just
after it; in Turkish (subject–object–verb) the nominative one before it and the nearest one before it in
another case (dative, accusative, genitive, ablative, or with "ile"). The fallback is conservative: one
act per sentence, only when all its cues name the same type, never in a question, a headline fragment or a
sentence that tells a standing situation ("since 2019", "yıllardır").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from chancery.coding.lexicon import Lexicon, Trigger
from chancery.coding.sentence import SOV, _Hit, _Sentence
from chancery.coding.turkish import _tr_bare_modifier
from chancery.doc import Mention
from chancery.kb.loader import read_tsv
from chancery.nlp.text import fold

BACKGROUND = "background"
BLOCKER = "blocker"
MAX_GAP = 70  # characters between the cue and the receiver (or, in Turkish, the doer's receiver)
_WORD = re.compile(r"\w+")
_END = frozenset(".!\"'”»’…)")
_NEVER = re.compile(r"(?!)")  # the cue's own trigger pattern is never run: the cue was found by its words


GAP = "~"  # in a cue, up to MAX_GAP_WORDS words of any kind ("expressed ~ concern": "expressed deep concern")
MAX_GAP_WORDS = 2


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]  # folded words; one ending in "*" is a stem that any longer word matches
    kind: str  # a PLOVER type, BACKGROUND or BLOCKER
    cameo: str

    def end(self, words: list[str], at: int, part: int = 0) -> int | None:
        """Where the cue ends (an index past its last word) when it starts at word ``at``, or None."""
        if part == len(self.words):
            return at
        w = self.words[part]
        if w == GAP:
            for skip in range(MAX_GAP_WORDS + 1):
                found = self.end(words, at + skip, part + 1)
                if found is not None:
                    return found
            return None
        if at >= len(words):
            return None
        if not (words[at].startswith(w[:-1]) if w.endswith("*") else words[at] == w):
            return None
        return self.end(words, at + 1, part + 1)


@dataclass(frozen=True, slots=True)
class Act:
    hit: _Hit  # the cue's words, as a trigger hit (status, date and place are read around it)
    source: Mention
    target: Mention


@cache
def cues(lang: str) -> tuple[Cue, ...]:
    path = resources.files("chancery.coding") / "lexicons" / lang / "fallback.tsv"
    return tuple(Cue(tuple(fold(cue).split()), kind, cameo) for cue, kind, cameo in read_tsv(path, 3))


def acts(
    lexicon: Lexicon, sentence: _Sentence, bounds: Callable[[_Hit], tuple[int, int]], year: int | None = None
) -> list[Act]:
    """The act the sentence's cue names between its two nearest parties, if the sentence qualifies.
    ``bounds`` gives the clause of a hit (article offsets), as the rules cut it; ``year`` is the year of
    publication, when known."""
    parties = [m for m in sentence.parties if m.kind == "actor"]
    if len({m.code for m in parties}) < 2 or not _telling(sentence) or _earlier_year(sentence, year):
        return []
    found = _cue_hits(lexicon.lang, sentence)
    if found is None or len({h.trigger.type for h in found}) != 1:
        return []
    for hit in found:
        start, end = bounds(hit)
        inside = [m for m in parties if start <= m.start < end]
        pair = (
            _tr_pair(sentence, hit, inside) if lexicon.lang in SOV else _pair(lexicon, sentence, hit, inside)
        )
        if pair is not None:
            return [Act(hit, *pair)]
    return []


def _telling(sentence: _Sentence) -> bool:
    """Whether the sentence reports: not a question, not a headline fragment without closing punctuation."""
    text = sentence.folded.rstrip()
    return bool(text) and "?" not in text and text[-1] in _END


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _earlier_year(sentence: _Sentence, year: int | None) -> bool:
    """Whether the sentence names a year before the year of publication: it tells history ("pledged
    allegiance to the group in 2019"), not the day's news."""
    return year is not None and any(int(m.group()) < year for m in _YEAR.finditer(sentence.folded))


def _cue_hits(lang: str, sentence: _Sentence) -> list[_Hit] | None:
    """The sentence's act cues as hits; None when it holds a background cue."""
    tokens = list(_WORD.finditer(sentence.folded))
    words = [t.group() for t in tokens]
    base = sentence.span.start
    out: list[_Hit] = []
    known = cues(lang)
    blockers = {c.words[0] for c in known if c.kind == BLOCKER}
    for cue in known:
        if cue.kind == BLOCKER:
            continue
        for i in range(len(words)):
            end = cue.end(words, i)
            if end is None:
                continue
            if cue.kind == BACKGROUND:
                return None
            if i > 0 and words[i - 1] in blockers:
                continue  # "the attack", "des sanctions": an act named, not reported here; "and urged"
            if lang in SOV and not _tr_finite(words, end - 1):
                continue  # "destek veren Batı", "saldırısının ardından": a participle or a verbal noun
            trigger = Trigger(_NEVER, cue.kind, None, cue.cameo, noun=False)
            out.append(_Hit(base + tokens[i].start(), base + tokens[end - 1].end(), trigger))
    return sorted(out, key=lambda h: h.start)


# A Turkish verb that reports an act: a past, evidential, progressive or future tense ("kınadı", "saldırmış",
# "istiyor", "yapacak"), or the complement of a verb of saying ("kınadığını", "vereceklerini açıkladı").
_TR_FINITE = re.compile(
    r"(?:[dt][iu](?:m|n|k|n[iu]z|l[ae]r)?|m[iu]s(?:t[iu]r|t[iu]|l[ae]r)?|[iu]?yor\w*|[ae]c[ae]k(?:t[iu]r|l[ae]r)?"
    r"|[dt][iu][gk](?:[iu]n[iu]|l[ae]r[iu]n[iu])|[ae]c[ae][gk](?:[iu]n[iu]|l[ae]r[iu]n[iu]))$"
)


_TR_LIGHT_VERB = re.compile(r"(?:et|ed|ver|bulun|yap|goster)")


def _tr_finite(words: list[str], last: int) -> bool:
    """Whether the cue's last word, or the light verb right after it ("destek verdi"), reports the act."""
    if _TR_FINITE.search(words[last]):
        return True
    light = words[last + 1] if last + 1 < len(words) else ""
    return bool(_TR_LIGHT_VERB.match(light) and _TR_FINITE.search(light))


def _pair(
    lexicon: Lexicon, sentence: _Sentence, hit: _Hit, parties: list[Mention]
) -> tuple[Mention, Mention] | None:
    """Subject–verb–object order: the party just before the cue acts on the party just after it; a passive
    cue ("was attacked by X") turns them round when its agent is named."""
    base = sentence.span.start
    before = [m for m in parties if m.end <= hit.start]
    after = [m for m in parties if m.start >= hit.end]
    if not before or not after:
        return None
    source, target = before[-1], after[0]
    if target.start - hit.end > MAX_GAP or source.code == target.code:
        return None
    if "," in sentence.folded[hit.end - base : target.start - base]:
        return None  # "ont écarté tout déploiement en Ukraine, le chancelier Scholz": past the cue's clause
    if re.search(r",\s*$", sentence.folded[: hit.start - base]) and lexicon.cue(
        "agent", sentence.folded[hit.end - base : hit.end - base + 5]
    ):
        return None  # "the group, backed by Kigali,": a participle that describes, no act reported
    if lexicon.cue("passive", sentence.folded[max(0, hit.start - base - 30) : hit.start - base]):
        if not lexicon.cue("agent", sentence.folded[hit.end - base : target.start - base]):
            return None
        source, target = target, source
    return source, target


# Case endings, read after an apostrophe ("İsrail'e") or on a role word's possessive ("Bakanlığına").
_TR_AFTER_APOSTROPHE = (
    ("gen", re.compile(r"n?[iu]n$")),
    ("acc", re.compile(r"[yn]?[iu]$")),
    ("dat", re.compile(r"[yn]?[ae]$")),
    ("abl", re.compile(r"n?[dt][ae]n$")),
    ("com", re.compile(r"y?l[ae]$")),
)
_TR_ON_ROLE = (
    ("gen", re.compile(r"[iu]n[iu]n$")),
    ("acc", re.compile(r"[iu]n[iu]$")),
    ("dat", re.compile(r"[iu]n[ae]$")),
    ("abl", re.compile(r"[iu]nd[ae]n$")),
    ("com", re.compile(r"[iu]yl[ae]$")),
    ("loc", re.compile(r"[iu]nd[ae]$")),
)
_TR_RECEIVER_CASES = frozenset({"gen", "acc", "dat", "abl", "com"})


def _tr_case(sentence: _Sentence, mention: Mention) -> str:
    """The case of a Turkish party: "nom", a case name, or "other" (a locative, a compound's first half, a
    nationality adjective whose noun carries the case)."""
    base = sentence.span.start
    rest = sentence.folded[mention.end - base :]
    if mention.reason.startswith("nationality adjective"):
        return "other"
    suffix = re.match(r"['’](\w+)", rest)
    if suffix:
        return next((case for case, p in _TR_AFTER_APOSTROPHE if p.fullmatch(suffix.group(1))), "other")
    if re.match(r"\s+ile\b", rest):
        return "com"
    words = fold(mention.text).split()
    if mention.role and words:
        found = next((case for case, p in _TR_ON_ROLE if p.search(words[-1])), None)
        if found:
            return found
    if _tr_bare_modifier(sentence, mention):
        return "other"
    return "nom"


def _tr_pair(sentence: _Sentence, hit: _Hit, parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """Subject–object–verb order: the receiver is the nearest party before the cue in a receiver's case, the
    doer the nearest nominative party before the receiver; an agent "X tarafından" is the doer of a passive,
    and the nominative party then its receiver."""
    base = sentence.span.start
    before = [m for m in parties if m.end <= hit.start]
    if len(before) < 2:
        return None
    agents = [m for m in before if re.match(r"(?:['’]\w+)?\s+tarafindan\b", sentence.folded[m.end - base :])]
    cases = {id(m): _tr_case(sentence, m) for m in before}
    if agents:
        source = agents[-1]
        targets = [m for m in before if m is not source and cases[id(m)] == "nom"]
        target = targets[-1] if targets else None
    else:
        receivers = [m for m in before if cases[id(m)] in _TR_RECEIVER_CASES]
        target = receivers[-1] if receivers else None
        doers = [m for m in before if target is not None and m.end <= target.start and cases[id(m)] == "nom"]
        source = doers[-1] if doers else None
    if source is None or target is None or source.code == target.code:
        return None
    if hit.start - max(source.end, target.end) > MAX_GAP:
        return None
    return source, target
