"""Turkish case endings and lists, for reading doers and receivers in subject–object–verb order."""

from __future__ import annotations

import itertools
import re

from chancery.coding.lexicon import Lexicon
from chancery.coding.ontology import REACTIONS
from chancery.coding.ontology import SYMMETRIC as _SYMMETRIC
from chancery.coding.sentence import _Hit, _Sentence
from chancery.doc import Mention
from chancery.nlp.text import fold

# "Suriye topraklarındaki", "Teşkilatı içindeki", "Irak'taki": an actor inside a modifier of a later noun (not
# "A ile B arasındaki anlaşma": the pair are the parties of the act named).
_TR_MODIFIER = re.compile(r"(?:['’]\w*[dt][ae]ki\b|\s+(?!arasind)\w*[dt][ae]ki\b)")
_TR_ACCUSATIVE = re.compile(r"['’](?:y|n)?[iu]\b")
# A nationality adjective whose noun is in the accusative: "Avrupalı liderleri … çağırdı", "Rus diplomatını".
_TR_ADJECTIVE_OBJECT = re.compile(r"\s+\w+(?:leri|lari|[iu]n[iu])\b")


_TR_GENITIVE = re.compile(r"['’](?:n?[iu]n)\b")
_TR_COMPLEMENT = re.compile(r"\w+(?:m[ae]sini|m[ae]lerini|m[ae]larini)\s+(?:\w+\s+)?\w*$")


_TR_VERBAL_NOUN = re.compile(r"(?:m[ae](?:s[iu]\w*|y[ae]|k\w*)?|[ae]c[ae]g[iu]\w*)$")
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
    # "Pakistan ile Afganistan, Katar ve Türkiye'nin arabuluculuğunda …": a comma after the "ve"/"ile" join
    # closes the subject; what follows it starts the rest of the clause.
    joined = next(i for i, g in enumerate(gaps) if re.search(r"\b(?:ve|ile)\b", g))
    for i in range(joined + 1, len(gaps)):
        if re.fullmatch(r"\s*,\s*", gaps[i]):
            group = group[: i + 1]
            break
    # "ABD, Ermenistan ile Azerbaycan arasındaki anlaşmayı …": the pair "between" which is no subject.
    if len(group) >= 3 and re.match(r"(?:['’]\w*)?\s+arasind", sentence.folded[group[-1].end - base :]):
        group = group[:-2]
        gaps = gaps[: len(group) - 1]
        if len(group) == 1:
            return group
    # "Türkiye, Rusya ve Ukrayna ile görüştü": a subject comma, then the partners "with" whom.
    if re.fullmatch(r"\s*,\s*", gaps[0]) and _TR_WITH.match(sentence.folded, group[-1].end - base):
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
    r"\s+(?!(?:ve|ile|ise|de|da|ya|veya|tarafindan|arasind\w*|ayrica|dun|bugun|icin|gibi|hakkinda)\b)"
    # "Azerbaycan asıllı aileler", "Ukrayna vatandaşını": people of that state, not a compound's first half
    r"(?!(?:asilli|kokenli|uyruklu|vatandas)\w*)[a-z]"
)
# A state's name before a word for its people in the accusative or dative: "Ukrayna vatandaşını", "Rus gazetecileri".
_TR_OWN_PEOPLE = re.compile(
    r"['’]?\w*\s+(?:vatandas|kisi|gazeteci|aktivist|ogrenci|gosterici|protestocu|sivil)\w*?(?:[iu]|[iu]n[iu]|[iu]n[ae]|y[ae]|[ae])\b"
)
# "İsrail'e yönelik", "FETÖ'ye yönelik": what an act is aimed at.
_TR_TOWARDS = re.compile(r"(?:['’]\w*)?(?:\s*\([^()]{1,30}\))?\)?\s+yonelik\b")
# A police operation across Turkish provinces: "İzmir merkezli 12 ilde", "81 ilde".
_TR_PROVINCES = re.compile(r"\b(?:\w+\s+merkezli\s+)?\d+\s+il(?:de|lerde)\b")
# A dative or accusative name is the verb's goal ("İsrail'e destek veren", "Kiev'i vuran").
_TR_GOAL_CASE = re.compile(r"['’](?:y?[ae]|y?[iu]|n[iu])\b")
# "-e kadar" (until), "-medikçe" (unless): an act named there is only the condition of another.
_TR_UNTIL = re.compile(r"^[^,.;]{0,40}?\b\w+(?:[ae]n[ae]\s+kadar|[iu]nc[ae]y[ae]\s+kadar|m[ae]dikc[ae])\b")
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
    if re.search(r"(?:[iu]n[iu]|[iu]n[ae]|[iu]nd[ae]n|[iu]yl[ae])$", fold(last)):
        return False  # "İsveç Başbakanını", "Rusya Dışişleri Bakanına": a role word with a case ending
    return bool(_TR_BARE_MODIFIER.match(sentence.folded, mention.end - base))


