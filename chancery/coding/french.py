"""French word-order helpers: who holds captives, late passive agents, appositions, inverted subjects."""

from __future__ import annotations

import re

from chancery.coding.sentence import _Hit, _Sentence
from chancery.doc import Mention

# "pêcheurs sénégalais arrêtés la semaine dernière par", "Français détenus depuis un an au Burkina Faso":
# a participle of captivity right after the people it describes.
_FR_CAPTIVE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:detenue?s?|arretee?s?|retenue?s?|emprisonnee?s?|incarceree?s?|capturee?s?|"
    r"enlevee?s?|interpellee?s?|pris en otage|otages?)\b"
)
# What stands between the participle and its holder: the agent ("par les garde-côtes") or the place of
# captivity ("au Burkina Faso", "en Iran").
_FR_HELD_BY = re.compile(
    r"[^.;:]{0,60}?\b(?:par\s+(?:les?\s+|la\s+|l['’]|des\s+|d['’])?|(?:en|au|aux|a)\s+)$"
)
# "la libération de", "libérer les", "la remise en liberté des": what a release request or a release names.
_FR_RELEASE = re.compile(
    r"\b(?:liberation|liberer|relacher|relachement|remise en liberte|liberte)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:de|des|du|d['’])?\s*(?:[\w'’-]+\s+){0,4}$"
)
# A bare past participle, no auxiliary: "rejetée", "arrêtés", "annoncée".
_FR_PARTICIPLE = re.compile(
    r"^(?!(?:a|ont|avait|avaient|sont|est|s['’]|se)\b)\w+(?:e|ee|es|ees|is|ie|ies|u|ue|us|ues)$"
)
# A late agent: "rejetée mardi par Abidjan", up to four words between the participle and "par".
_FR_LATE_AGENT = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?par\s")
# ", qui …," / ", dont …,": a relative clause between a subject and its verb.
# ", suspendus des instances de l'organisation …,": a participle apposition likewise.
_FR_RELATIVE = re.compile(
    r",\s+(?:(?:qui|dont|que|qu['’]|ou|lequel|laquelle|lesquels|lesquelles)\s+|"
    r"\w+(?:e|ee|es|ees|is|us|ue|ues)\s+(?:de|des|du|d['’]|par|a|au|aux|en|pour|dans|depuis)\b)[^,;«»]{0,140}?,"
)
# "», a dénoncé la Finul", ", a averti un haut responsable": a reporting verb put before its subject.
_FR_INVERTED = re.compile(r"[,»”\"]\s*$")
_FR_FINITE = re.compile(
    r"(?:a|ont|avait|avaient|aura|auront|avait|s['’]|se|est|sont|etait|etaient|doit|doivent|devrait|"
    r"devraient|va|vont)\b"
)
# "pour sa précieuse médiation", "pour leur rôle dans les négociations": the reason for thanks or praise.
_FR_REASON = re.compile(
    r"\bpour\s+(?:son|sa|ses|leur|leurs)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:role|contribution|engagement|efforts?)\s+"
    r"(?:dans|a|au|aux|en faveur)\s+(?:les?\s+|la\s+|l['’]|des\s+)?)?$"
)


def holder(sentence: _Sentence, people: Mention) -> Mention | None:
    """Who holds the people named ("des pêcheurs sénégalais arrêtés par les garde-côtes mauritaniens" →
    MRT; "Français détenus au Burkina Faso" → BFA), read from the participle after them."""
    base = sentence.span.start
    after = sentence.folded[people.end - base :]
    m = _FR_CAPTIVE.match(after)
    if m is None:
        return None
    start = people.end + m.end()
    for other in sorted(sentence.actors + sentence.places, key=lambda x: x.start):
        if other.start < start or other.code == people.code:
            continue
        if not _FR_HELD_BY.fullmatch(sentence.folded[start - base : other.start - base]):
            return None
        return Mention(
            other.start, other.end, other.text, other.code, other.sector or "GOV", "actor", other.entry
        )
    return None


def released(sentence: _Sentence, hit: _Hit, mention: Mention) -> bool:
    """Whether the mention is whom a release (asked for, or done) concerns: "la libération des pêcheurs"."""
    base = sentence.span.start
    if mention.start < hit.end:
        return False
    return bool(_FR_RELEASE.search(sentence.folded[hit.start - base : mention.start - base][-90:]))


