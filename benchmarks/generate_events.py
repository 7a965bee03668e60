#!/usr/bin/env python3
"""Builds a chancery database of N synthetic, realistic events, fast, straight in the store's schema.

usage: .venv/bin/python benchmarks/generate_events.py --db OUT.duckdb --events 1000000 [--seed 7]

For load tests of the web API and dashboard, not for accuracy: nothing here is coded by chancery.
The file is created by ``Store`` (so it carries every migration) and filled with Arrow tables of
exactly the rows ``Store.write_batch`` writes, a transaction per chunk of documents:

- documents of a few sentences in en/fr/tr (60/20/20), built from per-language templates with
  the knowledge base's names of states, capitals, organizations and the leaders in office at the
  date; about 5 events per document, each with its evidence sentence (offsets into the text);
- states and organizations of the knowledge base; dyads heavy-tailed (Zipf: USA–CHN, RUS–UKR,
  ISR–PSE and a few others carry a large share, thousands of dyads have a handful of events);
  each dyad leans to cooperation or conflict, which sets its mix of the 16 PLOVER types;
- CAMEO codes of each type's crosswalk entries with their Goldstein weights and QuadClass, as
  chancery.coding.ontology defines them; statuses mostly ``occurred``;
- publication dates 2015-01-01..2026-11-01 (more recent years denser), event dates a few days
  before (or after, for planned events) at day, month or year precision, or none;
- an event location (a capital with coordinates, or a country) for about 60 % of events, with
  its place mention; the actor mentions of every sentence (states, capitals, organizations,
  leaders); quotes of leaders, death tolls, aid amounts; each event's ``day``;
- about 7 % of documents republished by another outlet (same text plus a credit line): one
  near-duplicate cluster, and their events join the original's stories; every other event is a
  story of its own.

Not written: MinHash signatures and LSH bands (only a later ``ingest`` into this file reads them).
``--order random`` (default) stores documents in random date order, the harder case for date
filters; ``--order chronological`` stores them by publication date, as a live feed would.
Same arguments, same rows (the ``runs`` timestamps aside).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import math
import random
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chancery.coding.ontology import EVENT_TYPES, QUAD_CLASS, SYMMETRIC, cameo_codebook, cameo_for  # noqa: E402
from chancery.store.db import _SCHEMAS, Store, event_id  # noqa: E402
from chancery.store.dedup import SCHEMAS as DEDUP_SCHEMAS  # noqa: E402

LANGS = ("en", "fr", "tr")
LANG_WEIGHTS = (0.6, 0.2, 0.2)
FIRST_DAY, LAST_DAY = dt.date(2015, 1, 1), dt.date(2026, 11, 1)
SPAN = (LAST_DAY - FIRST_DAY).days

# The most reported states and organizations first (Zipf ranks), the rest in a seeded order.
PROMINENT = (  # noqa: SIM905
    "USA CHN RUS UKR ISR PSE IRN TUR FRA GBR DEU IND PAK SYR SAU PRK KOR JPN TWN EGY IRQ AFG ARE QAT AZE "
    "ARM VEN BRA MEX NGA ETH SDN YEM LBN DZA MAR POL ITA ESP GRC CAN AUS ZAF COD RWA MLI LBY GEO BLR KAZ"
).split()
PROMINENT_ORGS = (  # noqa: SIM905
    "UN EU NATO HAMAS HEZBOLLAH HOUTHIS IAEA AU ISIL TALIBAN PKK IMF WHO ICC UNSC RSF M23 ASEAN OPEC G7"
).split()
# The heaviest dyads, in rank order, with how much they lean to conflict (0 cooperative, 1 hostile).
HEAD_DYADS = (
    ("USA", "CHN", 0.55),
    ("RUS", "UKR", 0.85),
    ("ISR", "PSE", 0.8),
    ("USA", "RUS", 0.6),
    ("ISR", "HAMAS", 0.95),
    ("ISR", "IRN", 0.85),
    ("USA", "IRN", 0.75),
    ("IND", "PAK", 0.7),
    ("CHN", "TWN", 0.7),
    ("PRK", "KOR", 0.75),
    ("TUR", "SYR", 0.6),
    ("USA", "UKR", 0.15),
    ("ARM", "AZE", 0.7),
    ("ISR", "HEZBOLLAH", 0.9),
    ("EU", "RUS", 0.7),
    ("USA", "HOUTHIS", 0.9),
    ("CHN", "JPN", 0.5),
    ("FRA", "DZA", 0.5),
    ("TUR", "PKK", 0.95),
    ("USA", "ISR", 0.15),
    ("CHN", "IND", 0.55),
    ("SDN", "RSF", 0.95),
    ("COD", "M23", 0.9),
    ("USA", "PRK", 0.75),
    ("GBR", "RUS", 0.7),
)
N_DYADS = 20_000
ZIPF_S = 1.0

TYPES = tuple(EVENT_TYPES)
TYPE_BASE = {
    "AGREE": 4,
    "CONSULT": 12,
    "SUPPORT": 5,
    "CONCEDE": 1.5,
    "COOPERATE": 4,
    "AID": 3,
    "RETREAT": 2,
    "REQUEST": 6,
    "ACCUSE": 10,
    "REJECT": 5,
    "THREATEN": 4,
    "PROTEST": 2,
    "SANCTION": 3,
    "MOBILIZE": 2,
    "COERCE": 3,
    "ASSAULT": 6,
}
TYPE_CONTEXTS = {
    "AGREE": ("diplomatic", "economic", "territory", "military"),
    "CONSULT": ("diplomatic", "executive", "economic", "military"),
    "SUPPORT": ("diplomatic", "executive", "human_rights"),
    "CONCEDE": ("diplomatic", "territory", "economic"),
    "COOPERATE": ("economic", "military", "intelligence", "natural_resource", "health"),
    "AID": ("human_security", "economic", "military", "health", "disasters"),
    "RETREAT": ("military", "territory", "peacekeeping"),
    "REQUEST": ("diplomatic", "human_rights", "territory"),
    "ACCUSE": ("human_rights", "legal", "military", "corruption", "misinformation"),
    "REJECT": ("diplomatic", "legal", "territory"),
    "THREATEN": ("military", "economic", "cbrn", "territory"),
    "PROTEST": ("rights_freedoms", "election", "economic", "political_institutions"),
    "SANCTION": ("economic", "legal", "diplomatic", "cbrn"),
    "MOBILIZE": ("military", "territory"),
    "COERCE": ("repression", "legal", "crime", "migration"),
    "ASSAULT": ("military", "terrorism", "human_security", "territory"),
}
STATUSES = (("occurred", 0.84), ("planned", 0.10), ("conditional", 0.035), ("negated", 0.025))
# A person may act as source in these types, as target in the second set.
PERSON_SOURCE = frozenset(TYPES) - {"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"}
PERSON_TARGET = frozenset({"AGREE", "CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "REJECT"})
MILITARY = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})
LEADER_ROLES = {"head_of_state": 3, "head_of_government": 3, "foreign_minister": 2, "defence_minister": 1}
VENUE_STATES = ("BEL", "CHE", "AUT", "QAT", "TUR", "EGY", "FRA", "USA", "SAU", "ARE", "DEU", "GBR", "ETH")

# (en, fr, tr, context)
TOPICS = (
    ("trade", "le commerce", "ticaret", "economic"),
    ("energy", "l'énergie", "enerji", "natural_resource"),
    ("security", "la sécurité", "güvenlik", "military"),
    ("migration", "les migrations", "göç", "migration"),
    ("the nuclear programme", "le programme nucléaire", "nükleer program", "cbrn"),
    ("the border", "la frontière", "sınır", "territory"),
    ("the ceasefire", "le cessez-le-feu", "ateşkes", "peacekeeping"),
    ("human rights", "les droits de l'homme", "insan hakları", "human_rights"),
    ("the elections", "les élections", "seçimler", "election"),
    ("grain exports", "les exportations de céréales", "tahıl ihracatı", "economic"),
    ("cyber security", "la cybersécurité", "siber güvenlik", "intelligence"),
    ("reconstruction", "la reconstruction", "yeniden yapılanma", "economic"),
)

# Per type and language: two past-tense sentences (occurred) and a verb phrase for the other statuses
# (an infinitive in en/fr, an accusative verbal noun in tr). {S} subject, {T} target, {Tn} target's
# name, {X} topic, {L} location phrase; fr {aT} "à T", {deT}/{deS} "de T"; tr {Ta} accusative,
# {Td} dative, {Tg}/{Sg} genitive, {Tb} ablative.
TEMPLATES: dict[str, dict[str, tuple[tuple[str, str], str]]] = {
    "en": {
        "AGREE": (
            (
                "{S} and {T} signed an agreement on {X}{L}.",
                "{S} agreed with {T}{L} to expand cooperation on {X}.",
            ),
            "sign an agreement with {T} on {X}{L}",
        ),
        "CONSULT": (
            ("{S} held talks with {T}{L}.", "{S} met {T}{L} to discuss {X}."),
            "hold talks with {T}{L}",
        ),
        "SUPPORT": (
            ("{S} voiced support for {T} over {X}{L}.", "{S} praised {T} for its stance on {X}{L}."),
            "back {T} on {X}{L}",
        ),
        "CONCEDE": (
            (
                "{S} made concessions to {T} on {X}{L}.",
                "{S} eased its position on {X} after pressure from {T}{L}.",
            ),
            "make concessions to {T} on {X}{L}",
        ),
        "COOPERATE": (
            ("{S} and {T} launched joint work on {X}{L}.", "{S} cooperated with {T} on {X}{L}."),
            "cooperate with {T} on {X}{L}",
        ),
        "AID": (
            ("{S} sent humanitarian aid to {T}{L}.", "{S} pledged economic assistance to {T}{L}."),
            "send aid to {T}{L}",
        ),
        "RETREAT": (
            (
                "{S} pulled troops back from the border with {Tn}{L}.",
                "{S} released prisoners claimed by {T}{L}.",
            ),
            "withdraw troops from the border with {Tn}{L}",
        ),
        "REQUEST": (
            ("{S} urged {T} to resume negotiations on {X}{L}.", "{S} called on {T} to act on {X}{L}."),
            "ask {T} to reopen talks on {X}{L}",
        ),
        "ACCUSE": (
            ("{S} accused {T} of violating its commitments on {X}{L}.", "{S} condemned {T} over {X}{L}."),
            "formally accuse {T} of breaking its word on {X}{L}",
        ),
        "REJECT": (
            ("{S} rejected a proposal from {T} on {X}{L}.", "{S} turned down a request from {T}{L}."),
            "reject the proposal from {T}{L}",
        ),
        "THREATEN": (
            (
                "{S} threatened {T} with retaliation over {X}{L}.",
                "{S} warned {T} of serious consequences{L}.",
            ),
            "threaten {T} with retaliation{L}",
        ),
        "PROTEST": (
            (
                "Supporters of {S} protested against {T}{L}.",
                "Thousands of supporters of {S} marched against {T}{L}.",
            ),
            "stage protests against {T}{L}",
        ),
        "SANCTION": (
            ("{S} imposed sanctions on {T} over {X}{L}.", "{S} expelled diplomats from {T}{L}."),
            "impose sanctions on {T}{L}",
        ),
        "MOBILIZE": (
            (
                "{S} deployed troops near the border with {Tn}{L}.",
                "{S} put its forces on alert amid tensions with {T}{L}.",
            ),
            "deploy troops near the border with {Tn}{L}",
        ),
        "COERCE": (
            ("{S} detained several nationals of {Tn}{L}.", "{S} seized vessels belonging to {T}{L}."),
            "detain nationals of {Tn}{L}",
        ),
        "ASSAULT": (
            (
                "{S} launched air strikes on targets linked to {T}{L}.",
                "{S} attacked positions held by {T}{L}.",
            ),
            "strike targets linked to {T}{L}",
        ),
    },
    "fr": {
        "AGREE": (
            ("{S} et {T} ont signé un accord sur {X}{L}.", "{S} a conclu avec {T} un accord sur {X}{L}."),
            "signer un accord avec {T} sur {X}{L}",
        ),
        "CONSULT": (
            ("{S} s'est entretenu avec {T}{L}.", "{S} a rencontré {T}{L} pour évoquer {X}."),
            "s'entretenir avec {T}{L}",
        ),
        "SUPPORT": (
            ("{S} a apporté son soutien {aT} sur {X}{L}.", "{S} a salué la position {deT} sur {X}{L}."),
            "soutenir {T} sur {X}{L}",
        ),
        "CONCEDE": (
            (
                "{S} a fait des concessions {aT} sur {X}{L}.",
                "{S} a assoupli sa position face {aT} sur {X}{L}.",
            ),
            "faire des concessions {aT}{L}",
        ),
        "COOPERATE": (
            ("{S} et {T} ont lancé une coopération sur {X}{L}.", "{S} a coopéré avec {T} sur {X}{L}."),
            "coopérer avec {T} sur {X}{L}",
        ),
        "AID": (
            ("{S} a envoyé une aide humanitaire {aT}{L}.", "{S} a promis une aide économique {aT}{L}."),
            "envoyer une aide {aT}{L}",
        ),
        "RETREAT": (
            (
                "{S} a retiré ses troupes déployées face {aT}{L}.",
                "{S} a libéré des prisonniers réclamés par {T}{L}.",
            ),
            "retirer ses troupes déployées face {aT}{L}",
        ),
        "REQUEST": (
            (
                "{S} a exhorté {T} à reprendre les négociations sur {X}{L}.",
                "{S} a appelé {T} à agir sur {X}{L}.",
            ),
            "demander {aT} de reprendre les négociations{L}",
        ),
        "ACCUSE": (
            (
                "{S} a accusé {T} de violer ses engagements sur {X}{L}.",
                "{S} a dénoncé l'attitude {deT} sur {X}{L}.",
            ),
            "accuser formellement {T} de violer ses engagements{L}",
        ),
        "REJECT": (
            ("{S} a rejeté la proposition {deT} sur {X}{L}.", "{S} a refusé la demande {deT}{L}."),
            "rejeter la proposition {deT}{L}",
        ),
        "THREATEN": (
            ("{S} a menacé {T} de représailles{L}.", "{S} a averti {T} de graves conséquences{L}."),
            "menacer {T} de représailles{L}",
        ),
        "PROTEST": (
            (
                "Des partisans {deS} ont manifesté contre {T}{L}.",
                "Des milliers de partisans {deS} ont protesté contre {T}{L}.",
            ),
            "manifester contre {T}{L}",
        ),
        "SANCTION": (
            ("{S} a imposé des sanctions {aT}{L}.", "{S} a expulsé des diplomates {deT}{L}."),
            "imposer des sanctions {aT}{L}",
        ),
        "MOBILIZE": (
            (
                "{S} a déployé des troupes face {aT}{L}.",
                "{S} a placé ses forces en état d'alerte face {aT}{L}.",
            ),
            "déployer des troupes face {aT}{L}",
        ),
        "COERCE": (
            (
                "{S} a arrêté plusieurs ressortissants {deT}{L}.",
                "{S} a saisi des navires appartenant {aT}{L}.",
            ),
            "arrêter des ressortissants {deT}{L}",
        ),
        "ASSAULT": (
            ("{S} a mené des frappes aériennes contre {T}{L}.", "{S} a attaqué des positions {deT}{L}."),
            "frapper des positions {deT}{L}",
        ),
    },
    "tr": {
        "AGREE": (
            (
                "{S} ile {T}, {L}{X} konusunda bir anlaşma imzaladı.",
                "{S}, {L}{T} ile {X} alanında iş birliğini genişletme konusunda anlaştı.",
            ),
            "{L}{T} ile {X} konusunda anlaşma imzalamayı",
        ),
        "CONSULT": (
            ("{S}, {L}{T} ile görüştü.", "{S}, {L}{T} ile {X} konusunu ele aldı."),
            "{L}{T} ile görüşmeyi",
        ),
        "SUPPORT": (
            ("{S}, {L}{X} konusunda {Td} destek verdi.", "{S}, {L}{Tg} {X} konusundaki tutumunu övdü."),
            "{L}{Td} destek vermeyi",
        ),
        "CONCEDE": (
            (
                "{S}, {L}{X} konusunda {Td} taviz verdi.",
                "{S}, {Tg} baskısıyla {L}{X} konusundaki tutumunu yumuşattı.",
            ),
            "{L}{Td} taviz vermeyi",
        ),
        "COOPERATE": (
            (
                "{S} ile {T}, {L}{X} alanında ortak çalışma başlattı.",
                "{S}, {L}{X} konusunda {T} ile iş birliği yaptı.",
            ),
            "{L}{T} ile iş birliği yapmayı",
        ),
        "AID": (
            ("{S}, {L}{Td} insani yardım gönderdi.", "{S}, {L}{Td} ekonomik yardım sözü verdi."),
            "{L}{Td} yardım göndermeyi",
        ),
        "RETREAT": (
            (
                "{S}, {L}{Tn} sınırındaki askerlerini geri çekti.",
                "{S}, {L}{Tg} talep ettiği tutukluları serbest bıraktı.",
            ),
            "{L}{Tn} sınırındaki askerlerini geri çekmeyi",
        ),
        "REQUEST": (
            (
                "{S}, {L}{Td} {X} konusunda müzakerelere dönme çağrısında bulundu.",
                "{S}, {L}{Tb} {X} konusunda adım atmasını istedi.",
            ),
            "{L}{Tb} müzakere talep etmeyi",
        ),
        "ACCUSE": (
            (
                "{S}, {L}{Ta} {X} konusundaki taahhütlerini ihlal etmekle suçladı.",
                "{S}, {L}{Ta} {X} nedeniyle kınadı.",
            ),
            "{L}{Ta} resmen suçlamayı",
        ),
        "REJECT": (
            ("{S}, {L}{Tg} {X} konusundaki önerisini reddetti.", "{S}, {L}{Tg} talebini geri çevirdi."),
            "{L}{Tg} önerisini reddetmeyi",
        ),
        "THREATEN": (
            ("{S}, {L}{Ta} misillemeyle tehdit etti.", "{S}, {L}{Ta} ciddi sonuçlar konusunda uyardı."),
            "{L}{Ta} misillemeyle tehdit etmeyi",
        ),
        "PROTEST": (
            (
                "{Sg} destekçileri, {L}{Ta} protesto etti.",
                "{Sg} binlerce destekçisi, {L}{Tg} politikalarına karşı yürüdü.",
            ),
            "{L}{Ta} protesto etmeyi",
        ),
        "SANCTION": (
            ("{S}, {L}{Td} yaptırım uyguladı.", "{S}, {L}{Tg} diplomatlarını sınır dışı etti."),
            "{L}{Td} yaptırım uygulamayı",
        ),
        "MOBILIZE": (
            ("{S}, {L}{Tn} sınırına asker konuşlandırdı.", "{S}, {L}{Td} karşı kuvvetlerini alarma geçirdi."),
            "{L}{Tn} sınırına asker konuşlandırmayı",
        ),
        "COERCE": (
            ("{S}, {L}çok sayıda {Tn} vatandaşını gözaltına aldı.", "{S}, {L}{Tg} gemilerine el koydu."),
            "{L}{Tn} vatandaşlarını gözaltına almayı",
        ),
        "ASSAULT": (
            ("{S}, {L}{Tg} mevzilerine hava saldırısı düzenledi.", "{S}, {L}{Tg} mevzilerine saldırdı."),
            "{L}{Tg} mevzilerini vurmayı",
        ),
    },
}
# Sentences for the statuses other than "occurred", around the verb phrase {V} ({de}: fr "de"/"d'").
STATUS_TEMPLATES = {
    "en": {
        "planned": ("{S} plans to {V}.", "{S} is expected to {V} next month."),
        "negated": ("{S} did not {V}, officials said.", "{S} has refused to {V}."),
        "conditional": (
            "{S} could {V} if talks fail.",
            "{S} said it would {V} unless the dispute is settled.",
        ),
    },
    "fr": {
        "planned": ("{S} prévoit {de}{V}.", "{S} devrait {V} le mois prochain."),
        "negated": ("{S} a renoncé à {V}.", "{S} a refusé {de}{V}."),
        "conditional": (
            "{S} pourrait {V} si les discussions échouent.",
            "{S} a menacé {de}{V} faute d'accord.",
        ),
    },
    "tr": {
        "planned": ("{S}, {V} planlıyor.", "{S}, önümüzdeki ay {V} hedefliyor."),
        "negated": ("{S}, {V} reddetti.", "{S}, yetkililere göre {V} erteledi."),
        "conditional": (
            "{S}, müzakereler sonuçsuz kalırsa {V} düşünebilir.",
            "{S}, anlaşma olmazsa {V} değerlendireceğini açıkladı.",
        ),
    },
}
# The verbs of the English templates after a plural subject ("American officials").
EN_PLURAL = (
    (" plans to ", " plan to "),
    (" is expected to ", " are expected to "),
    (" has refused to ", " have refused to "),
    (" said it would ", " said they would "),
    (" eased its position", " eased their position"),
    (" put its forces", " put their forces"),
)
# Background sentences: {A}/{B} the main dyad's names, {N} a number.
FILLERS = {
    "en": (
        "The talks come amid rising tensions in the region.",
        "Officials gave no further details.",
        "It was not immediately clear how {B} would respond.",
        "Analysts said the move could reshape relations between {A} and {B}.",
        "The announcement followed {N} days of negotiations.",
        "Diplomats said about {N} delegates attended the meeting.",
        "{A} has repeatedly denied such accusations in the past.",
        "The statement was published on the foreign ministry's website.",
    ),
    "fr": (
        "Ces discussions interviennent dans un contexte de tensions croissantes dans la région.",
        "Les autorités n'ont pas donné plus de détails.",
        "On ignorait dans l'immédiat comment {B} allait réagir.",
        "Selon des analystes, cette décision pourrait redéfinir les relations entre {A} et {B}.",
        "L'annonce fait suite à {N} jours de négociations.",
        "Environ {N} délégués ont participé à la réunion, selon des diplomates.",
        "Le communiqué a été publié sur le site du ministère des Affaires étrangères.",
    ),
    "tr": (
        "Görüşmeler bölgede artan gerginliklerin gölgesinde gerçekleşti.",
        "Yetkililer daha fazla ayrıntı vermedi.",
        "{Bg} nasıl tepki vereceği henüz belli değil.",
        "Analistler, adımın {A} ile {B} arasındaki ilişkileri yeniden şekillendirebileceğini belirtti.",
        "Açıklama, {N} günlük müzakerelerin ardından geldi.",
        "Diplomatik kaynaklara göre toplantıya yaklaşık {N} delege katıldı.",
        "Açıklama, Dışişleri Bakanlığının internet sitesinde yayımlandı.",
    ),
}
QUOTES = {
    "en": (
        "We will defend our interests by every means available",
        "This is a historic step for our two nations",
        "Dialogue remains the only way forward",
        "We will not accept any violation of our sovereignty",
        "Our door remains open to negotiations",
    ),
    "fr": (
        "Nous défendrons nos intérêts par tous les moyens",
        "C'est une étape historique pour nos deux pays",
        "Le dialogue reste la seule voie possible",
        "Nous n'accepterons aucune atteinte à notre souveraineté",
        "Notre porte reste ouverte aux négociations",
    ),
    "tr": (
        "Çıkarlarımızı her yolla savunacağız",
        "Bu, iki ülkemiz için tarihi bir adımdır",
        "Diyalog tek çıkış yolu olmaya devam ediyor",
        "Egemenliğimizin ihlaline asla izin vermeyeceğiz",
        "Kapımız müzakerelere açık",
    ),
}
# \x01 and a tag letter … \x02 mark a span whose offsets are stored: Q a quote, P its speaker, N a count
# or an amount (L a place, S/T/A/B an actor: see Generator.record).
QUOTE_SENTENCE = {
    "en": '"\x01Q{q}\x02," \x01P{who}\x02 said.',
    "fr": "« \x01Q{q}\x02 », a déclaré \x01P{who}\x02.",
    "tr": '\x01P{who}\x02, "\x01Q{q}\x02" dedi.',
}
COUNT_SENTENCE = {
    "en": "\x01NAt least {n} people were killed\x02, officials said.",
    "fr": "\x01NAu moins {n} personnes ont été tuées\x02, selon les autorités.",
    "tr": "Yetkililere göre \x01Nen az {n} kişi hayatını kaybetti\x02.",
}
AMOUNT_SENTENCE = {
    "en": "The package is worth \x01N${n} million\x02.",
    "fr": "L'aide s'élève à \x01N{n} millions de dollars\x02.",
    "tr": "Yardım paketinin değeri \x01N{n} milyon dolar\x02.",
}
CREDIT_SENTENCE = {
    "en": "This report was first published by {host}.",
    "fr": "Cet article a d'abord été publié par {host}.",
    "tr": "Bu haber ilk olarak {host} tarafından yayımlandı.",
}
UPDATED = {"en": "Updated {stamp}.", "fr": "Mis à jour à {stamp}.", "tr": "Güncelleme: {stamp}."}
LABELS = {
    "en": "agreement talks support concessions cooperation aid withdrawal appeal accusations rejection threats "
    "protests sanctions troop-build-up arrests strikes",
    "fr": "accord entretiens soutien concessions coopération aide retrait appel accusations rejet menaces "
    "manifestations sanctions mobilisation arrestations frappes",
    "tr": "anlaşma görüşme destek taviz iş-birliği yardım geri-çekilme çağrı suçlama ret tehdit protesto "
    "yaptırım askeri-yığınak gözaltı saldırı",
}
TITLE_LABEL = {
    lang: dict(zip(TYPES, (w.replace("-", " ") for w in words.split()), strict=True))
    for lang, words in LABELS.items()
}
OUTLETS = {
    "en": (
        "wire.example.com",
        "dailyglobe.example",
        "worldpost.example",
        "capitalherald.example",
        "ledger.example",
    ),
    "fr": ("lequotidien.example.fr", "journal-monde.example.fr", "depeches.example.fr"),
    "tr": ("haber.example.com.tr", "gundem.example.com.tr", "ajans.example.com.tr"),
}
# Acronyms English reads as words, without "the" (the EU, the UN, but NATO).
EN_BARE_ACRONYMS = frozenset(
    {
        "NATO",
        "ASEAN",
        "OPEC",
        "UNESCO",
        "UNICEF",
        "INTERPOL",
        "EUROPOL",
        "FRONTEX",
        "MERCOSUR",
        "ECOWAS",
        "BRICS",
    }
    | {
        "CELAC",
        "SADC",
        "IGAD",
        "OCHA",
        "UNRWA",
        "ISIL",
        "ISIS",
        "AQAP",
        "AQIM",
        "JNIM",
        "ISWAP",
        "FARC",
        "HAMAS",
    }
)
# Names Turkish news uses instead of the knowledge base's first name.
TR_SHORT = {"USA": "ABD", "ARE": "BAE"}
EN_ARTICLE = (
    "United ",
    "Central African",
    "Democratic",
    "Dominican",
    "Republic",
    "Netherlands",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Maldives",
    "Marshall",
    "Solomon",
    "Comoros",
    "Seychelles",
    "Holy See",
    "European",
    "World ",
    "International",
    "Islamic",
    "Arab ",
    "African",
    "Organization",
    "Organisation",
    "Council",
    "Shanghai",
    "Collective",
    "Commonwealth",
    "Eurasian",
    "Economic",
    "Gulf",
)


# -- language helpers ----------------------------------------------------------------------------

_TR_VOWELS = "aeıioöuü"
_TR_POSSESSIVE = ("leri", "ları", "ti", "tı", "ğı", "ği", "ğu", "ğü", "sı", "si", "su", "sü", "li", "lı")
_TR_LETTER = dict(
    zip(
        "ABCÇDEFGHIİJKLMNOÖPRSŞTUÜVYZWXQ",
        "a be ce çe de e fe ge he ı i je ka le me ne o ö pe re se şe te u ü ve ye ze ve iks ku".split(),  # noqa: SIM905
        strict=True,
    )
)


@cache
def tr_case(phrase: str, case: str) -> str:
    """``phrase`` with a Turkish case suffix (acc, dat, gen, loc, abl) by vowel and consonant harmony."""
    last = phrase.split()[-1]
    sound = last.replace("I", "ı").replace("İ", "i").lower()
    if len(last) > 1 and last.isupper() and sound[-1] not in _TR_VOWELS:  # an acronym, read letter by letter
        sound = sound[:-1] + _TR_LETTER.get(last[-1], "e")
    # a compound's head with its possessive suffix (Devletleri, Birliği) takes the pronominal n
    possessive = " " in phrase and len(last) > 4 and sound.endswith(_TR_POSSESSIVE)
    vowels = [c for c in sound if c in _TR_VOWELS]
    vowel = vowels[-1] if vowels else "e"
    back = vowel in "aıou"
    ends_vowel = sound[-1] in _TR_VOWELS
    hard = sound[-1] in "çfhkpsşt"
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[vowel]
    if possessive:
        suffix = (
            "n"
            + {
                "loc": "d" + ("a" if back else "e"),
                "abl": "d" + ("an" if back else "en"),
                "dat": "a" if back else "e",
                "acc": four,
                "gen": four + "n",
            }[case]
        )
    else:
        suffix = {
            "loc": ("t" if hard else "d") + ("a" if back else "e"),
            "abl": ("t" if hard else "d") + ("an" if back else "en"),
            "dat": ("y" if ends_vowel else "") + ("a" if back else "e"),
            "acc": ("y" if ends_vowel else "") + four,
            "gen": ("n" if ends_vowel else "") + four + "n",
        }[case]
    return phrase + ("'" if last[:1].isupper() else "") + suffix


@cache
def fr_de(name: str) -> str:
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    return ("d'" if name[:1].lower() in "aeiouyéèêâîôûh" else "de ") + name


@cache
def fr_a(name: str) -> str:
    if name.startswith("Le "):
        return "au " + name[3:]
    if name.startswith("Les "):
        return "aux " + name[4:]
    return "à " + name


def capitalized(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def core(surface: str) -> str:
    """The name in a surface, without the article English or French puts before it."""
    if surface.startswith("the "):
        return surface[4:]
    return surface[2:] if surface.startswith("l'") else surface


def mark(form: str, name: str, tag: str) -> str:
    """``form`` with ``name`` in it marked as span ``tag`` (unchanged when the name is not in it)."""
    i = form.find(name)
    return form if i < 0 else f"{form[:i]}\x01{tag}{name}\x02{form[i + len(name) :]}"


def spans(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Removes the \\x01TAG…\\x02 markers; returns the text and the marked spans (tag, start, end)."""
    found = []
    while "\x01" in text:
        start = text.index("\x01")
        tag = text[start + 1]
        text = text[:start] + text[start + 2 :]
        end = text.index("\x02", start)
        text = text[:end] + text[end + 1 :]
        found.append((tag, start, end))
    return text, found


