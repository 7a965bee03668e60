"""Turkish case endings and lists, for reading doers and receivers in subject–object–verb order."""

from __future__ import annotations

import itertools
import re

from chancery.coding.lexicon import Lexicon
from chancery.coding.sentence import _Hit, _Sentence
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


# A subject participle: "zirveye katılan Erdoğan", "İsrail'e destek veren Batı", "tepki gösteren Bakan": the noun
# after it is its doer. Light verbs carry the participle after a nominal trigger ("destek veren").
_TR_PARTICIPLE = re.compile(r"(?:(?<![dtk])[ae]n|(?<=ed)en|y[ae]n)$")
_TR_LIGHT_PARTICIPLE = re.compile(
    r"\s+(?:\w+\s+)?(?:eden|veren|yapan|gosteren|duzenleyen|baslatan|gerceklestiren|atan|bulunan)\b(?!\s*(?:ler|lar))"
)
# A comitative partner: "Irak ile", "Mısır'la", "Irak makamlarıyla", "Putin'le".
_TR_WITH = re.compile(r"(?:['’]?\w*?)?(?:\s+[^\W\d]+?)?(?:y?l[ae]\b|\s+ile\b)")
# A case ending after a name: the name is an argument of the verb, not the first half of a compound noun
# ("AB üyelik süreci", "NATO genişlemesi").
_TR_BARE_MODIFIER = re.compile(
    r"\s+(?!(?:ve|ile|ise|de|da|ya|veya|tarafindan|arasind\w*|ayrica|dun|bugun|icin|gibi|hakkinda)\b)[a-z]"
)
# A dative or accusative name is the verb's goal ("İsrail'e destek veren", "Kiev'i vuran").
_TR_GOAL_CASE = re.compile(r"['’](?:y?[ae]|y?[iu]|n[iu])\b")
# "-e kadar" (until), "-medikçe" (unless): an act named there is only the condition of another.
_TR_UNTIL = re.compile(r"^[^,.;]{0,40}?\b\w+(?:[ae]n[ae]\s+kadar|m[ae]dikc[ae])\b")
# "… gönderdiği yönündeki iddiaları reddetti": rejecting a claim of an act denies that act.
_TR_CLAIM = re.compile(r"\byonundeki\s+(?:\w+\s+){0,2}$")


def _tr_participle_head(sentence: _Sentence, hit_start: int, hit_end: int, noun: bool) -> int | None:
    """Where the head noun of a subject participle starts, when the trigger (or its light verb) is one."""
    base = sentence.span.start
    words = re.findall(r"\w+", sentence.folded[hit_start - base : hit_end - base])
    end = hit_end - base
    if not noun and words and _TR_PARTICIPLE.search(words[-1]) and not words[-1].endswith("ken"):
        return base + end
    light = _TR_LIGHT_PARTICIPLE.match(sentence.folded, end)
    if light:
        return base + light.end()
    return None


def _tr_bare_modifier(sentence: _Sentence, mention: Mention) -> bool:
    """Whether a name stands bare before a lower-case noun: the first half of a compound ("AB üyelik süreci"),
    not an argument of the verb."""
    base = sentence.span.start
    last = mention.text.split()[-1] if mention.text.split() else ""
    if mention.reason == "nationality adjective":  # "İsrailli rehineyi": the adjective is the receiver
        return False
    if not last[:1].isupper() or "'" in last or "’" in last:
        return False
    return bool(_TR_BARE_MODIFIER.match(sentence.folded, mention.end - base))


# The state of the Turkish-language press: a crowd with no foreign place named gathers there.
_TR_HOME = "TUR"


def _tr_crowd_protest(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> bool:
    """Whether "protesto etti" is said of a crowd ("yüz binlerce kişi … protesto etti"): a demonstration."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    return word.startswith("protesto") and lexicon.cue("crowd", sentence.folded[: hit.start - base])