# A dateline: "ANKARA (AA) -", "İSTANBUL -", "ŞAM (AA) –": the city where the story was filed, in capitals,
# with the agency in brackets, before a dash. The city reports; it does not act.
_TR_DATELINE = re.compile(r"\s*[A-ZÇĞİÖŞÜÂÎÛ][A-ZÇĞİÖŞÜÂÎÛ'’. ]{1,40}?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s+")


def tr_dateline_end(text: str) -> int:
    """Where a Turkish agency dateline at the start of the text ends (0 when there is none)."""
    found = _TR_DATELINE.match(text)
    return found.end() if found else 0


_HEADLINE_LINES = 3  # a dateline opens the first paragraph, or the one after a headline (and a subtitle)


def tr_dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where agency datelines are: at the start of the text or of the paragraph after a headline
    ("Uganda'da … 42 kişi öldü\n\nKAMPALA (AA) - …")."""
    starts = [0, *(m.end() for m in itertools.islice(re.finditer(r"\n\s*", text), _HEADLINE_LINES))]
    return [(at, found.end()) for at in starts if (found := _TR_DATELINE.match(text, at))]


# A host or mediator in the genitive: "ABD Başkanı Trump'ın ev sahipliğinde", "Erdoğan'ın arabuluculuğunda".
_TR_HOST = re.compile(
    r"['’]?(?:n?[iu]n)\s+(?:ev\s*sahipligi(?:nde|yle)|arabuluculugu(?:nda|yla)|himayesi(?:nde|yle)|"
    r"davetlisi\s+olarak|daveti\s+uzerine)\b"
)


def tr_hosts(sentence: _Sentence, hit: _Hit) -> list[Mention]:
    """The party that hosts or mediates a meeting told in the sentence ("X'in ev sahipliğinde görüştü")."""
    if hit.trigger.type != "CONSULT":
        return []
    base = sentence.span.start
    hosts = [
        m for m in sentence.parties if m.end <= hit.start and _TR_HOST.match(sentence.folded, m.end - base)
    ]
    # "Katar ve Türkiye'nin arabuluculuğunda": co-mediators joined to the one in the genitive
    earlier = [m for m in sentence.parties if m.end <= hit.start]
    for host in list(hosts):
        at = earlier.index(host)
        while at > 0 and re.fullmatch(
            r"\s*(?:,|\s+ve)\s*", sentence.folded[earlier[at - 1].end - base : earlier[at].start - base]
        ):
            at -= 1
            if earlier[at] not in hosts and re.fullmatch(
                r"\s+ve\s+", sentence.folded[earlier[at].end - base : earlier[at + 1].start - base]
            ):
                hosts.insert(0, earlier[at])
            else:
                break
    return hosts


def tr_adjective_on_name(sentence: _Sentence, mention: Mention) -> bool:
    """Whether a nationality adjective only qualifies the named group right after it ("Filistinli Hamas
    grubu", "Lübnanlı Hizbullah", "Yemenli Husiler"): the group is the actor, not the adjective's state."""
    if mention.reason != "nationality adjective":
        return False
    base = sentence.span.start
    return any(
        m.start > mention.start
        and m.code != mention.code
        and m.sector in ("REB", "PTY", "CVL", None)
        and not sentence.folded[mention.end - base : m.start - base].strip()
        for m in sentence.actors
    )


# A speech converb ending a clause of what was said: "… karşıladığını belirterek", "vurgulayarak", "ifade ederek".
_TR_CONVERB = re.compile(
    r"\b(?:belirt|vurgula|kayded|ifade ed|soyley|hatirlat|acikla|dile getir|bildir|ekley|not ed)[ae]r[ae]k\b,?\s"
)


def _tr_converb_end(sentence: _Sentence, hit: _Hit) -> int | None:
    """Where the last speech converb before the trigger ends (offset in the sentence), if any."""
    base = sentence.span.start
    ends = [m.end() for m in _TR_CONVERB.finditer(sentence.folded, 0, hit.start - base)]
    return ends[-1] if ends else None


_TR_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def tr_main_clause(sentence: _Sentence, hit: _Hit, before: list[Mention]) -> list[Mention]:
    """The names before a finite verb that belong to its own clause: after a subject participle's head
    ("… zirvesine katılan Zelenskiy, … çağırdı", "\"…\" diyen Fidan, … belirtti"), what precedes the
    participle is inside the relative clause."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base].split()
    if not word or _TR_PARTICIPLE.search(word[-1]):
        return before
    for i in range(len(before) - 1, 0, -1):
        head = before[i]
        lead = _TR_WORD_BEFORE.search(sentence.folded, max(0, head.start - base - 30), head.start - base)
        if (
            lead
            and _TR_PARTICIPLE.search(lead.group(1))
            and len(lead.group(1)) > 4
            and not any(m.start <= base + lead.start(1) < m.end for m in sentence.actors)
            and re.match(r"[^,;]*,", sentence.folded[head.end - base : hit.start - base])
        ):
            return before[i:]
    return before


# The state of the Turkish-language press: a crowd with no foreign place named gathers there.
_TR_HOME = "TUR"


def _tr_crowd_protest(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> bool:
    """Whether "protesto etti" is said of a crowd ("yüz binlerce kişi … protesto etti"): a demonstration."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    return (word.startswith("protesto") or hit.trigger.type == "PROTEST") and lexicon.cue(
        "crowd", sentence.folded[: hit.start - base]
    )