def late_agent(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether a bare participle trigger has its agent a few words on: "une accusation rejetée mardi par
    Abidjan", "arrêtés la semaine dernière par les garde-côtes"."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    return bool(_FR_PARTICIPLE.match(word)) and bool(_FR_LATE_AGENT.match(sentence.folded[hit.end - base :]))


def without_relatives(sentence: _Sentence, hit: _Hit, before: list[Mention]) -> list[Mention]:
    """The actors before the verb, without those inside a relative clause or apposition between the subject
    and the verb ("Les États-Unis, qui mènent des discussions avec les deux belligérants, ont menacé")."""
    base = sentence.span.start
    spans = list(_FR_RELATIVE.finditer(sentence.folded)) + [
        m
        for m in _FR_APPOSITION.finditer(sentence.folded)
        if _described(sentence, m, before)
        and not re.search(r"\b(?:qui|que|qu|dont|ou)\b", sentence.folded[m.end() : hit.start - base])
    ]
    for rel in spans:
        s0, e0 = base + rel.start(), base + rel.end()
        if e0 <= hit.start and any(s0 < m.start < e0 for m in before) and any(m.end <= s0 for m in before):
            if not re.fullmatch(r"(?:\s*[\w'’]+){0,3}\s*", sentence.folded[e0 - base : hit.start - base]):
                continue  # the relative clause ends right before the verb (its auxiliary, a negation)
            before = [m for m in before if not (s0 < m.start < e0)]
    return before


# ", principal soutien des indépendantistes du Front Polisario,", ", allié de Moscou,": a noun phrase in
# apposition to the subject, between it and its verb.
_FR_APPOSITION = re.compile(r",\s+(?!\w+-(?:t-)?(?:on|il|elle|ils|elles)\b)[^,;«»\"]{3,140}?,")
_FR_DETERMINER = re.compile(r"\s*(?:(?:les?|la|l['’]|des?|du|d['’]|et|ainsi que|ou)\s*)*$")


def _described(sentence: _Sentence, apposition: re.Match[str], before: list[Mention]) -> bool:
    """Whether an apposition describes the subject (words before the first actor inside it: "principal
    soutien des …") rather than continuing a list of subjects (", l'Allemagne et l'Italie ont")."""
    base = sentence.span.start
    inside = [m for m in before if apposition.start() < m.start - base < apposition.end()]
    if not inside:
        return False
    lead = sentence.folded[apposition.start() + 1 : inside[0].start - base]
    return not _FR_DETERMINER.fullmatch(lead) and not re.search(r"\b(?:et|ainsi que)\s*$", lead)


def finite(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether the trigger opens with a finite verb ("s'était rendu", "a condamné"), not a participle."""
    base = sentence.span.start
    return bool(_FR_FINITE.match(sentence.folded[hit.start - base : hit.end - base]))


def inverted_subject(sentence: _Sentence, hit: _Hit, after: list[Mention]) -> Mention | None:
    """The subject of a reporting verb put after it: "« … », a dénoncé la Finul", "…, a averti un haut
    responsable ivoirien"."""
    base = sentence.span.start
    lead = sentence.folded[: hit.start - base]
    if not _FR_INVERTED.search(lead) or not re.match(
        r"(?:a|ont|avait|avaient)\s", sentence.folded[hit.start - base : hit.end - base]
    ):
        return None
    first = after[0] if after else None
    if first is None or first.start - hit.end > 40:
        return None
    gap = sentence.folded[hit.end - base : first.start - base]
    if not re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}?(?:les?\s+|la\s+|l['’]|un\s+|une\s+|m\.\s+|mme\s+)?", gap):
        return None
    return first


def reason_noun(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether a nominal trigger is the reason for thanks or praise, not an act reported here: "a remercié le
    roi pour sa précieuse médiation", "pour leur rôle dans les négociations"."""
    base = sentence.span.start
    lead = sentence.folded[max(0, hit.start - base - 60) : hit.start - base]
    return bool(_FR_REASON.search(lead))


def participation(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether the trigger is taking part in a gathering ("a participé au sommet"): each participant meets the
    gathering's organization, not the others named with it."""
    base = sentence.span.start
    return sentence.folded[hit.start - base : hit.end - base].startswith("particip")


# "une enveloppe annoncée par l'Union européenne", "l'annonce faite vendredi par le Canada": the agent of a
# participle qualifying the object.
_FR_OBJECT_BY = re.compile(
    r"^(?![^«»]*[,;]\s*(?:qui|que|qu['’]|dont)\b).*\b\w+(?:e|ee|es|ees)\s+(?:[\w'’-]+\s+){0,2}?par\s+(?:les?\s+|la\s+|l['’])?$"
)


def object_by(gap: str) -> bool:
    """Whether the text between a reaction and an actor makes that actor the author of the object: "a rejeté
    une enveloppe annoncée par l'UE" → the EU is what Tunis rejects."""
    return bool(_FR_OBJECT_BY.match(gap))


# ", principal soutien des indépendantistes", ", fidèle allié de Moscou": a noun with no determiner right
# after a comma describes the actor before it.
_FR_APPOSED_NOUN = re.compile(
    r"(?:^|,)\s+(?:(?!(?:les?|la|l|des?|du|d|un|une|son|sa|ses|leur|leurs|ce|cette|ces)\b)[\w-]+\s+){0,2}$"
)


def apposed_noun(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether a nominal trigger heads an apposition that describes an actor ("Alger, principal soutien du
    Polisario, …"): a standing position, not an act (EVENTS.md §7)."""
    base = sentence.span.start
    if not hit.trigger.noun or hit.trigger.type not in ("SUPPORT", "AID", "COOPERATE"):
        return False
    word = sentence.folded[hit.start - base : hit.end - base]
    if not re.fullmatch(r"soutien|appui|allie\w*|partenaire\w*", word):
        return False
    return bool(_FR_APPOSED_NOUN.search(sentence.folded[max(0, hit.start - base - 40) : hit.start - base]))


# "Le groupe armé, soutenu par Kigali, a affirmé": a bare participle in an apposition describes who the
# actor is (EVENTS.md §7), it reports no act.
_FR_APPOSED_PARTICIPLE = re.compile(r",\s*$")


def apposed_participle(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether a bare participle trigger opens an apposition (", soutenu par Kigali,")."""
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    if not re.fullmatch(r"\w+(?:e|ee|es|ees|u|ue|us|ues|i|ie|is|ies)", word):
        return False
    if not re.match(r"\s+par\b", sentence.folded[hit.end - base :]):
        return False
    return bool(_FR_APPOSED_PARTICIPLE.search(sentence.folded[: hit.start - base]))


# "OTTAWA, 15 octobre 2024 -", "BAMAKO, 29 janvier 2024 (AFP) -", "PARIS (AFP) -": the dateline names where
# the story was filed, not an actor of the first sentence's acts.
_FR_DATELINE = re.compile(
    r"\s*[a-z][a-z' .-]{1,40}(?:,\s+(?:le\s+)?\d{1,2}(?:er)?\s+[a-z]+(?:\s+\d{4})?)?\s*(?:\([^()]{1,20}\)\s*)?[-–—]\s"
)


def dateline_end(folded: str) -> int:
    """Where the article's dateline ends (0 without one): the city then a date or an agency, then a dash."""
    m = _FR_DATELINE.match(folded)
    if m is None or not re.search(r"\d|\(", m.group()):
        return 0
    return m.end()


def leaves_organization(sentence: _Sentence, hit: _Hit, targets: list[Mention]) -> bool:
    """Whether a withdrawal is a state leaving an organization ("leur retrait « sans délai » de la Cédéao",
    "a quitté l'OTAN"), not troops pulling out: it cuts existing relations (a SANCTION)."""
    if hit.trigger.type != "RETREAT" or not targets or any(t.sector != "IGO" for t in targets):
        return False
    base = sentence.span.start
    word = sentence.folded[hit.start - base : hit.end - base]
    if not re.search(r"retrait|retire|quitt", word):
        return False
    gap = sentence.folded[hit.end - base : targets[0].start - base]
    return len(gap) <= 40 and not re.search(
        r"\b(?:troupes|soldats|forces|militaires|contingents?|casques bleus|observateurs)\b", gap
    )


# "pour dénoncer la Cédéao", "pour protester contre la France": what a crowd protests.
_FR_PURPOSE = re.compile(
    r"\bpour\s+(?:denoncer|protester\s+contre|condamner|fustiger|conspuer|exiger\s+le\s+depart\s+(?:de|du|des|d['’]))\s+(?:les?\s+|la\s+|l['’])?$"
)
# ", de la France, de la Belgique et des États-Unis": a list of genitives.
_FR_GENITIVES_JOINED = re.compile(r"\s*(?:,|,?\s+et)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])\s*")


def protest_purpose(sentence: _Sentence, after: list[Mention]) -> list[Mention]:
    """The actor a crowd gathers to denounce: "pour dénoncer la Cédéao"."""
    base = sentence.span.start
    return [
        m for m in after if _FR_PURPOSE.search(sentence.folded[max(0, m.start - base - 50) : m.start - base])
    ][:1]


def purpose_of_protest(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether an accusation is what a crowd protests ("se sont rassemblés … pour dénoncer"): part of the
    protest, not an act of its own."""
    base = sentence.span.start
    if hit.trigger.type != "ACCUSE" or not re.search(
        r"\bpour\s+$", sentence.folded[max(0, hit.start - base - 6) : hit.start - base]
    ):
        return False
    return any(h.trigger.type == "PROTEST" and h.end <= hit.start for h in sentence.hits)


def genitive_list(sentence: _Sentence, seed: Mention, pool: list[Mention]) -> list[Mention]:
    """The seed with the genitives listed after it: "celles du Rwanda, de la France et des États-Unis"."""
    base = sentence.span.start
    group = [seed]
    for m in pool[pool.index(seed) + 1 :]:
        if not _FR_GENITIVES_JOINED.fullmatch(sentence.folded[group[-1].end - base : m.start - base]):
            break
        group.append(m)
    return group
