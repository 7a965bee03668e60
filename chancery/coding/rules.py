"""The rule coder: PLOVER events from triggers, resolved actors and clause structure.

For each sentence it finds event triggers (``lexicons/<lang>/events.tsv``) and,
within the trigger's clause, reads who acts on whom the way each language orders
them: in English and French the doer is the actor just before the verb (with
the actors coordinated to it: "Fidan and Blinken discussed"), the receiver the
first actor after it; a passive agent ("attacked by X", "par X", "X
tarafından") is the doer; nominal triggers take their pair from "between X and
Y"; in Turkish (subject–object–verb) the doer is the first actor of the clause
and the receiver the last one before the verb. Status comes from cues around
the trigger (``cues.tsv``: will / devrait / -ecek, not / ne…pas / -me, if / si
/ -se), the date from the clause's date phrase (:mod:`chancery.coding.dates`),
the place from the clause's place mention. Every report of the same (type,
dyad) in a document becomes one event with one evidence entry per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from chancery.coding import fallback, french
from chancery.coding.dates import resolve
from chancery.coding.lexicon import Lexicon
from chancery.coding.merge import merge_event
from chancery.coding.ontology import EVENT_TYPES, REACTIONS, SYMMETRIC, goldstein
from chancery.coding.sentence import SOV, _Hit, _Sentence
from chancery.coding.triggers import FORCE, _standing, _triggers
from chancery.coding.turkish import (
    _TR_ACCUSATIVE,
    _TR_ADJECTIVE_OBJECT,
    _TR_COMPLEMENT,
    _TR_GENITIVE,
    _TR_GOAL_CASE,
    _TR_HOME,
    _TR_MODIFIER,
    _TR_OWN_PEOPLE,
    _TR_PROVINCES,
    _TR_TOGETHER,
    _TR_TOWARDS,
    _TR_WITH,
    _sov_list,
    _tr_bare_modifier,
    _tr_converb_end,
    _tr_crowd_protest,
    _tr_participle_head,
    tr_adjective_on_name,
    tr_between,
    tr_dateline_end,
    tr_dateline_spans,
    tr_genitive,
    tr_hosts,
    tr_main_clause,
    tr_reaction_possessor,
    tr_relative_act_subject,
    tr_summoned,
    tr_verbal_noun_subject,
)
from chancery.doc import Article, Event, Evidence, Mention, PartialDate
from chancery.kb.resolve import DOMESTIC_SECTORS
from chancery.nlp.text import fold

# "France and Germany", "France, Germany and Italy", "Paris et Berlin", "Türkiye ve Azerbaycan".
_JOINED = re.compile(
    r"\s*(?:,|/|,?\s+(?:and|et|ve|ile|&|ainsi que|as well as))\s*(?:the\s+|l[ae]s?\s+|l['’]|d[ue]s?\s+|de\s+l[ae']\s*)?\s*",
    re.IGNORECASE,
)
# "alliés de l'OTAN", "the allies of NATO": an actor in a genitive is not the subject.
_GENITIVE = re.compile(r"\b(?:of|of the|de|du|des|de la|de l|d)\s*['’]?\s*$")
# French nominal frames: "le soutien des États-Unis … à l'Ukraine", "la condamnation par les États-Unis du PKK".
_FR_OF = re.compile(r"^\s*(?:des|du|de la|de l['’]|de|d['’])\s*$")
_FR_BY = re.compile(r"^\s*par\s+(?:les?\s+|la\s+|l['’])?$")
_FR_BY_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?par\s+(?:les?\s+|la\s+|l['’]|des\s+|d['’])?(?:[\w-]+\s+)?"
)
_FR_TO = re.compile(r"\b(?:a|au|aux|envers|contre|pour)\b")
_BETWEEN = re.compile(r"\b(?:between|entre|arasinda\w*)\b")
_PRONOUN = re.compile(
    r"^\W*(?:he|she|they|il|elle|ils|elles|o|onlar|(?:ses|son|sa|leurs?|its|their)\s+\w+)\b", re.IGNORECASE
)
MAX_TARGET_GAP = 70  # characters between a verb and its receiver
# Adjectives that follow a French act noun before its complement ("les frappes aériennes répétées de l'armée").
_FR_ACT_ADJECTIVES = re.compile(
    r"(?:\s+(?:aeriennes?|militaires?|meurtrieres?|armees?|massives?|repetees?|recentes?|sanglantes?|violentes?"
    r"|terroristes?|nocturnes?|ciblees?|terrestres?|navales?|indiscriminees?|brutales?|continues?|incessantes?"
    r"|presumees?|repetes?|recents?|aeriens?|massifs?|violents?|brutaux|nouvelles?|nouveaux?))*"
)
_OF_GAP = re.compile(r"\s*(?:of|by|from|de|du|des|d'|de la|de l'|par)\s*(?:the\s+|l[ae]s?\s+|l')?")
# Participles and nominal triggers that belong to the sentence's subject: ", accusing", "following talks with".
_SUBJECT_LEAD = re.compile(
    r"(?:,\s*|\b(?:and|et)\s+(?:also\s+|aussi\s+)?|\b(?:following|after|during|before|amid|apres|lors|suite)\s+"
    r"(?:[\w-]+\s+){0,3})$"
)


@dataclass
class RuleCoder:
    name: str = "coder"
    version: str = "chancery.rule_coder.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "mentions"})
    assigns: frozenset[str] = frozenset({"events"})
    _lexicons: dict[str, Lexicon] = field(default_factory=dict, repr=False)
    # Type the act of a two-party sentence the rules left uncoded from its words (coding/fallback.py). Off by
    # default (--coder-option fallback=on): right on the dev sets (3 of 3) but 2 of 6 on the untouched ones.
    use_fallback: bool = False

    def lexicon(self, lang: str | None) -> Lexicon:
        key = lang if lang in ("en", "fr", "tr") else "en"
        if key not in self._lexicons:
            self._lexicons[key] = Lexicon.load(key)
        return self._lexicons[key]

    def __call__(self, article: Article) -> Article:
        lexicon = self.lexicon(article.lang)
        folded = fold(article.text)
        events: dict[tuple[str, ...], Event] = {}
        previous: list[Mention] = []
        mentions = sorted(article.mentions, key=lambda m: m.start)
        if lexicon.lang == "tr":  # "ANKARA (AA) - …": the dateline's city is no actor of the first sentence
            filed = tr_dateline_spans(article.text)
            mentions = [m for m in mentions if not any(s <= m.start < e for s, e in filed)]
        parses = self._parses(article)
        dateline = french.dateline_end(folded) if lexicon.lang == "fr" else 0
        for index, span in enumerate(article.sentences):
            inside = [m for m in mentions if span.start <= m.start < span.end and m.start >= dateline]
            sentence = _Sentence(
                index, span, folded[span.start : span.end],
                [m for m in inside if m.kind in ("actor", "group")], [m for m in inside if m.kind == "place"],
                lexicon.lang,
            )  # fmt: skip
            sentence.parties = [m for m in sentence.actors if not _bystander(lexicon, sentence, m)]
            if lexicon.lang == "tr":
                sentence.parties = [m for m in sentence.parties if not tr_adjective_on_name(sentence, m)]
            sentence.parse = parses[index] if parses else None
            sentence.doc_folded = folded
            names = [(m.start, m.end) for m in inside]
            sentence.hits = _triggers(lexicon, sentence)
            coded = False
            for hit in sentence.hits:
                if any(s <= hit.start and hit.end <= e for s, e in names):
                    continue  # "Groupe de soutien à l'islam…" is a name, not a SUPPORT
                for event in self._events(article, lexicon, sentence, hit, previous, list(events.values())):
                    merge_event(events, event)
                    coded = True
            if self.use_fallback and not coded:
                for event in self._fallback_events(article, lexicon, sentence):
                    merge_event(events, event)
            # "He said…" refers to an actor named outside quotation marks (the speaker), not one quoted.
            unquoted = [m for m in sentence.actors if not _quoted(article.text, span.start, m.start)]
            if unquoted:
                previous = unquoted
        article.events = list(events.values())
        return article

    def _fallback_events(self, article: Article, lexicon: Lexicon, sentence: _Sentence) -> list[Event]:
        """The fallback's act in a sentence the rules coded nothing in, built like a trigger's event (status,
        date, place from its clause) and named ``fallback:…`` in its rule."""
        out = []
        year = article.published.year if article.published else None
        for act in fallback.acts(lexicon, sentence, lambda hit: _clause(lexicon, sentence, hit), year):
            start, end = _clause(lexicon, sentence, act.hit)
            event = self._event(
                _Clause(lexicon, article, sentence, act.hit, start, end), act.source, act.target
            )
            event.rule = f"fallback:{event.rule}"
            out.append(event)
        return out

    def _parses(self, article: Article) -> list[Any] | None:
        """One syntactic analysis per sentence, or None: the rule coder reads word order only."""
        return None

    # -- one trigger ---------------------------------------------------------------------------

    def _events(
        self,
        article: Article,
        lexicon: Lexicon,
        sentence: _Sentence,
        hit: _Hit,
        previous: list[Mention],
        reported: list[Event],
    ) -> list[Event]:
        hosts = tr_hosts(sentence, hit) if lexicon.lang == "tr" else []
        if not hosts:
            return self._hit_events(article, lexicon, sentence, hit, previous, reported)
        # "A ile B, C'nin ev sahipliğinde bir araya geldi": the guests meet each other at a third party's, and
        # each guest meets (visits) the host.
        guests = replace(sentence, parties=[m for m in sentence.parties if m not in hosts])
        out = self._hit_events(article, lexicon, guests, hit, previous, reported)
        meetings = list(out)
        for host in hosts:  # "Katar ve Türkiye'nin arabuluculuğunda": each co-mediator is visited
            for event in meetings:
                event.mode = "third-party"
                for code, actor, sector in (
                    (event.source, event.source_actor, event.source_sector),
                    (event.target, event.target_actor, event.target_sector),
                ):
                    if code in {h.code for h in hosts} or any(
                        {e.source, e.target} == {code, host.code} for e in out
                    ):
                        continue
                    out.append(
                        replace(
                            event, source=code, source_actor=actor, source_sector=sector, target=host.code,
                            target_actor=host.text, target_sector=host.sector, mode="visit", cameo="042",
                            evidence=list(event.evidence), contexts=list(event.contexts),
                        )
                    )  # fmt: skip
        return out

    def _hit_events(
        self,
        article: Article,
        lexicon: Lexicon,
        sentence: _Sentence,
        hit: _Hit,
        previous: list[Mention],
        reported: list[Event],
    ) -> list[Event]:
        if _standing(article.text, hit, lexicon.lang, sentence.actors):
            return []
        crowd = lexicon.lang in SOV and _tr_crowd_protest(lexicon, sentence, hit)
        if crowd:
            # "yüz binlerce kişi … saldırılarını protesto etti": a crowd demonstrates, it does not accuse
            hit = _Hit(hit.start, hit.end, replace(hit.trigger, type="PROTEST", mode="demo", cameo="141"))
        clause_start, clause_end = _clause(lexicon, sentence, hit)
        clause = _Clause(lexicon, article, sentence, hit, clause_start, clause_end)
        actors = [m for m in sentence.parties if clause_start <= m.start < clause_end]
        # "iki Rus diplomatı sınır dışı etti": a name whose last word is the trigger's first counts as before it
        # (not one that ends inside that word: "Dışişleri Bakanlığına çağrıldı"); a summons names the envoy
        # inside its trigger ("Büyükelçisi … Bakanlığa çağrıldı") and reads it as the receiver by its own rule.
        before = [
            m
            for m in actors
            if m.end <= hit.start
            or (
                m.start < hit.start
                and hit.trigger.type != "ACCUSE"
                and not re.match(r"\w", article.text[m.end : m.end + 1])
            )
        ]
        # A name inside the trigger counts as after it: "provide Ukraine with".
        after = [m for m in actors if m.start > hit.start]
        if lexicon.lang == "fr" and french.purpose_of_protest(sentence, hit):
            return []  # "se sont rassemblés … pour dénoncer la Cédéao": what the protest is about
        if (
            lexicon.lang == "fr"
            and hit.trigger.type == "PROTEST"
            and "assaut" in sentence.folded[hit.start - sentence.span.start : hit.end - sentence.span.start]
            and not lexicon.cue("people", sentence.folded[: hit.start - sentence.span.start])
        ):  # "les rebelles ont pris d'assaut la ville": armed men storming a place attack it
            hit = _Hit(hit.start, hit.end, replace(hit.trigger, type="ASSAULT", mode=None, cameo="190"))
            clause = _Clause(lexicon, article, sentence, hit, clause_start, clause_end)
        if lexicon.lang == "fr" and (
            french.apposed_noun(sentence, hit)
            or (hit.trigger.type == "SUPPORT" and french.apposed_participle(sentence, hit))
        ):
            return []  # "Alger, principal soutien du Polisario,", "le groupe, soutenu par Kigali,": who it is
        if (
            lexicon.lang == "fr"
            and french.reason_noun(sentence, hit)
            and any(h.trigger.type == "SUPPORT" and h.end <= hit.start for h in sentence.hits)
        ):
            return []  # "a remercié le roi pour sa médiation": why he thanks, not an act reported here
        sources, targets = self._roles(lexicon, sentence, hit, before, after, clause_end)
        # "Uganda'nın batısında … düzenlenen saldırıda", "in western Uganda": a region of a country is where
        # the act happens, not who does it (it may still be what is hit).
        sources = [m for m in sources if not _region(lexicon, sentence, m)]
        if _object_of_reaction(lexicon, sentence, hit, sources):
            return []  # "condemned the arrest of the observers": the one condemning did not arrest them
        owner = tr_reaction_possessor(sentence, hit, before) if lexicon.lang == "tr" else None
        if owner is not None and all(_two_parties(s, owner) for s in sources):
            targets = [
                owner
            ]  # "Rusya'nın Kiev'e yönelik saldırısını kınadı": the reaction is to Russia's act
        if lexicon.lang == "fr" and not sources:
            sources, targets, after = _french_unnamed_doer(
                sentence, hit, before, after, targets, reported, lexicon, article
            )
        if hit.trigger.topic:  # "discussed the war in Ukraine": only a partner "with" whom is a receiver
            after = [m for m in after if _partner(sentence, hit, m)]
            targets = [m for m in targets if _partner(sentence, hit, m)]
        paired = bool(targets)  # the receiver came with the doer ("between X and Y"), not from proximity
        speaker = self._quote_speaker(article, lexicon, sentence, hit, previous)
        if speaker:
            # "“…, we will respond …,” he said": "we" in a quotation is its speaker.
            sources = speaker
        condition = _condition_span(lexicon, sentence)
        if condition and speaker and not (condition[0] <= hit.start < condition[1]):
            inside = [m for m in sentence.actors if condition[0] <= m.start < condition[1]]
            if inside:
                targets = inside
        elif (
            condition
            and not (condition[0] <= hit.start < condition[1])
            and (
                clause.status in ("conditional", "planned")
                or _quoted(article.text, sentence.span.start, hit.start)
                or hit.trigger.type == "THREATEN"
            )
        ):  # only for the act the if-clause conditions, not "…,” he said during a visit
            # "If the Americans continue, our forces will strike": those in the if-clause are the targets,
            # the doer is named outside it (often the speaker: "Saree said").
            inside = [m for m in sentence.actors if condition[0] <= m.start < condition[1]]
            outside = [m for m in sentence.actors if not condition[0] <= m.start < condition[1]]
            if inside and outside:
                # "Paris, London and Berlin threatened …, if Iran …": coordinated doers outside stay doers.
                kept = [m for m in sources if not condition[0] <= m.start < condition[1]]
                # "warned that his fighters would treat the Kenyans as invaders unless the government…": in
                # English, an object named between the verb and the condition is the one threatened.
                direct = [
                    m
                    for m in after
                    if lexicon.lang == "en"
                    and hit.end <= m.start < condition[0]
                    and m.start - hit.end <= MAX_TARGET_GAP
                    and m not in kept
                    # "Katz warned that Israel would act … if Hezbollah…": the doer's own side restated
                    and all(m.code != s.code for s in kept or outside[:1])
                ]
                sources, targets = kept or outside[:1], direct[:1] or inside
        if previous and re.search(
            r"-t-(?:il|elle)\s+(?:\w+\s+)?$",
            sentence.folded[max(0, hit.start - sentence.span.start - 20) : hit.start - sentence.span.start],
        ):
            # "« Si le gouvernement continue… », a-t-elle averti": the speaker is the last sentence's actor
            targets = targets or [m for m in sources if m.code != previous[0].code][-1:]
            sources = previous[:1]
        if not sources and (
            _PRONOUN.match(article.text[sentence.span.start : hit.start])
            or re.search(
                r"[”\"],?\s+(?:he|she)\s+(?:\w+\s+){0,4}$", sentence.folded[: hit.start - sentence.span.start]
            )
        ):
            sources = previous[:1]  # "He said…": the last sentence's first actor carries over
        if (
            lexicon.lang == "tr"
            and not sources
            and targets
            and hit.trigger.type == "COERCE"
            and _TR_PROVINCES.search(sentence.folded)
        ):
            # "İzmir merkezli 12 ilde düzenlenen operasyonda … gözaltına alındı": Turkish police operations
            sources = [Mention(hit.start, hit.end, "", _TR_HOME, "COP", "actor", None, "the police")]
        if lexicon.lang in SOV and not sources and targets and previous:
            # "Heyet ayrıca Nijer Başbakanı … ile de bir araya geldi": a dropped subject is the last sentence's
            sources = [m for m in previous if all(_two_parties(m, t) for t in targets)][:1]
        if lexicon.lang in SOV and hit.trigger.mode == "multilateral" and not targets:
            # "Zirveye katılan Erdoğan": the summit is the organization's named before ("NATO … Zirvesi")
            doer_codes = {m.code for m in sources}
            targets = [
                m
                for m in sorted(article.mentions, key=lambda m: m.start)
                if m.kind == "actor" and m.sector == "IGO" and m.end <= hit.start and m.code not in doer_codes
            ][-1:]
        if crowd:
            # the crowd: civilians of the country where it gathers (a foreign capital named), else the press's own
            # (with no place named, the country of the story's dateline: "SEUL — … binlerce kişi …")
            where = [p for p in sentence.places if clause_start <= p.start < hit.start][-1:]
            filed = tr_dateline_end(article.text)
            dateline = [m for m in article.mentions if m.start < filed and m.code]
            home = where[0].code if where else dateline[0].code if dateline else _TR_HOME
            # what is protested: the receiver read from the clause, else the actor named before the verb (the
            # crowd itself is no actor: "binlerce kişi İsrail'in saldırılarını protesto etti"); with none, the
            # crowd protests against its own government (EVENTS.md §3: a domestic event)
            targets = (
                [m for m in targets if m.code != home]
                or [m for m in sources + before if m.code != home and m.sector != "CVL"][-1:]
                or [Mention(hit.start, hit.end, "", home, "GOV", "actor", None, "the crowd's government")]
            )
            sources = [Mention(hit.start, hit.end, "", home, "CVL", "actor", None, "protesters")]
        if hit.trigger.type == "PROTEST" and lexicon.lang == "en":
            # "thousands rallied outside Georgia's parliament", "protesters stormed parliament": the crowd is
            # the civilians of the country whose institution (or place) they protest at.
            # "Protesters in Niamey rallied", "rallied outside the French embassy in Niamey": the city they
            # gather in says whose people they are before the institution they gather at does.
            venue = [m for m in after if m.start - hit.end <= MAX_TARGET_GAP][:1]
            base = sentence.span.start
            city = [
                p
                for p in sentence.places
                if clause_start <= p.start < clause_end
                and (
                    p.end <= hit.end  # before the verb, or inside a trigger that spans it
                    or any(
                        re.fullmatch(r"\s*in\s+", sentence.folded[end - base : p.start - base])
                        for end in [hit.end] + [m.end for m in venue]
                    )
                )
            ][:1]
            where = city or venue or [p for p in sentence.places if clause_start <= p.start < clause_end][:1]
            if not [m for m in sources if m.sector == "CVL"] and where:
                sources = [Mention(hit.start, hit.end, "", where[0].code, "CVL", "actor", None, "protesters")]
        if (
            hit.trigger.type == "PROTEST"
            and lexicon.lang == "fr"
            and not [m for m in sources if m.sector == "CVL"]
            and lexicon.cue("people", sentence.folded)
        ):
            # "des milliers de manifestants se sont rassemblés devant l'ambassade de France à Niamey": the crowd
            # is the people of the place it gathers in (else of the institution it gathers before).
            venue = [m for m in after if m.start - hit.end <= MAX_TARGET_GAP][:1]
            home = [p for p in sentence.places if clause_start <= p.start < clause_end][:1] or venue
            if home:
                sources = [Mention(hit.start, hit.end, "", home[0].code, "CVL", "actor", None, "protesters")]
            # "pour dénoncer la Cédéao": what the crowd denounces; "ont pris d'assaut plusieurs ambassades,
            # dont celles du Rwanda, de la France et des États-Unis": each embassy's state.
            purpose = french.protest_purpose(sentence, after)
            if purpose:
                targets = purpose
            elif (targets and targets[0] in after) or (not targets and venue and not hit.trigger.noun):
                targets = french.genitive_list(sentence, (targets or venue)[0], after)
        subjects = _distinct(_expand(sources))
        if (
            hit.trigger.cameo == "042"
            and subjects
            and all(_force_unit(lexicon, m, article.text[m.end : m.end + 30]) for m in subjects)
        ):
            return []  # "Kenyan police officers arrived in Haiti": a deployment, not a diplomatic visit
        joined = lexicon.lang == "fr" and french.participation(sentence, hit)
        if joined and not targets and not [m for m in after if m.sector == "IGO"]:
            # "n'ont pas participé au sommet": the summit reported before, of the organization that held it
            summits = [e for e in reported if e.type == "CONSULT" and e.mode == "multilateral"]
            igo = [(e.target, e.target_sector) for e in summits if e.target_sector == "IGO"] + [
                (e.source, e.source_sector) for e in summits if e.source_sector == "IGO"
            ]
            if igo:
                code, sector = igo[-1]
                targets = [Mention(hit.start, hit.end, "", code, sector, "actor", None, "the summit's host")]
        # "Türkiye ve Azerbaycan, Rusya ile görüştü": each doer meets the partner "with" whom, not each other.
        partnered = lexicon.lang in SOV and any(
            _TR_WITH.match(sentence.folded, m.end - sentence.span.start) for m in targets
        )
        if (
            hit.trigger.type in SYMMETRIC
            and len(subjects) >= 2
            and not (joined and targets)
            and not partnered
        ):
            # "Erdogan and Macron discussed the war": the act is between the coordinated actors.
            return [
                self._event(clause, a, b)
                for i, a in enumerate(subjects)
                for b in subjects[i + 1 :]
                if _two_parties(a, b)
            ][: 6 if self._all_pairs(clause) else 1]
        codes = {m.code for m in subjects}
        referred, noun_end = self._referred_act(lexicon, sentence, hit) if subjects else (None, 0)
        word = sentence.folded[hit.start - sentence.span.start : hit.end - sentence.span.start]
        lead_text = sentence.folded[
            max(0, hit.start - sentence.span.start - 12) : hit.start - sentence.span.start
        ]
        if (
            lexicon.lang == "en"
            and hit.trigger.type == "SUPPORT"
            and word == "support"
            and re.search(r"(?:\b(?:its|their|his|her|our|the|a|of)|'s)\s+$", lead_text)
        ):
            # the noun "support": its doer is the possessor right before ("Ankara's support"), its receiver the
            # complement right after ("support for Kyiv"), not a name further inside ("for the plan for Gaza").
            if not re.search(r"'s\s+$", lead_text) or not before:
                return []
            sources = before[-1:]
            base_ = sentence.span.start
            targets = [
                m
                for m in after
                if re.fullmatch(
                    r"\s+(?:for|to|of)\s+(?:the\s+)?", sentence.folded[hit.end - base_ : m.start - base_]
                )
            ][:1]
            if not targets:
                return []
        relative_end = _relative_clause_end(sentence, hit)
        if relative_end is not None:
            # "Morawiecki, who visited a border post on Tuesday, blamed Lukashenko": the act inside the
            # relative clause has no receiver outside it.
            after = [m for m in after if m.start < relative_end]
        if sources and sources[0].start > hit.start and not hit.trigger.noun:
            after = []  # "was shot down by X with help from Y": the doer is the agent; no receiver after it
        # "mediated the agreement together with Egypt": a co-doer, not a receiver.
        co = [
            m
            for m in after
            if re.search(
                r"\b(?:together with|along with|alongside|jointly with|in cooperation with)\s+(?:the\s+)?$",
                sentence.folded[max(0, m.start - sentence.span.start - 30) : m.start - sentence.span.start],
            )
        ]
        if co:
            codoers = _joined_receivers(sentence, co[:1], after)
            after = [m for m in after if m not in codoers]
        # "put its forces on alert and asked the UN Security Council": a receiver is not past the next
        # verb coordinated by "and".
        base = sentence.span.start
        for other in sentence.hits:
            if other.start >= hit.end and re.search(
                r"\band\s+(?:\w+\s+){0,2}$", sentence.folded[hit.end - base : other.start - base]
            ):
                after = [m for m in after if m.start < other.start]
                break
        if hit.trigger.type == "ACCUSE" and re.search(
            r"(?:complaint|protest|lawsuit)$", sentence.folded[hit.start - base : hit.end - base]
        ):
            # "filed a complaint with the UN Security Council": the body complained to is the forum, not the accused.
            after = [
                m
                for m in after
                if not (
                    m.sector in ("IGO", "JUD")
                    and re.fullmatch(
                        r"\s*(?:with|to|at|before)\s+(?:the\s+)?",
                        sentence.folded[hit.end - base : m.start - base],
                    )
                )
            ]
        if hit.trigger.type == "REQUEST" and re.search(
            r"\bfor$", sentence.folded[hit.start - base : hit.end - base]
        ):
            # "called for a ceasefire", "an appeal for Congo", "called for pressure on Russia": what or whom it is
            # for is not the addressee; only "called for Russia to withdraw" names one.
            after = [
                m for m in after if re.match(r"\s+to\s", sentence.folded[m.end - base : m.end - base + 4])
            ]
        if hit.trigger.type == "MOBILIZE" and subjects:
            # "Kenya deployed 400 police officers to Haiti": the doer's own forces are what is moved, not the
            # receiver; the receiver is where they go.
            own = {s.code for s in subjects}
            after = [m for m in after if not (m.code in own and m.sector in ("MIL", "COP"))]
        if not targets:
            # The receiver follows the verb closely; one far along the clause usually belongs to another act,
            # and one after the act noun is that act's receiver ("condemned the attack on Ukraine").
            near = [
                m
                for m in after
                if not any(not _two_parties(s, m) for s in subjects)
                and m.start - hit.end <= _target_gap(lexicon, hit)
                and (
                    not re.search(
                        r",\s*(?:qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles)\b|\bpar\s+(?:\w+\s+|\w+['’]){0,2}$",
                        sentence.folded[hit.end - sentence.span.start : m.start - sentence.span.start],
                    )
                    or (
                        lexicon.lang == "fr"
                        and hit.trigger.type in ("ACCUSE", "REJECT", "SUPPORT")
                        and french.object_by(
                            sentence.folded[hit.end - sentence.span.start : m.start - sentence.span.start]
                        )
                    )
                )
                and not _modifier(sentence, m)
                and not (
                    hit.trigger.type == "ASSAULT"
                    and _NEAR_BORDER.search(
                        sentence.folded[hit.end - sentence.span.start : m.start - sentence.span.start]
                    )
                )
                and not (
                    sentence.lang == "en"
                    and _SUBORDINATE.search(
                        sentence.folded[hit.end - sentence.span.start : m.start - sentence.span.start]
                    )
                )
                and not (
                    referred is not None
                    and hit.trigger.type in ("ACCUSE", "REJECT")
                    and m.start >= noun_end
                    and _after_preposition(sentence, noun_end, m)
                    and not (
                        lexicon.lang == "fr"
                        and french.object_by(
                            sentence.folded[hit.end - sentence.span.start : m.start - sentence.span.start]
                        )
                    )  # "a rejeté une proposition annoncée par la France": the author, not the act's receiver
                )
            ]
            if sentence.lang in SOV:
                near = []  # SOV: what follows the verb belongs to a later act ("zirvede, Türk dünyasıyla...")
            targets = _joined_receivers(sentence, near[:1], after) or (
                [] if hit.trigger.topic else self._place_target(hit, sentence)
            )
        base = sentence.span.start
        if (
            not targets
            and hit.trigger.type in ("ASSAULT", "COERCE")
            and any(m.sector in ("COP", "MIL") for m in subjects)
            and _acts_on_people(lexicon, sentence, hit)
        ):
            # "police opened fire on the crowds", "police detained dozens of people", "la police a tiré des gaz
            # lacrymogènes sur les manifestants": a state's security forces acting on unnamed people act on their
            # own country's civilians.
            doer = next(m for m in subjects if m.sector in ("COP", "MIL"))
            targets = [_civilians(hit, doer.code)]
        if (
            not targets
            and hit.trigger.type == "REQUEST"
            and any(m.sector in ("GOV", "COP", "MIL") for m in subjects)
            and lexicon.cue("addressed_people", sentence.folded[hit.end - base : hit.end - base + 60])
        ):
            # "le chef de l'armée népalaise a exhorté (dans une allocution) les manifestants à cesser": a state's
            # authorities addressing unnamed people (cues.tsv "addressed_people") address their own civilians.
            doer = next(m for m in subjects if m.sector in ("GOV", "COP", "MIL"))
            targets = [_civilians(hit, doer.code)]
        if not targets and subjects and hit.trigger.type in ("ACCUSE", "REJECT", "SUPPORT"):
            # "condemned the attempted coup in Gabon", "a condamné la tentative de coup d'État au Gabon",
            # "Gabon'daki darbe girişimini kınadı": the coup is the country's own (its army), so the reaction
            # goes to that country: the place joined to the coup (cues.tsv coup_place), else the article's.
            home = _coup_country(article, lexicon, sentence, hit)
            if home is not None and home not in codes:
                targets = [Mention(hit.start, hit.end, "", home, "MIL", "actor", None, "the coup's country")]
        if (
            not targets
            and lexicon.lang == "fr"
            and hit.trigger.type == "RETREAT"
            and subjects
            and re.search(r"\b(?:pays|territoire)$", sentence.folded[hit.start - base : hit.end - base])
        ):
            # "les soldats français stationnés au Tchad ont quitté le pays": the country is the place named
            # before in the sentence.
            where = [p for p in sentence.places if p.end <= hit.start and p.code not in codes][-1:]
            if where:
                targets = [replace(where[0], sector="GOV", kind="actor", reason="the country left")]
        if (
            not targets
            and lexicon.lang == "fr"
            and hit.trigger.type == "PROTEST"
            and not hit.trigger.noun  # a verb ("ont décrété une grève"), not the noun "manifestants" in passing
            and subjects
            and all(m.sector in ("CVL", "LAB", "OPP", "EDU") for m in subjects)
        ):
            # "la centrale syndicale bolivienne a décrété une grève générale": a country's own workers, citizens or
            # opposition protesting with no receiver named protest against their own government; protesters are
            # civilians (EVENTS.md §3).
            subjects = [replace(m, sector="CVL") if m.sector in ("LAB", "EDU") else m for m in subjects]
            own = subjects[0].code
            targets = [Mention(hit.start, hit.end, "", own, "GOV", "actor", None, "their own government")]
        if (
            not targets
            and lexicon.lang == "en"
            and subjects
            and not [m for m in sentence.actors if m.start < hit.start]
            and re.match(r"\s+(?:them|him|her)\b", sentence.folded[hit.end - base :])
        ):
            # "“We have asked them to make sure…,” he said": with its doer carried over too, the object pronoun
            # stands for the last other party named before (the speaker's own side excluded).
            targets = [m for m in reversed(previous) if all(_two_parties(s, m) for s in subjects)][:1]
        if (
            not targets
            and lexicon.lang == "en"
            and hit.trigger.type == "RETREAT"
            and subjects
            and re.match(
                r"\s+(?:\w+\s+){0,3}?(?:prisoners|detainees|inmates)\b", sentence.folded[hit.end - base :]
            )
        ):
            # "Cuba said it would release 553 prisoners": prisoners of no other nationality are the state's own.
            doer = subjects[0]
            targets = [Mention(hit.start, hit.end, "", doer.code, "CVL", "actor", None, "unnamed prisoners")]
        if (
            not targets
            and hit.trigger.type == "THREATEN"
            and re.search(
                r"represailles|riposte",
                sentence.folded[hit.start - sentence.span.start : hit.end - sentence.span.start],
            )
        ):
            # "X a promis des représailles": against those who last attacked X
            attackers = [
                e for e in reported if e.type == "ASSAULT" and e.target in codes and e.source not in codes
            ]
            if attackers:
                last = attackers[-1]
                targets = _distinct(
                    [
                        Mention(hit.start, hit.end, "", e.source, e.source_sector, "actor", None, "attacker")
                        for e in attackers
                        if e.target == last.target and e.evidence[0].sentence == last.evidence[0].sentence
                    ]
                )
        if (
            not targets
            and subjects
            and referred is None
            and lexicon.lang == "en"
            and not [m for m in sentence.parties if hit.end <= m.start < clause_end]
        ):
            # "met allied leaders at the NATO-Ukraine Council and pressed for more air defence", "regretted the
            # decision and rejected the pretexts": a verb coordinated to the last one shares its receiver.
            targets = _shared_receivers(sentence, hit, codes, reported)
            if not targets and re.search(r"\balso\s+$", sentence.folded[: hit.start - base]):
                # "The US imposed sanctions on Russia… Britain also froze the assets of six officials": "also"
                # repeats the last act of the kind, on the same receiver.
                same = [e for e in reported if e.type == hit.trigger.type and e.source not in codes]
                targets = [
                    Mention(
                        hit.start,
                        hit.end,
                        "",
                        e.target,
                        e.target_sector,
                        "actor",
                        None,
                        "receiver of the act repeated",
                    )
                    for e in same[-1:]
                    if e.target not in codes
                ]
        if not targets and re.search(
            r"\w+ant$", sentence.folded[hit.start - sentence.span.start : hit.end - sentence.span.start]
        ):
            # "Washington a suspendu son partenariat avec Tbilissi, dénonçant un recul": the main verb's receiver
            targets = [m for m in before if m not in subjects and all(_two_parties(s, m) for s in subjects)][
                -1:
            ]
        if (
            not targets
            and hit.trigger.type == "COERCE"
            and subjects
            and all(s.sector in ("COP", "MIL", "GOV", "JUD", "SPY") for s in subjects)
            and lexicon.cue("people", sentence.folded)
        ):
            # "150 personnes ont été arrêtées par la police": unnamed people (cues.tsv "people") of the same
            # country: a domestic act. Not "suspects", who are usually a named group's members.
            targets = [_civilians(hit, subjects[0].code, "unnamed people")]
        if lexicon.lang == "fr" and hit.trigger.type == "REQUEST":
            # "a demandé la libération de deux gendarmes détenus au Burkina Faso": asked of whoever holds them
            captives = [m for m in after if french.released(sentence, hit, m)][:1]
            held = french.holder(sentence, captives[0]) if captives else None
            if held is not None and all(_two_parties(s, held) for s in subjects):
                targets = [held]
        if lexicon.lang == "fr" and not targets and subjects and _coordinated_verb(sentence, hit):
            # "ont jugé ces attaques « injustifiables » et exigé qu'elles cessent": the second verb of the
            # same doers has the first one's receivers
            shared = [
                (e.target, e.target_sector)
                for e in reported
                if e.source in codes
                and e.target not in codes
                and any(ev.sentence == sentence.index for ev in e.evidence)
            ]
            targets = [
                Mention(hit.start, hit.end, "", code, sector, "actor", None, "the first verb's receiver")
                for code, sector in dict.fromkeys(shared)
            ]
        if (
            lexicon.lang == "fr"
            and not targets
            and hit.trigger.type == "ACCUSE"
            and referred is None
            and len({m.code for m in sentence.parties}) == len(codes)
        ):
            # "« Ce sont des crimes de guerre », a dénoncé Zelensky": with nobody else named, the condemnation
            # is of whoever last attacked the one condemning.
            attackers = [
                e for e in reported if e.type == "ASSAULT" and e.target in codes and e.source not in codes
            ]
            if attackers:
                last = attackers[-1]
                targets = [
                    Mention(
                        hit.start, hit.end, "", last.source, last.source_sector, "actor", None, "attacker"
                    )
                ]
        referred = referred if not targets else None
        if referred is not None:
            # "Beijing rejected the protest", "Iran condemned the strikes": the receivers are the doers of the
            # last reported act of the kind the noun names (all of them: "US and British strikes").
            earlier = [e for e in reported if e.source not in codes]
            kind = [e for e in earlier if e.type in referred] or [e for e in earlier if e.target in codes]
            if kind:
                last = kind[-1]
                if last.type in SYMMETRIC:
                    # "condemned the exercise": every party to the joint act reported with the last one.
                    where = {ev.sentence for ev in last.evidence}
                    parties = []
                    for e in kind:
                        if e.type == last.type and where & {ev.sentence for ev in e.evidence}:
                            parties += [(e.source, e.source_sector), (e.target, e.target_sector)]
                elif hit.trigger.type == "REJECT" and [e for e in kind if e.target in codes]:
                    # "Tbilisi rejected the criticism": every critic whose act was aimed at the one rejecting.
                    parties = [(e.source, e.source_sector) for e in kind if e.target in codes]
                else:
                    parties = [
                        (e.source, e.source_sector)
                        for e in kind
                        if e.type == last.type
                        and (e.target == last.target or {e.source, e.target} == {last.source, last.target})
                    ]
                targets = _distinct(
                    [
                        Mention(
                            hit.start, hit.end, "", code, sector, "actor", None, "doer of the act referred to"
                        )
                        for code, sector in parties
                        if code not in codes
                    ]
                )[-4:]
        if hit.trigger.domestic and subjects:
            # "the interior minister resigned", "declared martial law": an act a state's official or body does on
            # its own country is domestic (EVENTS.md §3), X→X, whoever else the clause names; not what a
            # condition waits for ("until Ruto resigns") nor an organization's act.
            doer = subjects[0]
            side = "GOV" if doer.sector in DOMESTIC_SECTORS else "CVL"
            targets = (
                []
                if doer.sector == "IGO"
                or re.search(
                    r"\b(?:until|unless|jusqu'a ce que|tant que)\b[^,;.]{0,40}$",
                    sentence.folded[: hit.start - base],
                )
                else [
                    Mention(hit.start, hit.end, "", doer.code, side, "actor", None, "the doer's own country")
                ]
            )
        if not targets and subjects and hit.trigger.type in REACTIONS:
            # "condemned the detention of the observers and urged Harare to …", "…alınmasını kınayarak Harare
            # yönetiminden … istedi": a reaction with no receiver of its own shares the next act's, when that act
            # is coordinated to it (the same doer).
            targets = [
                Mention(hit.start, hit.end, "", m.code, m.sector, "actor", None, "receiver of the act after")
                for m in _next_act_receivers(lexicon, sentence, hit, codes)
            ]
        if (
            not targets
            and subjects
            and hit.trigger.type in _NEEDS_RECEIVER
            and not hit.trigger.noun
            and {m.code for m in sentence.parties} <= {s.code for s in subjects}
        ):
            # "Iran threatened to retaliate", "Pakistan rejected the claims", "Seoul condemned the launch": with no
            # receiver named, an act of one of the two states the article is about is aimed at the other.
            partner = _main_partner(article, sentence, {s.code for s in subjects})
            if partner is not None:
                targets = [
                    Mention(hit.start, hit.end, "", partner, "GOV", "actor", None, "the other main party")
                ]
        if (
            hit.trigger.mutual
            and len(subjects) == 1
            and len(targets) == 1
            and targets[0].start > hit.start
            and lexicon.cue_is("mutual_partner", sentence.folded[hit.start - base : targets[0].start - base])
        ):
            # "India clashed with Pakistan", "a signé un accord avec la Grèce": the partner "with" whom (cues.tsv
            # mutual_partner) is the other side.
            paired = True
        if hit.trigger.mutual and not (
            len(subjects) >= 2 or (paired and len(subjects) == 1 and len(targets) == 1)
        ):
            return []  # "the heaviest clashes since…": a mutual act needs both parties named
        if hit.trigger.mutual:
            # "clashes between X and Y", "X and Y signed an agreement": two records, X→Y and Y→X.
            one, other = (
                (subjects[0], _expand(targets)[0]) if len(subjects) == 1 else (subjects[0], subjects[1])
            )
            return [self._event(clause, a, b) for a, b in ((one, other), (other, one)) if _two_parties(a, b)]
        if lexicon.lang == "fr" and french.leaves_organization(sentence, hit, _expand(targets)):
            # "ont annoncé leur retrait de la Cédéao": leaving an organization cuts ties with it
            hit = _Hit(hit.start, hit.end, replace(hit.trigger, type="SANCTION", mode=None, cameo="161"))
            clause = _Clause(lexicon, article, sentence, hit, clause.start, clause.end)
        out = [
            self._event(clause, s, t)
            for s in subjects
            for t in _distinct(_expand(targets))
            if _two_parties(s, t)
        ][:4]
        guests = _distinct(_expand(targets))
        if (
            hit.trigger.type == "CONSULT"
            and re.match(r"host", sentence.folded[hit.start - sentence.span.start :])
            and len(guests) >= 2
            and _two_parties(guests[0], guests[1])
        ):
            # "is set to host X and Y in Luanda": the guests meet each other, at a third party's.
            out.append(self._event(clause, guests[0], guests[1]))
        return out

    def _roles(
        self,
        lexicon: Lexicon,
        sentence: _Sentence,
        hit: _Hit,
        before: list[Mention],
        after: list[Mention],
        clause_end: int,
    ) -> tuple[list[Mention], list[Mention]]:
        base = sentence.span.start
        # A passive agent is the doer: "was attacked by X", "attaqué par X", "X tarafından".
        if lexicon.lang == "en" and len(before) >= 2:
            # "Starmer, attending his first NATO summit, said…", "Lourenco, the African Union's mediator, is
            # set to host…": an actor inside an apposition or participle clause is not the subject.
            for ins in re.finditer(
                r",\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|\w+ing\s+|who\s+|whose\s+|which\s+)[^,;]{0,80}?,",
                sentence.folded,
            ):
                s0, e0 = base + ins.start(), base + ins.end()
                if (
                    e0 <= hit.start
                    and any(s0 < m.start < e0 for m in before)
                    and any(m.end <= s0 for m in before)
                ):
                    before = [m for m in before if not (s0 < m.start < e0)]
        if lexicon.lang == "fr" and len(before) >= 2:
            before = french.without_relatives(sentence, hit, before)
        passive = lexicon.cue(
            "passive", sentence.folded[max(0, hit.start - base - 24) : hit.start - base]
        ) or bool(
            re.match(r"(?:a|ont|avait|avaient) ete ", sentence.folded[hit.start - base : hit.end - base])
        )
        if (
            passive
            and lexicon.lang == "en"
            and re.match(r"\w+ing\b", sentence.folded[hit.start - base :])
            and not re.search(r"\b(?:which|who|that)\s+(?:is|are)\s+$", sentence.folded[: hit.start - base])
        ):
            # "it was suspending ties with X": a progressive, not a passive ("X, which is supporting Y" describes
            # a standing situation, left as before).
            passive = False
        if passive:
            for m in after:  # "was attacked by X", "a été attaqué par X": the agent is the doer
                gap = sentence.folded[hit.end - base : m.start - base]
                if len(gap) < 90 and lexicon.cue("agent", gap):
                    return _coordinated(sentence, [m], after, forward=True), before[-1:]
        elif (
            not hit.trigger.noun
            and lexicon.lang not in SOV
            and (
                lexicon.cue("agent", _word_slice(sentence.folded, hit.end - base, 6))
                or (lexicon.lang == "fr" and french.late_agent(sentence, hit))
            )
        ):
            # A reduced passive ("the resolution, drafted by Britain"): the agent is the doer, and the receiver,
            # if any, is named right before the participle.
            agents = [m for m in after if m.start - hit.end < 40]
            if agents:
                close = [
                    m
                    for m in before
                    if hit.start - m.end < 25
                    and not re.search(r"\b(?:and|or|by)\b", sentence.folded[m.end - base : hit.start - base])
                ]
                if not close and lexicon.lang == "fr" and self._noun_before(lexicon, sentence, hit):
                    # "une accusation rejetée mardi par Abidjan": the receiver is whoever made the accusation
                    return _coordinated(sentence, agents[:1], after, forward=True), []
                return (
                    (_coordinated(sentence, agents[:1], after, forward=True), close[-1:])
                    if close
                    else ([], [])
                )
        if lexicon.lang in SOV:
            agent = [
                m for m in before if lexicon.cue("agent", sentence.folded[m.end - base : m.end - base + 40])
            ]
            if agent:
                # "heyet … Tiani tarafından kabul edildi": the receiver is another party, not the agent's own state
                others = [m for m in before if m not in agent and _two_parties(agent[0], m)]
                return agent[:1], others[-1:]
            pair = (
                tr_between(sentence, hit, before)
                or tr_summoned(sentence, hit, before)
                or tr_verbal_noun_subject(sentence, hit, before)
                or tr_relative_act_subject(sentence, hit, before)
            )
            if pair is not None:
                return pair
            head = _tr_participle_head(sentence, hit.start, hit.end, hit.trigger.noun)
            if head is not None:
                # "zirveye katılan Erdoğan", "İsrail'e destek veren Batı": the noun after a subject participle
                # does the act, those before it receive it; a head that names no actor leaves no doer.
                heads = [m for m in after if 0 <= m.start - head <= 2]
                if not heads:
                    return [], []
                doers = _coordinated(sentence, heads[:1], after, forward=True)
                objects = [
                    m
                    for m in before
                    if all(_two_parties(d, m) for d in doers) and not _tr_bare_modifier(sentence, m)
                ]
                goals = [m for m in objects if _TR_GOAL_CASE.match(sentence.folded, m.end - base)]
                return doers, (goals or objects)[-1:]
            before = tr_main_clause(sentence, hit, before)
            if len(before) == 1 and _TR_WITH.match(sentence.folded, before[0].end - base):
                # "Heyet ayrıca Nijer Başbakanı … ile de bir araya geldi": the partner is named, the doer is not
                return [], before
            if (
                before
                and _TR_TOWARDS.match(sentence.folded, before[0].end - base)
                and not [
                    m
                    for m in before[1:]
                    if not _TR_TOWARDS.match(sentence.folded, m.end - base)
                    and not re.match(r"\s+merkezli\b", sentence.folded[m.end - base :])
                ]
            ):
                # "FETÖ'ye yönelik … operasyonda … gözaltına alındı": what the act is aimed at, with no doer named
                # ("Ankara merkezli": where the operation is based)
                return [], [m for m in before if _TR_TOWARDS.match(sentence.folded, m.end - base)][-1:]
            doers = _sov_list(sentence, _coordinated(sentence, before[:1], before, forward=True))
            partner = [m for m in before[1:] if _TR_WITH.match(sentence.folded, m.end - base)]
            if (
                hit.trigger.type in SYMMETRIC
                and partner
                and _TR_GENITIVE.match(sentence.folded, doers[0].end - base)
            ):
                # "DEAŞ'ın … olduğu belirtilen şüphelinin Irak makamlarıyla yürütülen çalışma sonucunda Türkiye'ye
                # iade edildiği": a genitive opener belongs to a noun phrase; the act is between the partner "with"
                # whom it is done and the other party named as an argument.
                sides = [
                    m
                    for m in before
                    if m.start > partner[-1].end
                    and _two_parties(partner[-1], m)
                    and not _TR_GENITIVE.match(sentence.folded, m.end - base)
                ]
                if sides:
                    return [partner[-1]], sides[:1]
            doers += [
                m for m in before if m not in doers and _TR_TOGETHER.match(sentence.folded[m.end - base :])
            ]
            own = before[-1] if len(before) > 1 else None
            if (
                own is not None
                and own.code == before[0].code
                and own not in doers
                and hit.trigger.type in ("COERCE", "ASSAULT")
                and _TR_OWN_PEOPLE.match(sentence.folded, own.end - base)
            ):
                # "iki Ukrayna vatandaşını gözaltına aldı": the doer's own citizens, a domestic act
                return doers, [replace(own, sector="CVL")]
            receivers = [
                m
                for m in before[1:]
                if m.code != before[0].code
                and m not in doers
                and (
                    # "Kosova sınırındaki birliklerini alarma geçirdi", "Eritre sınırına doğru ilerledi": forces
                    # moved to a state's border are mobilized against it
                    (hit.trigger.type == "MOBILIZE" and bool(_TR_BORDER.match(sentence.folded, m.end - base)))
                    or (
                        not _TR_MODIFIER.match(sentence.folded[m.end - base :])
                        and not _tr_bare_modifier(sentence, m)
                    )
                )
            ]
            lead = sentence.folded[max(0, hit.start - base - 30) : hit.end - base]
            if _TR_COMPLEMENT.search(lead):
                # "İsrail'in … son vermesini bekliyoruz": the genitive subject of what is asked is the receiver
                genitive = [m for m in receivers if _TR_GENITIVE.match(sentence.folded[m.end - base :])]
                converb_end = _tr_converb_end(sentence, hit)
                if converb_end is not None:
                    # "… memnuniyetle karşıladığını belirterek Macaristan'ın da … tamamlamasını beklediğini": a
                    # genitive before the converb belongs to the act it ends
                    genitive = [m for m in genitive if m.start - base >= converb_end] or genitive
                if genitive:
                    return doers, genitive[:1]
            accusative = [
                m
                for m in receivers
                if _TR_ACCUSATIVE.match(sentence.folded[m.end - base :])
                or (
                    m.reason == "nationality adjective"
                    and _TR_ADJECTIVE_OBJECT.match(sentence.folded, m.end - base)
                )
            ]
            if accusative and hit.trigger.mode == "visit":
                return doers, _distinct(accusative)  # "bugün Katar'ı, yarın ise BAE'yi ziyaret etmesi"
            if accusative and hit.trigger.type in ("THREATEN", "ACCUSE", "SUPPORT", "REQUEST", "CONSULT"):
                return doers, accusative[-1:]  # "İran'ı, Rusya'ya … yapması halinde … uyarmıştı"
            # ", … belirterek, Türkiye'nin Gazze'ye yardım ulaştırma": the receiver is in the verb's own segment
            cut = sentence.folded.rfind(", ", 0, hit.start - base)
            if cut >= 0 and receivers and any(m.start - base > cut for m in before):
                receivers = [m for m in receivers if m.start - base > cut]
            converb = _tr_converb_end(sentence, hit)
            if converb is not None:
                # "Türkiye'nin kararını memnuniyetle karşıladığını belirterek diğer ülkeleri … çağırdı": names
                # before a converb belong to its own act, not to the verb after it.
                receivers = [m for m in receivers if m.start - base >= converb]
            if receivers:  # "PKK/YPG'li teröristler", "Bakü ile Erivan arasındaki": coordinated receivers
                group = _coordinated(sentence, receivers[-1:], before, forward=False)
                return doers, [
                    m for m in group if (m in receivers or m.code != before[0].code) and m not in doers
                ]
            return doers, receivers[-1:]
        # "talks between X and Y", "a meeting in Moscow between X and Y", "la rencontre entre X et Y".
        symmetric = hit.trigger.type in SYMMETRIC or hit.trigger.mutual
        if (
            symmetric
            and after
            and _BETWEEN.search(sentence.folded[hit.start - base : after[0].start - base][:80])
            and not (  # "prête à accueillir des négociations entre Kiev et Moscou": the talks' pair
                lexicon.lang == "fr"
                and re.search(r"\ba$", sentence.folded[hit.start - base : hit.end - base])
            )
        ):
            if len(after) >= 2:
                return [after[0]], [after[1]]
            if after[0].kind == "group":
                return [after[0]], []
        if passive:
            lead_ = sentence.folded[(before[-1].end if before else base) - base : hit.start - base]
            if (
                lexicon.lang == "en"
                and hit.trigger.type == "COERCE"
                and before
                and before[-1].sector in ("GOV", "COP")
                and re.match(
                    r"\s+said\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:people|protesters|demonstrators|activists)\s+(?:had\s+been|have\s+been|were|was)\s+$",
                    lead_,
                )
            ):
                # "The Interior Ministry said 13 people had been detained": the reporting authority did it, to
                # its own civilians.
                doer = before[-1]
                return [doer], [_civilians(hit, doer.code)]
            return [], []  # "was discussed", "were attacked" with no agent: no identifiable doer
        if (
            hit.trigger.noun
            and lexicon.lang == "fr"
            and not french.finite(sentence, hit)
            and not sentence.folded[hit.start - base :].startswith("particip")
        ):  # "a participé au sommet de l'UA" is a verb: the Union is the partner, not the doer
            framed = _french_noun_frame(sentence, hit, after)
            if framed is not None:
                return framed
        lead = sentence.folded[(before[-1].end if before else sentence.span.start) - base : hit.start - base]
        if (
            lexicon.lang == "en"
            and sentence.folded[hit.start - base : hit.end - base] in lexicon.act_nouns
            and re.search(r"\b(?:said|says|told|added|announced|stated|wrote|noted)\b", lead)
            and not re.search(r"\b(?:will|would|to|could|may|might|must|shall)\s+(?:\w+ly\s+)?$", lead)
        ):
            # "Saree said that five fighters were killed in 73 air raids": the speaker did not raid.
            return [], []
        if (
            lexicon.lang == "fr"
            and before
            and re.search(r"(?:\bce\s+|,\s*)qu['’](?:il|elle|ils|elles)\s+$", lead)
        ):
            # "la Cédéao, qu'ils accusent de…": the relative pronoun's antecedent receives the act, and "ils"
            # is the sentence's subject; "ce qu'il qualifie de « menace » des États-Unis": no antecedent actor.
            first = [m for m in sentence.parties if m.end <= hit.start][:1]
            doers = _coordinated(
                sentence, first, [m for m in sentence.parties if m.end <= hit.start], forward=True
            )
            antecedent = [] if re.search(r"\bce\s+qu", lead) else before[-1:]
            if doers and all(_two_parties(d, t) for d in doers for t in antecedent):
                return doers, antecedent
        verb_after_and = re.search(r"\b(?:and|et)\s+(?:also\s+|aussi\s+)?$", lead)
        if re.search(r"\b(?:he|she)\s+(?:\w+\s+){0,3}$", lead) and lexicon.lang == "en":
            # "…, a day after announcing that he would lift": the pronoun's antecedent is the sentence's subject.
            earlier = [
                m
                for m in sentence.actors
                if m.end <= hit.start
                and not _genitive(sentence, m)
                and m.kind == "actor"
                and not _quoted(sentence.folded, 0, m.start - base)
            ]
            return earlier[:1], []  # none: "“…,” he said during a visit": the pronoun carries over (below)
        if lexicon.lang == "en" and lead.rstrip().endswith(","):
            # "“…,” the ministry said, condemning the drills": the participle's doer is the speaker just before.
            speaker = [
                m
                for m in sentence.actors
                if m.end <= hit.start
                and _REPORTED_BY.fullmatch(sentence.folded[m.end - base : hit.start - base])
            ]
            if speaker:
                return speaker[-1:], []
        apposed = (
            lexicon.lang == "fr"
            and not hit.trigger.noun
            and re.fullmatch(r"\s*,\s*", lead) is not None
            and french.finite(sentence, hit)
        )  # "Son homologue, Léon Kacou Adom, s'était rendu": the apposed name is the subject
        if (
            (hit.trigger.noun or lead.rstrip().endswith(",") or verb_after_and)
            and _SUBJECT_LEAD.search(lead)
            and not apposed
        ):
            # ", accusing X", "following talks with X": the doer is the sentence's subject.
            if _PRONOUN.match(sentence.folded):
                # "He said that Russia … and called on X": the subject is "He" (carried over).
                return [], []
            earlier = [m for m in sentence.parties if m.end <= hit.start and not _genitive(sentence, m)]
            return _coordinated(sentence, earlier[:1], earlier, forward=True), []
        if lexicon.lang == "en" and not hit.trigger.noun and _OWN_SUBJECT.search(lead):
            return [], []
        return _coordinated(sentence, before[-1:], before, forward=False), []

    @staticmethod
    def _all_pairs(clause: _Clause) -> bool:
        """Whether 3+ coordinated doers of a symmetric act each meet each other ("the US, South Korea and
        Japan began an exercise"): not co-mediators, not a denied meeting."""
        return clause.hit.trigger.cameo != "045" and clause.status != "negated"

    @staticmethod
    def _quote_speaker(
        article: Article, lexicon: Lexicon, sentence: _Sentence, hit: _Hit, previous: list[Mention]
    ) -> list[Mention]:
        if lexicon.lang != "en" or not _quoted(article.text, sentence.span.start, hit.start):
            return []
        text = article.text
        opened = max(
            text.rfind("“", sentence.span.start, hit.start), text.rfind('"', sentence.span.start, hit.start)
        )
        if not re.search(r"\b(?:we|our|us)\b", text[opened : hit.start], re.IGNORECASE):
            return []
        close = re.compile(r"[”\"]\s*,?\s*(?:(he|she|it|they)\s+)?(?:said|says|told|added|warned|wrote)\b")
        m = close.search(text, hit.end, sentence.span.end)
        if m is None:
            return []
        if m.group(1):
            return previous[:1]
        after = [a for a in sentence.actors if a.start >= m.end()]
        return after[:1]

    @staticmethod
    def _referred_act(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> tuple[frozenset[str] | None, int]:
        """The act types a reaction's object noun refers back to ("condemned the attack" → ASSAULT), and
        where that noun ends."""
        if hit.trigger.type not in ("ACCUSE", "REJECT", "THREATEN", "SUPPORT") and not (
            sentence.lang in SOV and hit.trigger.type == "REQUEST"  # "çatışmaların durdurulması çağrısı"
        ):
            return None, 0
        base = sentence.span.start
        if sentence.lang in SOV:  # "saldırıyı kınadı": the object noun comes before the verb
            # (adverbs may come between: "saldırıyı en güçlü şekilde kınadı", "adımını sert bir dille kınadı")
            start = max(0, hit.start - base - 50)
            for word in reversed(list(re.finditer(r"\w+", sentence.folded[start : hit.start - base]))[-5:]):
                if word.group() in lexicon.act_nouns:
                    return lexicon.act_nouns[word.group()], hit.start
            return None, 0
        if sentence.lang == "fr":
            words = re.findall(r"\w+", sentence.folded[hit.start - base : hit.end - base])
            auxiliaries = 0
            while auxiliaries < len(words) and words[auxiliaries] in (
                "a",
                "ont",
                "avait",
                "avaient",
                "s",
                "se",
            ):
                auxiliaries += 1
            for word in words[auxiliaries + 1 :]:  # "ont jugé ces attaques « injustifiables »": the object is
                if word in lexicon.act_nouns:  # inside the trigger, after its verb
                    return lexicon.act_nouns[word], hit.end
            noun = RuleCoder._noun_before(lexicon, sentence, hit)
            if noun is not None:  # "une accusation rejetée par Abidjan"
                return noun, hit.start
        start = hit.end - base
        wrapper = re.match(
            r"\s+what\s+(?:he|she|it|they|\w+)\s+(?:called|described as|termed)\s+", sentence.folded[start:]
        )
        if wrapper:  # "condemned what he called a new massive and indiscriminate attack"
            start += wrapper.end()
        for word in list(re.finditer(r"\w+", sentence.folded[start : start + 60]))[: 6 if wrapper else 4]:
            if word.group() in lexicon.act_nouns:
                end = start + word.end()
                if sentence.lang == "fr":  # "les frappes aériennes de l'armée": the adjectives are the noun's
                    end = _FR_ACT_ADJECTIVES.match(sentence.folded, end).end()
                return lexicon.act_nouns[word.group()], base + end
        return None, 0

    @staticmethod
    def _noun_before(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> frozenset[str] | None:
        """The act types named by the noun a bare French participle qualifies: "une accusation rejetée par
        Abidjan" → ACCUSE|REJECT."""
        if not french.late_agent(sentence, hit):
            return None
        base = sentence.span.start
        words = re.findall(r"\w+", sentence.folded[max(0, hit.start - base - 30) : hit.start - base])[-2:]
        for word in reversed(words):
            if word in lexicon.act_nouns:
                return lexicon.act_nouns[word]
        return None

    def _place_target(self, hit: _Hit, sentence: _Sentence) -> list[Mention]:
        """A place can be the receiver: a visit's host ("is set to visit Paris" → FRA), a strike's target, a
        destination ("extradited to Uzbekistan", "aid to Kyiv")."""
        if hit.trigger.type in ("ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"):
            return []
        if sentence.lang in SOV and hit.trigger.type == "CONSULT" and hit.trigger.mode != "visit":
            return []  # "Gazze'deki ateşkes müzakereleri", "Lahey kentinde yapıldı": where, not with whom
        if sentence.lang in SOV:  # "Azerbaycan'ı ziyaret edecek": the place comes before the verb
            return [p for p in sentence.places if p.end <= hit.start][-1:]
        if (
            hit.trigger.type == "CONSULT"
            and hit.trigger.mode != "visit"
            and hit.trigger.cameo not in ("042", "043")
        ):
            return []  # "a meeting in Türkiye", "talks in Istanbul": the place is where, not with whom
        base = sentence.span.start
        out = []
        for p in sentence.places:
            if p.start >= hit.end and p.start - hit.end <= MAX_TARGET_GAP:
                gap = sentence.folded[hit.end - base : p.start - base]
                if hit.trigger.type == "ASSAULT" and re.search(
                    r"\b(?:on|at|against)\b.*\bin\s+(?:the\s+)?$", gap
                ):
                    continue  # "a strike on its consulate in Damascus": the place locates the object
                out.append(p)
        return out[:1]

    def _event(self, clause: _Clause, source: Mention, target: Mention) -> Event:
        hit, sentence, lexicon = clause.hit, clause.sentence, clause.lexicon
        status = clause.status
        kind, cameo = hit.trigger.type, hit.trigger.cameo
        if (
            kind in FORCE
            and status in ("conditional", "planned")
            and not _announced_measure(kind, status)
            and not (hit.trigger.domestic and status == "planned")  # "would declare a state of emergency"
        ):
            # "our forces will strike if…": force announced or made conditional is a threat of it.
            kind, cameo = "THREATEN", "138"
        date, dated = clause.date
        place = clause.place
        mode = hit.trigger.mode
        if hit.trigger.type == "CONSULT" and mode is None and clause.phone:
            mode = "phone"
        a, b = source, target
        if hit.trigger.cameo == "043":  # the host receives: the visitor is the source
            a, b = b, a
        if (
            hit.trigger.type == "CONSULT"
            and mode is None
            and place is not None
            and not place.reason.startswith("territory")
        ):
            if place.code == a.code:
                a, b, mode = b, a, "visit"
            elif place.code == b.code:
                mode = "visit"
            else:
                mode = "third-party"
        if hit.trigger.type == "CONSULT" and mode == "visit" and place is not None and place.code == a.code:
            a, b = b, a
        if mode is not None and mode not in EVENT_TYPES[kind]:
            mode = None  # the act became another type ("will deploy troops": a threat): its mode went with it
        return Event(
            type=kind, source=a.code, target=b.code, mode=mode,
            source_actor=a.entry if a.role else None, target_actor=b.entry if b.role else None,
            source_sector=a.sector, target_sector=b.sector, date=date, status=status,
            location=place.text if place else None, cameo=cameo, goldstein=goldstein(cameo),
            evidence=[Evidence(sentence.index, sentence.span.start, sentence.span.end)],
            rule=f"{lexicon.lang}:{hit.trigger.type}:{hit.trigger.cameo}", dated=dated,
        )  # fmt: skip


@dataclass
class _Clause:
    """One trigger hit in its clause: the status, date, place and phone cue that every event it yields
    shares, each worked out once and only when an event needs it."""

    lexicon: Lexicon
    article: Article
    sentence: _Sentence
    hit: _Hit
    start: int
    end: int

    @cached_property
    def status(self) -> str:
        return _status(
            self.lexicon, self.article.text, self.sentence.doc_folded, self.hit, self.start, self.end
        )

    @cached_property
    def date(self) -> tuple[PartialDate | None, bool]:
        """The event's date, and whether it comes from its own date phrase (EVENTS.md §5)."""
        future = self.status in ("planned", "conditional")
        published = self.article.published
        phrases = self.lexicon.dates.find(self.article.text[self.start : self.end])
        if phrases:
            nearest = min(phrases, key=lambda p: abs(self.start + p.start - self.hit.start))
            resolved = resolve(nearest, published, future)
            if resolved is not None or not future:
                return resolved, resolved is not None
        return (None if future else published), False

    @cached_property
    def place(self) -> Mention | None:
        return _nearest(self.sentence.places, self.hit, self.start, self.end)

    @cached_property
    def phone(self) -> bool:
        return self.lexicon.cue("phone", self.sentence.doc_folded[self.start : self.end])


def _announced_measure(kind: str, status: str) -> bool:
    """Whether an announced act keeps its own type: "the bloc would broaden its sanctions", "ont annoncé
    qu'ils allaient annuler leurs accords" report a planned sanction, not a threat of one (a sanction made
    conditional on the other side's conduct stays a threat). The same in every language."""
    return kind == "SANCTION" and status == "planned"


# People who travel without representing their state: "Syrian migrants", "Ukrainian refugees".
_TRAVELLER_NOUNS = r"(?:refugees|migrants|asylum seekers|tourists|pilgrims|fans)"
_TRAVELLERS = re.compile(rf"\b{_TRAVELLER_NOUNS}$", re.IGNORECASE)  # the noun ends the mention
_TRAVELLERS_AFTER = re.compile(rf"\s+{_TRAVELLER_NOUNS}\b", re.IGNORECASE)  # or follows it
_FORCE_UNIT = re.compile(
    r"\b(?:troops|soldiers|forces|officers|police|policemen|personnel|peacekeepers|contingent|units|marines|"
    r"sailors|warships|fighters)$",
    re.IGNORECASE,
)


def _force_unit(lexicon: Lexicon, mention: Mention, following: str = "") -> bool:
    """Whether an English mention names armed or police units rather than a representative: units that
    arrive somewhere are deployed, they do not visit; nor do refugees or migrants who travel there
    ("Syrian migrants travelled to Germany": the adjective is the mention, the noun follows it)."""
    return lexicon.lang == "en" and (
        bool(_FORCE_UNIT.search(mention.text))
        or mention.sector == "REF"
        or bool(_TRAVELLERS.search(mention.text))
        or bool(_TRAVELLERS_AFTER.match(following))
    )


def _shared_receivers(
    sentence: _Sentence, hit: _Hit, codes: set[str], reported: list[Event]
) -> list[Mention]:
    """The receivers of the act coordinated right before this one by "and" with the same doer ("met X …
    and pressed for …"), as reported for that act in this sentence."""
    base = sentence.span.start
    earlier = [h for h in sentence.hits if h.end <= hit.start]
    if (
        not earlier
        or earlier[-1].trigger.domestic
        or not re.fullmatch(
            r"[^,;:.]*\band\s+(?:also\s+|then\s+)?",
            sentence.folded[earlier[-1].end - base : hit.start - base],
        )
    ):
        return []
    rule = f"{sentence.lang}:{earlier[-1].trigger.type}:"
    return _distinct(
        [
            Mention(
                hit.start, hit.end, "", e.target, e.target_sector, "actor", None, "receiver of the act before"
            )
            for e in reported
            if e.source in codes
            and (e.rule or "").startswith(rule)
            and any(ev.sentence == sentence.index for ev in e.evidence)
        ]
    )


_REPORTED_BY = re.compile(
    r"\s+(?:said|says|added|wrote|stated|announced|told\s+(?:reporters|journalists))(?:\s+(?:on|in|at)\s+[^,]{1,40})?,\s*"
)
# "an attack on the village of Vugizo near the border with Congo": the state locates the target.
_TR_BORDER = re.compile(r"(?:['’]\w*)?\s+(?:sinir|hudut|hudud)\w*")
_NEAR_BORDER = re.compile(
    r"\b(?:near|along|across|close to)\s+(?:the\s+|its\s+)?(?:border|frontier)s?\s+with\s+(?:the\s+)?$"
)
# A subordinate clause with a subject of its own between a name and the verb: "summoned the envoy after a
# mortar shell fired from across the border killed two people": the name is not the killer.
_OWN_SUBJECT = re.compile(r"\b(?:after|before|when|because|since|until|while|as)\s+(?:an?|the)\s+")
# ", hours after U.S. officials announced…": a receiver is not past the start of a subordinate clause.
_SUBORDINATE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|before|as|when|while|since|until|because)\s")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:]*")


def _coup_country(article: Article, lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> str | None:
    """The country of a coup named as the object of a reaction (cues.tsv coup_after, or coup_before in
    subject–object–verb order), or None when no coup is named there."""
    base = sentence.span.start
    if lexicon.lang in SOV:
        before = sentence.folded[: hit.start - base]
        found = next(
            (m for p in lexicon.cues.get("coup_before", ()) for m in [p.search(before)] if m is not None),
            None,
        )
        if found is None:
            return None
        coup_start = base + found.start()
        where = [
            p
            for p in sentence.places
            if p.end <= coup_start
            and lexicon.cue_is("coup_place", sentence.folded[p.end - base : coup_start - base])
        ][-1:]
    else:
        coup = lexicon.cue_at("coup_after", sentence.folded[hit.end - base :])
        if coup is None:
            return None
        coup_end = hit.end + coup.end()
        where = [
            p
            for p in sentence.places
            if p.start >= coup_end
            and lexicon.cue_is("coup_place", sentence.folded[coup_end - base : p.start - base])
        ][:1]
    return where[0].code if where else _leading_state(article, sentence)


def _object_of_reaction(lexicon: Lexicon, sentence: _Sentence, hit: _Hit, sources: list[Mention]) -> bool:
    """Whether the act is named, as a noun, as the object of a reaction with its doer taken from the reaction's
    subject: "condemned the arrest of the observers", "gözaltına alınmasını kınadı". The one reacting did not
    do the act; a doer of the act's own ("Russia's attack", "Rusya'nın saldırısını") keeps it. The noun is told
    by a determiner before it (cues.tsv object_noun_lead) or, in Turkish, by its accusative ending
    (object_noun_end)."""
    if (
        not sources
        or hit.trigger.type in REACTIONS
        or _gap(sentence, hit.start, hit.end).startswith(("et ", "and "))
    ):
        return False  # (a trigger that starts with "and" is a coordinated verb: "et appelé Moscou à")
    reactions = [h for h in sentence.hits if h.trigger.type in REACTIONS]
    if lexicon.lang in SOV:  # the object comes right before the reaction verb: "gözaltına alınmasını kınadı"
        verb = [h for h in reactions if 0 <= h.start - hit.end <= 40]
        phrase = _gap(sentence, hit.start, verb[0].start).rstrip() if verb else ""
        return (
            bool(phrase)
            and not re.search(r"[,;:.]", phrase)
            and lexicon.cue("object_noun_end", phrase)
            and all(s.end <= hit.start and not tr_genitive(sentence, s) for s in sources)
        )
    verb = [h for h in reactions if 0 <= hit.start - h.end <= 30]
    return (
        bool(verb)
        and lexicon.cue_is("object_noun_lead", _gap(sentence, verb[-1].end, hit.start))
        and all(s.end <= verb[-1].start for s in sources)
    )


def _gap(sentence: _Sentence, start: int, end: int) -> str:
    base = sentence.span.start
    return sentence.folded[start - base : end - base]


def _next_act_receivers(lexicon: Lexicon, sentence: _Sentence, hit: _Hit, codes: set[str]) -> list[Mention]:
    """The receiver named for the act coordinated right after this one (cues.tsv next_act: "and", "et", a
    Turkish converb "-arak"), when nobody is named in between: the next verb's object in subject–verb–object
    order, the names before the next verb in subject–object–verb order."""
    base = sentence.span.start
    later = [h for h in sentence.hits if h.start >= hit.end]
    if not later or lexicon.cue(
        "relative_lead", sentence.folded[max(0, hit.start - base - 30) : hit.start - base]
    ):
        return []  # "guerrillas that refused the deal and …": a relative clause's verb, not the sentence's act
    nxt = later[0]
    if not lexicon.cue_is(
        "next_act", sentence.folded[hit.start - base : nxt.start - base]
    ):  # from the trigger on
        return []
    if lexicon.lang in SOV:
        names = [m for m in sentence.parties if hit.end <= m.start and m.end <= nxt.start]
        return [m for m in names if m.code not in codes][:1]
    if any(hit.end <= m.start < nxt.start for m in sentence.parties):
        return []
    window = sentence.folded[nxt.end - base : nxt.end - base + 60].split(",")[0]
    names = [m for m in sentence.parties if nxt.end <= m.start < nxt.end + len(window)]
    return [m for m in names if m.code not in codes][:1]


def _relative_clause_end(sentence: _Sentence, hit: _Hit) -> int | None:
    """Where the English non-restrictive relative clause the hit stands in ends (", who visited X,")."""
    if sentence.lang != "en":
        return None
    base = sentence.span.start
    for m in _RELATIVE_CLAUSE.finditer(sentence.folded):
        if base + m.start() < hit.start < base + m.end():
            return base + m.end()
    return None


# "a U.N.-backed mission", "the Saudi-led coalition": the actor qualifies a noun, it is not the receiver.
_MODIFIER_AFTER = re.compile(r"\.?-(?:backed|led|brokered|sponsored|funded|organi[sz]ed|drafted|mediated)\b")


def _modifier(sentence: _Sentence, mention: Mention) -> bool:
    """Whether an English mention is the first half of a compound adjective ("U.N.-backed")."""
    base = sentence.span.start
    return sentence.lang == "en" and bool(_MODIFIER_AFTER.match(sentence.folded, mention.end - base))


def _word_slice(text: str, start: int, length: int) -> str:
    """``length`` characters from ``start``, run on to the end of the word cut there ("à Paris" is no
    "par")."""
    end = start + length
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _target_gap(lexicon: Lexicon, hit: _Hit) -> int:
    """How far after the verb its receiver may be: French aid announcements name the amount, then the
    purpose, then the receiver ("le déblocage d'une aide d'urgence de 50 millions d'euros pour la réparation
    du réseau électrique ukrainien")."""
    return 110 if lexicon.lang == "fr" and hit.trigger.type == "AID" else MAX_TARGET_GAP


def _coordinated_verb(sentence: _Sentence, hit: _Hit) -> bool:
    """Whether the trigger is a verb coordinated to an earlier one by "et" ("… et exigé que")."""
    base = sentence.span.start
    lead = sentence.folded[max(0, hit.start - base - 4) : hit.start - base]
    return bool(
        re.match(r"et\s", sentence.folded[hit.start - base : hit.end - base]) or re.search(r"\bet\s+$", lead)
    )


def _french_unnamed_doer(
    sentence: _Sentence,
    hit: _Hit,
    before: list[Mention],
    after: list[Mention],
    targets: list[Mention],
    reported: list[Event],
    lexicon: Lexicon | None = None,
    article: Article | None = None,
) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """Doers that French puts where the usual reading finds none, with the receivers and the actors after
    the trigger that go with them: an inverted subject ("« … », a dénoncé la Finul"), and whoever held the
    people released ("Quatre Français détenus au Burkina Faso ont été libérés"; "Une quinzaine d'entre eux
    ont été remis en liberté" after their arrest was reported)."""
    subject = french.inverted_subject(sentence, hit, after)
    if subject is not None:
        # the receiver, if any, is in what was said before the reporting verb; nothing after the subject
        return [subject], [m for m in before if _two_parties(subject, m)][-1:], []
    base = sentence.span.start
    if (
        hit.trigger.type == "COERCE"
        and before
        and re.search(r"\bete\b", sentence.folded[hit.start - base : hit.end - base])
        and before[-1].sector not in ("IGO", "REB", "CRM", None)
        and not re.search(r"\bpar\b", sentence.folded[hit.end - base :])
        and hit.start - before[-1].end <= 60
        and not re.search(r"\bpar\b", sentence.folded[before[-1].end - base : hit.start - base])
        and not re.search(r"\bpar\s+(?:\w+\s+){0,2}$", sentence.folded[: before[-1].start - base])
    ):  # the subject right before the verb, not the agent of a participle ("accusés par Ouagadougou")
        # "Le général X, chef de l'armée bolivienne, a été arrêté mercredi": a person arrested with no agent
        # named is held by the authorities of the country where it happened (a place named after the verb),
        # else by his own country's (EVENTS.md §3, a domestic act).
        patient = before[-1]
        where = [p for p in sentence.places if p.start >= hit.end and p.code][:1]
        home = where[0].code if where else patient.code
        doer = Mention(hit.start, hit.end, "", home, "COP", "actor", None, "the authorities")
        return [doer], [patient], after
    if (
        hit.trigger.type == "COERCE"
        and not before
        and lexicon is not None
        and article is not None
        and re.search(r"\bete\b", sentence.folded[hit.start - base : hit.end - base])
        and lexicon.cue("people", sentence.folded[: hit.start - base])
        and not re.search(r"\bpar\b", sentence.folded[hit.end - base :])
    ):
        # "Plus de 200 personnes ont été interpellées depuis lundi": unnamed people arrested with no agent, by
        # the authorities of the place named after the verb, else of the country the article is about.
        where = [p for p in sentence.places if p.start >= hit.end and p.code][:1]
        home = where[0].code if where else _leading_state(article, sentence)
        if home is not None:
            doer = Mention(hit.start, hit.end, "", home, "COP", "actor", None, "the authorities")
            people = _civilians(hit, home, "unnamed people")
            return [doer], [people], after
    if hit.trigger.type != "RETREAT" or not re.search(
        r"\bete\b|remise?s? en liberte", sentence.folded[hit.start - base : hit.end - base]
    ):
        return [], targets, after
    if before:
        held = french.holder(sentence, before[-1])
        if held is not None:
            return [held], before[-1:], after
        return [], targets, after
    coerced = [e for e in reported if e.type == "COERCE" and e.source != e.target]
    if coerced and not after:
        last = coerced[-1]
        return (
            [Mention(hit.start, hit.end, "", last.source, last.source_sector, "actor", None, "the captor")],
            [Mention(hit.start, hit.end, "", last.target, last.target_sector, "actor", None, "the captives")],
            after,
        )
    return [], targets, after


def _after_preposition(sentence: _Sentence, noun_end: int, mention: Mention) -> bool:
    """Whether a preposition stands between an act noun and the mention ("the attack on Ukraine"), not a
    genitive ("the proposal of Ukraine") or nothing ("les frappes ukrainiennes")."""
    base = sentence.span.start
    # French quotation marks around the noun are no preposition: "les « allégations » de Bamako".
    gap = re.sub(r"[«»]", " ", sentence.folded[noun_end - base : mention.start - base])
    return bool(re.search(r"\w", gap)) and not _OF_GAP.fullmatch(gap)


def _bystander(lexicon: Lexicon, sentence: _Sentence, mention: Mention) -> bool:
    """Whether the mention is no party to the sentence's acts: it only says where the news comes from
    ("according to Ukrainian sources", "selon Paris", "Ukrayna kaynaklarına göre"), or it is the speaker of
    a reporting clause put after what was said ("…, Fidan said", "…, a annoncé M. Anwar")."""
    base = sentence.span.start
    start, end = mention.start - base, mention.end - base
    before = sentence.folded[max(0, start - 40) : start]
    after = sentence.folded[end : end + 60]
    if lexicon.cue("source_before", before[-30:]) or lexicon.cue("source_after", after):
        return True
    if lexicon.cue("speaker_before", before):
        return True
    # "…, the ministry said", "…, his spokesman said": the reporting speaker after what was said.
    return bool(re.search(r"[,\"”»]\s*(?:the\s+|(?:his|her|its|their)\s+)?$", before)) and lexicon.cue(
        "speaker_after", after
    )


def _region(lexicon: Lexicon, sentence: _Sentence, mention: Mention) -> bool:
    """Whether the mention names a part of its country as a place (cues.tsv region_before, region_after)."""
    base = sentence.span.start
    start, end = mention.start - base, mention.end - base
    return lexicon.cue("region_before", sentence.folded[max(0, start - 40) : start]) or lexicon.cue(
        "region_after", sentence.folded[end : end + 40]
    )


def _partner(sentence: _Sentence, hit: _Hit, mention: Mention) -> bool:
    """Whether the mention is introduced as the partner of a discussion: "discussed with X", "a discuté
    avec X", "X ile ele aldı" / "X'le görüştü"."""
    base = sentence.span.start
    if mention.start >= hit.end:
        return bool(
            re.match(
                r"\s*(?:\w+\s+){0,3}?(?:with|avec)\b", sentence.folded[hit.end - base : mention.start - base]
            )
        )
    return bool(
        re.match(
            r"(?:\S*\s+ile\b|'?y?l[ae]\b)", sentence.folded[mention.end - base : mention.end - base + 20]
        )
    )


def _clause(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> tuple[int, int]:
    base = sentence.span.start
    start, end = base, sentence.span.end
    ends = {a.end for a in sentence.actors}
    starts = sorted(a.start for a in sentence.actors)
    for pattern in lexicon.cues.get("clause", ()):
        for m in pattern.finditer(sentence.folded):
            if base + m.start() in ends and _near(starts, base + m.end(), 4):
                continue  # "Denmark and the Netherlands said": a coordinated subject, not two clauses
            if base + m.end() <= hit.start:
                start = max(start, base + m.end())
            elif base + m.start() >= hit.end:
                end = min(end, base + m.start())
    return start, end


_NEEDS_RECEIVER = frozenset({"THREATEN", "REJECT", "ASSAULT", "ACCUSE"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _state_counts(article: Article, sentence: _Sentence) -> dict[str, int]:
    """How often each state has been named as an actor up to the end of this sentence, in first-named order."""
    counts: dict[str, int] = {}
    for m in article.mentions:
        if m.start >= sentence.span.end:
            break
        if m.kind == "actor" and m.sector in _STATE_SECTORS and len(m.code) == 3:
            counts[m.code] = counts.get(m.code, 0) + 1
    return counts


def _main_partner(article: Article, sentence: _Sentence, codes: set[str]) -> str | None:
    """The other of the two states the article has named most up to this sentence, when the doer is one
    of them and both are named at least twice."""
    counts = _state_counts(article, sentence)
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    if len(top) < 2 or counts[top[1]] < 2 or len(codes) != 1:
        return None
    (doer,) = codes
    return top[1] if doer == top[0] else top[0] if doer == top[1] else None


def _leading_state(article: Article, sentence: _Sentence) -> str | None:
    """The state the article has named most up to this sentence, when named at least twice and more often
    than any other."""
    counts = _state_counts(article, sentence)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _acts_on_people(lexicon: Lexicon, sentence: _Sentence, hit: _Hit) -> bool:
    """Whether unnamed people follow the act closely: in English right after it (cues.tsv "acted_on"), in
    French anywhere from the trigger to 60 characters after it (cues.tsv "people")."""
    base = sentence.span.start
    if lexicon.lang == "en":
        return lexicon.cue("acted_on", sentence.folded[hit.end - base : hit.end - base + 50])
    if lexicon.lang == "fr":
        return lexicon.cue("people", sentence.folded[hit.start - base : hit.end - base + 60])
    return False


def _civilians(hit: _Hit, code: str, why: str = "unnamed civilians") -> Mention:
    """The unnamed civilians of state ``code`` an act is done to (EVENTS.md §3: a domestic act)."""
    return Mention(hit.start, hit.end, "", code, "CVL", "actor", None, why)


def _near(sorted_offsets: list[int], offset: int, distance: int) -> bool:
    """Whether some offset lies within ``distance`` of ``offset``."""
    i = bisect_left(sorted_offsets, offset - distance)
    return i < len(sorted_offsets) and sorted_offsets[i] <= offset + distance


_TR_CONDITION = re.compile(r"\b\w+(?:rs[ae]|ms[ae]|s[ae]ydi|mesi halinde|masi halinde)\b(?=\s*,)")
_CONDITION = re.compile(r"\b(?:if|unless|si|s'il|s'ils|eger)\b[^,;.]*")


def _condition_span(lexicon: Lexicon, sentence: _Sentence) -> tuple[int, int] | None:
    """Where the sentence's if-clause is, in article offsets."""
    m = _CONDITION.search(sentence.folded)
    if m is not None:
        return sentence.span.start + m.start(), sentence.span.start + m.end()
    if lexicon.lang == "tr":  # "ABD saldırırsa, karşılık veririz": the condition ends on its verb
        verb = _TR_CONDITION.search(sentence.folded)
        if verb is not None:
            return sentence.span.start, sentence.span.start + verb.end()
    return None


def _status(lexicon: Lexicon, text: str, folded: str, hit: _Hit, clause_start: int, clause_end: int) -> str:
    before = folded[max(clause_start, hit.start - 60) : hit.start]
    after = folded[hit.start : min(clause_end, hit.end + 40)]
    clause = _conditioning_segments(folded, clause_start, clause_end, hit)
    if not hit.trigger.negative and (lexicon.cue("negated", before) or lexicon.cue("negated_after", after)):
        return "negated"
    if (
        lexicon.cue("conditional", clause)
        or lexicon.cue("conditional_after", after)
        or lexicon.cue("conditional_before", before)
    ):
        return "conditional"
    if lexicon.lang == "tr" and hit.trigger.negative and hit.trigger.type == "REJECT":
        return "occurred"  # "kabul etmeyeceğini açıkladı": the refusal is made now, whatever the tense
    if (
        (lexicon.cue("planned", before) and not lexicon.cue("not_planned", before))
        or lexicon.cue("planned_after", after)
        or lexicon.cue("planned_end", folded[hit.end : clause_end])
    ):
        return "planned"
    return "occurred"


def _conditioning_segments(folded: str, start: int, end: int, hit: _Hit) -> str:
    """The text whose "if" conditions the trigger: its own comma-segment, and the segment before it when
    that one opens with the "if" ("If X attacks, we will respond"); not a neighbour's condition
    ("ready to respond if Europe attacks, accusing Europe of…")."""
    cuts = [start] + [start + m.end() for m in re.finditer(r",", folded[start:end])] + [end]
    index = next(i for i in range(len(cuts) - 1) if cuts[i] <= hit.start < cuts[i + 1] or i == len(cuts) - 2)
    own = folded[cuts[index] : cuts[index + 1]]
    if index > 0:
        previous = folded[cuts[index - 1] : cuts[index]]
        if re.match(r"\W*(?:if|unless|si|s'il|eger)\b", previous) or index == 1:
            own = previous + own
    return own


def _genitive(sentence: _Sentence, mention: Mention) -> bool:
    base = sentence.span.start
    return bool(_GENITIVE.search(sentence.folded[max(0, mention.start - base - 8) : mention.start - base]))


def _french_noun_frame(
    sentence: _Sentence, hit: _Hit, after: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """Doers and receivers of a French nominal trigger, when its complements name them."""
    if not after:
        return None
    base = sentence.span.start
    first = after[0]
    between = [p for p in sentence.places if hit.end <= p.start and p.end <= first.start]
    gap = sentence.folded[(between[-1].end if between else hit.end) - base : first.start - base]
    gap = re.sub(r"^\s*,[^,;]{1,30},", " ", gap)  # "l'agression, le 1er octobre, de pêcheurs": a date aside
    if first.sector == "IGO" and sentence.folded[hit.start - base :].startswith("retrait"):
        return None  # "leur retrait de l'Union africaine": the organization is what is left, not the doer
    if first.reason == "nationality adjective" and re.fullmatch(r"\s*(?:[a-z]+\s+)?", gap):
        # "les frappes russes contre l'Ukraine", "frappes aériennes israéliennes": the adjective names the doer
        doers = _coordinated(sentence, [first], after, forward=True)
        rest = [m for m in after if m not in doers and m.start - doers[-1].end < 60]
        if rest and re.search(
            r"\b(?:contre|sur|envers|vers)\b", sentence.folded[doers[-1].end - base : rest[0].start - base]
        ):
            return doers, rest[:1]
        return doers, []
    if _FR_BY.match(gap):  # "la condamnation par les États-Unis du PKK, du DHKP-C et de DAESH"
        rest = after[1:]
        return [first], _coordinated(sentence, rest[:1], rest, forward=True) if rest else []
    if _FR_OF.match(gap):  # "le soutien des États-Unis et de la Turquie à … l'Ukraine"
        doers = _coordinated(sentence, [first], after, forward=True)
        agents = [m for m in after if m not in doers and m.start - doers[-1].end < 40]
        if agents and _FR_BY_AFTER.fullmatch(sentence.folded[doers[-1].end - base : agents[0].start - base]):
            # "l'agression de pêcheurs vietnamiens par des agents chinois": "de" names the receiver, "par" the doer
            return agents[:1], doers
        rest = [m for m in after if m not in doers and m.start - doers[-1].end < 90]
        if rest and _FR_TO.search(sentence.folded[doers[-1].end - base : rest[0].start - base]):
            return doers, rest[:1]
        return doers, []  # "l'offensive de la Russie": the doer, and no receiver named
    return None


def _coordinated(
    sentence: _Sentence, seed: list[Mention], pool: list[Mention], forward: bool
) -> list[Mention]:
    """The seed actor with those joined to it by "and" / "et" / "ve" / commas."""
    if not seed:
        return []
    group = [seed[0]]
    edge = seed[0]  # where the group's phrase begins (or ends, going forward)
    ordered = pool if forward else list(reversed(pool))
    start = ordered.index(seed[0])
    for m in ordered[start + 1 :]:
        left, right = (edge, m) if forward else (m, edge)
        gap = sentence.folded[left.end - sentence.span.start : right.start - sentence.span.start]
        if not forward and sentence.lang == "en" and re.fullmatch(r"['’]s\s+", gap):
            edge = m  # "the United States and Yemen's Houthi rebels": the possessor is inside the phrase
            continue
        if not _JOINED.fullmatch(gap) and not (
            _COUNTERPART_JOINED.fullmatch(gap) and fold(right.text).startswith("homologue")
        ):
            break
        group.append(m)
        edge = m
    return group if forward else list(reversed(group))


# "Barrot et son homologue marocain Nasser Bourita": the counterpart is coordinated with the first official.
_COUNTERPART_JOINED = re.compile(r"\s*,?\s+et\s+(?:son|sa|leurs?)\s+")
_RECEIVERS_JOINED = re.compile(r"\s*(?:,|,?\s+(?:and|&))\s*(?:(?:with|to)\s+)?(?:the\s+)?\s*", re.IGNORECASE)


# "remercié l'émir du Qatar, cheikh Tamim, ainsi que le président égyptien", "avec X et avec Y".
_FR_RECEIVERS_JOINED = re.compile(
    r"\s*(?:,|,?\s+(?:et|ainsi que))\s*(?:(?:avec|a|au|aux)\s+)?(?:les?\s+|la\s+|l['’])?\s*", re.IGNORECASE
)
_FR_APPOSED = re.compile(r",\s*(?:[\w-]+\s+){0,2}")  # "l'émir du Qatar, cheikh Tamim": one person twice


def _joined_receivers(sentence: _Sentence, seed: list[Mention], pool: list[Mention]) -> list[Mention]:
    """The receiver with those coordinated to it: "spoke with X and with Y", "visited Moscow and Beijing"."""
    if not seed:
        return []
    joined = _FR_RECEIVERS_JOINED if sentence.lang == "fr" else _RECEIVERS_JOINED
    group = [seed[0]]
    for m in pool[pool.index(seed[0]) + 1 :]:
        gap = sentence.folded[group[-1].end - sentence.span.start : m.start - sentence.span.start]
        if not joined.fullmatch(gap) and not (
            sentence.lang == "fr" and m.code == group[-1].code and _FR_APPOSED.fullmatch(gap)
        ):
            break
        group.append(m)
    return group


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` is inside a quotation opened since ``start`` (the sentence's start)."""
    seg = text[start:at]
    return seg.count("“") > seg.count("”") or seg.count("«") > seg.count("»") or seg.count('"') % 2 == 1


def _two_parties(a: Mention, b: Mention) -> bool:
    """Whether an act between two mentions has two sides: different codes, or one country's people or
    bodies against its own state's (EVENTS.md §3: "police detained protesters" is KEN→KEN)."""
    if a.code != b.code:
        return True
    sectors = {a.sector, b.sector}
    return a.sector != b.sector and bool(sectors & DOMESTIC_SECTORS) and None not in sectors


def _expand(mentions: list[Mention]) -> list[Mention]:
    """A group mention ("the two ministers") stands for its members."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "group":
            out += [
                Mention(m.start, m.end, m.text, code, None, "actor", m.entry, m.reason) for code in m.members
            ]
        else:
            out.append(m)
    return out


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """The mentions with repeated codes dropped, first kept."""
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


def _nearest(places: list[Mention], hit: _Hit, start: int, end: int) -> Mention | None:
    candidates = [p for p in places if start <= p.start < end]
    if not candidates:
        return None
    return min(candidates, key=lambda p: (p.start < hit.start, abs(p.start - hit.start)))