# -- actors and dyads ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    sector: str
    is_state: bool
    names: dict[str, str]  # as a sentence names it (en with "the" where needed; fr: capital or "l'…")
    bare: dict[str, str]  # the name alone (titles, place mentions)
    capitals: dict[str, str]  # the capital as each language writes it ("" for an organization)
    adjectives: dict[str, str]
    capital_place: tuple[Any, ...] | None  # (geonameid, name, lat, lon)
    country_place: tuple[Any, ...] | None  # (geonameid, name)
    leaders: tuple[tuple[int, int, str, str, int], ...]  # (first day, last day, name, sector, weight)


def load_actors(rng: random.Random) -> list[Actor]:
    """States with a name in every language and a gazetteer entry, then organizations; prominent first."""
    from chancery.enrich.gazetteer import load_gazetteer
    from chancery.kb.loader import load_kb

    kb, gaz = load_kb(), load_gazetteer()
    first: dict[str, dict[str, dict[str, str]]] = {}
    acronyms: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        kinds: dict[str, dict[str, str]] = {}
        for alias in kb.langs[lang].aliases:
            kinds.setdefault(alias.kind, {}).setdefault(alias.code, alias.text)
            if alias.kind == "organization" and alias.text.isupper() and 2 <= len(alias.text) <= 6:
                acronyms.setdefault(lang, {}).setdefault(alias.code, alias.text)
        first[lang] = kinds
    leaders: dict[str, list[tuple[int, int, str, str, int]]] = {}
    for person in kb.people:
        for role in person.roles:
            weight = LEADER_ROLES.get(role.role)
            if weight is None or role.start is None:
                continue
            lo = role.start.to_date().toordinal()
            hi = role.end.to_date().toordinal() if role.end else LAST_DAY.toordinal()
            leaders.setdefault(role.code, []).append((lo, hi, person.name, role.sector, weight))

    def en_name(text: str) -> str:
        return f"the {text}" if text.startswith(EN_ARTICLE) else text

    actors: dict[str, Actor] = {}
    for code in kb.states:
        if code not in gaz.countries or not all(code in first[lang].get("state", {}) for lang in LANGS):
            continue
        country = gaz.entry(gaz.countries[code])
        capital = gaz.entry(gaz.capitals[code]) if code in gaz.capitals else None
        en_capital = first["en"].get("capital", {}).get(code)
        # the city the knowledge base calls the capital (Ramallah), else the gazetteer's capital
        capital = (gaz.city(en_capital, kb.states[code][0]) if en_capital else None) or capital
        bare = {lang: first[lang]["state"][code] for lang in LANGS}
        bare["tr"] = TR_SHORT.get(code, bare["tr"])
        capitals = {
            lang: first[lang].get("capital", {}).get(code) or (capital.name if capital else "")
            for lang in LANGS
        }
        if not capitals["fr"]:
            continue  # French sentences name states by their capital
        actors[code] = Actor(
            code=code,
            sector="GOV",
            is_state=True,
            names={"en": en_name(bare["en"]), "fr": capitals["fr"], "tr": bare["tr"]},
            bare=bare,
            capitals=capitals,
            adjectives={lang: first[lang].get("adjective", {}).get(code, "") for lang in LANGS},
            capital_place=(capital.geonameid, capital.name, capital.lat, capital.lon) if capital else None,
            country_place=(country.geonameid, country.name),
            leaders=tuple(sorted(leaders.get(code, []))),
        )
    for code, org in kb.organizations.items():
        if not all(code in first[lang].get("organization", {}) for lang in LANGS):
            continue
        bare = {lang: acronyms.get(lang, {}).get(code) or first[lang]["organization"][code] for lang in LANGS}
        fr = bare["fr"]
        names = {
            "en": (bare["en"] if bare["en"] in EN_BARE_ACRONYMS else "the " + bare["en"])
            if bare["en"].isupper()
            else en_name(bare["en"]),
            "fr": ("l'" + fr) if fr[:1].lower() in "aeiouyéèêâîôû" else fr,
            "tr": bare["tr"],
        }
        actors[code] = Actor(
            code=code,
            sector=org.sector,
            is_state=False,
            names=names,
            bare=bare,
            capitals=dict.fromkeys(LANGS, ""),
            adjectives=dict.fromkeys(LANGS, ""),
            capital_place=None,
            country_place=None,
            leaders=tuple(sorted(leaders.get(code, []))),
        )
    states = [c for c in PROMINENT if c in actors]
    rest = sorted(c for c, a in actors.items() if a.is_state and c not in states)
    rng.shuffle(rest)
    orgs = [c for c in PROMINENT_ORGS if c in actors]
    other_orgs = sorted(c for c, a in actors.items() if not a.is_state and c not in orgs)
    rng.shuffle(other_orgs)
    return [actors[c] for c in (*states, *rest, *orgs, *other_orgs)]


