"""Which trigger hits of a sentence are acts of their own: overlaps, denials, embedded and descriptive acts."""

from __future__ import annotations

import re

from chancery.coding.french import late_agent
from chancery.coding.lexicon import Lexicon
from chancery.coding.sentence import SOV, _Hit, _Sentence
from chancery.coding.turkish import _TR_CLAIM, _TR_DATIVE_END, _TR_PARTICIPLE, _TR_UNTIL, _TR_VERBAL_NOUN
from chancery.doc import Mention

EMBED_REACH = 40  # characters between a threat or reaction and the act it names
REQUEST_REACH = 60  # characters between a request and the act it asks for ("urged both sides to stop firing")
DENIAL_REACH = 16  # characters between a denial and the act denied
# "a protesté auprès de Pékin après l'agression": a noun after "after" is an act of its own, not the object.
_AFTER_WORD = re.compile(r"\b(?:apres|after|following|suite a)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s|\b(?:and|but|et|mais|ve|ama|fakat)\b")
# Material conflict that, announced or conditional, is coded as a threat of it.
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# Verbal reactions whose object may name another act ("condemned the attack", "rejected the sanctions").
REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "AGREE"})


def _triggers(lexicon: Lexicon, sentence: _Sentence) -> list[_Hit]:
    """Non-overlapping trigger hits in the sentence, longest first at each position."""
    found: list[_Hit] = []
    base = sentence.span.start
    folded = sentence.folded
    for trigger in lexicon.candidates(folded):
        for m in trigger.pattern.finditer(folded):
            found.append(_Hit(base + m.start(), base + m.end(), trigger))
    found.sort(key=lambda h: (h.start, h.start - h.end))
    kept: list[_Hit] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            continue
        if kept and hit.start - kept[-1].end < DENIAL_REACH:
            # "denied sending troops", "a démenti avoir envoyé des troupes", "saldırdığını yalanladı": the
            # denied act is coded (negated by the denial, a cue) instead of the denial itself.
            earlier, later = kept[-1], hit
            if _is_denial(lexicon, sentence, earlier) and later.trigger.type != "REJECT":
                kept[-1] = later
                continue
            if (
                lexicon.lang in SOV
                and _is_denial(lexicon, sentence, later)
                and earlier.trigger.type != "REJECT"
            ):
                continue
        if (
            kept
            and hit.trigger.noun
            and kept[-1].trigger.type in REACTIONS
            and hit.start - kept[-1].end < 16
            and not _AFTER_WORD.search(sentence.folded[kept[-1].end - base : hit.start - base])
            # "destek talep etti": in Turkish the noun before the request is its object, the request is the act
            and not (lexicon.lang in SOV and hit.trigger.type == "REQUEST")
            # "… suçlanan 16 kişiyi gözaltına aldı": a Turkish participle qualifies the noun after it
            and not (lexicon.lang in SOV and _TR_PARTICIPLE.search(_last(sentence, kept[-1])))
        ):
            continue  # "condemned the attack": the attack is the object, not a new act here ("after the attack" is)
        kept.append(hit)
    if lexicon.lang in SOV:
        # "saldırıların durdurulması", "görüşmenin ardından": a nominal act in the genitive is what a later
        # word is about, not an act reported here; unless a relative participle tells it as done ("X ile
        # gerçekleştirdiği görüşmenin ardından").
        kept = [
            h
            for h in kept
            if not (
                h.trigger.noun
                and not re.search(
                    r"\b(?:\w+[dt](?:[iu]g[iu]|[iu]kleri)|\w{3,}(?:il|ul|l|n)[ae]n)\s+(?:\w+\s+)?$",
                    sentence.folded[: h.start - base],
                )
                and re.search(r"(?:[^aeiou]|n)[iu]n$", sentence.folded[h.start - base : h.end - base])
                and re.match(
                    r"\s+(?:\w+\s+){0,2}?(?:\w+m[ae]s\w*|ardindan|sonrasinda|oncesinde|sirasinda)\b",
                    sentence.folded[h.end - base :],
                )
            )
        ]
        # "sivillere saldırdığı yönündeki suçlamaları reddetti": the claimed act is coded (denied), not a
        # rejection of its own; "yardım akışına izin verene kadar": an act in an until-clause is a condition.
        kept = [
            h
            for i, h in enumerate(kept)
            if not (
                h.trigger.type == "REJECT" and i > 0 and _TR_CLAIM.search(sentence.folded[: h.start - base])
            )
            and not _TR_UNTIL.match(sentence.folded[_last_word(sentence, h) - base :])
        ]
        # "Türkiye ve Azerbaycan, zirvede … taahhüdünde bulundu": a meeting in the locative sets the scene of
        # a later act in the sentence; it is not an act of its own.
        kept = [
            h
            for i, h in enumerate(kept)
            if not (
                h.trigger.type == "CONSULT"
                and h.trigger.noun
                and i + 1 < len(kept)
                and re.search(r"[dt][ae]$", sentence.folded[h.start - base : h.end - base])
            )
        ]
    if lexicon.lang in SOV:
        # "Azerbaycan'ı topraklarını bombalamakla suçladı", "kara harekâtı başlatmakla tehdit etti",
        # "saldırılarını durdurma çağrısında bulundu": an act told by a verbal noun ("-makla", "durdurma"), right
        # before a charge, threat or request, is what is alleged, threatened or asked for, not an act done.
        kept = [h for i, h in enumerate(kept) if not _tr_object_of_reaction(sentence, h, kept[i + 1 :])]
    # "threatened to impose sanctions", "condemned the attack": acts named only as another trigger's object.
    kept = [hit for hit in kept if not _embedded(lexicon, sentence, hit, kept)]
    if lexicon.lang == "en":
        kept = [
            h
            for h in kept
            if not _compound_modifier(sentence, h)
            and not _alleged(sentence, h)
            and not _attributive(sentence, h)
        ]
        # "pledged to settle Syria's debt", "agreed to meet again": a promise of a kind of act is that act,
        # planned (EVENTS.md §4), not an AGREE of its own.
        base = sentence.span.start
        kept = [
            h
            for h in kept
            if not (
                h.trigger.type == "AGREE"
                and any(
                    o.start >= h.end
                    and o.trigger.type not in REACTIONS
                    and o.trigger.type != "AGREE"
                    and re.fullmatch(
                        r"\s*(?:to\s+)?(?:\w+\s+)?", sentence.folded[h.end - base : o.start - base]
                    )
                    for o in kept
                )
            )
        ]
    return kept