# "A ile B arasında … imzalandı", "iki ülke arasında görüşmeler yapıldı": the pair a joint act is between.
# ("arasındaki" qualifies a noun, often the topic: "iki ülke arasındaki ilişkileri görüştü".)
_TR_BETWEEN = re.compile(r"(?:['’]\w*)?\s+arasinda\b")


def tr_between(
    sentence: _Sentence, hit: _Hit, before: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The two parties of a symmetric or mutual act named in "A ile B arasında" before it (not for a
    mediation, whose mediator stands apart from the pair)."""
    if hit.trigger.cameo == "045" or not (hit.trigger.mutual or hit.trigger.type in _SYMMETRIC):
        return None
    base = sentence.span.start
    marked = [m for m in before if _TR_BETWEEN.match(sentence.folded, m.end - base)]
    if not marked:
        return None
    last = marked[-1]
    if sentence.folded[last.end - base : hit.start - base].count(",") or re.search(
        r"[.;:]", sentence.folded[last.end - base : hit.start - base]
    ):
        return None
    if last.kind == "group":
        return [last], []
    first = [
        m
        for m in before
        if m.end <= last.start
        # "Kardeş Kırgızistan ile dost Tacikistan arasında": an epithet may precede the second party
        and re.fullmatch(
            r"(?:['’]\w*)?\s+(?:ile|ve)\s+(?:\w+\s+)?", sentence.folded[m.end - base : last.start - base]
        )
    ]
    if first and first[-1].code != last.code:
        return first[-1:], [last]
    return None


def tr_summoned(
    sentence: _Sentence, hit: _Hit, before: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """An envoy summoned, in the passive: "Arjantin'in Madrid Büyükelçisi … bakanlığa çağrıldı". The envoy's
    title names the host capital (the envoy is coded to its state, the summoner), the genitive before it the
    state the envoy represents (the one protested against)."""
    base = sentence.span.start
    if hit.trigger.type != "ACCUSE" or "cagril" not in sentence.folded[hit.start - base : hit.end - base]:
        return None
    envoy = [m for m in sentence.parties if m.start <= hit.start < m.end]
    if not envoy or not before:
        return None
    owner = before[-1]
    if not re.fullmatch(r"['’]n?[iu]n\s+", sentence.folded[owner.end - base : envoy[0].start - base]):
        return None
    if owner.code == envoy[0].code:
        return None
    return envoy[:1], [owner]


# A verbal noun with a possessive ending: "göndermesiyle", "saldırmasını", "getirmesi", "vurmaları".
_TR_POSSESSED_VERBAL_NOUN = re.compile(r"m[ae](?:s[iu]|l[ae]r[iu])\w*$")


def tr_verbal_noun_subject(
    sentence: _Sentence, hit: _Hit, before: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The doer of an act told as a verbal noun is its genitive subject, the first genitive of its clause
    segment ("Fidan, İsrail'in Gazze'ye saldırmasını kınadı": Israel attacks; "Yunanistan'ın ekipler
    göndermesiyle": Greece sends); the receiver is named between them. Not for what is asked or agreed
    (the genitive there is the addressee: "İsrail'in saldırıları durdurması gerektiğini söyledi")."""
    if hit.trigger.type in ("REQUEST", "AGREE"):
        return None
    base = sentence.span.start
    words = sentence.folded[hit.start - base : hit.end - base].split()
    if not words or not _TR_POSSESSED_VERBAL_NOUN.search(words[-1]):
        return None
    if re.search(r"[ln]m[ae](?:s[iu]|l[ae]r[iu])\w*$", words[-1]):
        return None  # a passive ("onaylanması", "durdurulması"): the genitive is what is acted on
    cut = sentence.folded.rfind(", ", 0, hit.start - base)
    segment = [m for m in before if m.start - base > cut]
    genitive = [m for m in segment if _TR_GENITIVE.match(sentence.folded, m.end - base)]
    if not genitive:
        return None
    return _genitive_doer(sentence, genitive[0], segment)


def _genitive_doer(
    sentence: _Sentence, doer: Mention, segment: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """An act noun's genitive doer, and its receiver: the last other party after it in the segment that is not
    a place modifier ("Gazze'deki")."""
    base = sentence.span.start
    receivers = [
        m
        for m in segment
        if m.start > doer.start
        and m.code != doer.code
        and not _TR_MODIFIER.match(sentence.folded[m.end - base :])
        and not _tr_bare_modifier(sentence, m)
    ]
    return [doer], receivers[-1:]


# An object participle right before an act noun: "başlattığı saldırı", "düzenledikleri saldırılar",
# "yapacağı ziyaret".
_TR_OBJECT_PARTICIPLE = re.compile(r"\w+(?:[dt][iu]g|[dt][iu]kl[ae]r|[ae]c[ae]g)[iu]\s+$")
# A possessor right before its act noun, with at most place modifiers between ("İsrail'in Gazze'deki saldırıları").
_TR_POSSESSOR_GAP = re.compile(r"['’]n?[iu]n\s+(?:\S+[dt][ae]ki\s+)*$")
# A possessive ending on the act noun ("saldırıları", "saldırısını", "kararında").
_TR_POSSESSED = re.compile(r"(?:s[iu]|l[ae]r[iu])(?:n\w*)?$")


def tr_relative_act_subject(
    sentence: _Sentence, hit: _Hit, before: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The doer of an act noun is its own genitive subject, not the sentence's: the subject of the object
    participle that heads it ("Rusya'nın Ukrayna'ya başlattığı saldırının ardından": Russia attacks, Ukraine
    receives) or its possessor ("İsrail'in Gazze'deki saldırılarını"); background inside another clause."""
    if not hit.trigger.noun or not before:
        return None
    base = sentence.span.start
    lead = sentence.folded[max(0, hit.start - base - 40) : hit.start - base]
    words = sentence.folded[hit.start - base : hit.end - base].split()
    possessor = [
        m for m in before if _TR_POSSESSOR_GAP.fullmatch(sentence.folded[m.end - base : hit.start - base])
    ]
    if possessor and words and _TR_POSSESSED.search(words[-1]):
        return possessor[-1:], []
    participle = _TR_OBJECT_PARTICIPLE.search(lead)
    if not participle:
        return None
    at = hit.start - len(lead) + participle.start()
    cut = sentence.folded.rfind(", ", 0, at - base)
    segment = [m for m in before if m.start - base > cut and m.end <= at]
    genitive = [m for m in segment if _TR_GENITIVE.match(sentence.folded, m.end - base)]
    # a genitive that already has its own participle before this one is an inner clause's subject
    genitive = [
        m
        for m in genitive
        if not re.search(
            r"\w(?:[dt][iu]g|[dt][iu]kl[ae]r|[ae]c[ae]g)[iu]\s", sentence.folded[m.end - base : at - base]
        )
    ]
    if not genitive:
        return None
    return _genitive_doer(sentence, genitive[0], segment)


# A reaction's object: a possessed noun in the accusative ("saldırısını", "suçlamalarını", "kararını"), with at
# most a few adverbial words before the verb ("sert bir dille", "memnuniyetle").
_TR_REACTION_OBJECT = re.compile(r"(\w+(?:s[iu]n[iu]|l[ae]r[iu]n[iu]|[iu]n[iu]))\s+(?:[^\W\d]+\s+){0,3}?$")
# From a genitive to its possessed noun: the noun's own modifiers in between ("Kiev'e yönelik"), no comma.
_TR_GENITIVE_TO_NOUN = re.compile(r"['’]n?[iu]n\s+(?:[^,;:.]{0,50}?\s+)?")


def tr_reaction_possessor(sentence: _Sentence, hit: _Hit, before: list[Mention]) -> Mention | None:
    """Whose act a reaction verb is about, when its object names it with a genitive: "Rusya'nın Kiev'e yönelik
    saldırısını kınadı" (Russia's attack: the condemnation is of Russia, not Kyiv), "Ukrayna'nın suçlamalarını
    reddetti"."""
    if hit.trigger.type not in REACTIONS or not before:
        return None
    base = sentence.span.start
    verb = re.match(r"\w*", sentence.folded[hit.end - base :])
    word = sentence.folded[hit.start - base : hit.end - base] + (verb.group() if verb else "")
    if _TR_PARTICIPLE.search(word):
        return (
            None  # "İsveç'in üyeliğini onaylamayan müttefik": a participle describes, it reports no reaction
        )
    lead = sentence.folded[: hit.start - base]
    noun = _TR_REACTION_OBJECT.search(lead)
    if noun is None:
        return None
    noun_start = base + noun.start(1)
    owners = [
        m
        for m in before
        if m.end <= noun_start
        and _TR_GENITIVE_TO_NOUN.fullmatch(sentence.folded[m.end - base : noun_start - base])
    ]
    return owners[-1] if owners else None


def tr_genitive(sentence: _Sentence, mention: Mention) -> bool:
    """Whether the mention takes the genitive ending ("Rusya'nın"): the owner or doer of the noun after it."""
    return bool(_TR_GENITIVE.match(sentence.folded, mention.end - sentence.span.start))