@dataclass(frozen=True, slots=True)
class Dyad:
    a: Actor
    b: Actor
    hostility: float


def build_dyads(actors: list[Actor], rng: random.Random) -> tuple[list[Dyad], list[float]]:
    """The head dyads, then random pairs of actors drawn by prominence; Zipf cumulative weights."""
    by_code = {a.code: a for a in actors}
    states = [a for a in actors if a.is_state]
    orgs = [a for a in actors if not a.is_state]
    state_cum = list(_cumulative([1 / (k + 1) ** 0.9 for k in range(len(states))]))
    org_cum = list(_cumulative([1 / (k + 1) ** 1.2 for k in range(len(orgs))]))
    dyads: list[Dyad] = []
    seen: set[tuple[str, str]] = set()
    for a, b, hostility in HEAD_DYADS:
        if a in by_code and b in by_code:
            dyads.append(Dyad(by_code[a], by_code[b], hostility))
            seen.add((min(a, b), max(a, b)))
    limit = min(N_DYADS, len(actors) * (len(actors) - 1) // 4)
    while len(dyads) < limit:
        a = rng.choices(states, cum_weights=state_cum)[0]
        if rng.random() < 0.15:
            b = rng.choices(orgs, cum_weights=org_cum)[0]
        else:
            b = rng.choices(states, cum_weights=state_cum)[0]
        key = (min(a.code, b.code), max(a.code, b.code))
        if a.code == b.code or key in seen:
            continue
        seen.add(key)
        dyads.append(Dyad(a, b, rng.betavariate(2, 3)))
    weights = [1 / (k + 1) ** ZIPF_S for k in range(len(dyads))]
    return dyads, list(_cumulative(weights))


def _cumulative(weights: list[float]) -> Iterator[float]:
    total = 0.0
    for w in weights:
        total += w
        yield total


# -- event coding tables -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coding:
    """For each type, the (mode, cameo, goldstein) choices with cumulative weights."""

    choices: dict[str, list[tuple[str | None, str, float]]]
    cum: dict[str, list[float]]


def build_coding() -> Coding:
    """Codes of each type's crosswalk entries (the general code most often), as cameo_for picks them."""
    book = cameo_codebook()
    choices: dict[str, list[tuple[str | None, str, float]]] = {}
    cum: dict[str, list[float]] = {}
    for kind, modes in EVENT_TYPES.items():
        options: list[tuple[str | None, str, float]] = []
        weights: list[float] = []
        general = cameo_for(kind, None)
        for mode in (None, *modes):
            code = cameo_for(kind, mode)
            if code is None:
                continue
            options.append((mode, code, book[code].goldstein))
            weights.append(6.0 if mode is None else 1.0)
        for entry in book.values():
            if entry.plover_type != kind or entry.code == general or len(entry.code) < 3:
                continue
            mode = entry.plover_mode if entry.plover_mode in modes else None
            options.append((mode, entry.code, entry.goldstein))
            weights.append(0.3)
        choices[kind] = options
        cum[kind] = list(_cumulative(weights))
    return Coding(choices, cum)


def type_tables(coding: Coding) -> list[list[float]]:
    """Cumulative type weights for hostility 0.0, 0.1 … 1.0."""
    tables = []
    for step in range(11):
        h = step / 10
        weights = [TYPE_BASE[t] * (2 * h if QUAD_CLASS[t] >= 3 else 2 * (1 - h)) + 0.05 for t in TYPES]
        tables.append(list(_cumulative(weights)))
    return tables


# -- documents -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Record:
    """One generated document with everything stored about it, before it has a hash."""

    lang: str
    text: str
    title: str
    slug: str
    contexts: list[str]
    published: dt.date | None
    published_precision: str | None
    events: list[tuple[Any, ...]]  # type … rule, as the events table orders them from "type"
    evidence: list[list[tuple[int, int, int]]]  # per event: (sentence, start, end)
    locations: list[
        tuple[Any, ...] | None
    ]  # per event: (text, kind, country, lat, lon, geonameid, name, reason)
    places: list[tuple[Any, ...]]  # (text, start, end, kind, country, lat, lon, geonameid, name, reason)
    mentions: list[tuple[Any, ...]]  # (start, end, text, code, sector, kind)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    amounts: list[tuple[Any, ...]] = field(default_factory=list)
    counts: list[tuple[Any, ...]] = field(default_factory=list)
    content_hash: str = ""
    host: str = ""
    story_ids: list[str] = field(default_factory=list)
    copies: int = 0


def date_text(day: dt.date, precision: str) -> tuple[str, dt.date]:
    if precision == "day":
        return day.isoformat(), day
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    return f"{day.year:04d}", day.replace(month=1, day=1)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.actors = load_actors(random.Random(f"{seed}-actors"))
        self.dyads, self.dyad_cum = build_dyads(self.actors, random.Random(f"{seed}-dyads"))
        self.coding = build_coding()
        self.type_cum = type_tables(self.coding)
        self.venues = [a for a in self.actors if a.code in VENUE_STATES and a.capital_place]
        self.status_cum = list(_cumulative([w for _, w in STATUSES]))

    # A surface for the subject or the object, and (actor name, sector) when a person or a part of the state
    def surface(
        self, actor: Actor, lang: str, day: int, as_source: bool, kind: str
    ) -> tuple[str, str | None, str | None]:
        rng = self.rng
        r = rng.random()
        if (
            actor.leaders
            and r < (0.25 if as_source else 0.15)
            and kind in (PERSON_SOURCE if as_source else PERSON_TARGET)
        ):
            now = [p for p in actor.leaders if p[0] <= day <= p[1]]
            if now:
                person = rng.choices(now, weights=[p[4] for p in now])[0]
                return person[2], person[2], person[3]
        if not actor.is_state:
            return actor.names[lang], None, actor.sector
        r = rng.random()
        if as_source and lang != "fr" and actor.adjectives[lang] and r < 0.2:
            if kind in MILITARY:
                return (
                    (
                        f"{actor.adjectives[lang]} forces"
                        if lang == "en"
                        else f"{actor.adjectives[lang]} güçler"
                    ),
                    None,
                    "MIL",
                )
            return (
                (
                    f"{actor.adjectives[lang]} officials"
                    if lang == "en"
                    else f"{actor.adjectives[lang]} yetkililer"
                ),
                None,
                "GOV",
            )
        if lang == "fr" or r < 0.45:
            return actor.capitals[lang] if lang != "fr" else actor.names["fr"], None, "GOV"
        return actor.names[lang], None, ("GOV" if rng.random() < 0.93 else None)

    def location(self, source: Actor, target: Actor) -> tuple[Actor, str] | None:
        """Where an event happened: (state, "city"|"country"), or None."""
        rng = self.rng
        r = rng.random()
        if r < 0.60:
            pick = rng.random()
            first, second = (source, target) if pick < 0.55 else (target, source)
            if pick > 0.85 or not (first.capital_place or second.capital_place):
                return rng.choice(self.venues), "city"
            return (first if first.capital_place else second), "city"
        if r < 0.66:
            states = [a for a in (source, target) if a.is_state]
            return (rng.choice(states), "country") if states else None
        return None

    def place_phrase(self, lang: str, where: tuple[Actor, str]) -> tuple[str, tuple[Any, ...]]:
        state, kind = where
        if kind == "city":
            assert state.capital_place is not None
            text = state.capitals[lang]
            geonameid, name, lat, lon = state.capital_place
            place = (text, "city", state.code, lat, lon, geonameid, name, "KB capital")
        else:
            text = state.bare[lang]
            assert state.country_place is not None
            geonameid, name = state.country_place
            place = (text, "country", state.code, None, None, geonameid, name, "KB state")
        if lang == "en":
            phrase = (
                f" in the {text}"
                if kind == "country" and state.names["en"].startswith("the ")
                else f" in {text}"
            )
        elif lang == "fr":
            phrase = f" en {text}" if kind == "country" else " " + fr_a(text)
        else:
            phrase = tr_case(text, "loc") + " "
        if text not in phrase:  # "au Caire": the mention is the name without its article
            text = text.split(" ", 1)[1]
            place = (text, *place[1:])
        return mark(phrase, text, "L"), place

    def record(self, n_events: int, published_day: int, published_precision: str | None) -> Record:
        rng = self.rng
        lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
        main = self.dyads[bisect.bisect_left(self.dyad_cum, rng.random() * self.dyad_cum[-1])]
        templates, status_templates = TEMPLATES[lang], STATUS_TEMPLATES[lang]
        sentences: list[str] = []
        marks: list[list[tuple[str, int, int]]] = []  # per sentence, its marked spans (tag, start, end)
        infos: list[dict[str, Any]] = []  # per sentence, what each tag stands for
        events: list[tuple[Any, ...]] = []
        evidence: list[list[int]] = []  # per event, sentence numbers
        locations: list[tuple[Any, ...] | None] = []
        doc_contexts: set[str] = set()

        def add(sentence: str, info: dict[str, Any]) -> int:
            clean, found = spans(sentence)
            sentences.append(capitalized(clean))
            marks.append(found)
            infos.append(info)
            return len(sentences) - 1

        for _ in range(n_events):
            dyad = (
                main
                if rng.random() < 0.7
                else self.dyads[bisect.bisect_left(self.dyad_cum, rng.random() * self.dyad_cum[-1])]
            )
            src, tgt = (dyad.a, dyad.b) if rng.random() < 0.5 else (dyad.b, dyad.a)
            type_cum = self.type_cum[round(dyad.hostility * 10)]
            kind = TYPES[bisect.bisect_left(type_cum, rng.random() * type_cum[-1])]
            options, cum = self.coding.choices[kind], self.coding.cum[kind]
            mode, cameo, goldstein = options[bisect.bisect_left(cum, rng.random() * cum[-1])]
            status = STATUSES[bisect.bisect_left(self.status_cum, rng.random() * self.status_cum[-1])][0]
            # the event's date: around the publication, after it when planned
            if status == "planned":
                day = published_day + rng.randint(1, 30)
                if day > LAST_DAY.toordinal():  # no date past the range: planned for the days left
                    day = rng.randint(published_day, LAST_DAY.toordinal())
            else:
                lag = rng.random()
                before = (
                    0
                    if lag < 0.5
                    else 1
                    if lag < 0.75
                    else rng.randint(2, 7)
                    if lag < 0.9
                    else rng.randint(8, 60)
                )
                day = max(published_day - before, FIRST_DAY.toordinal())
            p = rng.random()
            precision = "day" if p < 0.78 else "month" if p < 0.88 else "year" if p < 0.91 else None
            if precision is None and published_precision is None:
                precision = "day"
            date, date_start = date_text(dt.date.fromordinal(day), precision) if precision else (None, None)
            s_text, s_actor, s_sector = self.surface(src, lang, day, True, kind)
            t_text, t_actor, t_sector = self.surface(tgt, lang, day, False, kind)
            if t_text == s_text:  # two capitals of one name (Jerusalem): name the target's state
                t_text = tgt.bare[lang] if lang == "fr" else tgt.names[lang]
            topic = rng.choice(TOPICS)
            where = self.location(src, tgt)
            phrase, place = self.place_phrase(lang, where) if where else ("", None)
            tn_text = tgt.names[lang] if lang != "fr" else t_text
            s_core, t_core, tn_core = core(s_text), core(t_text), core(tn_text)
            values = {
                "S": mark(s_text, s_core, "S"),
                "T": mark(t_text, t_core, "T"),
                "Tn": mark(tn_text, tn_core, "T"),
                "X": topic[LANGS.index(lang)],
                "L": phrase,
            }
            if lang == "fr":
                values.update(
                    aT=mark(fr_a(t_text), t_core, "T"),
                    deT=mark(fr_de(t_text), t_core, "T"),
                    deS=mark(fr_de(s_text), s_core, "S"),
                )
            elif lang == "tr":
                values.update(
                    Ta=mark(tr_case(t_text, "acc"), t_core, "T"),
                    Td=mark(tr_case(t_text, "dat"), t_core, "T"),
                    Tg=mark(tr_case(t_text, "gen"), t_core, "T"),
                    Tb=mark(tr_case(t_text, "abl"), t_core, "T"),
                    Sg=mark(tr_case(s_text, "gen"), s_core, "S"),
                )
            past, verb = templates[kind]
            if status == "occurred":
                template = rng.choice(past)
                sentence = template.format_map(values)
            else:
                template = verb
                phrase_v = verb.format_map(values)
                de = "d'" if phrase_v[:1] in "aeiouyéèêâîôû" else "de "
                sentence = rng.choice(status_templates[status]).format_map(
                    {**values, "V": phrase_v, "de": de}
                )
            if lang == "en" and s_text.endswith((" officials", " forces")):  # a plural subject
                for singular, plural in EN_PLURAL:
                    sentence = sentence.replace(singular, plural)
            if rng.random() < 0.25 and sentences:
                self.filler(lang, main, add)
            info = {"S": (src.code, s_sector), "T": (tgt.code, t_sector), "L": place}
            refs = [add(sentence, info)]
            if kind == "ASSAULT" and status == "occurred" and rng.random() < 0.5:
                n = min(int(rng.paretovariate(1.2)) * 2, 400)
                refs.append(add(COUNT_SENTENCE[lang].format(n=n), {"N": ("count", n)}))
            if kind == "AID" and status != "negated" and rng.random() < 0.5:
                n = rng.choice((5, 10, 20, 25, 50, 100, 150, 200, 250, 500))
                add(AMOUNT_SENTENCE[lang].format(n=n), {"N": ("amount", n)})
            k = rng.choices((0, 1, 2, 3), weights=(15, 40, 30, 15))[0]
            contexts = set(rng.sample(TYPE_CONTEXTS[kind], min(k, len(TYPE_CONTEXTS[kind]))))
            if "{X}" in template or rng.random() < 0.3:
                contexts.add(topic[3])
            doc_contexts |= contexts
            events.append(
                (
                    kind,
                    mode,
                    src.code,
                    tgt.code,
                    s_actor,
                    t_actor,
                    s_sector,
                    t_sector,
                    date,
                    date_start,
                    precision,
                    status,
                    place[0] if place else None,
                    cameo,
                    goldstein,
                    QUAD_CLASS[kind],
                    sorted(contexts),
                    f"{lang}:{kind}:{cameo}",
                )
            )
            evidence.append(refs)
            locations.append(place)
        # a quote of a leader of the main dyad's first actor, and background sentences
        leaders = [p for p in main.a.leaders if p[0] <= published_day <= p[1]]
        if leaders and rng.random() < 0.3:
            who = rng.choice(leaders)
            sentence = QUOTE_SENTENCE[lang].format(q=rng.choice(QUOTES[lang]), who=who[2])
            add(sentence, {"Q": (who[2], main.a.code), "P": (main.a.code, who[3])})
        for _ in range(rng.randint(1, 2)):
            self.filler(lang, main, add)
        text, starts = self.layout(sentences)
        places, mentions, quotes, amounts, counts = [], [], [], [], []
        for number, found in enumerate(marks):
            info = infos[number]
            for tag, start, end in found:
                start, end = starts[number] + start, starts[number] + end
                span = text[start:end]
                payload = info[tag]
                if tag == "L":
                    places.append((span, start, end, *payload[1:]))
                elif tag == "Q":
                    quotes.append((payload[0], payload[1], span, start, end))
                elif tag == "N" and payload[0] == "count":
                    counts.append((payload[1], "killed", False, span, start, end))
                elif tag == "N":
                    amounts.append((payload[1] * 1_000_000.0, "USD", span, "aid", None, start, end))
                else:
                    mentions.append((start, end, span, payload[0], payload[1], "actor"))
        title_sep = " : " if lang == "fr" else ": "
        first = events[0][0]
        return Record(
            lang=lang,
            text=text,
            title=f"{main.a.bare[lang]} – {main.b.bare[lang]}{title_sep}{TITLE_LABEL[lang][first]}",
            slug=f"{main.a.code}-{main.b.code}-{first}".lower(),
            contexts=sorted(doc_contexts),
            published=dt.date.fromordinal(published_day) if published_precision else None,
            published_precision=published_precision,
            events=events,
            evidence=[[(n, starts[n], starts[n] + len(sentences[n])) for n in refs] for refs in evidence],
            locations=locations,
            places=places,
            mentions=mentions,
            quotes=quotes,
            amounts=amounts,
            counts=counts,
        )

    def filler(self, lang: str, main: Dyad, add: Callable[[str, dict[str, Any]], int]) -> None:
        a, b = main.a.names[lang], main.b.names[lang]
        values = {"A": mark(a, core(a), "A"), "B": mark(b, core(b), "B"), "N": self.rng.randint(2, 40)}
        if lang == "tr":
            values["Bg"] = mark(tr_case(b, "gen"), core(b), "B")
        sentence = self.rng.choice(FILLERS[lang]).format_map(values)
        add(sentence, {"A": (main.a.code, main.a.sector), "B": (main.b.code, main.b.sector)})

    def layout(self, sentences: list[str]) -> tuple[str, list[int]]:
        """Paragraphs of one to three sentences; the text and each sentence's offset."""
        rng = self.rng
        parts: list[str] = []
        starts: list[int] = []
        position = 0
        left_in_paragraph = rng.randint(1, 2)
        for i, sentence in enumerate(sentences):
            if i:
                if left_in_paragraph == 0:
                    sep, left_in_paragraph = "\n\n", rng.randint(1, 3)
                else:
                    sep = " "
                parts.append(sep)
                position += len(sep)
            starts.append(position)
            parts.append(sentence)
            position += len(sentence)
            left_in_paragraph -= 1
        return "".join(parts), starts


# -- the plan and the rows -----------------------------------------------------------------------


def plan(n_events: int, seed: int, chronological: bool) -> list[tuple[int, int, str | None] | tuple[int]]:
    """Per document: (events, publication day, precision) for an original, (k,) for a republication of
    the k-th most recent original. Events add up to exactly ``n_events``."""
    rng = random.Random(f"{seed}-plan")
    sizes = list(_cumulative([8, 12, 15, 16, 14, 11, 8, 6, 4, 3, 2, 1]))
    entries: list[Any] = []
    originals: list[int] = []  # sizes of the originals so far
    total = 0
    while total < n_events:
        if originals and rng.random() < 0.07:
            k = rng.randint(1, min(40, len(originals)))
            if total + originals[-k] <= n_events:
                entries.append((k,))
                total += originals[-k]
                continue
        size = min(bisect.bisect_left(sizes, rng.random() * sizes[-1]) + 1, n_events - total)
        u = rng.random()
        t = u if rng.random() < 0.4 else math.sqrt(u)  # denser in recent years
        day = FIRST_DAY.toordinal() + min(int(t * SPAN), SPAN)
        p = rng.random()
        precision = "day" if p < 0.92 else "month" if p < 0.96 else None
        entries.append((size, day, precision))
        originals.append(size)
        total += size
    if chronological:
        days = sorted(e[1] for e in entries if len(e) == 3)
        it = iter(days)
        entries = [(e[0], next(it), e[2]) if len(e) == 3 else e for e in entries]
    return entries


# The columns of each table, in the order of the tuples emit() builds.
COLUMNS = {
    "documents": "content_hash doc_id source lang published published_date published_precision url title "
    "encoding text n_chars contexts run_id",
    "events": "event_id content_hash doc_id idx type mode source target source_actor target_actor "
    "source_sector target_sector date date_start date_precision day status location cameo goldstein "
    "quad_class contexts rule run_id",
    "evidence": "event_id idx sentence start_char end_char text",
    "event_locations": "event_id content_hash text kind country lat lon geonameid name reason run_id",
    "places": "content_hash idx text start_char end_char kind country lat lon geonameid name reason run_id",
    "mentions": "content_hash idx start_char end_char text code sector kind run_id",
    "quotes": "content_hash idx speaker speaker_code text start_char end_char run_id",
    "amounts": "content_hash idx value unit text about year start_char end_char run_id",
    "counts": "content_hash idx value kind approximate text start_char end_char run_id",
    "stories": "story_id type source target status date date_start date_exact place run_id",
    "event_stories": "event_id story_id run_id",
    "doc_clusters": "content_hash cluster_id duplicate_of similarity run_id",
}


class Rows:
    """Rows of every table for one chunk of documents, as tuples in the order of COLUMNS."""

    TABLES = tuple(COLUMNS)

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in self.TABLES}

    @classmethod
    def check(cls) -> None:
        """Stops when the store's tables no longer have the columns this script writes."""
        for name, columns in COLUMNS.items():
            schema = _SCHEMAS.get(name) or DEDUP_SCHEMAS[name]
            if sorted(schema.names) != sorted(columns.split()):
                raise SystemExit(
                    f"the store's {name} table has columns {schema.names}; this script writes {columns.split()}: "
                    "update benchmarks/generate_events.py"
                )

    def tables(self) -> dict[str, pa.Table]:
        out = {}
        for name, rows in self.rows.items():
            schema = _SCHEMAS.get(name) or DEDUP_SCHEMAS[name]
            names = COLUMNS[name].split()
            columns = dict(zip(names, zip(*rows, strict=True), strict=True)) if rows else {}
            arrays = [pa.array(columns.get(f.name, []), type=f.type) for f in schema]
            out[name] = pa.Table.from_arrays(arrays, schema=schema)
        return out