# "accused Rabat of cooperating with Israel", "blamed Minsk for luring migrants": what the accused is said to
# have done, up to the end of the clause.
_ALLEGATION = re.compile(
    r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|suspect(?:s|ed|ing)?)\s+[^,;:.]{1,60}?\s(?:of|for)\s+"
    r"(?P<what>[^,;:.]*)"
)


def _compound_modifier(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether an English trigger is the participle of a compound adjective: "a U.N.-backed mission", "the
    Iran-backed militia", "a Saudi-led coalition" describe a body, they report no act."""
    base = sentence.span.start
    start = hit.start - base
    word = sentence.folded[start : hit.end - base].split(" ")[0]
    return (
        start >= 2
        and sentence.folded[start - 1] == "-"
        and sentence.folded[start - 2] not in " -"
        and (word.endswith("ed"))
    )


_COUNT_OR_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|these|those|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
    r"hundreds of|several|many|some|\d[\d,]*)\s+$"
)


def _attributive(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether a one-word English participle qualifies the noun after it ("released six detained Americans",
    "the expelled diplomats"): it describes people, it reports no act here."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    return (
        " " not in word
        and word.endswith("ed")
        and bool(
            _COUNT_OR_DETERMINER.search(sentence.folded[max(0, hit.start - base - 20) : hit.start - base])
        )
        and bool(re.match(r"\s+[a-z][\w-]*(?:s|men|people)\b", sentence.folded[hit.end - base :]))
    )


