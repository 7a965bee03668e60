#!/usr/bin/env python3
"""Build the English part of fresh evaluation set 5 (hen5_001 .. hen5_010).

Every offset, sentence index and quote offset is computed here from verbatim spans;
nothing is typed by hand. Run:  python3 devset/fresh5/tools/build_en.py
It writes only articles/en/ and gold/en.jsonl under devset/fresh5, then validates them.
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = os.path.dirname(os.path.dirname(ROOT))
ART_DIR = os.path.join(ROOT, "articles", "en")
GOLD = os.path.join(ROOT, "gold", "en.jsonl")
ORG_TSV = os.path.join(MAIN, "chancery", "kb", "data", "organizations.tsv")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "negated", "conditional"}
MODES = {None, "visit", "third-party", "multilateral", "phone"}
MIN_WORDS, MAX_WORDS = 300, 650

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
# hen5_001  Iceland suspends its Moscow embassy (2023-06-10)
# ---------------------------------------------------------------------------
doc("hen5_001", "2023-06-10", [
    '''REYKJAVIK, June 10 (Reuters) - Iceland will suspend the operations of its embassy in Moscow from Aug. 1 and has asked Russia to scale down its own mission in Reykjavik, the government said on Friday, becoming the first country to shut its embassy in the Russian capital since Moscow's full-scale invasion of Ukraine.''',
    '''Foreign Minister Thordis Kolbrun Reykfjord Gylfadottir said commercial, cultural and political relations between the two countries were at a historic low and that the conditions for running an embassy in Moscow were no longer in place. "It is simply not possible to run a meaningful diplomatic mission in Moscow in the present circumstances," she told national broadcaster RUV.''',
    '''The ministry said the suspension would take effect once its three diplomats had left the Russian capital, and that Iceland would ask Russia to reduce its staff in Reykjavik to a level in line with the work of the Icelandic mission. The decision does not mean that Iceland is cutting diplomatic ties with Russia, the foreign ministry stressed in a statement, adding that the embassy would reopen as soon as conditions allowed.''',
    '''Russia's ambassador, Mikhail Noskov, was informed of the decision at the ministry on Friday morning, it said.''',
    '''Moscow reacted angrily. In a statement posted on Telegram on Friday, the Russian embassy in Reykjavik said the move "destroys the entire range of Russian-Icelandic cooperation" and accused the Icelandic authorities of sacrificing decades of good relations to please Washington and Brussels.''',
    '''Foreign Ministry spokeswoman Maria Zakharova told reporters in Moscow on Friday that Russia would respond, warning that "all anti-Russian steps taken by Reykjavik will be met with a corresponding reaction." She did not say what measures Moscow was considering.''',
    '''Norway's Foreign Minister Anniken Huitfeldt said on Friday that she understood Iceland's decision, which she said reflected the difficult conditions under which Western diplomats work in Moscow. Norway had no plans to close its own embassy there, she told the NTB news agency.''',
    '''Iceland, a NATO member with no standing army and a population of about 380,000, hosted a Council of Europe summit on May 16-17 at which leaders set up a register to record the damage caused by Russia's war in Ukraine, a first step towards a possible compensation mechanism. Moscow, which was expelled from the 46-member body in March 2022, condemned the register in May as legally void.''',
    '''Trade between the two countries, once important to Iceland's fishing industry, has dwindled since Russia banned imports of Icelandic seafood in 2015. It fell to about 5 billion Icelandic crowns ($36 million) last year, according to Statistics Iceland.''',
], [
    ev("SANCTION", "ISL", "RUS", True, "planned", "2023-08-01",
       ["Iceland will suspend the operations of its embassy in Moscow from Aug. 1",
        "the conditions for running an embassy in Moscow were no longer in place",
        "The ministry said the suspension would take effect once its three diplomats had left the Russian capital"],
       location="Moscow", source_actor="Thordis Kolbrun Reykfjord Gylfadottir"),
    ev("REQUEST", "ISL", "RUS", True, "occurred", "2023-06-09",
       ["has asked Russia to scale down its own mission in Reykjavik",
        "Iceland would ask Russia to reduce its staff in Reykjavik to a level in line with the work of the Icelandic mission"],
       location="Reykjavik"),
    ev("SANCTION", "ISL", "RUS", False, "negated", "2023-06-09",
       ["The decision does not mean that Iceland is cutting diplomatic ties with Russia"]),
    ev("CONSULT", "ISL", "RUS", False, "occurred", "2023-06-09",
       ["Russia's ambassador, Mikhail Noskov, was informed of the decision at the ministry on Friday morning"],
       location="Reykjavik", target_actor="Mikhail Noskov"),
    ev("ACCUSE", "RUS", "ISL", True, "occurred", "2023-06-09",
       ["In a statement posted on Telegram on Friday, the Russian embassy in Reykjavik said the move \"destroys the entire range of Russian-Icelandic cooperation\" and accused the Icelandic authorities of sacrificing decades of good relations to please Washington and Brussels"],
       source_actor="Russian embassy in Reykjavik"),
    ev("ACCUSE", "RUS", "USA", False, "occurred", "2023-06-09",
       ["accused the Icelandic authorities of sacrificing decades of good relations to please Washington and Brussels"]),
    ev("ACCUSE", "RUS", "EU", False, "occurred", "2023-06-09",
       ["accused the Icelandic authorities of sacrificing decades of good relations to please Washington and Brussels"]),
    ev("THREATEN", "RUS", "ISL", True, "occurred", "2023-06-09",
       ["Foreign Ministry spokeswoman Maria Zakharova told reporters in Moscow on Friday that Russia would respond, warning that \"all anti-Russian steps taken by Reykjavik will be met with a corresponding reaction.\""],
       location="Moscow", source_actor="Maria Zakharova"),
    ev("SANCTION", "RUS", "ISL", False, "planned", None,
       ["Russia would respond"], source_actor="Maria Zakharova"),
    ev("SUPPORT", "NOR", "ISL", True, "occurred", "2023-06-09",
       ["Norway's Foreign Minister Anniken Huitfeldt said on Friday that she understood Iceland's decision"],
       source_actor="Anniken Huitfeldt"),
    ev("SANCTION", "NOR", "RUS", False, "negated", "2023-06-09",
       ["Norway had no plans to close its own embassy there"], source_actor="Anniken Huitfeldt"),
    ev("CONSULT", "ISL", "COE", False, "occurred", "2023-05",
       ["hosted a Council of Europe summit on May 16-17"], mode="multilateral", location="Reykjavik"),
    ev("SANCTION", "COE", "RUS", False, "occurred", "2022-03",
       ["Moscow, which was expelled from the 46-member body in March 2022"]),
    ev("ACCUSE", "RUS", "COE", False, "occurred", "2023-05",
       ["condemned the register in May as legally void"]),
    ev("SANCTION", "RUS", "ISL", False, "occurred", "2015",
       ["Russia banned imports of Icelandic seafood in 2015"]),
    ev("ASSAULT", "RUS", "UKR", False, "occurred", "2023-06",
       ["since Moscow's full-scale invasion of Ukraine"]),
    ev("ACCUSE", "COE", "RUS", False, "occurred", "2023-05",
       ["leaders set up a register to record the damage caused by Russia's war in Ukraine"]),
], [
    ("Thordis Kolbrun Reykfjord Gylfadottir", "ISL",
     "It is simply not possible to run a meaningful diplomatic mission in Moscow in the present circumstances"),
    ("Russian embassy in Reykjavik", "RUS", "destroys the entire range of Russian-Icelandic cooperation"),
    ("Maria Zakharova", "RUS",
     "all anti-Russian steps taken by Reykjavik will be met with a corresponding reaction."),
], [
    (5000000000, "ISK", "5 billion Icelandic crowns", "Iceland-Russia trade", 2022),
    (36000000, "USD", "$36 million", "Iceland-Russia trade", 2022),
])


# ---------------------------------------------------------------------------
# hen5_002  ADF attack on a school in Mpondwe, Uganda (2023-06-18)
# ---------------------------------------------------------------------------
doc("hen5_002", "2023-06-18", [
    '''KAMPALA, Uganda (AP) — Suspected rebels with links to the Islamic State group attacked a secondary school in western Uganda late on Friday, killing at least 41 people, most of them students, before fleeing across the border into Congo with six abducted pupils, Ugandan authorities said.''',
    '''Police said the assailants, members of the Allied Democratic Forces, set fire to a dormitory at Lhubiriha Secondary School in Mpondwe, in Kasese district, and hacked and shot students as they tried to escape. Thirty-seven of the dead were students, Education Minister Janet Museveni told reporters on Saturday. Several of the bodies were burned beyond recognition, and DNA tests were being carried out to identify them.''',
    '''Brig. Gen. Felix Kulayigye, a spokesman for the Uganda People's Defence Forces, said troops had been sent after the attackers into Congo's Virunga National Park. "Our forces are pursuing the enemy to rescue those who were abducted and to destroy this group," he said.''',
    '''President Yoweri Museveni on Sunday condemned the attack and vowed that the rebels would pay for it. "This action by the ADF terrorists is desperate, cowardly and useless," he said in a statement posted on X. He also ordered the army to deploy more troops along the porous border, and said the government would pardon any fighter who surrendered with his weapon.''',
    '''Police said 20 suspects, including the school's director and a head teacher, had been arrested on suspicion of collaborating with the attackers. The school had no fence and was guarded by a single watchman, a local official said.''',
    '''U.N. Secretary-General Antonio Guterres condemned the "appalling" attack on Saturday and called for its perpetrators to be brought to justice, his spokesman said. The chairperson of the African Union Commission, Moussa Faki Mahamat, also condemned the killings in a statement on Sunday and expressed the bloc's solidarity with Uganda.''',
    '''Congo's government said on Saturday it was ready to work with Kampala to track down the attackers and would share intelligence with the Ugandan army.''',
    '''The ADF, founded in Uganda in the 1990s by opponents of Museveni, has been based in the forests of eastern Congo for more than two decades and pledged allegiance to the Islamic State group in 2019. Uganda and Congo launched joint military operations against the group in November 2021, after a wave of suicide bombings in Kampala that killed four people. Ugandan officials have blamed the ADF for those bombings.''',
    '''Friday's raid was the deadliest in Uganda since 2010, when bomb attacks claimed by Somalia's al-Shabab killed 76 people in Kampala as they watched the World Cup final.''',
], [
    ev("ASSAULT", "ADF", "UGA", True, "occurred", "2023-06-16",
       ["Suspected rebels with links to the Islamic State group attacked a secondary school in western Uganda late on Friday, killing at least 41 people, most of them students, before fleeing across the border into Congo with six abducted pupils",
        "Police said the assailants, members of the Allied Democratic Forces, set fire to a dormitory at Lhubiriha Secondary School in Mpondwe, in Kasese district, and hacked and shot students as they tried to escape",
        "Friday's raid was the deadliest in Uganda since 2010"],
       location="Mpondwe"),
    ev("ASSAULT", "ISIL", "UGA", False, "occurred", "2023-06-16",
       ["Suspected rebels with links to the Islamic State group attacked a secondary school in western Uganda late on Friday"]),
    ev("MOBILIZE", "UGA", "ADF", True, "occurred", "2023-06-18",
       ["said troops had been sent after the attackers into Congo's Virunga National Park",
        "Our forces are pursuing the enemy to rescue those who were abducted and to destroy this group"],
       location="Virunga National Park", source_actor="Uganda People's Defence Forces"),
    ev("ACCUSE", "UGA", "ADF", True, "occurred", "2023-06-18",
       ["President Yoweri Museveni on Sunday condemned the attack",
        "This action by the ADF terrorists is desperate, cowardly and useless"],
       source_actor="Yoweri Museveni"),
    ev("THREATEN", "UGA", "ADF", True, "occurred", "2023-06-18",
       ["vowed that the rebels would pay for it"], source_actor="Yoweri Museveni"),
    ev("MOBILIZE", "UGA", "COD", False, "planned", None,
       ["He also ordered the army to deploy more troops along the porous border"],
       source_actor="Yoweri Museveni"),
    ev("REQUEST", "UGA", "UGA", False, "occurred", "2023-06-18",
       ["He also ordered the army to deploy more troops along the porous border"],
       source_actor="Yoweri Museveni"),
    ev("CONCEDE", "UGA", "ADF", True, "conditional", "2023-06-18",
       ["said the government would pardon any fighter who surrendered with his weapon"],
       source_actor="Yoweri Museveni"),
    ev("COERCE", "UGA", "UGA", True, "occurred", "2023-06-18",
       ["Police said 20 suspects, including the school's director and a head teacher, had been arrested on suspicion of collaborating with the attackers"]),
    ev("ACCUSE", "UN", "ADF", True, "occurred", "2023-06-17",
       ["Secretary-General Antonio Guterres condemned the \"appalling\" attack on Saturday"],
       source_actor="Antonio Guterres"),
    ev("REQUEST", "UN", "UGA", False, "occurred", "2023-06-17",
       ["called for its perpetrators to be brought to justice"], source_actor="Antonio Guterres"),
    ev("ACCUSE", "AU", "ADF", True, "occurred", "2023-06-18",
       ["also condemned the killings in a statement on Sunday"], source_actor="Moussa Faki Mahamat"),
    ev("SUPPORT", "AU", "UGA", False, "occurred", "2023-06-18",
       ["expressed the bloc's solidarity with Uganda"], source_actor="Moussa Faki Mahamat"),
    ev("AGREE", "COD", "UGA", True, "occurred", "2023-06-17",
       ["Congo's government said on Saturday it was ready to work with Kampala to track down the attackers and would share intelligence with the Ugandan army"]),
    ev("SUPPORT", "ADF", "ISIL", False, "occurred", "2019",
       ["pledged allegiance to the Islamic State group in 2019"]),
    ev("COOPERATE", "UGA", "COD", False, "occurred", "2021-11",
       ["Uganda and Congo launched joint military operations against the group in November 2021"]),
    ev("ASSAULT", "UGA", "ADF", False, "occurred", "2021-11",
       ["Uganda and Congo launched joint military operations against the group in November 2021"]),
    ev("ASSAULT", "COD", "ADF", False, "occurred", "2021-11",
       ["Uganda and Congo launched joint military operations against the group in November 2021"]),
    ev("ACCUSE", "UGA", "ADF", False, "occurred", "2023-06",
       ["Ugandan officials have blamed the ADF for those bombings"]),
    ev("ASSAULT", "ADF", "UGA", False, "occurred", "2021-11",
       ["after a wave of suicide bombings in Kampala that killed four people"], location="Kampala"),
    ev("ASSAULT", "AL_SHABAAB", "UGA", False, "occurred", "2010",
       ["bomb attacks claimed by Somalia's al-Shabab killed 76 people in Kampala"]),
], [
    ("Felix Kulayigye", "UGA",
     "Our forces are pursuing the enemy to rescue those who were abducted and to destroy this group"),
    ("Yoweri Museveni", "UGA", "This action by the ADF terrorists is desperate, cowardly and useless"),
], [])


# ---------------------------------------------------------------------------
# hen5_003  Solomon Islands and China sign a policing plan in Beijing (2023-07-11)
# ---------------------------------------------------------------------------
doc("hen5_003", "2023-07-11", [
    '''BEIJING/SYDNEY, July 11 (Reuters) - Solomon Islands and China signed an agreement on police cooperation on Monday during a visit to Beijing by Prime Minister Manasseh Sogavare, deepening security ties between the Pacific island nation and China that have alarmed the United States and Australia.''',
    '''Chinese President Xi Jinping received Sogavare at the Great Hall of the People on Monday, and the two leaders agreed to upgrade relations to a comprehensive strategic partnership, according to a joint statement released by China's foreign ministry on Tuesday.''',
    '''Xi told Sogavare on Monday that China supported Solomon Islands in safeguarding its sovereignty and independence and opposed any external interference in its internal affairs. Sogavare, for his part, reaffirmed his government's adherence to the one-China principle and endorsed Xi's Global Security Initiative, the statement said.''',
    '''The two sides signed nine documents in all, covering trade, civil aviation and development. Under the policing plan, Chinese officers will train Solomon Islands police in cyber security and community policing until 2025. Sogavare is due to hold talks with Premier Li Qiang on Wednesday before travelling to the southern province of Guangdong.''',
    '''In Honiara, China's ambassador Li Ming on Tuesday handed over 12 police vehicles, motorcycles and two water cannon trucks to the Royal Solomon Islands Police Force, the embassy said, part of a donation worth 20 million yuan ($2.8 million).''',
    '''Australian Foreign Minister Penny Wong said Canberra had been clear about its concerns and urged Honiara to make the text of the policing agreement public. "We believe that security in the Pacific is a matter for the Pacific family to decide," Wong told reporters in Adelaide on Tuesday.''',
    '''In Washington, State Department spokesman Matthew Miller said on Monday the United States was concerned that the agreement would expand Beijing's security footprint in the region and criticised what he called a lack of transparency around it.''',
    '''Sogavare dismissed the criticism from Canberra and Washington on Tuesday, telling China's state broadcaster CGTN that Solomon Islands would not be dictated to on its choice of partners and that the policing plan posed no threat to anyone.''',
    '''At home, opposition leader Matthew Wale accused Sogavare of dragging the country into a contest between great powers and called on him to resign. "The prime minister has mortgaged our sovereignty for a few police cars," Wale said in a statement.''',
    '''Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019, and in April 2022 signed a security pact with China that allows Chinese police and armed personnel to be deployed at Honiara's request. The U.S. has warned that it would respond if China established a permanent military presence in the country.''',
], [
    ev("COOPERATE", "SLB", "CHN", True, "occurred", "2023-07-10",
       ["Solomon Islands and China signed an agreement on police cooperation on Monday during a visit to Beijing by Prime Minister Manasseh Sogavare",
        "Under the policing plan, Chinese officers will train Solomon Islands police in cyber security and community policing until 2025"],
       location="Beijing", source_actor="Manasseh Sogavare"),
    ev("SUPPORT", "SLB", "CHN", False, "occurred", "2023-07-10",
       ["Solomon Islands and China signed an agreement on police cooperation on Monday",
        "The two sides signed nine documents in all, covering trade, civil aviation and development"],
       location="Beijing"),
    ev("SUPPORT", "CHN", "SLB", False, "occurred", "2023-07-10",
       ["Solomon Islands and China signed an agreement on police cooperation on Monday",
        "The two sides signed nine documents in all, covering trade, civil aviation and development"],
       location="Beijing"),
    ev("CONSULT", "SLB", "CHN", True, "occurred", "2023-07-10",
       ["during a visit to Beijing by Prime Minister Manasseh Sogavare",
        "Chinese President Xi Jinping received Sogavare at the Great Hall of the People on Monday"],
       mode="visit", location="Beijing", source_actor="Manasseh Sogavare", target_actor="Xi Jinping"),
    ev("AGREE", "SLB", "CHN", True, "occurred", "2023-07-10",
       ["the two leaders agreed to upgrade relations to a comprehensive strategic partnership"],
       location="Beijing", source_actor="Manasseh Sogavare", target_actor="Xi Jinping"),
    ev("SUPPORT", "CHN", "SLB", True, "occurred", "2023-07-10",
       ["Xi told Sogavare on Monday that China supported Solomon Islands in safeguarding its sovereignty and independence"],
       location="Beijing", source_actor="Xi Jinping", target_actor="Manasseh Sogavare"),
    ev("SUPPORT", "SLB", "CHN", True, "occurred", "2023-07-10",
       ["Sogavare, for his part, reaffirmed his government's adherence to the one-China principle and endorsed Xi's Global Security Initiative"],
       location="Beijing", source_actor="Manasseh Sogavare", target_actor="Xi Jinping"),
    ev("CONSULT", "SLB", "CHN", True, "planned", "2023-07-12",
       ["Sogavare is due to hold talks with Premier Li Qiang on Wednesday"],
       mode="visit", source_actor="Manasseh Sogavare", target_actor="Li Qiang"),
    ev("AID", "CHN", "SLB", True, "occurred", "2023-07-11",
       ["In Honiara, China's ambassador Li Ming on Tuesday handed over 12 police vehicles, motorcycles and two water cannon trucks to the Royal Solomon Islands Police Force"],
       location="Honiara", source_actor="Li Ming", target_actor="Royal Solomon Islands Police Force"),
    ev("ACCUSE", "AUS", "SLB", False, "occurred", "2023-07-11",
       ["Australian Foreign Minister Penny Wong said Canberra had been clear about its concerns"],
       source_actor="Penny Wong"),
    ev("REQUEST", "AUS", "SLB", True, "occurred", "2023-07-11",
       ["urged Honiara to make the text of the policing agreement public"],
       source_actor="Penny Wong"),
    ev("ACCUSE", "USA", "SLB", True, "occurred", "2023-07-10",
       ["State Department spokesman Matthew Miller said on Monday the United States was concerned that the agreement would expand Beijing's security footprint in the region and criticised what he called a lack of transparency around it"],
       source_actor="Matthew Miller"),
    ev("ACCUSE", "USA", "CHN", False, "occurred", "2023-07-10",
       ["the United States was concerned that the agreement would expand Beijing's security footprint in the region"],
       source_actor="Matthew Miller"),
    ev("REJECT", "SLB", "AUS", True, "occurred", "2023-07-11",
       ["Sogavare dismissed the criticism from Canberra and Washington on Tuesday"],
       source_actor="Manasseh Sogavare"),
    ev("REJECT", "SLB", "USA", True, "occurred", "2023-07-11",
       ["Sogavare dismissed the criticism from Canberra and Washington on Tuesday"],
       source_actor="Manasseh Sogavare"),
    ev("ACCUSE", "SLB", "SLB", True, "occurred", "2023-07-11",
       ["opposition leader Matthew Wale accused Sogavare of dragging the country into a contest between great powers",
        "The prime minister has mortgaged our sovereignty for a few police cars"],
       source_actor="Matthew Wale", target_actor="Manasseh Sogavare"),
    ev("REQUEST", "SLB", "SLB", True, "occurred", "2023-07-11",
       ["called on him to resign"], source_actor="Matthew Wale", target_actor="Manasseh Sogavare"),
    ev("SUPPORT", "SLB", "CHN", False, "occurred", "2019",
       ["Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019"]),
    ev("SANCTION", "SLB", "TWN", False, "occurred", "2019",
       ["Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019"]),
    ev("COOPERATE", "SLB", "CHN", False, "occurred", "2022-04",
       ["in April 2022 signed a security pact with China that allows Chinese police and armed personnel to be deployed at Honiara's request"]),
    ev("THREATEN", "USA", "CHN", False, "conditional", "2023-07",
       ["The U.S. has warned that it would respond if China established a permanent military presence in the country"]),
], [
    ("Penny Wong", "AUS", "We believe that security in the Pacific is a matter for the Pacific family to decide"),
    ("Matthew Wale", "SLB", "The prime minister has mortgaged our sovereignty for a few police cars"),
], [
    (20000000, "CNY", "20 million yuan", "Chinese donation of police equipment", None),
    (2800000, "USD", "$2.8 million", "Chinese donation of police equipment", None),
])


# ---------------------------------------------------------------------------
# hen5_004  Zimbabwe election: Chamisa rejects the result, SADC criticism (2023-08-28)
# ---------------------------------------------------------------------------
doc("hen5_004", "2023-08-28", [
    '''HARARE, Aug. 28 (AFP) - Zimbabwe's main opposition leader Nelson Chamisa on Sunday rejected the official results of last week's election, which handed President Emmerson Mnangagwa a second and final term, describing them as a “blatant and gigantic fraud”.''',
    '''The Zimbabwe Electoral Commission declared Mnangagwa, 80, the winner late on Saturday with 52.6 percent of the vote, against 44 percent for Chamisa, the 45-year-old leader of the Citizens Coalition for Change (CCC).''',
    '''“We won this election and we are shocked by the brazen and naked falsification,” Chamisa told journalists at a news conference in Harare, adding that the party would announce its next steps in due course. He stopped short of calling his supporters onto the streets and did not say whether the CCC would challenge the result in court.''',
    '''Mnangagwa, who came to power after the army toppled Robert Mugabe in November 2017, brushed aside the fraud claims on Sunday. “Those who feel the race was not run properly know where to go,” he told supporters at State House, referring to the courts.''',
    '''The dispute follows a critical assessment by observers from the Southern African Development Community, who said on Friday that the vote had fallen short of the requirements of Zimbabwe's constitution, its electoral law and the bloc's own guidelines, citing delays in the distribution of ballot papers, a ban on some opposition rallies and biased coverage by state media. The European Union's observer mission said on the same day that the election had taken place in a climate of fear.''',
    '''The SADC report drew an angry response from the ruling ZANU-PF party. Its spokesman, Chris Mutsvangwa, on Saturday accused the head of the mission, former Zambian Vice President Nevers Mumba, of overstepping his mandate and of doing the bidding of Western governments.''',
    '''On Wednesday night, as votes were being counted, police raided the offices of two local monitoring groups and arrested 41 of their workers, seizing computers and phones. The groups said their staff had been conducting a parallel vote tabulation with the approval of the electoral commission. A police spokesman, Assistant Commissioner Paul Nyathi, said the 41 were suspected of plotting to announce results illegally, and they were charged on Friday and remanded in custody.''',
    '''Nyathi warned on Sunday that police would deal “firmly and decisively” with anyone who incited violence or staged demonstrations over the outcome.''',
    '''South African President Cyril Ramaphosa congratulated Mnangagwa on his re-election on Sunday, as did the leaders of Mozambique and Namibia, underscoring the divisions within the regional bloc.''',
    '''The 2018 vote, the first after Mugabe's fall, was followed by opposition protests in Harare in which soldiers shot dead six people. Mnangagwa is due to be sworn in on Sept. 4.''',
], [
    ev("REJECT", "ZWE", "ZWE", True, "occurred", "2023-08-27",
       ["Zimbabwe's main opposition leader Nelson Chamisa on Sunday rejected the official results of last week's election",
        "We won this election and we are shocked by the brazen and naked falsification"],
       location="Harare", source_actor="Nelson Chamisa", target_actor="Zimbabwe Electoral Commission"),
    ev("REQUEST", "ZWE", "ZWE", False, "negated", "2023-08-27",
       ["He stopped short of calling his supporters onto the streets"], source_actor="Nelson Chamisa"),
    ev("COERCE", "ZWE", "ZWE", False, "occurred", "2017-11",
       ["the army toppled Robert Mugabe in November 2017"]),
    ev("REJECT", "ZWE", "ZWE", True, "occurred", "2023-08-27",
       ["brushed aside the fraud claims on Sunday",
        "Those who feel the race was not run properly know where to go"],
       location="State House", source_actor="Emmerson Mnangagwa", target_actor="Nelson Chamisa"),
    ev("ACCUSE", "SADC", "ZWE", True, "occurred", "2023-08-25",
       ["observers from the Southern African Development Community, who said on Friday that the vote had fallen short of the requirements of Zimbabwe's constitution, its electoral law and the bloc's own guidelines"],
       source_actor="SADC observer mission"),
    ev("COERCE", "ZWE", "ZWE", False, "occurred", "2023-08",
       ["a ban on some opposition rallies"]),
    ev("ACCUSE", "EU", "ZWE", True, "occurred", "2023-08-25",
       ["The European Union's observer mission said on the same day that the election had taken place in a climate of fear"],
       source_actor="EU observer mission"),
    ev("ACCUSE", "ZWE", "SADC", True, "occurred", "2023-08-26",
       ["The SADC report drew an angry response from the ruling ZANU-PF party",
        "Its spokesman, Chris Mutsvangwa, on Saturday accused the head of the mission, former Zambian Vice President Nevers Mumba, of overstepping his mandate"],
       source_actor="Chris Mutsvangwa", target_actor="Nevers Mumba"),
    ev("ACCUSE", "ZWE", "ZMB", False, "occurred", "2023-08-26",
       ["accused the head of the mission, former Zambian Vice President Nevers Mumba, of overstepping his mandate"],
       source_actor="Chris Mutsvangwa", target_actor="Nevers Mumba"),
    ev("ACCUSE", "ZWE", "WEST", False, "occurred", "2023-08-26",
       ["of doing the bidding of Western governments"], source_actor="Chris Mutsvangwa"),
    ev("COERCE", "ZWE", "ZWE", True, "occurred", "2023-08-23",
       ["police raided the offices of two local monitoring groups and arrested 41 of their workers, seizing computers and phones",
        "said the 41 were suspected of plotting to announce results illegally"],
       source_actor="Zimbabwe Republic Police"),
    ev("ACCUSE", "ZWE", "ZWE", False, "occurred", "2023-08-25",
       ["they were charged on Friday and remanded in custody"]),
    ev("THREATEN", "ZWE", "ZWE", True, "conditional", "2023-08-27",
       ["Nyathi warned on Sunday that police would deal “firmly and decisively” with anyone who incited violence or staged demonstrations over the outcome"],
       source_actor="Paul Nyathi"),
    ev("SUPPORT", "ZAF", "ZWE", True, "occurred", "2023-08-27",
       ["South African President Cyril Ramaphosa congratulated Mnangagwa on his re-election on Sunday"],
       source_actor="Cyril Ramaphosa", target_actor="Emmerson Mnangagwa"),
    ev("SUPPORT", "MOZ", "ZWE", True, "occurred", "2023-08-27",
       ["as did the leaders of Mozambique and Namibia"], target_actor="Emmerson Mnangagwa"),
    ev("SUPPORT", "NAM", "ZWE", True, "occurred", "2023-08-27",
       ["as did the leaders of Mozambique and Namibia"], target_actor="Emmerson Mnangagwa"),
    ev("PROTEST", "ZWE", "ZWE", False, "occurred", "2018",
       ["was followed by opposition protests in Harare"], location="Harare"),
    ev("ASSAULT", "ZWE", "ZWE", False, "occurred", "2018",
       ["soldiers shot dead six people"], location="Harare"),
], [
    ("Nelson Chamisa", "ZWE", "We won this election and we are shocked by the brazen and naked falsification"),
    ("Emmerson Mnangagwa", "ZWE", "Those who feel the race was not run properly know where to go"),
], [])


# ---------------------------------------------------------------------------
# hen5_005  Guatemala: interior minister quits over the blockades (2023-10-12)
# ---------------------------------------------------------------------------
doc("hen5_005", "2023-10-12", [
    '''GUATEMALA CITY, Oct 12 (Reuters) - Guatemala's interior minister resigned on Wednesday after refusing to use force against Indigenous-led protesters who have blocked highways across the country for 10 days to demand the resignation of Attorney General Consuelo Porras, whom they accuse of trying to overturn the election victory of President-elect Bernardo Arevalo.''',
    '''"I am not going to send the police to repress people who are protesting peacefully," David Napoleon Barrientos said in a video posted on social media. President Alejandro Giammattei, who hands over power in January, accepted the resignation and appointed a deputy minister to the post on an interim basis.''',
    '''Led by the 48 Cantons of Totonicapan and other Indigenous authorities, thousands of protesters have maintained more than 100 roadblocks since Oct. 2, and on Monday a large crowd gathered outside the public prosecutor's office in Guatemala City. The blockades have caused fuel and food shortages in several towns, and the country's main business chamber estimates losses at 1.4 billion quetzales ($180 million).''',
    '''Giammattei, who has been criticised by the protesters for not removing Porras, said on Tuesday that freedom of expression had limits and accused unnamed foreign organisations of financing the blockades. The same day he asked the Organization of American States to help mediate between his government and the protest leaders.''',
    '''OAS Secretary General Luis Almagro said on Wednesday the organisation was ready to facilitate a dialogue. Arevalo, an anti-corruption campaigner who won an August run-off by a wide margin, called the protests legitimate and accused Porras and prosecutor Rafael Curruchiche of staging a slow-motion coup. He has refused to meet the attorney general, saying he would not negotiate with those trying to stop him from taking office on Jan. 14.''',
    '''Porras has rejected the calls to step down, and on Monday her office asked the Constitutional Court to order the security forces to clear the roads.''',
    '''Prosecutors have sought since July to suspend Arevalo's Semilla party over alleged irregularities in its registration, and on Sept. 29 agents raided the electoral tribunal and seized boxes containing tally sheets from the June first round.''',
    '''U.S. State Department spokesman Matthew Miller said on Tuesday that Washington condemned the actions of the attorney general's office, which he said undermined the will of Guatemalan voters, and urged all sides to refrain from violence. The United States barred Porras from entering the country in 2022, citing corruption.''',
    '''On Tuesday night, men armed with sticks and machetes attacked protesters at a roadblock in the capital's Zone 18, injuring several people, local media reported. It was not clear who they were.''',
], [
    ev("RETREAT", "GTM", "GTM", True, "occurred", "2023-10-11",
       ["Guatemala's interior minister resigned on Wednesday after refusing to use force against Indigenous-led protesters",
        "accepted the resignation and appointed a deputy minister to the post on an interim basis"],
       source_actor="David Napoleon Barrientos"),
    ev("ASSAULT", "GTM", "GTM", False, "negated", "2023-10-11",
       ["after refusing to use force against Indigenous-led protesters",
        "I am not going to send the police to repress people who are protesting peacefully"],
       source_actor="David Napoleon Barrientos"),
    ev("PROTEST", "GTM", "GTM", True, "occurred", "2023-10",
       ["Indigenous-led protesters who have blocked highways across the country for 10 days",
        "thousands of protesters have maintained more than 100 roadblocks since Oct. 2, and on Monday a large crowd gathered outside the public prosecutor's office in Guatemala City"],
       source_actor="48 Cantons of Totonicapan", target_actor="Consuelo Porras"),
    ev("REQUEST", "GTM", "GTM", True, "occurred", "2023-10",
       ["to demand the resignation of Attorney General Consuelo Porras"],
       source_actor="48 Cantons of Totonicapan", target_actor="Consuelo Porras"),
    ev("ACCUSE", "GTM", "GTM", False, "occurred", "2023-10",
       ["whom they accuse of trying to overturn the election victory of President-elect Bernardo Arevalo"],
       source_actor="48 Cantons of Totonicapan", target_actor="Consuelo Porras"),
    ev("ACCUSE", "GTM", "GTM", True, "occurred", "2023-10-10",
       ["accused unnamed foreign organisations of financing the blockades",
        "said on Tuesday that freedom of expression had limits"],
       source_actor="Alejandro Giammattei"),
    ev("ACCUSE", "GTM", "GTM", False, "occurred", "2023-10",
       ["who has been criticised by the protesters for not removing Porras"],
       source_actor="48 Cantons of Totonicapan", target_actor="Alejandro Giammattei"),
    ev("REQUEST", "GTM", "OAS", True, "occurred", "2023-10-10",
       ["The same day he asked the Organization of American States to help mediate between his government and the protest leaders"],
       source_actor="Alejandro Giammattei"),
    ev("AGREE", "OAS", "GTM", True, "occurred", "2023-10-11",
       ["OAS Secretary General Luis Almagro said on Wednesday the organisation was ready to facilitate a dialogue"],
       source_actor="Luis Almagro"),
    ev("SUPPORT", "GTM", "GTM", False, "occurred", "2023-10-12",
       ["called the protests legitimate"], source_actor="Bernardo Arevalo"),
    ev("ACCUSE", "GTM", "GTM", True, "occurred", "2023-10-12",
       ["accused Porras and prosecutor Rafael Curruchiche of staging a slow-motion coup"],
       source_actor="Bernardo Arevalo", target_actor="Consuelo Porras"),
    ev("REJECT", "GTM", "GTM", True, "occurred", "2023-10-12",
       ["He has refused to meet the attorney general"],
       source_actor="Bernardo Arevalo", target_actor="Consuelo Porras"),
    ev("REJECT", "GTM", "GTM", True, "occurred", "2023-10-12",
       ["Porras has rejected the calls to step down"], source_actor="Consuelo Porras"),
    ev("REQUEST", "GTM", "GTM", True, "occurred", "2023-10-09",
       ["on Monday her office asked the Constitutional Court to order the security forces to clear the roads"],
       source_actor="Consuelo Porras", target_actor="Constitutional Court"),
    ev("REQUEST", "GTM", "GTM", False, "occurred", "2023-07",
       ["Prosecutors have sought since July to suspend Arevalo's Semilla party"]),
    ev("COERCE", "GTM", "GTM", False, "occurred", "2023-09-29",
       ["on Sept. 29 agents raided the electoral tribunal and seized boxes containing tally sheets from the June first round"]),
    ev("ACCUSE", "USA", "GTM", True, "occurred", "2023-10-10",
       ["State Department spokesman Matthew Miller said on Tuesday that Washington condemned the actions of the attorney general's office"],
       source_actor="Matthew Miller"),
    ev("REQUEST", "USA", "GTM", True, "occurred", "2023-10-10",
       ["urged all sides to refrain from violence"], source_actor="Matthew Miller"),
    ev("REJECT", "USA", "GTM", False, "occurred", "2022",
       ["The United States barred Porras from entering the country in 2022, citing corruption"],
       target_actor="Consuelo Porras"),
    ev("SANCTION", "USA", "GTM", False, "occurred", "2022",
       ["The United States barred Porras from entering the country in 2022, citing corruption"],
       target_actor="Consuelo Porras"),
], [
    ("David Napoleon Barrientos", "GTM",
     "I am not going to send the police to repress people who are protesting peacefully,"),
], [
    (1400000000, "GTQ", "1.4 billion quetzales", "business losses from the blockades", None),
    (180000000, "USD", "$180 million", "business losses from the blockades", None),
])


# ---------------------------------------------------------------------------
# hen5_006  ICJ declines Nicaragua's request against Germany (2024-04-30)
# ---------------------------------------------------------------------------
doc("hen5_006", "2024-04-30", [
    '''THE HAGUE, Netherlands (AP) — The United Nations' top court on Tuesday rejected a request by Nicaragua to order Germany to halt military and other aid to Israel, in a case accusing Berlin of facilitating genocide in the Gaza Strip.''',
    '''In a 15-1 decision read out by the court's president, Judge Nawaf Salam of Lebanon, the International Court of Justice said the circumstances "are not such as to require the exercise of its power" to impose emergency measures. But the judges also refused Germany's request to throw the case out altogether, meaning that proceedings on the merits will continue, a process that is likely to take years.''',
    '''The court said it remained deeply concerned about the catastrophic living conditions of Palestinians in Gaza and reminded all states of their obligations under international law regarding arms transfers to parties in an armed conflict.''',
    '''Germany welcomed the ruling. "Germany is not a party to the conflict in the Middle East; on the contrary, we are working day and night for a two-state solution," Foreign Office spokesman Sebastian Fischer told reporters in Berlin. He said Germany was one of the largest donors of humanitarian aid to the Palestinians.''',
    '''Nicaragua's agent in the case, Ambassador Carlos Arguello Gomez, told reporters outside the Peace Palace that the order did not clear Germany and that Berlin "continues to provide weapons that are being used to kill civilians in Gaza."''',
    '''Nicaragua filed the case on March 1. At hearings on April 8, its legal team argued that Germany had breached the 1948 Genocide Convention by supplying arms to Israel and by suspending its funding for UNRWA, the U.N. agency for Palestinian refugees. The next day, Germany's legal representative, Tania von Uslar-Gleichen, rejected the accusations as having no basis in fact or law, telling the judges that most of the equipment exported since Oct. 7 was not weapons of war.''',
    '''Germany approved arms exports to Israel worth 326.5 million euros ($349 million) in 2023, according to economy ministry data, making it one of Israel's main suppliers after the United States.''',
    '''Berlin, one of UNRWA's biggest donors, paused new funding for the agency in January after Israel alleged that a dozen of its employees had taken part in the Hamas-led attack of Oct. 7. Germany said last week it would resume its cooperation with UNRWA in Gaza, after an independent review led by former French Foreign Minister Catherine Colonna.''',
    '''The case is separate from one brought by South Africa in December, in which the court ordered Israel in January to take measures to prevent acts of genocide in Gaza. Israel has rejected the genocide accusations as false.''',
], [
    ev("REJECT", "ICJ", "NIC", True, "occurred", "2024-04-30",
       ["The United Nations' top court on Tuesday rejected a request by Nicaragua to order Germany to halt military and other aid to Israel",
        "In a 15-1 decision read out by the court's president, Judge Nawaf Salam of Lebanon, the International Court of Justice said the circumstances \"are not such as to require the exercise of its power\" to impose emergency measures"],
       location="The Hague", source_actor="Nawaf Salam"),
    ev("REJECT", "ICJ", "DEU", True, "occurred", "2024-04-30",
       ["But the judges also refused Germany's request to throw the case out altogether"],
       location="The Hague"),
    ev("ACCUSE", "NIC", "DEU", False, "occurred", "2024-03-01",
       ["in a case accusing Berlin of facilitating genocide in the Gaza Strip",
        "Nicaragua filed the case on March 1"]),
    ev("REQUEST", "NIC", "ICJ", False, "occurred", "2024-03",
       ["a request by Nicaragua to order Germany to halt military and other aid to Israel"]),
    ev("SUPPORT", "DEU", "ICJ", True, "occurred", "2024-04-30",
       ["Germany welcomed the ruling"], location="Berlin", source_actor="Sebastian Fischer"),
    ev("AID", "DEU", "PSE", False, "occurred", "2024-04",
       ["He said Germany was one of the largest donors of humanitarian aid to the Palestinians"],
       source_actor="Sebastian Fischer"),
    ev("ACCUSE", "NIC", "DEU", True, "occurred", "2024-04-30",
       ["told reporters outside the Peace Palace that the order did not clear Germany and that Berlin \"continues to provide weapons that are being used to kill civilians in Gaza.\""],
       location="The Hague", source_actor="Carlos Arguello Gomez"),
    ev("ACCUSE", "NIC", "DEU", False, "occurred", "2024-04-08",
       ["At hearings on April 8, its legal team argued that Germany had breached the 1948 Genocide Convention by supplying arms to Israel and by suspending its funding for UNRWA"],
       location="The Hague"),
    ev("REJECT", "DEU", "NIC", True, "occurred", "2024-04-09",
       ["The next day, Germany's legal representative, Tania von Uslar-Gleichen, rejected the accusations as having no basis in fact or law"],
       location="The Hague", source_actor="Tania von Uslar-Gleichen"),
    ev("AID", "DEU", "ISR", False, "occurred", "2023",
       ["Germany approved arms exports to Israel worth 326.5 million euros ($349 million) in 2023"]),
    ev("SANCTION", "DEU", "UNRWA", False, "occurred", "2024-01",
       ["paused new funding for the agency in January"]),
    ev("ACCUSE", "ISR", "UNRWA", False, "occurred", "2024-01",
       ["Israel alleged that a dozen of its employees had taken part in the Hamas-led attack of Oct. 7"]),
    ev("ASSAULT", "HAMAS", "ISR", False, "occurred", "2023-10-07",
       ["the Hamas-led attack of Oct. 7"]),
    ev("AID", "DEU", "UNRWA", True, "planned", None,
       ["Germany said last week it would resume its cooperation with UNRWA in Gaza"]),
    ev("CONCEDE", "DEU", "UNRWA", False, "occurred", "2024-04",
       ["Germany said last week it would resume its cooperation with UNRWA in Gaza"]),
    ev("ACCUSE", "ZAF", "ISR", False, "occurred", "2023-12",
       ["one brought by South Africa in December"]),
    ev("REQUEST", "ICJ", "ISR", False, "occurred", "2024-01",
       ["the court ordered Israel in January to take measures to prevent acts of genocide in Gaza"]),
    ev("REJECT", "ISR", "ZAF", False, "occurred", "2024-04",
       ["Israel has rejected the genocide accusations as false"]),
], [
    ("International Court of Justice", "ICJ", "are not such as to require the exercise of its power"),
    ("Sebastian Fischer", "DEU",
     "Germany is not a party to the conflict in the Middle East; on the contrary, we are working day and night for a two-state solution,"),
    ("Carlos Arguello Gomez", "NIC", "continues to provide weapons that are being used to kill civilians in Gaza."),
], [
    (326500000, "EUR", "326.5 million euros", "German arms export approvals for Israel", 2023),
    (349000000, "USD", "$349 million", "German arms export approvals for Israel", 2023),
])


# ---------------------------------------------------------------------------
# hen5_007  Paraguay River at record low; soy barges stranded (no codable event) (2024-10-08)
# ---------------------------------------------------------------------------
doc("hen5_007", "2024-10-08", [
    '''ASUNCION, Oct 8 (Reuters) - The Paraguay River fell to its lowest level on record at the port of Asuncion this week, stranding hundreds of barges loaded with soybeans and forcing exporters in the landlocked South American country to turn to costlier trucks and rail to get their harvest to market.''',
    '''The river, which carries more than 80% of Paraguay's foreign trade to the Atlantic through the Parana waterway, stood at 89 centimetres below its reference level on Monday, according to the national navigation and ports administration, breaking a record set in 2021. Forecasters do not expect a significant recovery before the rainy season gets under way in November.''',
    '''"We have barges sitting half-empty in Villeta because the convoys cannot get through the shallow stretches," said Hugo Ramirez, operations manager at a river shipping company. "Every week we lose, the freight costs pile up."''',
    '''Barge operators said they had cut loads to as little as 40% of capacity, pushing up freight rates by about a third since July. Some grain houses have started sending soybeans by truck to ports across the border in Argentina, a journey that adds around $25 per tonne to costs, according to industry estimates.''',
    '''Paraguay is the world's fourth-largest exporter of soybeans, and the oilseed and its by-products account for roughly a third of its export revenue. The Paraguayan Chamber of Cereal and Oilseed Exporters (CAPECO) said shipments of soybeans in the first nine months of the year reached 6.9 million tonnes, slightly below the same period of 2023, and that it expected full-year soy exports to earn about $3.4 billion.''',
    '''The drought that has parched much of central South America this year has also reduced the flow to the Itaipu and Yacyreta hydroelectric dams, although electricity supply has not been affected, the state power company said.''',
    '''Economists say the low water will shave a few tenths of a percentage point off growth this year. The central bank has forecast that the economy will expand by around 3.8% in 2024, after 4.7% last year.''',
    '''"The harvest was good, but getting it out has become the real problem," said Maria Jose Benitez, an economist at a consultancy in Asuncion. She estimated that additional logistics costs for the farm sector could reach 1.2 trillion guaranies ($154 million) this year.''',
    '''Farmers are now preparing to plant the next soy crop, and many are watching the weather closely. A return of normal rains would lift the river in time for the 2025 harvest, which usually begins to move in February and March.''',
], [], [
    ("Hugo Ramirez", "PRY",
     "We have barges sitting half-empty in Villeta because the convoys cannot get through the shallow stretches,"),
    ("Hugo Ramirez", "PRY", "Every week we lose, the freight costs pile up."),
    ("Maria Jose Benitez", "PRY", "The harvest was good, but getting it out has become the real problem,"),
], [
    (25, "USD", "$25 per tonne", "extra trucking cost per tonne of soybeans", None),
    (3400000000, "USD", "$3.4 billion", "expected soybean export revenue", 2024),
    (1200000000000, "PYG", "1.2 trillion guaranies", "additional logistics costs for the farm sector", 2024),
    (154000000, "USD", "$154 million", "additional logistics costs for the farm sector", 2024),
])


# ---------------------------------------------------------------------------
# hen5_008  Italy brings migrants back from Albania after a Rome court ruling (2024-10-19)
# ---------------------------------------------------------------------------
doc("hen5_008", "2024-10-19", [
    '''ROME, Oct 19 (Reuters) - Italy on Saturday brought back from Albania the 12 migrants it had held in a new Italian-run centre there, after a Rome court refused to validate their detention, dealing a blow to Prime Minister Giorgia Meloni's plan to process asylum seekers outside the European Union.''',
    '''The ruling on Friday by judges of the Rome tribunal's immigration section found that Bangladesh and Egypt could not be considered safe countries of origin, citing a judgment by the EU Court of Justice earlier this month, meaning the men could not be put through a fast-track border procedure. The seven Bangladeshis and five Egyptians were taken by coast guard vessel to the southern port of Bari, where they were released.''',
    '''The men were part of a group of 16, ten from Bangladesh and six from Egypt, who were rescued in international waters and taken by the Italian navy vessel Libra to the Albanian port of Shengjin on Wednesday, and then detained in a centre at Gjader. Four of them were sent back to Italy on Thursday after officials found that two were minors and two had health problems.''',
    '''Meloni, who was in Beirut on Friday for talks with Lebanese Prime Minister Najib Mikati, called the ruling prejudicial and said her government would meet on Monday to pass a decree listing the countries it considers safe. "It is not up to the judges to decide which countries are safe, it is up to the government," she told reporters.''',
    '''Interior Minister Matteo Piantedosi said the government would appeal against the decision to the Court of Cassation.''',
    '''Opposition leader Elly Schlein of the centre-left Democratic Party accused the government of wasting public money on a propaganda operation and called on Meloni to apologise to Italians.''',
    '''In Tirana, Albanian Prime Minister Edi Rama said his country would honour its commitments to Rome regardless of the ruling. "Albania will keep its word, as Italy has always kept its word to us," he said.''',
    '''Meloni and Rama signed the five-year agreement in Rome in November 2023. Under the deal, Italy can send up to 3,000 men a month, rescued by Italian vessels in international waters, to the two centres, which are run by Italy under Italian law. The scheme is expected to cost about 650 million euros ($705 million) over five years.''',
    '''European Commission President Ursula von der Leyen, in a letter to EU leaders on Monday, said the bloc would be able to draw lessons from the Italy-Albania protocol, and several governments have said they are watching it closely. Amnesty International on Friday urged Rome to scrap the scheme, saying it violated the rights of people rescued at sea.''',
], [
    ev("RETREAT", "ITA", "BGD", True, "occurred", "2024-10-19",
       ["Italy on Saturday brought back from Albania the 12 migrants it had held in a new Italian-run centre there",
        "The seven Bangladeshis and five Egyptians were taken by coast guard vessel to the southern port of Bari, where they were released"],
       location="Bari"),
    ev("RETREAT", "ITA", "EGY", True, "occurred", "2024-10-19",
       ["Italy on Saturday brought back from Albania the 12 migrants it had held in a new Italian-run centre there",
        "The seven Bangladeshis and five Egyptians were taken by coast guard vessel to the southern port of Bari, where they were released"],
       location="Bari"),
    ev("REJECT", "ITA", "ITA", True, "occurred", "2024-10-18",
       ["after a Rome court refused to validate their detention",
        "The ruling on Friday by judges of the Rome tribunal's immigration section found that Bangladesh and Egypt could not be considered safe countries of origin"],
       location="Rome", source_actor="Rome tribunal", target_actor="Italian government"),
    ev("COERCE", "ITA", "BGD", True, "occurred", "2024-10-16",
       ["taken by the Italian navy vessel Libra to the Albanian port of Shengjin on Wednesday, and then detained in a centre at Gjader"],
       location="Gjader"),
    ev("COERCE", "ITA", "EGY", True, "occurred", "2024-10-16",
       ["taken by the Italian navy vessel Libra to the Albanian port of Shengjin on Wednesday, and then detained in a centre at Gjader"],
       location="Gjader"),
    ev("RETREAT", "ITA", "BGD", False, "occurred", "2024-10-17",
       ["Four of them were sent back to Italy on Thursday"]),
    ev("RETREAT", "ITA", "EGY", False, "occurred", "2024-10-17",
       ["Four of them were sent back to Italy on Thursday"]),
    ev("CONSULT", "ITA", "LBN", True, "occurred", "2024-10-18",
       ["Meloni, who was in Beirut on Friday for talks with Lebanese Prime Minister Najib Mikati"],
       mode="visit", location="Beirut", source_actor="Giorgia Meloni", target_actor="Najib Mikati"),
    ev("ACCUSE", "ITA", "ITA", True, "occurred", "2024-10-18",
       ["called the ruling prejudicial",
        "It is not up to the judges to decide which countries are safe, it is up to the government"],
       source_actor="Giorgia Meloni", target_actor="Rome tribunal"),
    ev("ACCUSE", "ITA", "ITA", False, "planned", None,
       ["Interior Minister Matteo Piantedosi said the government would appeal against the decision to the Court of Cassation"],
       source_actor="Matteo Piantedosi"),
    ev("ACCUSE", "ITA", "ITA", True, "occurred", "2024-10-19",
       ["Opposition leader Elly Schlein of the centre-left Democratic Party accused the government of wasting public money on a propaganda operation"],
       source_actor="Elly Schlein", target_actor="Giorgia Meloni"),
    ev("REQUEST", "ITA", "ITA", True, "occurred", "2024-10-19",
       ["called on Meloni to apologise to Italians"], source_actor="Elly Schlein", target_actor="Giorgia Meloni"),
    ev("AGREE", "ALB", "ITA", True, "occurred", "2024-10-19",
       ["Albanian Prime Minister Edi Rama said his country would honour its commitments to Rome regardless of the ruling",
        "Albania will keep its word, as Italy has always kept its word to us"],
       location="Tirana", source_actor="Edi Rama"),
    ev("SUPPORT", "ALB", "ITA", False, "occurred", "2024-10-19",
       ["Albania will keep its word, as Italy has always kept its word to us"], source_actor="Edi Rama"),
    ev("SUPPORT", "ITA", "ALB", False, "occurred", "2023-11",
       ["Meloni and Rama signed the five-year agreement in Rome in November 2023"],
       location="Rome", source_actor="Giorgia Meloni", target_actor="Edi Rama"),
    ev("SUPPORT", "ALB", "ITA", False, "occurred", "2023-11",
       ["Meloni and Rama signed the five-year agreement in Rome in November 2023"],
       location="Rome", source_actor="Edi Rama", target_actor="Giorgia Meloni"),
    ev("COOPERATE", "ITA", "ALB", False, "occurred", "2024-10",
       ["Under the deal, Italy can send up to 3,000 men a month, rescued by Italian vessels in international waters, to the two centres, which are run by Italy under Italian law"]),
    ev("SUPPORT", "EU", "ITA", True, "occurred", "2024-10-14",
       ["European Commission President Ursula von der Leyen, in a letter to EU leaders on Monday, said the bloc would be able to draw lessons from the Italy-Albania protocol"],
       source_actor="Ursula von der Leyen"),
    ev("REQUEST", "AMNESTY", "ITA", True, "occurred", "2024-10-18",
       ["Amnesty International on Friday urged Rome to scrap the scheme"]),
    ev("ACCUSE", "AMNESTY", "ITA", False, "occurred", "2024-10-18",
       ["saying it violated the rights of people rescued at sea"]),
], [
    ("Giorgia Meloni", "ITA", "It is not up to the judges to decide which countries are safe, it is up to the government,"),
    ("Edi Rama", "ALB", "Albania will keep its word, as Italy has always kept its word to us,"),
], [
    (650000000, "EUR", "650 million euros", "expected cost of the Albania scheme over five years", None),
    (705000000, "USD", "$705 million", "expected cost of the Albania scheme over five years", None),
])


# ---------------------------------------------------------------------------
# hen5_009  US deportees jailed in El Salvador's CECOT (2025-03-17)
# ---------------------------------------------------------------------------
doc("hen5_009", "2025-03-17", [
    '''SAN SALVADOR, El Salvador (AP) — El Salvador has locked up more than 200 Venezuelans deported by the United States in its notorious mega-prison for gang members, after President Donald Trump invoked an 18th-century wartime law to expel alleged members of the Venezuelan gang Tren de Aragua.''',
    '''Salvadoran President Nayib Bukele said on Sunday that 238 members of Tren de Aragua and 23 members of the MS-13 gang had been flown in from the U.S. and immediately transferred to the Terrorism Confinement Center, known as CECOT, where they would be held for one year, renewable. Video released by his office showed shackled men being led off planes by armed officers and having their heads shaved.''',
    '''The Trump administration said the Venezuelans were removed under the Alien Enemies Act of 1798, which Trump invoked in a proclamation published on Saturday that accused Tren de Aragua of "perpetrating, attempting, and threatening an invasion or predatory incursion" against the United States. The flights took off from Texas on Saturday evening and landed in El Salvador early on Sunday.''',
    '''Late on Saturday, with the first planes already in the air, U.S. District Judge James E. Boasberg in Washington temporarily blocked deportations under the law and ordered that any aircraft carrying deportees be turned around. They were not.''',
    '''White House press secretary Karoline Leavitt said on Sunday the administration had not refused to comply with the order, arguing that it had no lawful basis and that the deportees had already left U.S. territory when it was issued. The American Civil Liberties Union, which brought the case, accused the government on Sunday of flouting the court.''',
    '''Bukele mocked the judge's order on social media. "Oopsie... Too late," he wrote above a news report about it.''',
    '''Secretary of State Marco Rubio thanked Bukele on Sunday, writing on X that El Salvador had agreed to hold the prisoners "in its very good jails at a fair price that will also save our taxpayer dollars." U.S. officials said Washington would pay El Salvador about $6 million for a year of detention.''',
    '''Venezuela's government said on Sunday that it rejected the application of the wartime law, which it said criminalised Venezuelan migrants, and accused the Trump administration of kidnapping its citizens. In a statement read by Foreign Minister Yvan Gil, Caracas also accused Bukele's government of acting as Washington's jailer.''',
    '''Bukele first offered to take in deportees, including violent criminals who are U.S. citizens, when Rubio visited him at his lakeside residence outside San Salvador in early February. Caracas, for its part, had resumed accepting deportation flights after Trump's envoy Richard Grenell met President Nicolas Maduro in Caracas in January.''',
    '''Relatives of some of the deportees and human rights groups say many of them have no criminal record and were singled out because of their tattoos.''',
], [
    ev("COERCE", "SLV", "TREN_DE_ARAGUA", True, "occurred", "2025-03-16",
       ["El Salvador has locked up more than 200 Venezuelans deported by the United States in its notorious mega-prison for gang members",
        "Salvadoran President Nayib Bukele said on Sunday that 238 members of Tren de Aragua and 23 members of the MS-13 gang had been flown in from the U.S. and immediately transferred to the Terrorism Confinement Center"],
       location="Terrorism Confinement Center", source_actor="Nayib Bukele"),
    ev("COERCE", "SLV", "VEN", False, "occurred", "2025-03-16",
       ["El Salvador has locked up more than 200 Venezuelans deported by the United States in its notorious mega-prison for gang members"]),
    ev("COERCE", "SLV", "MS13", True, "occurred", "2025-03-16",
       ["Salvadoran President Nayib Bukele said on Sunday that 238 members of Tren de Aragua and 23 members of the MS-13 gang had been flown in from the U.S. and immediately transferred to the Terrorism Confinement Center"],
       location="Terrorism Confinement Center", source_actor="Nayib Bukele"),
    ev("COERCE", "USA", "TREN_DE_ARAGUA", True, "occurred", "2025-03-15",
       ["Venezuelans deported by the United States",
        "to expel alleged members of the Venezuelan gang Tren de Aragua",
        "The Trump administration said the Venezuelans were removed under the Alien Enemies Act of 1798",
        "The flights took off from Texas on Saturday evening and landed in El Salvador early on Sunday"],
       source_actor="Trump administration"),
    ev("COERCE", "USA", "VEN", False, "occurred", "2025-03-15",
       ["Venezuelans deported by the United States"]),
    ev("COERCE", "USA", "MS13", True, "occurred", "2025-03-15",
       ["23 members of the MS-13 gang had been flown in from the U.S."]),
    ev("ACCUSE", "USA", "TREN_DE_ARAGUA", True, "occurred", "2025-03-15",
       ["Trump invoked in a proclamation published on Saturday that accused Tren de Aragua of \"perpetrating, attempting, and threatening an invasion or predatory incursion\" against the United States"],
       source_actor="Donald Trump"),
    ev("COOPERATE", "USA", "SLV", True, "occurred", "2025-03-16",
       ["El Salvador had agreed to hold the prisoners",
        "U.S. officials said Washington would pay El Salvador about $6 million for a year of detention"]),
    ev("REQUEST", "USA", "USA", True, "occurred", "2025-03-15",
       ["District Judge James E. Boasberg in Washington temporarily blocked deportations under the law and ordered that any aircraft carrying deportees be turned around"],
       location="Washington", source_actor="James E. Boasberg", target_actor="Trump administration"),
    ev("REJECT", "USA", "USA", False, "occurred", "2025-03-15",
       ["They were not."], source_actor="Trump administration", target_actor="James E. Boasberg"),
    ev("REJECT", "USA", "USA", True, "occurred", "2025-03-16",
       ["White House press secretary Karoline Leavitt said on Sunday the administration had not refused to comply with the order, arguing that it had no lawful basis"],
       source_actor="Karoline Leavitt", target_actor="James E. Boasberg"),
    ev("ACCUSE", "USA", "USA", True, "occurred", "2025-03-16",
       ["The American Civil Liberties Union, which brought the case, accused the government on Sunday of flouting the court"],
       source_actor="American Civil Liberties Union", target_actor="Trump administration"),
    ev("ACCUSE", "SLV", "USA", False, "occurred", "2025-03-17",
       ["Bukele mocked the judge's order on social media"],
       source_actor="Nayib Bukele", target_actor="James E. Boasberg"),
    ev("SUPPORT", "USA", "SLV", True, "occurred", "2025-03-16",
       ["Secretary of State Marco Rubio thanked Bukele on Sunday"],
       source_actor="Marco Rubio", target_actor="Nayib Bukele"),
    ev("REJECT", "VEN", "USA", True, "occurred", "2025-03-16",
       ["Venezuela's government said on Sunday that it rejected the application of the wartime law"]),
    ev("ACCUSE", "VEN", "USA", True, "occurred", "2025-03-16",
       ["accused the Trump administration of kidnapping its citizens"]),
    ev("ACCUSE", "VEN", "SLV", True, "occurred", "2025-03-16",
       ["In a statement read by Foreign Minister Yvan Gil, Caracas also accused Bukele's government of acting as Washington's jailer"],
       source_actor="Yvan Gil"),
    ev("ACCUSE", "VEN", "USA", False, "occurred", "2025-03-17",
       ["Relatives of some of the deportees and human rights groups say many of them have no criminal record and were singled out because of their tattoos"]),
    ev("AGREE", "SLV", "USA", False, "occurred", "2025-02",
       ["Bukele first offered to take in deportees, including violent criminals who are U.S. citizens, when Rubio visited him at his lakeside residence outside San Salvador in early February"],
       source_actor="Nayib Bukele", target_actor="Marco Rubio"),
    ev("CONSULT", "USA", "SLV", False, "occurred", "2025-02",
       ["Rubio visited him at his lakeside residence outside San Salvador in early February"],
       mode="visit", source_actor="Marco Rubio", target_actor="Nayib Bukele"),
    ev("COOPERATE", "VEN", "USA", False, "occurred", "2025-03",
       ["Caracas, for its part, had resumed accepting deportation flights"]),
    ev("CONSULT", "USA", "VEN", False, "occurred", "2025-01",
       ["Trump's envoy Richard Grenell met President Nicolas Maduro in Caracas in January"],
       mode="visit", location="Caracas", source_actor="Richard Grenell", target_actor="Nicolas Maduro"),
], [
    ("Donald Trump", "USA", "perpetrating, attempting, and threatening an invasion or predatory incursion"),
    ("Marco Rubio", "USA", "in its very good jails at a fair price that will also save our taxpayer dollars."),
], [
    (6000000, "USD", "$6 million", "US payment to El Salvador for a year of detention", None),
])


# ---------------------------------------------------------------------------
# hen5_010  Ethiopia and Eritrea: Abiy's warning, Asmara's denial, Tigray split (2025-03-21)
# ---------------------------------------------------------------------------
doc("hen5_010", "2025-03-21", [
    '''ADDIS ABABA, March 21 (Reuters) - Ethiopian Prime Minister Abiy Ahmed told lawmakers on Thursday that his government had no intention of going to war with Eritrea, but warned that Ethiopia would defend itself if attacked, amid mounting fears that a new conflict could erupt in the Horn of Africa.''',
    '''“Ethiopia has no interest in fighting Eritrea,” Abiy said during a question-and-answer session in parliament. “But if anyone attacks us, we will respond, and we will respond decisively.”''',
    '''Abiy, who has repeatedly described access to the Red Sea as an existential matter for his landlocked country of some 120 million people, called on Asmara to negotiate over the use of the port of Assab, saying Ethiopia was prepared to offer a stake in its national airline or its telecoms operator in return.''',
    '''Eritrea's Information Minister Yemane Gebremeskel on Wednesday dismissed reports that Asmara had ordered a nationwide mobilisation of reservists as “fabricated”, and accused Addis Ababa of pursuing an “illegal agenda” to seize Eritrean territory and ports.''',
    '''Diplomats and aid workers have reported movements of Ethiopian troops and heavy weapons towards the Eritrean border in recent weeks, and rights groups said last month that Eritrea had called up men aged up to 60. Ethiopia's military did not respond to a request for comment.''',
    '''The tensions have been compounded by a power struggle in the northern region of Tigray, where a faction of the Tigray People's Liberation Front loyal to its chairman Debretsion Gebremichael seized the offices of the Mekelle mayor and of the regional broadcaster last week. Getachew Reda, the head of the federally backed interim administration, accused the faction on Sunday of staging a coup with the support of Asmara. The faction denied the allegation in a statement on Monday.''',
    '''The chairperson of the African Union Commission, Mahmoud Ali Youssouf, on Wednesday urged Ethiopia and Eritrea to exercise restraint and to settle their differences through dialogue. Egyptian Foreign Minister Badr Abdelatty held talks in Asmara on Tuesday with President Isaias Afwerki and delivered a message from President Abdel Fattah al-Sisi, Eritrea's information ministry said.''',
    '''Ethiopia and Eritrea fought a border war in 1998-2000 that killed tens of thousands of people. Abiy won the Nobel Peace Prize in 2019 for making peace with Isaias, and Eritrean troops fought alongside Ethiopian federal forces against Tigrayan fighters in the 2020-2022 civil war. Relations soured after Addis Ababa and the TPLF signed a peace agreement in Pretoria in November 2022 that excluded Asmara.''',
    '''“Both capitals are signalling, but the danger of a miscalculation on the border is very real,” said Dr. Yonas Berhane, a lecturer in international relations at Addis Ababa University.''',
], [
    ev("THREATEN", "ETH", "ERI", False, "negated", "2025-03-20",
       ["told lawmakers on Thursday that his government had no intention of going to war with Eritrea",
        "Ethiopia has no interest in fighting Eritrea"],
       location="parliament", source_actor="Abiy Ahmed"),
    ev("THREATEN", "ETH", "ERI", True, "conditional", "2025-03-20",
       ["but warned that Ethiopia would defend itself if attacked",
        "But if anyone attacks us, we will respond, and we will respond decisively."],
       location="parliament", source_actor="Abiy Ahmed"),
    ev("REQUEST", "ETH", "ERI", True, "occurred", "2025-03-20",
       ["called on Asmara to negotiate over the use of the port of Assab"], source_actor="Abiy Ahmed"),
    ev("AGREE", "ETH", "ERI", False, "conditional", "2025-03-20",
       ["saying Ethiopia was prepared to offer a stake in its national airline or its telecoms operator in return"],
       source_actor="Abiy Ahmed"),
    ev("REJECT", "ERI", "ETH", True, "occurred", "2025-03-19",
       ["Eritrea's Information Minister Yemane Gebremeskel on Wednesday dismissed reports that Asmara had ordered a nationwide mobilisation of reservists as “fabricated”"],
       source_actor="Yemane Gebremeskel"),
    ev("ACCUSE", "ERI", "ETH", True, "occurred", "2025-03-19",
       ["accused Addis Ababa of pursuing an “illegal agenda” to seize Eritrean territory and ports"],
       source_actor="Yemane Gebremeskel"),
    ev("MOBILIZE", "ERI", "ETH", False, "negated", "2025-02",
       ["reports that Asmara had ordered a nationwide mobilisation of reservists",
        "rights groups said last month that Eritrea had called up men aged up to 60"]),
    ev("MOBILIZE", "ETH", "ERI", True, "occurred", "2025-03",
       ["Diplomats and aid workers have reported movements of Ethiopian troops and heavy weapons towards the Eritrean border in recent weeks"]),
    ev("COERCE", "TPLF", "ETH", True, "occurred", "2025-03",
       ["a faction of the Tigray People's Liberation Front loyal to its chairman Debretsion Gebremichael seized the offices of the Mekelle mayor and of the regional broadcaster last week"],
       location="Mekelle", source_actor="Debretsion Gebremichael"),
    ev("ACCUSE", "ETH", "TPLF", True, "occurred", "2025-03-16",
       ["Getachew Reda, the head of the federally backed interim administration, accused the faction on Sunday of staging a coup"],
       source_actor="Getachew Reda", target_actor="Debretsion Gebremichael"),
    ev("ACCUSE", "ETH", "ERI", False, "occurred", "2025-03-16",
       ["accused the faction on Sunday of staging a coup with the support of Asmara"],
       source_actor="Getachew Reda"),
    ev("REJECT", "TPLF", "ETH", True, "occurred", "2025-03-17",
       ["The faction denied the allegation in a statement on Monday"]),
    ev("REQUEST", "AU", "ETH", True, "occurred", "2025-03-19",
       ["The chairperson of the African Union Commission, Mahmoud Ali Youssouf, on Wednesday urged Ethiopia and Eritrea to exercise restraint and to settle their differences through dialogue"],
       source_actor="Mahmoud Ali Youssouf"),
    ev("REQUEST", "AU", "ERI", True, "occurred", "2025-03-19",
       ["The chairperson of the African Union Commission, Mahmoud Ali Youssouf, on Wednesday urged Ethiopia and Eritrea to exercise restraint and to settle their differences through dialogue"],
       source_actor="Mahmoud Ali Youssouf"),
    ev("CONSULT", "EGY", "ERI", True, "occurred", "2025-03-18",
       ["Egyptian Foreign Minister Badr Abdelatty held talks in Asmara on Tuesday with President Isaias Afwerki"],
       mode="visit", location="Asmara", source_actor="Badr Abdelatty", target_actor="Isaias Afwerki"),
    ev("ASSAULT", "ETH", "ERI", False, "occurred", "1998",
       ["Ethiopia and Eritrea fought a border war in 1998-2000"]),
    ev("ASSAULT", "ERI", "ETH", False, "occurred", "1998",
       ["Ethiopia and Eritrea fought a border war in 1998-2000"]),
    ev("COOPERATE", "ERI", "ETH", False, "occurred", "2020",
       ["Eritrean troops fought alongside Ethiopian federal forces against Tigrayan fighters in the 2020-2022 civil war"]),
    ev("ASSAULT", "ERI", "TPLF", False, "occurred", "2020",
       ["Eritrean troops fought alongside Ethiopian federal forces against Tigrayan fighters in the 2020-2022 civil war"]),
    ev("ASSAULT", "ETH", "TPLF", False, "occurred", "2020",
       ["Eritrean troops fought alongside Ethiopian federal forces against Tigrayan fighters in the 2020-2022 civil war"]),
    ev("AGREE", "ETH", "TPLF", False, "occurred", "2022-11",
       ["Addis Ababa and the TPLF signed a peace agreement in Pretoria in November 2022"],
       location="Pretoria"),
    ev("SUPPORT", "ETH", "TPLF", False, "occurred", "2022-11",
       ["Addis Ababa and the TPLF signed a peace agreement in Pretoria in November 2022"],
       location="Pretoria"),
    ev("SUPPORT", "TPLF", "ETH", False, "occurred", "2022-11",
       ["Addis Ababa and the TPLF signed a peace agreement in Pretoria in November 2022"],
       location="Pretoria"),
    ev("AGREE", "ETH", "ERI", False, "occurred", None,
       ["Abiy won the Nobel Peace Prize in 2019 for making peace with Isaias"],
       source_actor="Abiy Ahmed", target_actor="Isaias Afwerki"),
], [
    ("Abiy Ahmed", "ETH", "Ethiopia has no interest in fighting Eritrea,"),
    ("Abiy Ahmed", "ETH", "But if anyone attacks us, we will respond, and we will respond decisively."),
    ("Yonas Berhane", "ETH",
     "Both capitals are signalling, but the danger of a miscalculation on the border is very real,"),
], [])


# ---------------------------------------------------------------------------
# machinery
# ---------------------------------------------------------------------------
SENT_END = re.compile(r'[.!?]["”’)]*(?=\s)')


def sentences(text):
    """(start, end) of each sentence: split on blank-line paragraphs, then on .!? + whitespace
    (closing quotes stay in the sentence). Abbreviations such as "U.S." or "Gen." are NOT
    protected: the splitter breaks after them, on purpose (see README.en.md)."""
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
    os.makedirs(os.path.dirname(GOLD), exist_ok=True)
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
                    print(f"note: {d['doc_id']} span occurs {n} times, first taken: {span[:50]!r}")
                evs.append({"sentence": sent_index(sents, start), "start": start,
                            "end": start + len(span), "text": span})
            e["evidence"] = evs
            events.append(e)
        quotes = []
        for speaker, code, qt in d["quotes"]:
            qt = qt.rstrip(",")  # a comma before the closing mark is not part of the quote
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


def known_codes():
    iso = {c["alpha_3"] for c in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]}
    iso.add("XKX")
    orgs = set()
    for line in open(ORG_TSV, encoding="utf-8"):
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        orgs.add(line.split("\t")[0])
    return iso, orgs


def validate():
    errors, notes = [], []
    iso, orgs = known_codes()
    files = sorted(x[:-4] for x in os.listdir(ART_DIR) if x.endswith(".txt"))
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    ids = [g["doc_id"] for g in gold]
    if ids != sorted(ids) or ids != files:
        errors.append(f"doc ids {ids} vs files {files}")
    iso4217 = {"USD", "EUR", "ISK", "CNY", "GTQ", "PYG"}
    for g in gold:
        raw = open(os.path.join(ART_DIR, g["doc_id"] + ".txt"), encoding="utf-8").read()
        m = re.match(r" ?date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ", raw)
        if not m or m.group(1) != g["published"]:
            errors.append(f"{g['doc_id']}: prefix/published mismatch")
            continue
        text = raw[m.end():].rstrip("\n")
        sents = sentences(text)
        pub = g["published"]
        datetime.date.fromisoformat(pub)
        nwords = len(text.split())
        if not MIN_WORDS <= nwords <= MAX_WORDS:
            errors.append(f"{g['doc_id']}: {nwords} words")
        if g["lang"] != "en" or not g["doc_id"].startswith("hen5_"):
            errors.append(f"{g['doc_id']}: bad lang/doc_id")
        for e in g["events"]:
            tag = f"{g['doc_id']} {e['type']} {e['source']}->{e['target']}"
            if e["type"] not in TYPES:
                errors.append(f"{tag}: bad type")
            if e["status"] not in STATUSES:
                errors.append(f"{tag}: bad status")
            if not isinstance(e["required"], bool):
                errors.append(f"{tag}: required not boolean")
            if ("mode" in e) != (e["type"] == "CONSULT") or e.get("mode") not in MODES:
                errors.append(f"{tag}: bad mode")
            for c in (e["source"], e["target"]):
                if c not in iso | orgs:
                    errors.append(f"{tag}: unknown code {c}")
            dt = e["date"]
            if dt is not None:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", dt):
                    errors.append(f"{tag}: bad date {dt}")
                else:
                    y = int(dt[:4]); mo = int(dt[5:7]) if len(dt) >= 7 else 1
                    d_ = int(dt[8:10]) if len(dt) == 10 else 1
                    try:
                        datetime.date(y, mo, d_)
                    except ValueError:
                        errors.append(f"{tag}: invalid date {dt}")
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
                    # only allowed where the splitter breaks after an abbreviation
                    cut = text[sents[si][0]:sents[si][1]]
                    if not re.search(r"(\b[A-Z]\.[A-Z]\.|\b[A-Z]\.|\b(?:Gen|Brig|Dr|Aug|Oct|Sept|Jan|Feb|Nov|Dec|St|Mr|Mrs|Sen|Rep|Lt|Col|No)\.)$", cut):
                        errors.append(f"{tag}: evidence crosses a real sentence boundary")
                    else:
                        notes.append(f"{tag}: evidence crosses an abbreviation split ({cut[-6:]!r})")
        for q in g["quotes"]:
            if text[q["start"]:q["end"]] != q["text"]:
                errors.append(f"{g['doc_id']}: quote not verbatim")
            if text[q["start"] - 1] not in "\"“":
                errors.append(f"{g['doc_id']}: quote does not open after a quotation mark")
            if len(q["text"].split()) < 5:
                errors.append(f"{g['doc_id']}: quote shorter than 5 words")
            if q["speaker_code"] not in iso | orgs:
                errors.append(f"{g['doc_id']}: quote speaker code {q['speaker_code']}")
        for a in g["amounts"]:
            if a["text"] not in text:
                errors.append(f"{g['doc_id']}: amount text missing")
            if a["unit"] not in iso4217:
                errors.append(f"{g['doc_id']}: unit {a['unit']}")
    return gold, errors, notes


if __name__ == "__main__":
    build()
    gold, errors, notes = validate()
    for n in notes:
        print("note", n)
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
    missing = TYPES - set(req)
    if missing:
        print("ERROR types without a required event:", sorted(missing))
        errors.append("types")
    sys.exit(1 if errors else 0)