def emit(
    rows: Rows,
    record: Record,
    digest: str,
    doc_id: str,
    serial: int,
    published: dt.date | None,
    host: str,
    text: str,
    run_id: int,
    original: Record | None,
) -> None:
    r = rows.rows
    precision = record.published_precision
    pub_text, pub_date = date_text(published, precision) if published and precision else (None, None)
    when = published or (record.events[0][9] if record.events[0][9] else FIRST_DAY)
    r["documents"].append(
        (
            digest,
            doc_id,
            f"synthetic/{record.lang}.jsonl:{serial + 1}",
            record.lang,
            pub_text,
            pub_date,
            precision,
            f"https://{host}/{when.year:04d}/{when.month:02d}/{when.day:02d}/{record.slug}-{serial}",
            record.title,
            "utf-8",
            text,
            len(text),
            record.contexts,
            run_id,
        )
    )
    for i, event in enumerate(record.events):
        eid = event_id(digest, i)
        day = event[9] or pub_date  # its own date, else its article's publication date
        r["events"].append((eid, digest, doc_id, i, *event[:11], day, *event[11:], run_id))
        for j, (sentence, start, end) in enumerate(record.evidence[i]):
            r["evidence"].append((eid, j, sentence, start, end, text[start:end]))
        place = record.locations[i]
        if place is not None:
            r["event_locations"].append((eid, digest, *place, run_id))
        if original is None:
            story = "s" + eid
            record.story_ids.append(story)
            kind, source, target, status = event[0], event[2], event[3], event[11]
            if kind in SYMMETRIC and target < source:
                source, target = target, source
            date, date_start = (event[8], event[9]) if event[8] else (pub_text, pub_date)
            r["stories"].append(
                (
                    story,
                    kind,
                    source,
                    target,
                    status,
                    date,
                    date_start,
                    event[8] is not None,
                    place and place[2],
                    run_id,
                )
            )
        else:
            story = original.story_ids[i]
        r["event_stories"].append((eid, story, run_id))
    for i, place in enumerate(record.places):
        r["places"].append((digest, i, *place, run_id))
    for i, mention in enumerate(record.mentions):
        r["mentions"].append((digest, i, *mention, run_id))
    for i, quote in enumerate(record.quotes):
        r["quotes"].append((digest, i, *quote, run_id))
    for i, amount in enumerate(record.amounts):
        r["amounts"].append((digest, i, *amount, run_id))
    for i, count in enumerate(record.counts):
        r["counts"].append((digest, i, *count, run_id))
    if original is None:
        r["doc_clusters"].append((digest, digest, None, None, run_id))
    else:
        similarity = round(len(original.text.split()) / len(text.split()), 3)
        r["doc_clusters"].append((digest, original.content_hash, original.content_hash, similarity, run_id))