def _alleged(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether an English trigger names what someone is accused of ("accused North Korea of shipping
    shells to Russia"): the act is an allegation, coded as the ACCUSE, not as an act of its own."""
    base = sentence.span.start
    return any(
        base + m.start("what") <= hit.start < base + m.end("what")
        for m in _ALLEGATION.finditer(sentence.folded)
    )


def _last(sentence: _Sentence, hit: _Hit) -> str:
    """The trigger's last word (folded)."""
    base = sentence.span.start
    words = sentence.folded[hit.start - base : hit.end - base].split()
    return words[-1] if words else ""


def _last_word(sentence: _Sentence, hit: _Hit) -> int:
    """Where the trigger's last word starts: "yardım ulaştırıncaya kadar" ends in a condition's ending."""
    base = sentence.span.start
    space = sentence.folded.rfind(" ", hit.start - base, hit.end - base)
    return hit.end if space < 0 else base + space


def _is_denial(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> bool:
    base = sentence.span.start
    return hit.trigger.type == "REJECT" and lexicon.cue(
        "denial", sentence.folded[hit.start - base : hit.end - base]
    )


def _embedded(lexicon: Lexicon, sentence: _Sentence, hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether ``hit`` is not an act of its own but the object of another trigger right next to it:
    what a threat threatens with ("threatened to impose sanctions", "menacé de réactiver les sanctions",
    "yaptırım uygulamakla tehdit etti"), or the act a reaction condemns or rejects, named by a noun
    ("condemned the attack", "a condamné les frappes"; the reaction's receiver is that act's doer)."""
    if hit.trigger.type == "THREATEN":
        return False
    base = sentence.span.start
    words = re.findall(r"\w+", sentence.folded[hit.start - base : hit.end - base])
    for other in hits:
        if other is hit:
            continue
        if other.trigger.type == "REQUEST" and sentence.lang == "fr" and late_agent(sentence, hit):
            continue  # "la libération des pêcheurs arrêtés par les garde-côtes": the arrest was done, not asked
        if other.trigger.type == "THREATEN" or (other.trigger.type == "REQUEST" and sentence.lang == "fr"):
            pass  # "a appelé à cesser les hostilités": what is asked, not done
        elif (
            other.trigger.type in ("REQUEST", "MOBILIZE", "AID")
            and sentence.lang == "en"
            and hit.start >= other.end
        ):
            # "called on Rwanda to withdraw its forces": what is asked for is not an act of its own.
            gap = sentence.folded[other.end - base : hit.start - base]
            if (
                len(gap) <= 60
                and re.search(r"\bto\s+(?:\w+\s+)?$", gap)
                and not re.search(r"[.;:!?]|\band\b", gap)
            ):
                return True
            continue
        elif other.trigger.topic and hit.trigger.type == "CONSULT" and hit.start >= other.end:
            # "discussed the prospects for a new round of talks": the talks are the topic.
            if hit.start - other.end <= 60 and not re.search(
                r"[.;:!?]", sentence.folded[other.end - base : hit.start - base]
            ):
                return True
            continue
        elif other.trigger.type in ("ACCUSE", "REJECT"):
            if not any(w in lexicon.act_nouns for w in words):
                continue
        elif (
            sentence.lang in SOV
            and other.trigger.type in ("REQUEST", "AGREE")
            and hit.trigger.type != other.trigger.type
            and (
                _TR_VERBAL_NOUN.search(words[-1] if words else "")
                or (_TR_DATIVE_END.search(words[-1] if words else "") and other.start - hit.end <= 2)
                # "Almanya'dan destek talep etti", "ateşkes istedi": a noun right before the verb is what is asked
                or (
                    other.trigger.type == "REQUEST"
                    and other.start - hit.end <= 1
                    and len(words) == 1
                    and not re.search(r"(?:[dt][iu]|m[iu]s|yor|[ae]r[ae]k|[iu]p|ken)$", words[0])
                )
                # "yaptırımları sertleştirmeye çağırdı": the noun is the object of what is asked
                or re.fullmatch(r"\s+\w+m[ae]y[ae]\s+", sentence.folded[hit.end - base : other.start - base])
                # "esir takası konusunda anlaştı": what is agreed on
                or re.fullmatch(
                    r"\s+(?:konusunda|uzerinde|hususunda)\s+",
                    sentence.folded[hit.end - base : other.start - base],
                )
            )
        ):
            # "ateşkes ilan etme çağrısında bulundu", "işbirliğini derinleştirme kararı aldı", "toplantıya çağırdı":
            # a verbal noun, or a noun in the dative right before the verb, is what is asked or agreed; a converb
            # ("saldırıyı kınayarak … çağırdı") is an act of its own.
            pass
        else:
            continue
        if sentence.lang in SOV:
            if hit.end > other.start:
                continue
            gap = sentence.folded[hit.end - base : other.start - base]
        else:
            if hit.start < other.end:
                continue
            gap = sentence.folded[other.end - base : hit.start - base]
        reach = REQUEST_REACH if other.trigger.type == "REQUEST" else EMBED_REACH
        if sentence.lang == "fr" and other.trigger.type in ("ACCUSE", "REJECT") and _AFTER_WORD.search(gap):
            continue  # "a protesté auprès de Pékin après l'agression": what prompted it, told as an act
        if len(gap) <= reach and not _CLAUSE_BREAK.search(gap):
            return True
    return False


_RELATIVE_BEFORE = {"fr": re.compile(r"\bqui\s+$"), "en": re.compile(r"\b(?:who|which|that)\s+$")}


def _standing(text: str, hit: _Hit, lang: str, actors: list[Mention]) -> bool:
    """A trigger in the present tense in a relative clause on an armed group describes what the group does,
    not an act reported here (EVENTS.md §7): "DAESH qui ciblent la Turquie", "militias that attack convoys".
    ("l'Élysée, qui salue la coopération" does report an act.)"""
    relative = _RELATIVE_BEFORE.get(lang)
    found = relative.search(text, max(0, hit.start - 10), hit.start) if relative else None
    if found is None or not any(m.sector == "REB" and 0 <= found.start() - m.end <= 3 for m in actors):
        return False
    verb = text[hit.start : hit.end].split()[0].lower() if text[hit.start : hit.end].strip() else ""
    if lang == "fr":
        return verb.endswith(("e", "es", "ent")) and not verb.endswith(("é", "ée", "és", "ées"))
    return not verb.endswith("ed") and verb not in ("struck", "shot", "fought", "met", "held", "sent", "gave")


_TR_WITH_VERBAL_NOUN = re.compile(r"m[ae]kl[ae]$")  # "bombalamakla suçladı": the charge's content
_TR_STOP_NOUN = re.compile(r"\s+(?:\w+\s+)?\w+m[ae](?:s[iu]n[iu]|y[iu]|s[iu]|s[iu]na)?\s+$")


def _tr_object_of_reaction(sentence: _Sentence, hit: _Hit, later: list[_Hit]) -> bool:
    """Whether a Turkish act trigger is the content of the charge, threat or request that comes next."""
    if (
        hit.trigger.type in REACTIONS
        or not later
        or later[0].trigger.type
        not in (
            "ACCUSE",
            "THREATEN",
            "REQUEST",
        )
    ):
        return False
    base = sentence.span.start
    gap = sentence.folded[hit.end - base : later[0].start - base]
    if len(gap) > 40 or _CLAUSE_BREAK.search(gap):
        return False
    return bool(_TR_WITH_VERBAL_NOUN.search(_last(sentence, hit)) or _TR_STOP_NOUN.fullmatch(gap))
