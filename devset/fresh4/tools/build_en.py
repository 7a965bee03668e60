#!/usr/bin/env python3
"""Build the English part of devset/fresh4: articles/en/hen_*.txt and gold/en.jsonl.

Every offset, sentence index and quote offset is computed here from verbatim spans;
nothing is typed by hand. Run:  python3 devset/fresh4/tools/build_en.py
It writes only articles/en/ and gold/en.jsonl under devset/fresh4, then validates them.
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART_DIR = os.path.join(ROOT, "articles", "en")
GOLD = os.path.join(ROOT, "gold", "en.jsonl")

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "negated", "conditional"}
MODES = {None, "visit", "third-party", "multilateral", "phone"}
ORGS = {"EU", "OAS", "ICC", "NATO", "AMNESTY", "HEZBOLLAH", "HAMAS", "UN"}
STATES = {"HND", "CHN", "TWN", "DOM", "HTI", "NOR", "IRL", "ESP", "PSE", "ISR", "USA", "CYP",
          "LBN", "MNG", "RUS", "UKR", "BWA", "VUT", "AUS", "NZL", "FRA", "CUB", "VAT", "TGO",
          "LTU", "BLR"}

DOCS = []


def doc(doc_id, date, paras, events, quotes, amounts):
    DOCS.append(dict(doc_id=doc_id, date=date, paras=paras, events=events,
                     quotes=quotes, amounts=amounts))


def ev(type_, source, target, required, status, date, evidence, mode="-", location=None,
       source_actor=None, target_actor=None):
    e = {"type": type_, "source": source, "target": target, "required": required}
    if type_ == "CONSULT":
        e["mode"] = None if mode == "-" else mode
    e.update(status=status, date=date, location=location, source_actor=source_actor,
             target_actor=target_actor, evidence=evidence)
    return e


# ---------------------------------------------------------------------------
# hen_001  Honduras switches recognition from Taiwan to China (2023-03-27)
# ---------------------------------------------------------------------------
doc("hen_001", "2023-03-27", [
    "TAIPEI/TEGUCIGALPA, March 27 — Honduras has switched diplomatic recognition from Taiwan to China, leaving the democratically governed island with only 13 formal allies and handing Beijing another win in its campaign to isolate Taipei.",
    "Honduran Foreign Minister Eduardo Enrique Reina and his Chinese counterpart Qin Gang held talks in Beijing on Sunday, signed a joint communique establishing ambassador-level relations and agreed to open negotiations on a free trade agreement, China's foreign ministry said.",
    "The Honduran government had announced late on Saturday that it recognised the People's Republic of China as the sole legitimate government representing all of China and that it was breaking off diplomatic relations with Taiwan with immediate effect.",
    "Taiwan's Foreign Minister Joseph Wu told reporters in Taipei on Sunday that his government had decided to end relations with Honduras and would close its embassy in Tegucigalpa \"to safeguard our sovereignty and dignity\". Wu also accused Beijing on Sunday of luring away Taiwan's allies with money and of trying to squeeze the island's international space. He said Honduras had asked Taiwan for $2.5 billion in aid, including funds for a hospital and a dam, before making the switch.",
    "\"We will not engage in a meaningless contest of dollar diplomacy with China,\" President Tsai Ing-wen said in a video statement on Sunday, adding that Taiwan would keep working with like-minded democracies.",
    "Qin praised the decision on Sunday as the right choice that conformed with the trend of history, according to a ministry readout.",
    "Honduran President Xiomara Castro, who pledged during her 2021 election campaign to open relations with Beijing, is expected to visit China in the coming months, her office said.",
    "The switch leaves Guatemala and Belize as Taiwan's only remaining diplomatic allies in Central America.",
], [
    ev("SUPPORT", "HND", "CHN", True, "occurred", "2023-03-26",
       ["Honduras has switched diplomatic recognition from Taiwan to China",
        "Honduran Foreign Minister Eduardo Enrique Reina and his Chinese counterpart Qin Gang held talks in Beijing on Sunday, signed a joint communique establishing ambassador-level relations"],
       location="Beijing", source_actor="Eduardo Enrique Reina", target_actor="Qin Gang"),
    ev("SUPPORT", "CHN", "HND", True, "occurred", "2023-03-26",
       ["Honduran Foreign Minister Eduardo Enrique Reina and his Chinese counterpart Qin Gang held talks in Beijing on Sunday, signed a joint communique establishing ambassador-level relations"],
       location="Beijing", source_actor="Qin Gang", target_actor="Eduardo Enrique Reina"),
    ev("CONSULT", "HND", "CHN", True, "occurred", "2023-03-26",
       ["Honduran Foreign Minister Eduardo Enrique Reina and his Chinese counterpart Qin Gang held talks in Beijing on Sunday"],
       mode="visit", location="Beijing", source_actor="Eduardo Enrique Reina", target_actor="Qin Gang"),
    ev("AGREE", "HND", "CHN", True, "occurred", "2023-03-26",
       ["agreed to open negotiations on a free trade agreement"],
       location="Beijing", source_actor="Eduardo Enrique Reina", target_actor="Qin Gang"),
    ev("SUPPORT", "HND", "CHN", False, "occurred", "2023-03-25",
       ["The Honduran government had announced late on Saturday that it recognised the People's Republic of China as the sole legitimate government representing all of China"]),
    ev("SANCTION", "HND", "TWN", True, "occurred", "2023-03-25",
       ["Honduras has switched diplomatic recognition from Taiwan to China",
        "that it was breaking off diplomatic relations with Taiwan with immediate effect"]),
    ev("SANCTION", "TWN", "HND", True, "occurred", "2023-03-26",
       ["Taiwan's Foreign Minister Joseph Wu told reporters in Taipei on Sunday that his government had decided to end relations with Honduras and would close its embassy in Tegucigalpa"],
       location="Taipei", source_actor="Joseph Wu"),
    ev("ACCUSE", "TWN", "CHN", True, "occurred", "2023-03-26",
       ["Wu also accused Beijing on Sunday of luring away Taiwan's allies with money and of trying to squeeze the island's international space."],
       source_actor="Joseph Wu"),
    ev("REQUEST", "HND", "TWN", True, "occurred", "2023-03",
       ["He said Honduras had asked Taiwan for $2.5 billion in aid, including funds for a hospital and a dam, before making the switch."]),
    ev("ACCUSE", "TWN", "CHN", False, "occurred", "2023-03-26",
       ["We will not engage in a meaningless contest of dollar diplomacy with China"],
       source_actor="Tsai Ing-wen"),
    ev("REJECT", "TWN", "HND", False, "occurred", "2023-03-26",
       ["We will not engage in a meaningless contest of dollar diplomacy with China"],
       source_actor="Tsai Ing-wen"),
    ev("SUPPORT", "CHN", "HND", False, "occurred", "2023-03-26",
       ["Qin praised the decision on Sunday as the right choice that conformed with the trend of history"],
       source_actor="Qin Gang"),
    ev("CONSULT", "HND", "CHN", True, "planned", None,
       ["Honduran President Xiomara Castro, who pledged during her 2021 election campaign to open relations with Beijing, is expected to visit China in the coming months"],
       mode="visit", location="China", source_actor="Xiomara Castro"),
    ev("AGREE", "HND", "CHN", False, "occurred", "2021",
       ["who pledged during her 2021 election campaign to open relations with Beijing"],
       source_actor="Xiomara Castro"),
], [
    ("Joseph Wu", "TWN", "to safeguard our sovereignty and dignity"),
    ("Tsai Ing-wen", "TWN", "We will not engage in a meaningless contest of dollar diplomacy with China"),
], [
    (2500000000, "USD", "$2.5 billion", "aid Honduras asked Taiwan for", None),
])

# ---------------------------------------------------------------------------
# hen_002  Dominican Republic closes its borders with Haiti (2023-09-16)
# ---------------------------------------------------------------------------
doc("hen_002", "2023-09-16", [
    "SANTO DOMINGO — The Dominican Republic closed all its land, sea and air borders with Haiti on Friday, escalating a dispute over a canal that Haitian farmers are digging to draw water from a river that marks part of the frontier.",
    "On Friday, Dominican troops were deployed along the 390-kilometre border, and trucks loaded with food and building materials were turned back at the busy crossing between Dajabón and the Haitian town of Ouanaminthe, witnesses said.",
    "In a televised address on Thursday, President Luis Abinader announced the closure, demanded that Haitian authorities stop work on the canal and warned that the crossings would remain shut for as long as the digging continued. He said the canal on the Massacre River violated a 1929 treaty between the two countries and would damage farms and wetlands on the Dominican side.",
    "The government had already stopped issuing visas to Haitian citizens on Monday.",
    "\"We will not allow the water of our rivers to be taken in violation of a treaty that both nations signed,\" Abinader said.",
    "Haiti's government said in a statement on Friday that the canal was being built on Haitian soil and that the work would go on, calling it a matter of national sovereignty. Foreign Minister Jean Victor Généus accused Santo Domingo of overreacting and said the closure would hurt poor families on both sides of the border.",
    "\"Closing the border is not the answer to a problem that can be solved around a table,\" Généus told a radio station in Port-au-Prince.",
    "In Ouanaminthe, hundreds of Haitians marched on Friday carrying shovels and national flags to protest against the closure, while volunteers kept digging at the canal site.",
    "Delegations from the two governments met in Dajabón last week but failed to agree on a joint technical study of the canal, officials on both sides said.",
    "The Organization of American States on Saturday urged both governments to avoid steps that could raise tensions and to settle the dispute through dialogue.",
    "Haiti buys more than $1 billion worth of Dominican goods a year, making it one of the Dominican Republic's largest export markets.",
], [
    ev("COERCE", "DOM", "HTI", True, "occurred", "2023-09-15",
       ["The Dominican Republic closed all its land, sea and air borders with Haiti on Friday",
        "President Luis Abinader announced the closure"],
       source_actor="Luis Abinader"),
    ev("SANCTION", "DOM", "HTI", False, "occurred", "2023-09-15",
       ["The Dominican Republic closed all its land, sea and air borders with Haiti on Friday"],
       source_actor="Luis Abinader"),
    ev("MOBILIZE", "DOM", "HTI", True, "occurred", "2023-09-15",
       ["On Friday, Dominican troops were deployed along the 390-kilometre border"]),
    ev("REQUEST", "DOM", "HTI", True, "occurred", "2023-09-14",
       ["demanded that Haitian authorities stop work on the canal"],
       source_actor="Luis Abinader"),
    ev("THREATEN", "DOM", "HTI", True, "conditional", "2023-09-14",
       ["warned that the crossings would remain shut for as long as the digging continued"],
       source_actor="Luis Abinader"),
    ev("ACCUSE", "DOM", "HTI", False, "occurred", "2023-09-14",
       ["He said the canal on the Massacre River violated a 1929 treaty between the two countries and would damage farms and wetlands on the Dominican side."],
       source_actor="Luis Abinader"),
    ev("COERCE", "DOM", "HTI", True, "occurred", "2023-09-11",
       ["The government had already stopped issuing visas to Haitian citizens on Monday."]),
    ev("SANCTION", "DOM", "HTI", False, "occurred", "2023-09-11",
       ["The government had already stopped issuing visas to Haitian citizens on Monday."]),
    ev("REJECT", "HTI", "DOM", True, "occurred", "2023-09-15",
       ["Haiti's government said in a statement on Friday that the canal was being built on Haitian soil and that the work would go on, calling it a matter of national sovereignty."]),
    ev("ACCUSE", "HTI", "DOM", True, "occurred", "2023-09-16",
       ["Foreign Minister Jean Victor Généus accused Santo Domingo of overreacting and said the closure would hurt poor families on both sides of the border."],
       source_actor="Jean Victor Généus"),
    ev("REQUEST", "HTI", "DOM", False, "occurred", "2023-09-16",
       ["Closing the border is not the answer to a problem that can be solved around a table"],
       source_actor="Jean Victor Généus"),
    ev("PROTEST", "HTI", "DOM", True, "occurred", "2023-09-15",
       ["In Ouanaminthe, hundreds of Haitians marched on Friday carrying shovels and national flags to protest against the closure"],
       location="Ouanaminthe"),
    ev("CONSULT", "HTI", "DOM", True, "occurred", "2023-09",
       ["Delegations from the two governments met in Dajabón last week"],
       mode="visit", location="Dajabón"),
    ev("AGREE", "HTI", "DOM", False, "negated", "2023-09",
       ["failed to agree on a joint technical study of the canal"],
       location="Dajabón"),
    ev("REQUEST", "OAS", "DOM", True, "occurred", "2023-09-16",
       ["The Organization of American States on Saturday urged both governments to avoid steps that could raise tensions and to settle the dispute through dialogue."]),
    ev("REQUEST", "OAS", "HTI", True, "occurred", "2023-09-16",
       ["The Organization of American States on Saturday urged both governments to avoid steps that could raise tensions and to settle the dispute through dialogue."]),
], [
    ("Luis Abinader", "DOM", "We will not allow the water of our rivers to be taken in violation of a treaty that both nations signed"),
    ("Jean Victor Généus", "HTI", "Closing the border is not the answer to a problem that can be solved around a table"),
], [
    (1000000000, "USD", "$1 billion", "Dominican goods bought by Haiti each year", None),
])

# ---------------------------------------------------------------------------
# hen_003  Norway, Ireland and Spain to recognise Palestine; Israel recalls envoys (2024-05-22)
# ---------------------------------------------------------------------------
doc("hen_003", "2024-05-22", [
    "OSLO/DUBLIN/MADRID — Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian state on May 28, prompting Israel to recall its ambassadors from Oslo and Dublin in protest.",
    "\"There cannot be peace in the Middle East if there is no recognition,\" Norwegian Prime Minister Jonas Gahr Støre told a news conference in Oslo, adding that Norway would recognise Palestine within the borders that existed before 1967.",
    "Irish Taoiseach Simon Harris called it \"an historic and important day for Ireland and for Palestine\". Spanish Prime Minister Pedro Sánchez told parliament in Madrid that the recognition would take effect next Tuesday and was \"a matter of historic justice\" for the Palestinian people.",
    "Israeli Foreign Minister Israel Katz ordered the immediate return of Israel's ambassadors to Ireland and Norway for consultations and accused the two governments of rewarding terrorism after the Hamas-led attack on Israel on October 7.",
    "In a statement issued before Sánchez spoke, Katz warned that Israel would take the same step against Spain if Madrid went ahead with its plan.",
    "Katz said he would summon the ambassadors of the three countries on Thursday for a reprimand.",
    "Palestinian President Mahmoud Abbas welcomed the decisions of Norway, Ireland and Spain and called on other countries to follow their example.",
    "Norwegian Foreign Minister Espen Barth Eide said he had informed US Secretary of State Antony Blinken of the decision in a phone call on Tuesday.",
    "Some 140 of the 193 UN member states already recognise a Palestinian state, but most Western European governments have so far held back, saying recognition should come as part of a negotiated settlement.",
], [
    ev("SUPPORT", "NOR", "PSE", True, "planned", "2024-05-28",
       ["Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian state on May 28",
        "adding that Norway would recognise Palestine within the borders that existed before 1967"],
       source_actor="Jonas Gahr Støre"),
    ev("SUPPORT", "IRL", "PSE", True, "planned", "2024-05-28",
       ["Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian state on May 28",
        "Irish Taoiseach Simon Harris called it \"an historic and important day for Ireland and for Palestine\"."],
       source_actor="Simon Harris"),
    ev("SUPPORT", "ESP", "PSE", True, "planned", "2024-05-28",
       ["Norway, Ireland and Spain said on Wednesday they would formally recognise a Palestinian state on May 28",
        "Spanish Prime Minister Pedro Sánchez told parliament in Madrid that the recognition would take effect next Tuesday"],
       source_actor="Pedro Sánchez"),
    ev("SANCTION", "ISR", "IRL", True, "occurred", "2024-05-22",
       ["prompting Israel to recall its ambassadors from Oslo and Dublin in protest",
        "Israeli Foreign Minister Israel Katz ordered the immediate return of Israel's ambassadors to Ireland and Norway for consultations"],
       source_actor="Israel Katz"),
    ev("SANCTION", "ISR", "NOR", True, "occurred", "2024-05-22",
       ["prompting Israel to recall its ambassadors from Oslo and Dublin in protest",
        "Israeli Foreign Minister Israel Katz ordered the immediate return of Israel's ambassadors to Ireland and Norway for consultations"],
       source_actor="Israel Katz"),
    ev("ACCUSE", "ISR", "IRL", True, "occurred", "2024-05-22",
       ["accused the two governments of rewarding terrorism after the Hamas-led attack on Israel on October 7"],
       source_actor="Israel Katz"),
    ev("ACCUSE", "ISR", "NOR", True, "occurred", "2024-05-22",
       ["accused the two governments of rewarding terrorism after the Hamas-led attack on Israel on October 7"],
       source_actor="Israel Katz"),
    ev("ASSAULT", "HAMAS", "ISR", False, "occurred", "2023-10-07",
       ["the Hamas-led attack on Israel on October 7"]),
    ev("THREATEN", "ISR", "ESP", True, "conditional", "2024-05-22",
       ["Katz warned that Israel would take the same step against Spain if Madrid went ahead with its plan"],
       source_actor="Israel Katz"),
    ev("SANCTION", "ISR", "ESP", False, "conditional", None,
       ["Israel would take the same step against Spain if Madrid went ahead with its plan"],
       source_actor="Israel Katz"),
    ev("ACCUSE", "ISR", "NOR", True, "planned", "2024-05-23",
       ["Katz said he would summon the ambassadors of the three countries on Thursday for a reprimand."],
       source_actor="Israel Katz"),
    ev("ACCUSE", "ISR", "IRL", True, "planned", "2024-05-23",
       ["Katz said he would summon the ambassadors of the three countries on Thursday for a reprimand."],
       source_actor="Israel Katz"),
    ev("ACCUSE", "ISR", "ESP", True, "planned", "2024-05-23",
       ["Katz said he would summon the ambassadors of the three countries on Thursday for a reprimand."],
       source_actor="Israel Katz"),
    ev("SUPPORT", "PSE", "NOR", True, "occurred", "2024-05-22",
       ["Palestinian President Mahmoud Abbas welcomed the decisions of Norway, Ireland and Spain"],
       source_actor="Mahmoud Abbas"),
    ev("SUPPORT", "PSE", "IRL", True, "occurred", "2024-05-22",
       ["Palestinian President Mahmoud Abbas welcomed the decisions of Norway, Ireland and Spain"],
       source_actor="Mahmoud Abbas"),
    ev("SUPPORT", "PSE", "ESP", True, "occurred", "2024-05-22",
       ["Palestinian President Mahmoud Abbas welcomed the decisions of Norway, Ireland and Spain"],
       source_actor="Mahmoud Abbas"),
    ev("CONSULT", "NOR", "USA", True, "occurred", "2024-05-21",
       ["Norwegian Foreign Minister Espen Barth Eide said he had informed US Secretary of State Antony Blinken of the decision in a phone call on Tuesday."],
       mode="phone", source_actor="Espen Barth Eide", target_actor="Antony Blinken"),
], [
    ("Jonas Gahr Støre", "NOR", "There cannot be peace in the Middle East if there is no recognition"),
    ("Simon Harris", "IRL", "an historic and important day for Ireland and for Palestine"),
    ("Pedro Sánchez", "ESP", "a matter of historic justice"),
], [])

# ---------------------------------------------------------------------------
# hen_004  Nasrallah warns Cyprus; Nicosia rejects it (2024-06-20)
# ---------------------------------------------------------------------------
doc("hen_004", "2024-06-20", [
    "NICOSIA — Cyprus on Thursday rejected a warning from Hezbollah leader Hassan Nasrallah that the island could become a target if it allowed Israel to use its airports and bases, saying it had no role in any military operation in the region.",
    "In a televised speech on Wednesday, Nasrallah warned that no part of Israel would be spared in the event of a full-scale war and said the group would treat Cyprus as a party to the conflict if the Cypriot government opened its facilities to Israeli forces attacking Lebanon.",
    "“Opening Cypriot airports and bases to the Israeli enemy to target Lebanon means that the Cypriot government has become part of the war,” Nasrallah said, adding that Israel had carried out military exercises on the island.",
    "“Cyprus is not involved, and will not be involved, in any way in wars,” President Nikos Christodoulides told reporters in Nicosia, describing the island as part of the solution and not part of the problem.",
    "He said Cyprus was being used only for humanitarian purposes, pointing to the maritime corridor it opened in March to ship aid to Gaza.",
    "“The European Union stands firmly by Cyprus,” EU foreign policy spokesman Peter Stano told reporters in Brussels, adding that a threat against one member state was a threat against the whole bloc.",
    "Lebanon's caretaker Foreign Minister Abdallah Bou Habib called his Cypriot counterpart Constantinos Kombos on Thursday to stress that Beirut valued its close ties with Nicosia, the Cypriot foreign ministry said.",
    "Nasrallah's speech came a day after Israeli Foreign Minister Israel Katz warned that Hezbollah would be destroyed in an all-out war, as cross-border fire between the two sides has intensified since the war in Gaza began in October.",
], [
    ev("THREATEN", "HEZBOLLAH", "CYP", True, "conditional", "2024-06-19",
       ["a warning from Hezbollah leader Hassan Nasrallah that the island could become a target if it allowed Israel to use its airports and bases",
        "said the group would treat Cyprus as a party to the conflict if the Cypriot government opened its facilities to Israeli forces attacking Lebanon",
        "Opening Cypriot airports and bases to the Israeli enemy to target Lebanon means that the Cypriot government has become part of the war"],
       source_actor="Hassan Nasrallah"),
    ev("ASSAULT", "HEZBOLLAH", "CYP", False, "conditional", None,
       ["the island could become a target if it allowed Israel to use its airports and bases"],
       source_actor="Hassan Nasrallah"),
    ev("THREATEN", "HEZBOLLAH", "ISR", True, "conditional", "2024-06-19",
       ["In a televised speech on Wednesday, Nasrallah warned that no part of Israel would be spared in the event of a full-scale war"],
       source_actor="Hassan Nasrallah"),
    ev("ACCUSE", "HEZBOLLAH", "CYP", False, "occurred", "2024-06-19",
       ["adding that Israel had carried out military exercises on the island"],
       source_actor="Hassan Nasrallah"),
    ev("COOPERATE", "ISR", "CYP", False, "occurred", "2024-06",
       ["Israel had carried out military exercises on the island"]),
    ev("REJECT", "CYP", "HEZBOLLAH", True, "occurred", "2024-06-20",
       ["Cyprus on Thursday rejected a warning from Hezbollah leader Hassan Nasrallah",
        "“Cyprus is not involved, and will not be involved, in any way in wars,” President Nikos Christodoulides told reporters in Nicosia"],
       location="Nicosia", source_actor="Nikos Christodoulides", target_actor="Hassan Nasrallah"),
    ev("AID", "CYP", "PSE", False, "occurred", "2024-03",
       ["the maritime corridor it opened in March to ship aid to Gaza"]),
    ev("SUPPORT", "EU", "CYP", True, "occurred", "2024-06-20",
       ["“The European Union stands firmly by Cyprus,” EU foreign policy spokesman Peter Stano told reporters in Brussels"],
       location="Brussels", source_actor="Peter Stano"),
    ev("ACCUSE", "EU", "HEZBOLLAH", False, "occurred", "2024-06-20",
       ["adding that a threat against one member state was a threat against the whole bloc"],
       source_actor="Peter Stano"),
    ev("CONSULT", "LBN", "CYP", True, "occurred", "2024-06-20",
       ["Lebanon's caretaker Foreign Minister Abdallah Bou Habib called his Cypriot counterpart Constantinos Kombos on Thursday"],
       mode="phone", source_actor="Abdallah Bou Habib", target_actor="Constantinos Kombos"),
    ev("SUPPORT", "LBN", "CYP", False, "occurred", "2024-06-20",
       ["to stress that Beirut valued its close ties with Nicosia"],
       source_actor="Abdallah Bou Habib"),
    ev("THREATEN", "ISR", "HEZBOLLAH", True, "conditional", "2024-06-18",
       ["Nasrallah's speech came a day after Israeli Foreign Minister Israel Katz warned that Hezbollah would be destroyed in an all-out war"],
       source_actor="Israel Katz"),
    ev("ASSAULT", "ISR", "HEZBOLLAH", False, "occurred", "2024-06",
       ["cross-border fire between the two sides has intensified since the war in Gaza began in October"]),
    ev("ASSAULT", "HEZBOLLAH", "ISR", False, "occurred", "2024-06",
       ["cross-border fire between the two sides has intensified since the war in Gaza began in October"]),
], [
    ("Hassan Nasrallah", "HEZBOLLAH", "Opening Cypriot airports and bases to the Israeli enemy to target Lebanon means that the Cypriot government has become part of the war"),
    ("Nikos Christodoulides", "CYP", "Cyprus is not involved, and will not be involved, in any way in wars"),
    ("Peter Stano", "EU", "The European Union stands firmly by Cyprus"),
], [])

# ---------------------------------------------------------------------------
# hen_005  Putin in Mongolia despite ICC warrant (2024-09-03)
# ---------------------------------------------------------------------------
doc("hen_005", "2024-09-03", [
    "ULAANBAATAR — Mongolia gave Russian President Vladimir Putin a red-carpet welcome on Tuesday and did not act on an International Criminal Court warrant for his arrest, drawing sharp criticism from Ukraine and the European Union.",
    "Putin, on his first trip to a member state of the court since it issued the warrant in March 2023, was greeted by an honour guard on the central Sükhbaatar Square before holding talks with President Ukhnaagiin Khurelsukh in the capital.",
    "The two leaders signed agreements on supplies of aviation fuel and petroleum products to Mongolia and on the modernisation of a power plant in Ulaanbaatar, the Kremlin said.",
    "Ukraine's foreign ministry said Mongolia's failure to arrest Putin was \"a heavy blow\" to the court and to the international criminal justice system, and that Kyiv would work with its partners to make sure Ulaanbaatar faced consequences.",
    "Kyiv had urged Mongolia last week to detain the Russian leader and hand him over to the court in The Hague.",
    "The court's spokesman, Fadi El Abdallah, also said last week that member states had an obligation to cooperate with the court and to arrest people subject to its warrants.",
    "\"Mongolia is a state party to the Rome Statute and has obligations under it, and we regret that it did not fulfil them,\" a spokesperson for the EU's foreign service said.",
    "Kremlin spokesman Dmitry Peskov had said last week that Moscow had no concerns about the trip.",
    "Mongolia, a landlocked democracy wedged between Russia and China, imports nearly all of its fuel from Russia, and its government has not commented publicly on the warrant.",
], [
    ev("CONSULT", "RUS", "MNG", True, "occurred", "2024-09-03",
       ["Mongolia gave Russian President Vladimir Putin a red-carpet welcome on Tuesday",
        "was greeted by an honour guard on the central Sükhbaatar Square before holding talks with President Ukhnaagiin Khurelsukh in the capital"],
       mode="visit", location="Ulaanbaatar", source_actor="Vladimir Putin", target_actor="Ukhnaagiin Khurelsukh"),
    ev("COERCE", "MNG", "RUS", False, "negated", "2024-09-03",
       ["did not act on an International Criminal Court warrant for his arrest",
        "Mongolia's failure to arrest Putin"],
       target_actor="Vladimir Putin"),
    ev("COERCE", "ICC", "RUS", False, "occurred", "2023-03",
       ["since it issued the warrant in March 2023"],
       target_actor="Vladimir Putin"),
    ev("COOPERATE", "RUS", "MNG", True, "occurred", "2024-09-03",
       ["The two leaders signed agreements on supplies of aviation fuel and petroleum products to Mongolia and on the modernisation of a power plant in Ulaanbaatar"],
       location="Ulaanbaatar", source_actor="Vladimir Putin", target_actor="Ukhnaagiin Khurelsukh"),
    ev("SUPPORT", "RUS", "MNG", False, "occurred", "2024-09-03",
       ["The two leaders signed agreements on supplies of aviation fuel and petroleum products to Mongolia"],
       source_actor="Vladimir Putin", target_actor="Ukhnaagiin Khurelsukh"),
    ev("SUPPORT", "MNG", "RUS", False, "occurred", "2024-09-03",
       ["The two leaders signed agreements on supplies of aviation fuel and petroleum products to Mongolia"],
       source_actor="Ukhnaagiin Khurelsukh", target_actor="Vladimir Putin"),
    ev("ACCUSE", "UKR", "MNG", True, "occurred", "2024-09-03",
       ["drawing sharp criticism from Ukraine and the European Union",
        "Ukraine's foreign ministry said Mongolia's failure to arrest Putin was \"a heavy blow\" to the court and to the international criminal justice system"]),
    ev("THREATEN", "UKR", "MNG", True, "occurred", "2024-09-03",
       ["Kyiv would work with its partners to make sure Ulaanbaatar faced consequences"]),
    ev("REQUEST", "UKR", "MNG", True, "occurred", "2024-08",
       ["Kyiv had urged Mongolia last week to detain the Russian leader and hand him over to the court in The Hague."]),
    ev("REQUEST", "ICC", "MNG", False, "occurred", "2024-08",
       ["The court's spokesman, Fadi El Abdallah, also said last week that member states had an obligation to cooperate with the court and to arrest people subject to its warrants."],
       source_actor="Fadi El Abdallah"),
    ev("ACCUSE", "EU", "MNG", True, "occurred", "2024-09-03",
       ["drawing sharp criticism from Ukraine and the European Union",
        "\"Mongolia is a state party to the Rome Statute and has obligations under it, and we regret that it did not fulfil them,\" a spokesperson for the EU's foreign service said."]),
], [
    ("EU spokesperson", "EU", "Mongolia is a state party to the Rome Statute and has obligations under it, and we regret that it did not fulfil them"),
], [])

# ---------------------------------------------------------------------------
# hen_006  Botswana diamond slump (no codable event) (2025-02-21)
# ---------------------------------------------------------------------------
doc("hen_006", "2025-02-21", [
    "GABORONE — Botswana's diamond industry is heading for a second difficult year as weak demand for natural stones and competition from cheaper laboratory-grown gems weigh on prices, industry figures showed on Friday.",
    "De Beers, the world's biggest diamond producer by value, said on Thursday that its revenue fell to $3.3 billion in 2024 from $4.3 billion in 2023, and that it expected to mine between 20 million and 23 million carats of rough diamonds this year.",
    "Debswana, the company's joint venture with the state, produced about 17.9 million carats last year, down from 24.7 million a year earlier, as it idled processing plants to avoid adding to unsold inventory.",
    "Diamonds account for about 80 percent of Botswana's export earnings and roughly a quarter of its economic output, leaving the country of 2.5 million people exposed to the slump.",
    "\"Lab-grown stones have taken a big share of the engagement ring market in the United States, and that is not coming back quickly,\" said Keitumetse Molefe, a Gaborone-based economist. \"The adjustment will be long and painful for a country that has depended on one product for five decades.\"",
    "At a small cutting and polishing workshop on the edge of the capital, manager Tebogo Sithole said orders had halved since 2023 and that a one-carat polished stone that sold for 60,000 pula two years ago now fetched about 40,000 pula.",
    "Analysts expect prices to stay under pressure at least until the middle of the year, when stockpiles held by producers and traders in India and Belgium could begin to clear.",
], [], [
    ("Keitumetse Molefe", "BWA", "Lab-grown stones have taken a big share of the engagement ring market in the United States, and that is not coming back quickly"),
    ("Keitumetse Molefe", "BWA", "The adjustment will be long and painful for a country that has depended on one product for five decades."),
], [
    (3300000000, "USD", "$3.3 billion", "De Beers revenue", 2024),
    (4300000000, "USD", "$4.3 billion", "De Beers revenue", 2023),
    (60000, "BWP", "60,000 pula", "price of a one-carat polished stone two years ago", None),
    (40000, "BWP", "40,000 pula", "price of a one-carat polished stone now", None),
])

# ---------------------------------------------------------------------------
# hen_007  Vanuatu earthquake: aid from Australia, New Zealand, France, China (2024-12-19)
# ---------------------------------------------------------------------------
doc("hen_007", "2024-12-19", [
    "PORT VILA — Australian and New Zealand military aircraft landed in Vanuatu's capital on Wednesday carrying search-and-rescue teams and relief supplies, a day after a magnitude 7.3 earthquake killed at least 14 people and brought down buildings across Port Vila.",
    "Vanuatu's caretaker government declared a seven-day state of emergency on Tuesday night and imposed a curfew in the capital, the prime minister's office said. The Pacific nation of about 320,000 people is due to hold a snap general election on January 16.",
    "Prime Minister Charlot Salwai said his government had asked Australia and New Zealand for urban search-and-rescue teams within hours of the quake, which struck shortly before 1 in the afternoon on Tuesday.",
    "Australian Prime Minister Anthony Albanese said he had spoken to Salwai by phone on Tuesday evening and offered any help Vanuatu needed. \"Australia stands ready to support our Pacific family through this difficult time,\" he said.",
    "Foreign Minister Penny Wong announced an initial A$5 million in humanitarian assistance, and a team of Australian disaster specialists was flown in on a Royal Australian Air Force C-17.",
    "A New Zealand Defence Force Hercules carrying about 50 rescuers and medical staff also reached Port Vila on Wednesday, New Zealand's Foreign Minister Winston Peters said.",
    "France said on Thursday it would send a military aircraft with supplies and rescuers from New Caledonia, and China's foreign ministry said Beijing would provide emergency humanitarian aid to Vanuatu.",
    "The quake damaged a building housing the US, British, French and New Zealand embassies and cracked a bridge leading to the capital's main port, officials said.",
    "Rescuers worked through the night at a collapsed shopping centre in the city centre. \"The whole building just folded, and we could hear people calling for help underneath,\" said a shop owner who escaped with cuts to his arms.",
], [
    ev("AID", "AUS", "VUT", True, "occurred", "2024-12-18",
       ["Australian and New Zealand military aircraft landed in Vanuatu's capital on Wednesday carrying search-and-rescue teams and relief supplies",
        "a team of Australian disaster specialists was flown in on a Royal Australian Air Force C-17"],
       location="Port Vila"),
    ev("AID", "NZL", "VUT", True, "occurred", "2024-12-18",
       ["Australian and New Zealand military aircraft landed in Vanuatu's capital on Wednesday carrying search-and-rescue teams and relief supplies",
        "A New Zealand Defence Force Hercules carrying about 50 rescuers and medical staff also reached Port Vila on Wednesday"],
       location="Port Vila"),
    ev("COERCE", "VUT", "VUT", True, "occurred", "2024-12-17",
       ["Vanuatu's caretaker government declared a seven-day state of emergency on Tuesday night"],
       source_actor="Charlot Salwai"),
    ev("COERCE", "VUT", "VUT", False, "occurred", "2024-12-17",
       ["imposed a curfew in the capital"],
       location="Port Vila", source_actor="Charlot Salwai"),
    ev("REQUEST", "VUT", "AUS", True, "occurred", "2024-12-17",
       ["Prime Minister Charlot Salwai said his government had asked Australia and New Zealand for urban search-and-rescue teams within hours of the quake"],
       source_actor="Charlot Salwai"),
    ev("REQUEST", "VUT", "NZL", True, "occurred", "2024-12-17",
       ["Prime Minister Charlot Salwai said his government had asked Australia and New Zealand for urban search-and-rescue teams within hours of the quake"],
       source_actor="Charlot Salwai"),
    ev("CONSULT", "AUS", "VUT", True, "occurred", "2024-12-17",
       ["Australian Prime Minister Anthony Albanese said he had spoken to Salwai by phone on Tuesday evening"],
       mode="phone", source_actor="Anthony Albanese", target_actor="Charlot Salwai"),
    ev("AGREE", "AUS", "VUT", True, "occurred", "2024-12-17",
       ["offered any help Vanuatu needed",
        "\"Australia stands ready to support our Pacific family through this difficult time,\" he said."],
       source_actor="Anthony Albanese", target_actor="Charlot Salwai"),
    ev("AID", "AUS", "VUT", False, "occurred", "2024-12-19",
       ["Foreign Minister Penny Wong announced an initial A$5 million in humanitarian assistance"],
       source_actor="Penny Wong"),
    ev("AID", "FRA", "VUT", True, "planned", None,
       ["France said on Thursday it would send a military aircraft with supplies and rescuers from New Caledonia"]),
    ev("AGREE", "FRA", "VUT", False, "occurred", "2024-12-19",
       ["France said on Thursday it would send a military aircraft with supplies and rescuers from New Caledonia"]),
    ev("AID", "CHN", "VUT", True, "planned", None,
       ["China's foreign ministry said Beijing would provide emergency humanitarian aid to Vanuatu"]),
    ev("AGREE", "CHN", "VUT", False, "occurred", "2024-12-19",
       ["China's foreign ministry said Beijing would provide emergency humanitarian aid to Vanuatu"]),
], [
    ("Anthony Albanese", "AUS", "Australia stands ready to support our Pacific family through this difficult time"),
    ("shop owner", "VUT", "The whole building just folded, and we could hear people calling for help underneath"),
], [
    (5000000, "AUD", "A$5 million", "Australian humanitarian assistance to Vanuatu", None),
])

# ---------------------------------------------------------------------------
# hen_008  Cuba prisoner releases and US terrorism-list removal (2025-01-15)
# ---------------------------------------------------------------------------
doc("hen_008", "2025-01-15", [
    "HAVANA/WASHINGTON — Cuba said on Tuesday it would gradually release 553 prisoners following talks with the Vatican, hours after the White House announced that President Joe Biden would remove the island from the US list of state sponsors of terrorism.",
    "The White House said Biden would also waive a provision that allows US citizens to sue over property confiscated after the 1959 revolution and would scrap a list of Cuban entities with which Americans are barred from doing business.",
    "A senior administration official told reporters that the Catholic Church had facilitated the understanding, and that Washington had kept the Vatican informed at every step.",
    "In a statement on Tuesday, Cuba's foreign ministry called the US move “a decision in the right direction, although limited in scope” and accused Washington of maintaining an economic embargo that it said was strangling the island.",
    "Foreign Minister Bruno Rodríguez wrote on X on Tuesday night that Cuba should never have been put on the list in the first place.",
    "Releases began on Wednesday, and relatives and rights groups said at least 20 prisoners had been freed by the afternoon, among them people jailed after the island-wide anti-government protests of July 2021.",
    "Biden's decision could be short-lived. President-elect Donald Trump, who takes office on Monday, is expected to restore Cuba to the list, and several Republican lawmakers criticised the move on Tuesday as a reward for a repressive government.",
    "Cuba was returned to the list in January 2021, days before the end of Trump's first term, after former President Barack Obama had removed it in 2015.",
], [
    ev("CONCEDE", "USA", "CUB", True, "occurred", "2025-01-14",
       ["the White House announced that President Joe Biden would remove the island from the US list of state sponsors of terrorism"],
       location="Washington", source_actor="Joe Biden"),
    ev("RETREAT", "USA", "CUB", False, "occurred", "2025-01-14",
       ["the White House announced that President Joe Biden would remove the island from the US list of state sponsors of terrorism"],
       source_actor="Joe Biden"),
    ev("CONCEDE", "USA", "CUB", False, "occurred", "2025-01-14",
       ["The White House said Biden would also waive a provision that allows US citizens to sue over property confiscated after the 1959 revolution and would scrap a list of Cuban entities with which Americans are barred from doing business."],
       source_actor="Joe Biden"),
    ev("RETREAT", "CUB", "CUB", False, "planned", None,
       ["Cuba said on Tuesday it would gradually release 553 prisoners"]),
    ev("RETREAT", "CUB", "CUB", True, "occurred", "2025-01-15",
       ["Releases began on Wednesday, and relatives and rights groups said at least 20 prisoners had been freed by the afternoon"]),
    ev("CONSULT", "VAT", "CUB", True, "occurred", "2025-01",
       ["Cuba said on Tuesday it would gradually release 553 prisoners following talks with the Vatican",
        "A senior administration official told reporters that the Catholic Church had facilitated the understanding"]),
    ev("CONSULT", "VAT", "USA", True, "occurred", "2025-01",
       ["A senior administration official told reporters that the Catholic Church had facilitated the understanding, and that Washington had kept the Vatican informed at every step."]),
    ev("SUPPORT", "CUB", "USA", True, "occurred", "2025-01-14",
       ["In a statement on Tuesday, Cuba's foreign ministry called the US move “a decision in the right direction, although limited in scope”"]),
    ev("ACCUSE", "CUB", "USA", True, "occurred", "2025-01-14",
       ["accused Washington of maintaining an economic embargo that it said was strangling the island"]),
    ev("ACCUSE", "CUB", "USA", True, "occurred", "2025-01-14",
       ["Foreign Minister Bruno Rodríguez wrote on X on Tuesday night that Cuba should never have been put on the list in the first place."],
       source_actor="Bruno Rodríguez"),
    ev("PROTEST", "CUB", "CUB", False, "occurred", "2021-07",
       ["the island-wide anti-government protests of July 2021"]),
    ev("COERCE", "CUB", "CUB", False, "occurred", "2021-07",
       ["people jailed after the island-wide anti-government protests of July 2021"]),
    ev("SANCTION", "USA", "CUB", False, "planned", None,
       ["is expected to restore Cuba to the list"],
       source_actor="Donald Trump"),
    ev("ACCUSE", "USA", "USA", True, "occurred", "2025-01-14",
       ["several Republican lawmakers criticised the move on Tuesday as a reward for a repressive government"]),
    ev("ACCUSE", "USA", "CUB", False, "occurred", "2025-01-14",
       ["several Republican lawmakers criticised the move on Tuesday as a reward for a repressive government"]),
    ev("SANCTION", "USA", "CUB", False, "occurred", "2021-01",
       ["Cuba was returned to the list in January 2021, days before the end of Trump's first term"],
       source_actor="Donald Trump"),
    ev("CONCEDE", "USA", "CUB", False, "occurred", "2015",
       ["after former President Barack Obama had removed it in 2015"],
       source_actor="Barack Obama"),
], [
    ("Cuban foreign ministry", "CUB", "a decision in the right direction, although limited in scope"),
], [])

# ---------------------------------------------------------------------------
# hen_009  Togo protests (2025-06-30)
# ---------------------------------------------------------------------------
doc("hen_009", "2025-06-30", [
    "LOMÉ — At least seven people died during three days of anti-government protests in Togo last week, a coalition of civil society groups said on Sunday, accusing the security forces of using brutal force against demonstrators in the capital.",
    "Young protesters blocked streets with burning tyres and barricades in several Lomé neighbourhoods from Thursday to Saturday, demanding the departure of Faure Gnassingbé, who has led the country since 2005.",
    "Gnassingbé was sworn in last month as President of the Council of Ministers, a new post with broad powers and no term limits created under a constitutional overhaul that opponents call a power grab.",
    "Witnesses said police and soldiers fired tear gas and beat demonstrators during the protests, and that some young men were chased into a lagoon in the Bè district, where several bodies were later recovered.",
    "Dozens of people were arrested by police during the protests, according to lawyers for some of the detainees.",
    "In a statement on Sunday, the government deplored the loss of life but rejected any responsibility for the deaths, accused Togolese activists based abroad of using social media to incite violence and said most of those detained had been released. It said the bodies recovered from the lagoon were those of people who had drowned.",
    "\"The government deplores the loss of life and reaffirms that the defence and security forces acted with restraint and professionalism,\" the statement said.",
    "\"We are tired of one family ruling us for 58 years,\" said a 24-year-old motorcycle taxi driver in the Bè district who asked not to be named.",
    "Amnesty International called on the authorities to open an independent investigation into the deaths and to release everyone held for taking part in peaceful protests.",
    "The unrest was the second wave of demonstrations this month, after protests in early June that followed the arrest in May of a rapper who had criticised the government.",
], [
    ev("ACCUSE", "TGO", "TGO", True, "occurred", "2025-06-29",
       ["a coalition of civil society groups said on Sunday, accusing the security forces of using brutal force against demonstrators in the capital"]),
    ev("PROTEST", "TGO", "TGO", True, "occurred", "2025-06",
       ["three days of anti-government protests in Togo last week",
        "Young protesters blocked streets with burning tyres and barricades in several Lomé neighbourhoods from Thursday to Saturday"],
       location="Lomé", target_actor="Faure Gnassingbé"),
    ev("REQUEST", "TGO", "TGO", False, "occurred", "2025-06",
       ["demanding the departure of Faure Gnassingbé"],
       target_actor="Faure Gnassingbé"),
    ev("ACCUSE", "TGO", "TGO", False, "occurred", "2025-06",
       ["a constitutional overhaul that opponents call a power grab"]),
    ev("ASSAULT", "TGO", "TGO", True, "occurred", "2025-06",
       ["Witnesses said police and soldiers fired tear gas and beat demonstrators during the protests"],
       location="Lomé"),
    ev("COERCE", "TGO", "TGO", True, "occurred", "2025-06",
       ["Dozens of people were arrested by police during the protests"]),
    ev("REJECT", "TGO", "TGO", True, "occurred", "2025-06-29",
       ["In a statement on Sunday, the government deplored the loss of life but rejected any responsibility for the deaths",
        "It said the bodies recovered from the lagoon were those of people who had drowned."]),
    ev("ACCUSE", "TGO", "TGO", True, "occurred", "2025-06-29",
       ["accused Togolese activists based abroad of using social media to incite violence"]),
    ev("RETREAT", "TGO", "TGO", True, "occurred", "2025-06",
       ["said most of those detained had been released"]),
    ev("REQUEST", "AMNESTY", "TGO", True, "occurred", "2025-06-30",
       ["Amnesty International called on the authorities to open an independent investigation into the deaths and to release everyone held for taking part in peaceful protests."]),
    ev("PROTEST", "TGO", "TGO", False, "occurred", "2025-06",
       ["after protests in early June"]),
    ev("COERCE", "TGO", "TGO", False, "occurred", "2025-05",
       ["the arrest in May of a rapper who had criticised the government"]),
], [
    ("Togolese government", "TGO", "The government deplores the loss of life and reaffirms that the defence and security forces acted with restraint and professionalism"),
    ("motorcycle taxi driver", "TGO", "We are tired of one family ruling us for 58 years"),
], [])

# ---------------------------------------------------------------------------
# hen_010  Lithuania closes the Belarus border over balloons (2025-10-28)
# ---------------------------------------------------------------------------
doc("hen_010", "2025-10-28", [
    "VILNIUS — Lithuania closed its border with Belarus on Monday after balloons carrying smuggled cigarettes drifted in from the neighbouring country and forced Vilnius airport to halt flights several times over the past week.",
    "Prime Minister Inga Ruginienė told a news conference on Monday that the two remaining crossings would stay shut until further notice and accused Minsk of waging a hybrid attack against Lithuania.",
    "\"This is not ordinary smuggling, it is a deliberate attack on our security and we will respond to it as such,\" Ruginienė said.",
    "She said Lithuania did not rule out asking for consultations under Article 4 of NATO's founding treaty if the incursions continued.",
    "Soldiers were sent on Monday to help border guards at the crossings, and the army has been authorised to shoot down balloons entering Lithuanian airspace.",
    "Belarus' State Border Committee said on Tuesday that more than 1,000 Lithuanian trucks were stranded on its side of the frontier and would be kept at guarded parking areas until the crossings reopened. Lithuanian officials accused Belarus of holding the vehicles hostage.",
    "In a statement late on Monday, the Belarusian foreign ministry rejected the accusations as absurd and called the border closure a provocation that would hurt Lithuania's own hauliers most.",
    "European Commission President Ursula von der Leyen said on Monday that the EU stood in full solidarity with Lithuania, called the balloon incursions a hybrid attack and said Brussels would consider further sanctions against Minsk.",
    "Linava, Lithuania's road hauliers' association, estimated that the closure was costing its members about 1 million euros a day.",
], [
    ev("COERCE", "LTU", "BLR", True, "occurred", "2025-10-27",
       ["Lithuania closed its border with Belarus on Monday",
        "the two remaining crossings would stay shut until further notice"],
       source_actor="Inga Ruginienė"),
    ev("SANCTION", "LTU", "BLR", False, "occurred", "2025-10-27",
       ["Lithuania closed its border with Belarus on Monday"]),
    ev("ACCUSE", "LTU", "BLR", True, "occurred", "2025-10-27",
       ["accused Minsk of waging a hybrid attack against Lithuania"],
       source_actor="Inga Ruginienė"),
    ev("THREATEN", "LTU", "BLR", False, "occurred", "2025-10-27",
       ["This is not ordinary smuggling, it is a deliberate attack on our security and we will respond to it as such"],
       source_actor="Inga Ruginienė"),
    ev("REQUEST", "LTU", "NATO", False, "conditional", None,
       ["She said Lithuania did not rule out asking for consultations under Article 4 of NATO's founding treaty if the incursions continued."],
       source_actor="Inga Ruginienė"),
    ev("MOBILIZE", "LTU", "BLR", True, "occurred", "2025-10-27",
       ["Soldiers were sent on Monday to help border guards at the crossings"]),
    ev("COERCE", "BLR", "LTU", True, "occurred", "2025-10-28",
       ["Belarus' State Border Committee said on Tuesday that more than 1,000 Lithuanian trucks were stranded on its side of the frontier and would be kept at guarded parking areas until the crossings reopened."]),
    ev("ACCUSE", "LTU", "BLR", True, "occurred", "2025-10-28",
       ["Lithuanian officials accused Belarus of holding the vehicles hostage."]),
    ev("REJECT", "BLR", "LTU", True, "occurred", "2025-10-27",
       ["In a statement late on Monday, the Belarusian foreign ministry rejected the accusations as absurd"]),
    ev("ACCUSE", "BLR", "LTU", True, "occurred", "2025-10-27",
       ["called the border closure a provocation that would hurt Lithuania's own hauliers most"]),
    ev("SUPPORT", "EU", "LTU", True, "occurred", "2025-10-27",
       ["European Commission President Ursula von der Leyen said on Monday that the EU stood in full solidarity with Lithuania"],
       source_actor="Ursula von der Leyen"),
    ev("ACCUSE", "EU", "BLR", True, "occurred", "2025-10-27",
       ["called the balloon incursions a hybrid attack"],
       source_actor="Ursula von der Leyen"),
    ev("THREATEN", "EU", "BLR", True, "occurred", "2025-10-27",
       ["said Brussels would consider further sanctions against Minsk"],
       source_actor="Ursula von der Leyen"),
    ev("SANCTION", "EU", "BLR", False, "planned", None,
       ["Brussels would consider further sanctions against Minsk"],
       source_actor="Ursula von der Leyen"),
], [
    ("Inga Ruginienė", "LTU", "This is not ordinary smuggling, it is a deliberate attack on our security and we will respond to it as such"),
], [
    (1000000, "EUR", "1 million euros", "daily cost of the closure to Lithuanian hauliers", None),
])


# ---------------------------------------------------------------------------
# machinery
# ---------------------------------------------------------------------------
SENT_END = re.compile(r'[.!?]["”’)]*(?=\s)')


def sentences(text):
    """(start, end) of each sentence: split on blank-line paragraphs, then on .!? + whitespace
    (closing quotes stay in the sentence)."""
    out = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
        p0, s = para.start(), para.group()
        start = 0
        for m in SENT_END.finditer(s):
            out.append((p0 + start, p0 + m.end()))
            start = m.end()
            while start < len(s) and s[start].isspace():
                start += 1
        if start < len(s.rstrip()):
            out.append((p0 + start, p0 + len(s.rstrip())))
    return out


def locate(text, span):
    n = text.count(span)
    if n == 0:
        sys.exit(f"span not found: {span!r}")
    return text.find(span), n


def sent_index(sents, pos):
    for i, (a, b) in enumerate(sents):
        if a <= pos < b:
            return i
    sys.exit(f"offset {pos} in no sentence")


def build():
    os.makedirs(ART_DIR, exist_ok=True)
    lines = []
    for d in DOCS:
        text = "\n\n".join(d["paras"])
        sents = sentences(text)
        with open(os.path.join(ART_DIR, d["doc_id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(f" date {d['date']} {text}\n")
        events = []
        for e in d["events"]:
            e = dict(e)
            evs = []
            for span in e["evidence"]:
                start, n = locate(text, span)
                if n != 1:
                    # identical span repeated in the article: take the first and say so
                    print(f"note: {d['doc_id']} span occurs {n} times, first taken: {span[:50]!r}")
                evs.append({"sentence": sent_index(sents, start), "start": start,
                            "end": start + len(span), "text": span})
            e["evidence"] = evs
            events.append(e)
        quotes = []
        for speaker, code, qt in d["quotes"]:
            start, n = locate(text, qt)
            assert n == 1, (d["doc_id"], qt)
            quotes.append({"speaker": speaker, "speaker_code": code, "text": qt,
                           "start": start, "end": start + len(qt)})
        amounts = []
        for value, unit, atext, about, year in d["amounts"]:
            assert atext in text, atext
            a = {"value": value, "unit": unit, "text": atext, "about": about}
            if year is not None:
                a["year"] = year
            amounts.append(a)
        lines.append({"doc_id": d["doc_id"], "lang": "en", "published": d["date"],
                      "events": events, "quotes": quotes, "amounts": amounts})
    with open(GOLD, "w", encoding="utf-8") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def validate():
    errors = []
    files = sorted(x[:-4] for x in os.listdir(ART_DIR) if x.endswith(".txt"))
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    ids = [g["doc_id"] for g in gold]
    if ids != sorted(ids) or ids != files:
        errors.append(f"doc ids {ids} vs files {files}")
    for g in gold:
        raw = open(os.path.join(ART_DIR, g["doc_id"] + ".txt"), encoding="utf-8").read()
        m = re.match(r" ?date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ", raw)
        if not m or m.group(1) != g["published"]:
            errors.append(f"{g['doc_id']}: prefix/published mismatch")
            continue
        text = raw[m.end():]
        sents = sentences(text)
        pub = g["published"]
        nwords = len(text.split())
        if not 150 <= nwords <= 450:
            errors.append(f"{g['doc_id']}: {nwords} words")
        for e in g["events"]:
            tag = f"{g['doc_id']} {e['type']} {e['source']}->{e['target']}"
            if e["type"] not in TYPES:
                errors.append(f"{tag}: bad type")
            if e["status"] not in STATUSES:
                errors.append(f"{tag}: bad status")
            if ("mode" in e) != (e["type"] == "CONSULT") or e.get("mode") not in MODES:
                errors.append(f"{tag}: bad mode")
            for c in (e["source"], e["target"]):
                if c not in STATES | ORGS:
                    errors.append(f"{tag}: unknown code {c}")
            dt = e["date"]
            if dt is not None:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", dt):
                    errors.append(f"{tag}: bad date {dt}")
                if len(dt) == 10:
                    datetime.date.fromisoformat(dt)
                if e["status"] == "occurred" and dt[:len(pub)] > pub[:len(dt)]:
                    errors.append(f"{tag}: occurred after publication")
                if e["status"] == "planned" and dt < pub[:len(dt)]:
                    errors.append(f"{tag}: planned before publication")
            elif e["required"] and e["status"] == "occurred":
                errors.append(f"{tag}: required occurred event without date")
            if not e["evidence"]:
                errors.append(f"{tag}: no evidence")
            for x in e["evidence"]:
                if text[x["start"]:x["end"]] != x["text"]:
                    errors.append(f"{tag}: evidence not verbatim at offsets")
                si = sent_index(sents, x["start"])
                if si != x["sentence"]:
                    errors.append(f"{tag}: sentence index {x['sentence']} != {si}")
                if x["end"] > sents[si][1]:
                    errors.append(f"{tag}: evidence crosses sentence boundary")
        for q in g["quotes"]:
            if text[q["start"]:q["end"]] != q["text"]:
                errors.append(f"{g['doc_id']}: quote not verbatim")
            if text[q["start"] - 1] not in "\"“":
                errors.append(f"{g['doc_id']}: quote does not open after a quotation mark")
            if len(q["text"].split()) < 5:
                errors.append(f"{g['doc_id']}: quote shorter than 5 words")
        for a in g["amounts"]:
            if a["text"] not in text:
                errors.append(f"{g['doc_id']}: amount text missing")
    return gold, errors


if __name__ == "__main__":
    build()
    gold, errors = validate()
    for e in errors:
        print("ERROR", e)
    from collections import Counter
    req = Counter(); opt = Counter(); st = Counter(); st_req = Counter()
    for g in gold:
        for e in g["events"]:
            (req if e["required"] else opt)[e["type"]] += 1
            st[e["status"]] += 1
            if e["required"]:
                st_req[e["status"]] += 1
    print("articles", len(gold), "events", sum(req.values()) + sum(opt.values()),
          "required", sum(req.values()), "optional", sum(opt.values()),
          "quotes", sum(len(g["quotes"]) for g in gold),
          "amounts", sum(len(g["amounts"]) for g in gold))
    for t in sorted(TYPES):
        print(f"  {t:10s} req {req[t]:3d} opt {opt[t]:3d}")
    print("status all", dict(st), "required", dict(st_req))
    sys.exit(1 if errors else 0)