def generate(
    store: Store,
    n_events: int,
    seed: int,
    chronological: bool,
    chunk_docs: int,
    run_id: int,
    progress: Callable[[int, int], None],
) -> dict[str, int]:
    Rows.check()
    gen = Generator(seed)
    entries = plan(n_events, seed, chronological)
    written = dict.fromkeys(Rows.TABLES, 0)
    hashes: set[str] = set()
    recent: list[Record] = []
    rows = Rows()
    pending: Future[None] | None = None
    events_done = 0
    cursor = store.con.cursor()

    def insert(tables: dict[str, pa.Table]) -> None:
        cursor.begin()
        try:
            for name, table in tables.items():
                if table.num_rows:
                    cursor.register("_batch", table)
                    cursor.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
                    cursor.unregister("_batch")
        except Exception:
            cursor.rollback()
            raise
        cursor.commit()

    def flush() -> None:
        nonlocal rows, pending
        tables = rows.tables()
        for name, table in tables.items():
            written[name] += table.num_rows
        rows = Rows()
        if pending is not None:
            pending.result()
        pending = pool.submit(insert, tables)

    # Secondary indexes the migrations create are dropped for the load and built again at the end,
    # once, which is faster than maintaining them row by row; the schema ends as the migrations left it.
    indexes = store.con.execute("SELECT index_name, sql FROM duckdb_indexes() ORDER BY index_name").fetchall()
    for name, _ in indexes:
        store.con.execute(f'DROP INDEX "{name}"')
    with ThreadPoolExecutor(max_workers=1) as pool:
        for serial, entry in enumerate(entries):
            doc_id = f"syn{seed}-{serial:07d}"
            if len(entry) == 1:  # a republication: the original's text and a credit line, another outlet
                original = recent[-entry[0]]
                hosts = [h for h in OUTLETS[original.lang] if h != original.host]
                host = hosts[(original.copies + serial) % len(hosts)]
                original.copies += 1
                credit = CREDIT_SENTENCE[original.lang].format(host=original.host)
                while True:
                    stamp = f"{gen.rng.randint(0, 23):02d}:{gen.rng.randint(0, 59):02d} GMT"
                    text = f"{original.text}\n\n{credit} {UPDATED[original.lang].format(stamp=stamp)}"
                    digest = hashlib.sha256(text.encode()).hexdigest()
                    if digest not in hashes:
                        break
                published = original.published
                if published and original.published_precision == "day" and gen.rng.random() < 0.5:
                    published = min(published + dt.timedelta(days=1), LAST_DAY)
                emit(rows, original, digest, doc_id, serial, published, host, text, run_id, original)
            else:
                size, day, precision = entry
                while True:
                    record = gen.record(size, day, precision)
                    digest = hashlib.sha256(record.text.encode()).hexdigest()
                    if digest not in hashes:
                        break
                record.content_hash = digest
                record.host = gen.rng.choice(OUTLETS[record.lang])
                emit(
                    rows,
                    record,
                    digest,
                    doc_id,
                    serial,
                    record.published,
                    record.host,
                    record.text,
                    run_id,
                    None,
                )
                recent.append(record)
                if len(recent) > 64:
                    del recent[0]
            hashes.add(digest)
            events_done += len(recent[-1].events) if len(entry) == 3 else len(recent[-entry[0]].events)
            if len(rows.rows["documents"]) >= chunk_docs:
                flush()
                progress(events_done, n_events)
        flush()
        assert pending is not None
        pending.result()
    cursor.close()
    for _, sql in indexes:
        store.con.execute(sql)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="DuckDB file to create")
    parser.add_argument("--events", type=int, default=1_000_000, help="number of events (default 1000000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--order",
        choices=("random", "chronological"),
        default="random",
        help="storage order of documents (default random: the harder case for date filters)",
    )
    parser.add_argument("--chunk-docs", type=int, default=10_000, help="documents per transaction")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args()
    if args.events < 1:
        parser.error("--events must be at least 1")
    if args.db.exists() or args.db.with_name(args.db.name + ".wal").exists():
        if not args.force:
            parser.error(f"{args.db} exists (use --force to replace it)")
        args.db.unlink(missing_ok=True)
        args.db.with_name(args.db.name + ".wal").unlink(missing_ok=True)

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        print(f"\r{done:>10,} / {total:,} events  {elapsed:6.1f} s", end="", file=sys.stderr, flush=True)

    with Store(args.db) as store:
        config = {"events": args.events, "seed": args.seed, "order": args.order}
        run_id = store.start_run(
            f"benchmarks/generate_events.py --events {args.events} --seed {args.seed} --order {args.order}",
            "synthetic (benchmarks/generate_events.py)",
            config,
        )
        written = generate(
            store, args.events, args.seed, args.order == "chronological", args.chunk_docs, run_id, progress
        )
        store.finish_run(
            run_id, status="done", counts={"read": written["documents"], "new": written["documents"]}
        )
        # The rows went in as whole tables, around Store.write_batch: the explorer's table is
        # built once from them, as the 0004 migration builds it for an older database.
        print(file=sys.stderr)
        print("building the explorer table …", file=sys.stderr, flush=True)
        written["event_rows"] = store.rebuild_explorer()
        store.con.execute("CHECKPOINT")
    elapsed = time.perf_counter() - started
    print(file=sys.stderr)
    size = args.db.stat().st_size
    width = max(len(t) for t in written)
    print(f"{args.db}: {args.events:,} events (seed {args.seed}, {args.order} order)")
    for name, n in written.items():
        print(f"  {name:<{width}}  {n:>12,}")
    print(f"  {'seconds':<{width}}  {elapsed:>12.1f}")
    print(f"  {'file size':<{width}}  {size / 2**20:>9.1f} MB")


if __name__ == "__main__":
    main()
