#!/usr/bin/env python3
"""Build the French part of devset/fresh5: articles hfr5_001..hfr5_010 and gold/fr.jsonl.

Every offset, sentence index and quote offset is computed here from verbatim
spans (never by hand).  Run with the system python3; it writes only
  ../articles/fr/hfr5_*.txt  and  ../gold/fr.jsonl
and then validates what it wrote.

Structure copied from devset/fresh4/tools/build_fr.py; the articles are new.
Unlike fresh4, the articles use real French abbreviations ("M.", "Mme", "Mgr",
"Dr", "n°").  "M." followed by a space is split by the simple sentence splitter;
evidence spans may run across such an abbreviation split (and only such a split).
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ART_DIR = os.path.join(ROOT, "articles", "fr")
GOLD = os.path.join(ROOT, "gold", "fr.jsonl")

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "negated", "conditional"}
MODES = {"visit", "third-party", "multilateral", "phone", None}


def E(type_, src, tgt, req, status, dt, evid, mode=None, loc=None, sa=None, ta=None):
    return dict(type=type_, source=src, target=tgt, required=req, mode=mode, status=status,
                date=dt, location=loc, source_actor=sa, target_actor=ta, evidence=evid)


def Q(speaker, code, text):
    return dict(speaker=speaker, speaker_code=code, text=text)


def A(value, unit, text, about, year=None):
    d = dict(value=float(value), unit=unit, text=text, about=about)
    if year is not None:
        d["year"] = year
    return d


DOCS = []

# ---------------------------------------------------------------- hfr5_001 Éthiopie / Fano
DOCS.append(dict(
    doc_id="hfr5_001", date="2023-08-05",
    paras=[
        "Addis-Abeba (AFP) - Le gouvernement éthiopien a décrété vendredi l'état d'urgence dans la région de l'Amhara, où l'armée fédérale affronte depuis plusieurs jours les miliciens nationalistes Fano dans plusieurs villes, dont Lalibela et Gondar.",
        "L'état d'urgence, d'une durée de six mois, autorise les autorités à imposer des couvre-feux, à interdire les rassemblements publics et à arrêter des suspects sans mandat judiciaire, a précisé le bureau du Premier ministre, Abiy Ahmed, dans un communiqué. Il a été proclamé par le Conseil des ministres au lendemain d'une lettre du président de la région, Yilkal Kefale, qui avait demandé jeudi l'intervention du gouvernement fédéral, estimant que la situation ne pouvait « plus être contrôlée par les moyens ordinaires ».",
        "Selon des habitants joints par l'AFP, des combattants Fano sont entrés mercredi à Lalibela, ville classée au patrimoine mondial de l'Unesco et célèbre pour ses églises taillées dans le roc, et se sont emparés de l'aéroport. Ils s'en sont retirés vendredi matin, après l'arrivée de renforts de la Force de défense nationale éthiopienne (ENDF), ont indiqué ces témoins. Des échanges de tirs à l'arme lourde ont également été signalés jeudi à Gondar et dans les faubourgs de Bahir Dar, la capitale régionale, où un couvre-feu a été instauré à partir de 18h00.",
        "L'état-major de l'armée a annoncé samedi avoir déployé des unités supplémentaires dans la région pour « rétablir l'ordre », accusant les Fano de chercher à « renverser par la force » le gouvernement régional et de s'en prendre aux administrations locales.",
        "L'internet mobile est coupé dans l'Amhara depuis jeudi, selon l'observatoire NetBlocks, ce qui rend difficile toute vérification indépendante des bilans. Ethiopian Airlines a suspendu jusqu'à nouvel ordre ses vols vers Lalibela, Gondar et Bahir Dar.",
        "L'ambassade des États-Unis à Addis-Abeba s'est dite vendredi « profondément préoccupée » par les violences et a appelé l'armée et les miliciens Fano à cesser les combats et à protéger les civils. « Nous exhortons toutes les parties à engager un dialogue sans attendre, avant que la crise ne s'étende à d'autres régions du pays », a écrit la représentation diplomatique sur le réseau social X.",
        "Les tensions se sont envenimées en avril, lorsque le gouvernement fédéral a annoncé la dissolution des forces spéciales régionales pour les intégrer à l'armée et à la police fédérales, une décision qui avait déclenché des manifestations dans plusieurs villes de l'Amhara. Les Fano, milices populaires sans commandement unifié, avaient pourtant combattu aux côtés de l'armée fédérale contre les rebelles du Front de libération du peuple du Tigré (TPLF) pendant la guerre de 2020-2022, close par l'accord de paix signé à Pretoria le 2 novembre 2022, dont ils disent avoir été tenus à l'écart.",
        "Le Premier ministre, lauréat du prix Nobel de la paix en 2019, ne s'est pas exprimé publiquement depuis le début des combats. Jeudi encore, son gouvernement minimisait la situation. M. Abiy doit présider la semaine prochaine une réunion du Parlement, qui devra approuver l'état d'urgence dans un délai de quinze jours.",
    ],
    events=[
        E("COERCE", "ETH", "ETH", True, "occurred", "2023-08-04",
          ["Le gouvernement éthiopien a décrété vendredi l'état d'urgence dans la région de l'Amhara",
           "Il a été proclamé par le Conseil des ministres au lendemain d'une lettre du président de la région"],
          loc="Amhara", sa="Conseil des ministres"),
        E("ASSAULT", "ETH", "FANO", True, "occurred", "2023-08",
          ["où l'armée fédérale affronte depuis plusieurs jours les miliciens nationalistes Fano dans plusieurs villes, dont Lalibela et Gondar",
           "Des échanges de tirs à l'arme lourde ont également été signalés jeudi à Gondar"],
          loc="Amhara", sa="armée fédérale", ta="Fano"),
        E("ASSAULT", "FANO", "ETH", True, "occurred", "2023-08",
          ["où l'armée fédérale affronte depuis plusieurs jours les miliciens nationalistes Fano dans plusieurs villes, dont Lalibela et Gondar",
           "Des échanges de tirs à l'arme lourde ont également été signalés jeudi à Gondar"],
          loc="Amhara", sa="Fano", ta="armée fédérale"),
        E("ASSAULT", "FANO", "ETH", False, "occurred", "2023-08-02",
          ["des combattants Fano sont entrés mercredi à Lalibela"],
          loc="Lalibela", sa="combattants Fano"),
        E("COERCE", "FANO", "ETH", False, "occurred", "2023-08-02",
          ["se sont emparés de l'aéroport"], loc="Lalibela", sa="combattants Fano"),
        E("REQUEST", "ETH", "ETH", True, "occurred", "2023-08-03",
          ["Yilkal Kefale, qui avait demandé jeudi l'intervention du gouvernement fédéral"],
          sa="Yilkal Kefale", ta="gouvernement fédéral"),
        E("RETREAT", "FANO", "ETH", True, "occurred", "2023-08-04",
          ["Ils s'en sont retirés vendredi matin, après l'arrivée de renforts de la Force de défense nationale éthiopienne (ENDF)"],
          loc="Lalibela", sa="combattants Fano"),
        E("MOBILIZE", "ETH", "FANO", True, "occurred", "2023-08-05",
          ["L'état-major de l'armée a annoncé samedi avoir déployé des unités supplémentaires dans la région"],
          loc="Amhara", sa="état-major de l'armée", ta="Fano"),
        E("MOBILIZE", "ETH", "ETH", False, "occurred", "2023-08-05",
          ["L'état-major de l'armée a annoncé samedi avoir déployé des unités supplémentaires dans la région"],
          loc="Amhara", sa="état-major de l'armée"),
        E("MOBILIZE", "ETH", "FANO", False, "occurred", "2023-08-04",
          ["après l'arrivée de renforts de la Force de défense nationale éthiopienne (ENDF)"],
          loc="Lalibela", sa="ENDF"),
        E("ACCUSE", "ETH", "FANO", True, "occurred", "2023-08-05",
          ["accusant les Fano de chercher à « renverser par la force » le gouvernement régional"],
          sa="état-major de l'armée", ta="Fano"),
        E("COERCE", "ETH", "ETH", False, "occurred", "2023-08-03",
          ["L'internet mobile est coupé dans l'Amhara depuis jeudi"], loc="Amhara"),
        E("COERCE", "ETH", "ETH", False, "occurred", "2023-08-05",
          ["où un couvre-feu a été instauré à partir de 18h00"], loc="Bahir Dar"),
        E("REQUEST", "USA", "ETH", True, "occurred", "2023-08-04",
          ["a appelé l'armée et les miliciens Fano à cesser les combats et à protéger les civils",
           "« Nous exhortons toutes les parties à engager un dialogue sans attendre, avant que la crise ne s'étende à d'autres régions du pays », a écrit la représentation diplomatique sur le réseau social X"],
          sa="ambassade des États-Unis", ta="armée éthiopienne"),
        E("REQUEST", "USA", "FANO", True, "occurred", "2023-08-04",
          ["a appelé l'armée et les miliciens Fano à cesser les combats et à protéger les civils",
           "« Nous exhortons toutes les parties à engager un dialogue sans attendre, avant que la crise ne s'étende à d'autres régions du pays », a écrit la représentation diplomatique sur le réseau social X"],
          sa="ambassade des États-Unis", ta="Fano"),
        E("ACCUSE", "USA", "ETH", False, "occurred", "2023-08-04",
          ["L'ambassade des États-Unis à Addis-Abeba s'est dite vendredi « profondément préoccupée » par les violences"],
          sa="ambassade des États-Unis"),
        E("COERCE", "ETH", "ETH", False, "occurred", "2023-04",
          ["le gouvernement fédéral a annoncé la dissolution des forces spéciales régionales"]),
        E("PROTEST", "ETH", "ETH", False, "occurred", "2023-04",
          ["une décision qui avait déclenché des manifestations dans plusieurs villes de l'Amhara"], loc="Amhara"),
        E("ASSAULT", "FANO", "TPLF", False, "occurred", "2020",
          ["avaient pourtant combattu aux côtés de l'armée fédérale contre les rebelles du Front de libération du peuple du Tigré (TPLF)"]),
        E("ASSAULT", "ETH", "TPLF", False, "occurred", "2020",
          ["avaient pourtant combattu aux côtés de l'armée fédérale contre les rebelles du Front de libération du peuple du Tigré (TPLF)"]),
        E("COOPERATE", "FANO", "ETH", False, "occurred", "2020",
          ["avaient pourtant combattu aux côtés de l'armée fédérale"]),
        E("SUPPORT", "ETH", "TPLF", False, "occurred", "2022-11-02",
          ["l'accord de paix signé à Pretoria le 2 novembre 2022"], loc="Pretoria"),
        E("SUPPORT", "TPLF", "ETH", False, "occurred", "2022-11-02",
          ["l'accord de paix signé à Pretoria le 2 novembre 2022"], loc="Pretoria"),
        E("ACCUSE", "FANO", "ETH", False, "occurred", "2023-08",
          ["dont ils disent avoir été tenus à l'écart"]),
    ],
    quotes=[
        Q("Yilkal Kefale", "ETH", "plus être contrôlée par les moyens ordinaires"),
        Q("ambassade des États-Unis à Addis-Abeba", "USA",
          "Nous exhortons toutes les parties à engager un dialogue sans attendre, avant que la crise ne s'étende à d'autres régions du pays"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_002 Mali / Côte d'Ivoire / médiation togolaise
DOCS.append(dict(
    doc_id="hfr5_002", date="2023-01-08",
    paras=[
        "Abidjan (AFP) - Les 46 soldats ivoiriens détenus au Mali depuis juillet sont rentrés samedi soir à Abidjan, au lendemain de la grâce que leur a accordée le chef de la junte malienne, le colonel Assimi Goïta, à l'issue d'une médiation du Togo.",
        "Accueillis sur le tarmac de l'aéroport Félix-Houphouët-Boigny par le président Alassane Ouattara, les militaires, en uniforme, ont défilé devant une haie d'honneur sous les applaudissements de leurs familles. « Je suis heureux de vous voir de retour sur la terre de vos ancêtres, après ces moments difficiles », leur a lancé le chef de l'État.",
        "Vendredi soir, la présidence malienne avait annoncé dans un communiqué lu à la télévision d'État que le colonel Goïta accordait « sa grâce avec remise totale de peine » aux 49 militaires ivoiriens, condamnés le 30 décembre à vingt ans de réclusion criminelle pour « attentat et complot contre le gouvernement ». Trois soldates, libérées dès septembre, avaient été condamnées à mort par contumace.",
        "Selon Bamako, cette décision témoigne de l'attachement du colonel Goïta à la paix et au « bon voisinage » avec la Côte d'Ivoire. Le porte-parole du gouvernement de transition, le colonel Abdoulaye Maïga, a également remercié vendredi le président togolais, Faure Gnassingbé, pour son « rôle de facilitateur ».",
        "Abidjan a salué samedi « un geste fort » du président de la transition malienne et remercié à son tour Lomé. « La Côte d'Ivoire est reconnaissante au président Faure Gnassingbé, dont la médiation patiente a permis ce dénouement heureux », a déclaré le porte-parole du gouvernement ivoirien, Amadou Coulibaly.",
        "Les militaires avaient été arrêtés le 10 juillet 2022 à leur arrivée à l'aéroport de Bamako. La junte les avait aussitôt accusés d'être des « mercenaires » venus déstabiliser le pays, ce qu'Abidjan a toujours démenti, assurant qu'ils étaient déployés dans le cadre d'une mission de soutien logistique à la Mission de l'ONU au Mali (Minusma).",
        "Un mémorandum d'entente avait été signé le 22 décembre à Bamako, sous l'égide de Lomé, lors de la visite d'une délégation ivoirienne conduite par le ministre de la Défense, Téné Birahima Ouattara. L'affaire avait aussi tendu les relations entre le Mali et la Communauté économique des États de l'Afrique de l'Ouest (Cédéao), dont les dirigeants avaient exigé début décembre la libération des soldats avant le 1er janvier, sous peine de sanctions.",
        "Le président de la Commission de la Cédéao, Omar Alieu Touray, a salué dimanche ce dénouement et appelé Bamako à poursuivre le dialogue avec ses voisins. Le ministre togolais des Affaires étrangères, Robert Dussey, artisan de la médiation, doit se rendre mardi à Bamako pour s'entretenir avec les autorités de transition du calendrier électoral.",
    ],
    events=[
        E("RETREAT", "MLI", "CIV", True, "occurred", "2023-01-07",
          ["Les 46 soldats ivoiriens détenus au Mali depuis juillet sont rentrés samedi soir à Abidjan"],
          loc="Abidjan", ta="46 soldats ivoiriens"),
        E("CONCEDE", "MLI", "CIV", True, "occurred", "2023-01-06",
          ["au lendemain de la grâce que leur a accordée le chef de la junte malienne, le colonel Assimi Goïta",
           "Vendredi soir, la présidence malienne avait annoncé dans un communiqué lu à la télévision d'État que le colonel Goïta accordait « sa grâce avec remise totale de peine » aux 49 militaires ivoiriens"],
          sa="Assimi Goïta", ta="49 militaires ivoiriens"),
        E("CONSULT", "TGO", "MLI", True, "occurred", "2023-01",
          ["à l'issue d'une médiation du Togo"], sa="Faure Gnassingbé"),
        E("CONSULT", "TGO", "CIV", True, "occurred", "2023-01",
          ["à l'issue d'une médiation du Togo"], sa="Faure Gnassingbé"),
        E("SANCTION", "MLI", "CIV", False, "occurred", "2022-12-30",
          ["condamnés le 30 décembre à vingt ans de réclusion criminelle pour « attentat et complot contre le gouvernement »"]),
        E("RETREAT", "MLI", "CIV", False, "occurred", "2022-09",
          ["Trois soldates, libérées dès septembre"]),
        E("SANCTION", "MLI", "CIV", False, "occurred", "2022-12-30",
          ["avaient été condamnées à mort par contumace"]),
        E("SUPPORT", "MLI", "CIV", False, "occurred", "2023-01-06",
          ["Selon Bamako, cette décision témoigne de l'attachement du colonel Goïta à la paix et au « bon voisinage » avec la Côte d'Ivoire"]),
        E("SUPPORT", "MLI", "TGO", True, "occurred", "2023-01-06",
          ["le colonel Abdoulaye Maïga, a également remercié vendredi le président togolais, Faure Gnassingbé, pour son « rôle de facilitateur »"],
          sa="Abdoulaye Maïga", ta="Faure Gnassingbé"),
        E("SUPPORT", "CIV", "MLI", True, "occurred", "2023-01-07",
          ["Abidjan a salué samedi « un geste fort » du président de la transition malienne"],
          ta="Assimi Goïta"),
        E("SUPPORT", "CIV", "TGO", True, "occurred", "2023-01-07",
          ["et remercié à son tour Lomé",
           "« La Côte d'Ivoire est reconnaissante au président Faure Gnassingbé, dont la médiation patiente a permis ce dénouement heureux », a déclaré le porte-parole du gouvernement ivoirien, Amadou Coulibaly"],
          sa="Amadou Coulibaly", ta="Faure Gnassingbé"),
        E("COERCE", "MLI", "CIV", False, "occurred", "2022-07-10",
          ["Les militaires avaient été arrêtés le 10 juillet 2022 à leur arrivée à l'aéroport de Bamako"], loc="Bamako"),
        E("ACCUSE", "MLI", "CIV", False, "occurred", "2022-07",
          ["La junte les avait aussitôt accusés d'être des « mercenaires » venus déstabiliser le pays"]),
        E("REJECT", "CIV", "MLI", False, "occurred", "2023-01",
          ["ce qu'Abidjan a toujours démenti"]),
        E("AGREE", "MLI", "CIV", False, "occurred", "2022-12-22",
          ["Un mémorandum d'entente avait été signé le 22 décembre à Bamako, sous l'égide de Lomé"], loc="Bamako"),
        E("CONSULT", "CIV", "MLI", False, "occurred", "2022-12-22",
          ["lors de la visite d'une délégation ivoirienne conduite par le ministre de la Défense, Téné Birahima Ouattara"],
          mode="visit", loc="Bamako", sa="Téné Birahima Ouattara"),
        E("REQUEST", "ECOWAS", "MLI", False, "occurred", "2022-12",
          ["dont les dirigeants avaient exigé début décembre la libération des soldats avant le 1er janvier, sous peine de sanctions"]),
        E("THREATEN", "ECOWAS", "MLI", False, "conditional", "2022-12",
          ["dont les dirigeants avaient exigé début décembre la libération des soldats avant le 1er janvier, sous peine de sanctions"]),
        E("SUPPORT", "ECOWAS", "MLI", True, "occurred", "2023-01-08",
          ["Le président de la Commission de la Cédéao, Omar Alieu Touray, a salué dimanche ce dénouement"],
          sa="Omar Alieu Touray"),
        E("REQUEST", "ECOWAS", "MLI", True, "occurred", "2023-01-08",
          ["appelé Bamako à poursuivre le dialogue avec ses voisins"], sa="Omar Alieu Touray"),
        E("CONSULT", "TGO", "MLI", True, "planned", "2023-01-10",
          ["Le ministre togolais des Affaires étrangères, Robert Dussey, artisan de la médiation, doit se rendre mardi à Bamako pour s'entretenir avec les autorités de transition"],
          mode="visit", loc="Bamako", sa="Robert Dussey", ta="autorités de transition"),
    ],
    quotes=[
        Q("Alassane Ouattara", "CIV", "Je suis heureux de vous voir de retour sur la terre de vos ancêtres, après ces moments difficiles"),
        Q("présidence malienne", "MLI", "sa grâce avec remise totale de peine"),
        Q("Amadou Coulibaly", "CIV", "La Côte d'Ivoire est reconnaissante au président Faure Gnassingbé, dont la médiation patiente a permis ce dénouement heureux"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_003 Nicaragua
DOCS.append(dict(
    doc_id="hfr5_003", date="2023-02-11",
    paras=[
        "Managua (AFP) - Le gouvernement du président Daniel Ortega a libéré jeudi 222 opposants emprisonnés et les a expulsés vers les États-Unis, avant de les déchoir de leur nationalité nicaraguayenne, une décision dénoncée comme un « exil forcé » par les défenseurs des droits humains.",
        "Les anciens détenus, parmi lesquels sept candidats à la présidentielle de 2021, des journalistes, des étudiants et des prêtres, ont atterri jeudi à l'aéroport international de Washington-Dulles à bord d'un vol affrété par le département d'État. Ils ont obtenu jeudi un permis de séjour humanitaire de deux ans, a précisé Washington.",
        "Le secrétaire d'État américain, Antony Blinken, a salué jeudi soir « un pas constructif » et souligné que la libération résultait d'une « décision unilatérale » de Managua. Selon lui, les États-Unis n'ont rien offert en échange.",
        "Quelques heures plus tôt, un magistrat de la cour d'appel de Managua avait lu à la télévision publique le jugement ordonnant la « déportation immédiate et effective » des 222 condamnés, déclarés « traîtres à la patrie ». Dans la foulée, l'Assemblée nationale, contrôlée par le Front sandiniste de libération nationale (FSLN), a adopté en première lecture une réforme constitutionnelle permettant de retirer la nationalité aux personnes condamnées pour trahison.",
        "Seul Mgr Rolando Álvarez, évêque de Matagalpa et critique virulent du régime, a refusé jeudi de monter dans l'avion. Le prélat, assigné à résidence depuis août, a été condamné vendredi à 26 ans et quatre mois de prison pour « trahison à la patrie » et déchu de ses droits civiques, a annoncé la justice.",
        "Le président Ortega a affirmé jeudi soir, lors d'une allocution retransmise à la télévision, que ces opposants étaient des « mercenaires » payés par « l'empire » américain, et assuré que son gouvernement n'avait « rien demandé » à Washington. « Qu'ils s'en aillent, et qu'ils emportent avec eux leurs mensonges », a-t-il lancé, aux côtés de son épouse, Rosario Murillo.",
        "L'Espagne a proposé vendredi d'accorder la nationalité espagnole aux 222 exilés. « Ils sont les bienvenus en Espagne, dont ils pourront devenir citoyens s'ils le souhaitent », a déclaré le ministre des Affaires étrangères, José Manuel Albares, à la radio Onda Cero.",
        "Le Haut-Commissaire de l'ONU aux droits de l'homme, Volker Türk, s'est dit vendredi « profondément préoccupé » par ces déchéances de nationalité, rappelant que le droit international interdit de priver arbitrairement une personne de sa nationalité, et a demandé à Managua de libérer les quelque 40 autres prisonniers politiques encore détenus.",
        "Le Nicaragua est plongé dans une crise politique depuis la répression des manifestations antigouvernementales d'avril 2018, qui avait fait plus de 300 morts selon l'ONU. M. Ortega, ancien guérillero revenu au pouvoir en 2007, a été réélu en novembre 2021 pour un quatrième mandat consécutif, lors d'un scrutin dont ses principaux rivaux avaient été écartés par des arrestations. Son épouse, vice-présidente depuis 2017, fait figure de n° 2 du régime.",
    ],
    events=[
        E("RETREAT", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["Le gouvernement du président Daniel Ortega a libéré jeudi 222 opposants emprisonnés"],
          loc="Managua", sa="Daniel Ortega", ta="222 opposants"),
        E("COERCE", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["et les a expulsés vers les États-Unis",
           "le jugement ordonnant la « déportation immédiate et effective » des 222 condamnés"],
          sa="gouvernement nicaraguayen", ta="222 opposants"),
        E("COERCE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["avant de les déchoir de leur nationalité nicaraguayenne",
           "a adopté en première lecture une réforme constitutionnelle permettant de retirer la nationalité aux personnes condamnées pour trahison"],
          sa="Assemblée nationale", ta="222 opposants"),
        E("ACCUSE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["déclarés « traîtres à la patrie »"], sa="cour d'appel de Managua"),
        E("COOPERATE", "USA", "NIC", False, "occurred", "2023-02-09",
          ["à bord d'un vol affrété par le département d'État"], sa="département d'État"),
        E("AID", "USA", "NIC", True, "occurred", "2023-02-09",
          ["Ils ont obtenu jeudi un permis de séjour humanitaire de deux ans, a précisé Washington"],
          ta="222 opposants"),
        E("SUPPORT", "USA", "NIC", True, "occurred", "2023-02-09",
          ["Le secrétaire d'État américain, Antony Blinken, a salué jeudi soir « un pas constructif »"],
          sa="Antony Blinken"),
        E("CONCEDE", "USA", "NIC", False, "negated", "2023-02",
          ["les États-Unis n'ont rien offert en échange"], sa="Antony Blinken"),
        E("REJECT", "NIC", "NIC", True, "occurred", "2023-02-09",
          ["Seul Mgr Rolando Álvarez, évêque de Matagalpa et critique virulent du régime, a refusé jeudi de monter dans l'avion"],
          sa="Rolando Álvarez"),
        E("SANCTION", "NIC", "NIC", True, "occurred", "2023-02-10",
          ["a été condamné vendredi à 26 ans et quatre mois de prison pour « trahison à la patrie »"],
          sa="justice nicaraguayenne", ta="Rolando Álvarez"),
        E("COERCE", "NIC", "NIC", False, "occurred", "2022-08",
          ["assigné à résidence depuis août"], ta="Rolando Álvarez"),
        E("ACCUSE", "NIC", "USA", True, "occurred", "2023-02-09",
          ["Le président Ortega a affirmé jeudi soir, lors d'une allocution retransmise à la télévision, que ces opposants étaient des « mercenaires » payés par « l'empire » américain"],
          sa="Daniel Ortega"),
        E("ACCUSE", "NIC", "NIC", False, "occurred", "2023-02-09",
          ["que ces opposants étaient des « mercenaires »"], sa="Daniel Ortega"),
        E("REQUEST", "NIC", "USA", False, "negated", "2023-02",
          ["son gouvernement n'avait « rien demandé » à Washington"], sa="Daniel Ortega"),
        E("AID", "ESP", "NIC", True, "planned", None,
          ["L'Espagne a proposé vendredi d'accorder la nationalité espagnole aux 222 exilés",
           "« Ils sont les bienvenus en Espagne, dont ils pourront devenir citoyens s'ils le souhaitent », a déclaré le ministre des Affaires étrangères, José Manuel Albares"],
          sa="José Manuel Albares", ta="222 exilés"),
        E("AGREE", "ESP", "NIC", False, "occurred", "2023-02-10",
          ["L'Espagne a proposé vendredi d'accorder la nationalité espagnole aux 222 exilés"],
          sa="José Manuel Albares"),
        E("ACCUSE", "UN", "NIC", True, "occurred", "2023-02-10",
          ["Le Haut-Commissaire de l'ONU aux droits de l'homme, Volker Türk, s'est dit vendredi « profondément préoccupé » par ces déchéances de nationalité"],
          sa="Volker Türk"),
        E("REQUEST", "UN", "NIC", True, "occurred", "2023-02-10",
          ["a demandé à Managua de libérer les quelque 40 autres prisonniers politiques encore détenus"],
          sa="Volker Türk"),
        E("ASSAULT", "NIC", "NIC", False, "occurred", "2018-04",
          ["la répression des manifestations antigouvernementales d'avril 2018, qui avait fait plus de 300 morts selon l'ONU"]),
        E("PROTEST", "NIC", "NIC", False, "occurred", "2018-04",
          ["manifestations antigouvernementales d'avril 2018"]),
        E("COERCE", "NIC", "NIC", False, "occurred", "2021",
          ["lors d'un scrutin dont ses principaux rivaux avaient été écartés par des arrestations"]),
    ],
    quotes=[
        Q("Daniel Ortega", "NIC", "Qu'ils s'en aillent, et qu'ils emportent avec eux leurs mensonges"),
        Q("José Manuel Albares", "ESP", "Ils sont les bienvenus en Espagne, dont ils pourront devenir citoyens s'ils le souhaitent"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_004 Lettonie / Estonie / Russie
DOCS.append(dict(
    doc_id="hfr5_004", date="2023-01-24",
    paras=[
        "Riga (AFP) - La Lettonie a ordonné lundi à l'ambassadeur de Russie de quitter son territoire d'ici au 24 février, par solidarité avec l'Estonie voisine, dont l'ambassadeur venait d'être expulsé par Moscou.",
        "Le ministère russe des Affaires étrangères avait annoncé plus tôt dans la journée l'expulsion de l'ambassadeur estonien, Margus Laidre, sommé de partir avant le 7 février, et l'abaissement du niveau des relations diplomatiques avec Tallinn à celui de chargé d'affaires. Moscou a accusé l'Estonie de « russophobie totale » et d'avoir « délibérément détruit » les relations bilatérales.",
        "La décision russe faisait suite à celle de Tallinn, qui avait exigé le 11 janvier que Moscou réduise le personnel de son ambassade à huit diplomates, soit autant que la mission estonienne en Russie. Lundi soir, l'Estonie a riposté en ordonnant à son tour le départ de l'ambassadeur russe, Vladimir Lipaev, d'ici au 7 février.",
        "« La Lettonie abaisse le niveau de ses relations diplomatiques avec la Russie, en solidarité avec nos amis estoniens », a écrit sur Twitter le ministre letton des Affaires étrangères, Edgars Rinkēvičs. Selon M. Rinkēvičs, le départ de l'ambassadeur Mikhaïl Vanine, qui doit intervenir avant le 24 février, date anniversaire de l'invasion russe de l'Ukraine, répond aussi à « l'agression brutale » menée par Moscou contre son voisin.",
        "La porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé mardi une décision « hostile » et averti que Moscou ne laisserait pas ce geste sans réponse. « Riga doit comprendre que de tels gestes ne resteront pas sans conséquences pour les relations bilatérales », a-t-elle déclaré lors de son point de presse hebdomadaire.",
        "La Première ministre estonienne, Kaja Kallas, a jugé que la Russie « ne comprenait que la force » et assuré que Tallinn ne se laisserait pas intimider. Mme Kallas a remercié Riga pour sa solidarité, tout comme le chef de la diplomatie lituanienne, Gabrielius Landsbergis, qui a exprimé mardi le soutien de Vilnius à l'Estonie.",
        "La Lituanie avait été le premier des trois pays baltes à expulser l'ambassadeur russe, en avril 2022, après la découverte des massacres de Boutcha, en Ukraine. Les relations entre Moscou et les pays baltes, anciennes républiques soviétiques devenues membres de l'Union européenne et de l'Otan en 2004, se sont fortement dégradées depuis le début de l'invasion russe, que Riga, Tallinn et Vilnius soutiennent par des livraisons d'armes à Kiev.",
    ],
    events=[
        E("SANCTION", "LVA", "RUS", True, "occurred", "2023-01-23",
          ["La Lettonie a ordonné lundi à l'ambassadeur de Russie de quitter son territoire d'ici au 24 février",
           "« La Lettonie abaisse le niveau de ses relations diplomatiques avec la Russie, en solidarité avec nos amis estoniens », a écrit sur Twitter le ministre letton des Affaires étrangères, Edgars Rinkēvičs",
           "le départ de l'ambassadeur Mikhaïl Vanine, qui doit intervenir avant le 24 février"],
          loc="Riga", sa="Edgars Rinkēvičs", ta="Mikhaïl Vanine"),
        E("SUPPORT", "LVA", "EST", True, "occurred", "2023-01-23",
          ["par solidarité avec l'Estonie voisine"], sa="Edgars Rinkēvičs"),
        E("SANCTION", "RUS", "EST", True, "occurred", "2023-01-23",
          ["dont l'ambassadeur venait d'être expulsé par Moscou",
           "Le ministère russe des Affaires étrangères avait annoncé plus tôt dans la journée l'expulsion de l'ambassadeur estonien, Margus Laidre"],
          sa="ministère russe des Affaires étrangères", ta="Margus Laidre"),
        E("ACCUSE", "RUS", "EST", True, "occurred", "2023-01-23",
          ["Moscou a accusé l'Estonie de « russophobie totale » et d'avoir « délibérément détruit » les relations bilatérales"],
          sa="ministère russe des Affaires étrangères"),
        E("REQUEST", "EST", "RUS", True, "occurred", "2023-01-11",
          ["qui avait exigé le 11 janvier que Moscou réduise le personnel de son ambassade à huit diplomates"]),
        E("SANCTION", "EST", "RUS", False, "occurred", "2023-01-11",
          ["qui avait exigé le 11 janvier que Moscou réduise le personnel de son ambassade à huit diplomates"]),
        E("SANCTION", "EST", "RUS", True, "occurred", "2023-01-23",
          ["Lundi soir, l'Estonie a riposté en ordonnant à son tour le départ de l'ambassadeur russe, Vladimir Lipaev"],
          ta="Vladimir Lipaev"),
        E("ACCUSE", "LVA", "RUS", True, "occurred", "2023-01-23",
          ["répond aussi à « l'agression brutale » menée par Moscou contre son voisin"], sa="Edgars Rinkēvičs"),
        E("ASSAULT", "RUS", "UKR", False, "occurred", "2022-02-24",
          ["date anniversaire de l'invasion russe de l'Ukraine"]),
        E("ACCUSE", "RUS", "LVA", True, "occurred", "2023-01-24",
          ["La porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé mardi une décision « hostile »"],
          sa="Maria Zakharova"),
        E("THREATEN", "RUS", "LVA", True, "occurred", "2023-01-24",
          ["averti que Moscou ne laisserait pas ce geste sans réponse",
           "« Riga doit comprendre que de tels gestes ne resteront pas sans conséquences pour les relations bilatérales », a-t-elle déclaré"],
          sa="Maria Zakharova"),
        E("SANCTION", "RUS", "LVA", False, "planned", None,
          ["averti que Moscou ne laisserait pas ce geste sans réponse"], sa="Maria Zakharova"),
        E("ACCUSE", "EST", "RUS", True, "occurred", "2023-01-24",
          ["La Première ministre estonienne, Kaja Kallas, a jugé que la Russie « ne comprenait que la force »"],
          sa="Kaja Kallas"),
        E("SUPPORT", "EST", "LVA", True, "occurred", "2023-01-24",
          ["Mme Kallas a remercié Riga pour sa solidarité"], sa="Kaja Kallas"),
        E("SUPPORT", "LTU", "EST", True, "occurred", "2023-01-24",
          ["Gabrielius Landsbergis, qui a exprimé mardi le soutien de Vilnius à l'Estonie"],
          sa="Gabrielius Landsbergis"),
        E("SUPPORT", "LTU", "LVA", False, "occurred", "2023-01-24",
          ["tout comme le chef de la diplomatie lituanienne, Gabrielius Landsbergis"],
          sa="Gabrielius Landsbergis"),
        E("SANCTION", "LTU", "RUS", False, "occurred", "2022-04",
          ["La Lituanie avait été le premier des trois pays baltes à expulser l'ambassadeur russe, en avril 2022"]),
        E("AID", "LVA", "UKR", False, "occurred", "2023-01",
          ["que Riga, Tallinn et Vilnius soutiennent par des livraisons d'armes à Kiev"]),
        E("AID", "EST", "UKR", False, "occurred", "2023-01",
          ["que Riga, Tallinn et Vilnius soutiennent par des livraisons d'armes à Kiev"]),
        E("AID", "LTU", "UKR", False, "occurred", "2023-01",
          ["que Riga, Tallinn et Vilnius soutiennent par des livraisons d'armes à Kiev"]),
    ],
    quotes=[
        Q("Edgars Rinkēvičs", "LVA", "La Lettonie abaisse le niveau de ses relations diplomatiques avec la Russie, en solidarité avec nos amis estoniens"),
        Q("Maria Zakharova", "RUS", "Riga doit comprendre que de tels gestes ne resteront pas sans conséquences pour les relations bilatérales"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_005 Malawi / cyclone Freddy
DOCS.append(dict(
    doc_id="hfr5_005", date="2023-03-17",
    paras=[
        "Blantyre (AFP) - Le président malawite, Lazarus Chakwera, a lancé jeudi un appel à l'aide internationale après le passage du cyclone Freddy, qui a fait au moins 326 morts dans le sud du pays, selon un nouveau bilan officiel, et plus de 180 000 déplacés.",
        "« Nous sommes face à une tragédie nationale, et nous avons besoin de l'aide de nos amis et partenaires pour y faire face », a déclaré M. Chakwera lors d'une visite dans un camp de déplacés de Blantyre, la capitale économique, où il a décrété quatorze jours de deuil national. Le chef de l'État avait proclamé lundi l'état de catastrophe naturelle dans dix districts du Sud.",
        "Le président zambien, Hakainde Hichilema, s'est entretenu mercredi par téléphone avec son homologue et lui a promis l'envoi de 1 000 tonnes de farine de maïs, ainsi que de deux hélicoptères de l'armée de l'air zambienne pour participer aux secours. Les premiers camions de Lusaka ont franchi jeudi la frontière, a indiqué la présidence zambienne.",
        "La Tanzanie voisine a, elle, dépêché mardi une centaine de militaires et deux hélicoptères pour aider à évacuer les sinistrés bloqués par les eaux, a annoncé la présidente Samia Suluhu Hassan.",
        "L'Union européenne a annoncé jeudi une aide humanitaire d'urgence de 1,2 million d'euros, qui sera versée à des organisations partenaires pour fournir des abris, de l'eau potable et des soins. Bruxelles a également activé son mécanisme de protection civile, à la demande de Lilongwe.",
        "Le Fonds central d'intervention pour les urgences humanitaires (CERF) des Nations unies a pour sa part alloué mercredi 3 millions de dollars au Malawi, tandis que le Programme alimentaire mondial (PAM) distribue depuis lundi des rations à quelque 20 000 personnes hébergées dans des écoles et des églises.",
        "Les secouristes, appuyés par des soldats des Forces de défense du Malawi, continuaient vendredi de fouiller les décombres des quartiers de Chilobwe et de Ndirande, à Blantyre, où des pluies diluviennes ont provoqué des coulées de boue qui ont emporté des dizaines de maisons. Des centaines de personnes sont toujours portées disparues.",
        "Le ministère de la Santé redoute en outre une aggravation de l'épidémie de choléra qui sévit dans le pays depuis un an et a déjà fait plus de 1 600 morts. « Les inondations créent des conditions idéales pour la propagation de la maladie », a averti la ministre de la Santé, le Dr Khumbize Kandodo Chiponda.",
        "Freddy, qui s'est formé début février au large de l'Australie, a traversé tout l'océan Indien avant de frapper Madagascar et le Mozambique fin février, puis de revenir sur le continent le week-end dernier. Selon l'Organisation météorologique mondiale, il pourrait être le cyclone tropical le plus long jamais observé.",
    ],
    events=[
        E("CONSULT", "ZMB", "MWI", True, "occurred", "2023-03-15",
          ["Le président zambien, Hakainde Hichilema, s'est entretenu mercredi par téléphone avec son homologue"],
          mode="phone", sa="Hakainde Hichilema", ta="Lazarus Chakwera"),
        E("AID", "ZMB", "MWI", True, "occurred", "2023-03-16",
          ["lui a promis l'envoi de 1 000 tonnes de farine de maïs, ainsi que de deux hélicoptères de l'armée de l'air zambienne pour participer aux secours",
           "Les premiers camions de Lusaka ont franchi jeudi la frontière, a indiqué la présidence zambienne"],
          sa="Hakainde Hichilema"),
        E("AID", "TZA", "MWI", True, "occurred", "2023-03-14",
          ["La Tanzanie voisine a, elle, dépêché mardi une centaine de militaires et deux hélicoptères pour aider à évacuer les sinistrés bloqués par les eaux"],
          sa="Samia Suluhu Hassan"),
        E("MOBILIZE", "TZA", "MWI", False, "occurred", "2023-03-14",
          ["La Tanzanie voisine a, elle, dépêché mardi une centaine de militaires et deux hélicoptères"],
          sa="Samia Suluhu Hassan"),
        E("AID", "EU", "MWI", True, "planned", None,
          ["L'Union européenne a annoncé jeudi une aide humanitaire d'urgence de 1,2 million d'euros, qui sera versée à des organisations partenaires"]),
        E("AID", "EU", "MWI", False, "occurred", "2023-03",
          ["Bruxelles a également activé son mécanisme de protection civile, à la demande de Lilongwe"]),
        E("REQUEST", "MWI", "EU", False, "occurred", "2023-03",
          ["à la demande de Lilongwe"]),
        E("AID", "UN", "MWI", True, "occurred", "2023-03-15",
          ["Le Fonds central d'intervention pour les urgences humanitaires (CERF) des Nations unies a pour sa part alloué mercredi 3 millions de dollars au Malawi"],
          sa="CERF"),
        E("AID", "WFP", "MWI", True, "occurred", "2023-03",
          ["tandis que le Programme alimentaire mondial (PAM) distribue depuis lundi des rations à quelque 20 000 personnes"],
          sa="PAM"),
        E("AID", "UN", "MWI", False, "occurred", "2023-03",
          ["tandis que le Programme alimentaire mondial (PAM) distribue depuis lundi des rations à quelque 20 000 personnes"],
          sa="PAM"),
        E("COERCE", "MWI", "MWI", False, "occurred", "2023-03-13",
          ["Le chef de l'État avait proclamé lundi l'état de catastrophe naturelle dans dix districts du Sud"],
          sa="Lazarus Chakwera"),
        E("MOBILIZE", "MWI", "MWI", False, "occurred", "2023-03-17",
          ["Les secouristes, appuyés par des soldats des Forces de défense du Malawi, continuaient vendredi de fouiller les décombres"]),
    ],
    quotes=[
        Q("Lazarus Chakwera", "MWI", "Nous sommes face à une tragédie nationale, et nous avons besoin de l'aide de nos amis et partenaires pour y faire face"),
        Q("Khumbize Kandodo Chiponda", "MWI", "Les inondations créent des conditions idéales pour la propagation de la maladie"),
    ],
    amounts=[
        A(1200000, "EUR", "1,2 million d'euros", "aide humanitaire d'urgence de l'UE au Malawi"),
        A(3000000, "USD", "3 millions de dollars", "allocation du CERF au Malawi"),
    ],
))

# ---------------------------------------------------------------- hfr5_006 Venezuela / Trinité-et-Tobago
DOCS.append(dict(
    doc_id="hfr5_006", date="2025-10-28",
    paras=[
        "Caracas (AFP) - Le président vénézuélien, Nicolás Maduro, a annoncé lundi la suspension « immédiate » de l'accord énergétique conclu avec Trinité-et-Tobago, accusant l'archipel voisin de se prêter aux « provocations militaires » des États-Unis, au lendemain de l'arrivée d'un navire de guerre américain à Port-d'Espagne.",
        "Le destroyer lance-missiles USS Gravely a accosté dimanche dans la capitale trinidadienne pour des exercices conjoints avec les forces de défense de Trinité-et-Tobago, prévus jusqu'à jeudi, selon l'ambassade des États-Unis. Une unité de Marines participe également à ces manœuvres, qui se déroulent à une dizaine de kilomètres seulement des côtes vénézuéliennes.",
        "« Trinité-et-Tobago a choisi de devenir le porte-avions de l'empire américain dans les Caraïbes », a lancé M. Maduro lors de son émission télévisée hebdomadaire, en annonçant avoir ordonné à la compagnie pétrolière publique PDVSA de geler tous les projets communs, dont l'exploitation du gisement gazier offshore Dragon, un projet estimé à 1 milliard de dollars.",
        "La vice-présidente, Delcy Rodríguez, également ministre des Hydrocarbures, a précisé que le Venezuela se réservait le droit de prendre « toutes les mesures nécessaires » si le territoire trinidadien était utilisé pour une agression contre son pays. L'Assemblée nationale vénézuélienne, contrôlée par le chavisme, avait déjà déclaré la semaine dernière la Première ministre trinidadienne, Kamla Persad-Bissessar, « persona non grata », une mesure qui lui interdit l'entrée sur le territoire vénézuélien.",
        "Mme Persad-Bissessar a rejeté lundi ces accusations, assurant que son pays « ne sera jamais une base pour attaquer qui que ce soit » et que l'économie trinidadienne ne dépendait pas du gaz vénézuélien, et a réaffirmé son soutien aux opérations américaines contre les cartels de la drogue.",
        "Le Venezuela a par ailleurs annoncé lundi le déploiement de troupes supplémentaires et de systèmes de défense antiaérienne le long de sa façade caraïbe, face à ce que le ministre de la Défense, Vladimir Padrino López, a qualifié de « menace imminente » de Washington.",
        "Les États-Unis ont déployé depuis août dans les Caraïbes une importante force navale, officiellement pour lutter contre le narcotrafic, et ont mené depuis septembre une dizaine de frappes meurtrières contre des embarcations présentées comme appartenant à des trafiquants. Caracas y voit une menace d'invasion destinée à renverser M. Maduro, dont Washington ne reconnaît pas la réélection contestée de juillet 2024.",
        "Signé en décembre 2023, l'accord sur le gisement Dragon, situé dans les eaux vénézuéliennes près de la frontière maritime, devait permettre à Trinité-et-Tobago, dont les réserves déclinent, d'importer du gaz vénézuélien grâce à une licence accordée par Washington. L'administration de Donald Trump avait révoqué cette licence en avril, avant d'en accorder une nouvelle à la compagnie publique trinidadienne NGC ce mois-ci.",
    ],
    events=[
        E("SANCTION", "VEN", "TTO", True, "occurred", "2025-10-27",
          ["Le président vénézuélien, Nicolás Maduro, a annoncé lundi la suspension « immédiate » de l'accord énergétique conclu avec Trinité-et-Tobago",
           "en annonçant avoir ordonné à la compagnie pétrolière publique PDVSA de geler tous les projets communs"],
          sa="Nicolás Maduro"),
        E("ACCUSE", "VEN", "TTO", True, "occurred", "2025-10-27",
          ["accusant l'archipel voisin de se prêter aux « provocations militaires » des États-Unis",
           "« Trinité-et-Tobago a choisi de devenir le porte-avions de l'empire américain dans les Caraïbes », a lancé M. Maduro"],
          sa="Nicolás Maduro", ta="Trinité-et-Tobago"),
        E("ACCUSE", "VEN", "USA", False, "occurred", "2025-10-27",
          ["se prêter aux « provocations militaires » des États-Unis"], sa="Nicolás Maduro"),
        E("COOPERATE", "USA", "TTO", True, "occurred", "2025-10",
          ["Le destroyer lance-missiles USS Gravely a accosté dimanche dans la capitale trinidadienne pour des exercices conjoints avec les forces de défense de Trinité-et-Tobago"],
          loc="Port-d'Espagne"),
        E("MOBILIZE", "USA", "TTO", False, "occurred", "2025-10-26",
          ["Le destroyer lance-missiles USS Gravely a accosté dimanche dans la capitale trinidadienne"],
          loc="Port-d'Espagne"),
        E("THREATEN", "VEN", "TTO", True, "conditional", "2025-10-28",
          ["a précisé que le Venezuela se réservait le droit de prendre « toutes les mesures nécessaires » si le territoire trinidadien était utilisé pour une agression contre son pays"],
          sa="Delcy Rodríguez"),
        E("REJECT", "VEN", "TTO", True, "occurred", "2025-10",
          ["L'Assemblée nationale vénézuélienne, contrôlée par le chavisme, avait déjà déclaré la semaine dernière la Première ministre trinidadienne, Kamla Persad-Bissessar, « persona non grata »"],
          sa="Assemblée nationale", ta="Kamla Persad-Bissessar"),
        E("SANCTION", "VEN", "TTO", False, "occurred", "2025-10",
          ["avait déjà déclaré la semaine dernière la Première ministre trinidadienne, Kamla Persad-Bissessar, « persona non grata »"],
          sa="Assemblée nationale", ta="Kamla Persad-Bissessar"),
        E("REJECT", "TTO", "VEN", True, "occurred", "2025-10-27",
          ["Mme Persad-Bissessar a rejeté lundi ces accusations"],
          sa="Kamla Persad-Bissessar", ta="Nicolás Maduro"),
        E("SUPPORT", "TTO", "USA", True, "occurred", "2025-10-27",
          ["a réaffirmé son soutien aux opérations américaines contre les cartels de la drogue"],
          sa="Kamla Persad-Bissessar"),
        E("MOBILIZE", "VEN", "USA", True, "occurred", "2025-10-27",
          ["Le Venezuela a par ailleurs annoncé lundi le déploiement de troupes supplémentaires et de systèmes de défense antiaérienne le long de sa façade caraïbe"],
          sa="Vladimir Padrino López"),
        E("ACCUSE", "VEN", "USA", False, "occurred", "2025-10-27",
          ["a qualifié de « menace imminente » de Washington"], sa="Vladimir Padrino López"),
        E("MOBILIZE", "USA", "VEN", False, "occurred", "2025-08",
          ["Les États-Unis ont déployé depuis août dans les Caraïbes une importante force navale"]),
        E("ACCUSE", "VEN", "USA", False, "occurred", "2025-10",
          ["Caracas y voit une menace d'invasion destinée à renverser M. Maduro"]),
        E("REJECT", "USA", "VEN", False, "occurred", "2024-07",
          ["dont Washington ne reconnaît pas la réélection contestée de juillet 2024"]),
        E("SUPPORT", "VEN", "TTO", False, "occurred", "2023-12",
          ["Signé en décembre 2023, l'accord sur le gisement Dragon"]),
        E("SUPPORT", "TTO", "VEN", False, "occurred", "2023-12",
          ["Signé en décembre 2023, l'accord sur le gisement Dragon"]),
        E("SANCTION", "USA", "TTO", False, "occurred", "2025-04",
          ["L'administration de Donald Trump avait révoqué cette licence en avril"]),
        E("CONCEDE", "USA", "TTO", False, "occurred", "2025-10",
          ["avant d'en accorder une nouvelle à la compagnie publique trinidadienne NGC ce mois-ci"]),
    ],
    quotes=[
        Q("Nicolás Maduro", "VEN", "Trinité-et-Tobago a choisi de devenir le porte-avions de l'empire américain dans les Caraïbes"),
        Q("Kamla Persad-Bissessar", "TTO", "ne sera jamais une base pour attaquer qui que ce soit"),
    ],
    amounts=[
        A(1000000000, "USD", "1 milliard de dollars", "coût estimé du projet gazier Dragon"),
    ],
))

# ---------------------------------------------------------------- hfr5_007 Arménie / Tavush
DOCS.append(dict(
    doc_id="hfr5_007", date="2024-05-28",
    paras=[
        "Erevan (AFP) - La police arménienne a interpellé lundi plus de 150 manifestants qui bloquaient des artères d'Erevan à l'appel de l'archevêque Bagrat Galstanian, figure de proue d'un mouvement de contestation qui exige la démission du Premier ministre, Nikol Pachinian.",
        "Dimanche, des dizaines de milliers de personnes s'étaient rassemblées place de la République, dans le centre de la capitale, où le prélat, chef du diocèse du Tavush, a sommé M. Pachinian de quitter ses fonctions dans l'heure et s'est proposé comme candidat au poste de chef du gouvernement.",
        "Le mouvement, baptisé « Tavush pour la patrie », est né en avril pour protester contre la restitution à l'Azerbaïdjan de quatre villages frontaliers de cette région du nord-est de l'Arménie, convenue le 19 avril par les commissions de délimitation des deux pays. Ses partisans accusent le gouvernement de « capitulation » et d'avoir cédé des terres sans contrepartie.",
        "La délimitation de ce tronçon de 12,7 kilomètres a été achevée vendredi, et les quatre villages sont désormais sous contrôle azerbaïdjanais, a confirmé le gouvernement arménien.",
        "M. Pachinian a rejeté mardi tout départ, affirmant devant le Parlement que la délimitation était nécessaire pour « éviter une nouvelle guerre » et que son gouvernement n'avait « pas d'autre choix ». Il a accusé la hiérarchie de l'Église apostolique arménienne de s'ingérer dans la vie politique et de chercher à « semer la discorde dans la société ».",
        "Le Premier ministre a en outre fait valoir que l'archevêque, qui possède également la nationalité canadienne, ne pouvait pas briguer son poste, la Constitution imposant de n'avoir détenu que la nationalité arménienne au cours des quatre années précédentes. Sans nommer de pays, il a dénoncé des « forces extérieures » qui chercheraient selon lui à déstabiliser l'Arménie.",
        "À Bakou, Hikmet Hadjiev, conseiller du président Ilham Aliev pour la politique étrangère, a salué l'achèvement de la délimitation comme « un pas historique vers la signature d'un traité de paix » entre les deux pays.",
        "L'Union européenne, qui déploie depuis février 2023 une mission civile d'observation du côté arménien de la frontière, a appelé mardi les autorités à respecter le droit de manifester pacifiquement et les manifestants à s'abstenir de toute violence.",
        "Les relations entre les deux voisins du Caucase restent tendues depuis la reconquête éclair du Haut-Karabakh par l'Azerbaïdjan en septembre 2023, qui avait provoqué l'exode de plus de 100 000 Arméniens de l'enclave. Erevan et Bakou négocient depuis un traité de paix, sans être parvenus à s'entendre sur son texte.",
    ],
    events=[
        E("COERCE", "ARM", "ARM", True, "occurred", "2024-05-27",
          ["La police arménienne a interpellé lundi plus de 150 manifestants"],
          loc="Erevan", sa="police arménienne", ta="manifestants"),
        E("PROTEST", "ARM", "ARM", True, "occurred", "2024-05-27",
          ["plus de 150 manifestants qui bloquaient des artères d'Erevan à l'appel de l'archevêque Bagrat Galstanian"],
          loc="Erevan", sa="Bagrat Galstanian", ta="Nikol Pachinian"),
        E("PROTEST", "ARM", "ARM", True, "occurred", "2024-05-26",
          ["Dimanche, des dizaines de milliers de personnes s'étaient rassemblées place de la République"],
          loc="place de la République", sa="Bagrat Galstanian", ta="Nikol Pachinian"),
        E("REQUEST", "ARM", "ARM", True, "occurred", "2024-05-26",
          ["où le prélat, chef du diocèse du Tavush, a sommé M. Pachinian de quitter ses fonctions dans l'heure"],
          loc="Erevan", sa="Bagrat Galstanian", ta="Nikol Pachinian"),
        E("PROTEST", "ARM", "ARM", False, "occurred", "2024-04",
          ["Le mouvement, baptisé « Tavush pour la patrie », est né en avril pour protester contre la restitution à l'Azerbaïdjan de quatre villages frontaliers"]),
        E("AGREE", "ARM", "AZE", False, "occurred", "2024-04-19",
          ["convenue le 19 avril par les commissions de délimitation des deux pays"]),
        E("ACCUSE", "ARM", "ARM", False, "occurred", "2024-05",
          ["Ses partisans accusent le gouvernement de « capitulation »"], ta="gouvernement arménien"),
        E("RETREAT", "ARM", "AZE", True, "occurred", "2024-05-24",
          ["La délimitation de ce tronçon de 12,7 kilomètres a été achevée vendredi, et les quatre villages sont désormais sous contrôle azerbaïdjanais, a confirmé le gouvernement arménien"],
          loc="Tavush"),
        E("REJECT", "ARM", "ARM", True, "occurred", "2024-05-28",
          ["M. Pachinian a rejeté mardi tout départ"], sa="Nikol Pachinian", ta="Bagrat Galstanian"),
        E("ACCUSE", "ARM", "ARM", True, "occurred", "2024-05-28",
          ["Il a accusé la hiérarchie de l'Église apostolique arménienne de s'ingérer dans la vie politique"],
          sa="Nikol Pachinian", ta="Église apostolique arménienne"),
        E("SUPPORT", "AZE", "ARM", True, "occurred", "2024-05-28",
          ["Hikmet Hadjiev, conseiller du président Ilham Aliev pour la politique étrangère, a salué l'achèvement de la délimitation"],
          sa="Hikmet Hadjiev"),
        E("REQUEST", "EU", "ARM", True, "occurred", "2024-05-28",
          ["a appelé mardi les autorités à respecter le droit de manifester pacifiquement et les manifestants à s'abstenir de toute violence"],
          ta="autorités arméniennes"),
        E("AID", "EU", "ARM", False, "occurred", "2023-02",
          ["qui déploie depuis février 2023 une mission civile d'observation du côté arménien de la frontière"]),
        E("ASSAULT", "AZE", "ARM", False, "occurred", "2023-09",
          ["la reconquête éclair du Haut-Karabakh par l'Azerbaïdjan en septembre 2023"], loc="Haut-Karabakh"),
        E("CONSULT", "ARM", "AZE", False, "occurred", "2024-05",
          ["Erevan et Bakou négocient depuis un traité de paix"]),
    ],
    quotes=[
        Q("Hikmet Hadjiev", "AZE", "un pas historique vers la signature d'un traité de paix"),
        Q("Nikol Pachinian", "ARM", "semer la discorde dans la société"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_008 Bhoutan / Chine
DOCS.append(dict(
    doc_id="hfr5_008", date="2023-10-24",
    paras=[
        "Pékin (AFP) - Le Bhoutan et la Chine ont signé mardi à Pékin un accord de coopération sur les responsabilités et les fonctions d'une équipe technique conjointe chargée de délimiter leur frontière commune, au terme d'un 25e cycle de pourparlers frontaliers, a annoncé le ministère chinois des Affaires étrangères.",
        "Le ministre bhoutanais des Affaires étrangères, Tandi Dorji, en visite à Pékin depuis dimanche, s'est entretenu lundi avec son homologue chinois, Wang Yi, qui a appelé Thimphou à achever « au plus vite » la démarcation et à établir des relations diplomatiques avec la Chine. Les deux voisins himalayens n'entretiennent aucun lien diplomatique formel.",
        "« La Chine et le Bhoutan sont des voisins amicaux, et l'établissement de relations diplomatiques servira les intérêts à long terme des deux pays », a déclaré M. Wang, selon un compte rendu publié par son ministère. M. Dorji a assuré que le Bhoutan adhérait fermement au principe d'une seule Chine.",
        "Les deux parties sont convenues d'accélérer les travaux de l'équipe technique sur le terrain et de tenir le prochain cycle de pourparlers à Thimphou, selon un communiqué commun. Le vice-président chinois, Han Zheng, a par ailleurs reçu lundi soir le chef de la diplomatie bhoutanaise.",
        "Le royaume et la Chine, qui partagent une frontière d'environ 470 kilomètres, négocient depuis 1984. Ils avaient signé en octobre 2021, lors d'une visioconférence, une feuille de route en trois étapes pour accélérer le règlement du différend, qui porte notamment sur le plateau du Doklam, à l'ouest, et sur des vallées du nord du pays.",
        "Le Doklam avait été en 2017 le théâtre d'une confrontation de 73 jours entre les armées indienne et chinoise, après que des soldats indiens étaient intervenus pour empêcher la construction d'une route par Pékin sur ce plateau revendiqué par Thimphou.",
        "New Delhi, principal partenaire du Bhoutan et son premier bailleur, n'a pas réagi officiellement à l'accord. « L'Inde suit ces négociations de très près, car tout compromis sur le Doklam toucherait directement à sa sécurité », relève un chercheur d'un centre de réflexion de la capitale indienne, qui a requis l'anonymat.",
        "Le Bhoutan, royaume bouddhiste de quelque 780 000 habitants enclavé entre ses deux géants voisins, n'entretient de relations diplomatiques qu'avec une cinquantaine de pays, et avec aucun des cinq membres permanents du Conseil de sécurité de l'ONU.",
    ],
    events=[
        E("SUPPORT", "BTN", "CHN", True, "occurred", "2023-10-24",
          ["Le Bhoutan et la Chine ont signé mardi à Pékin un accord de coopération sur les responsabilités et les fonctions d'une équipe technique conjointe"],
          loc="Pékin", sa="Tandi Dorji", ta="Wang Yi"),
        E("SUPPORT", "CHN", "BTN", True, "occurred", "2023-10-24",
          ["Le Bhoutan et la Chine ont signé mardi à Pékin un accord de coopération sur les responsabilités et les fonctions d'une équipe technique conjointe"],
          loc="Pékin", sa="Wang Yi", ta="Tandi Dorji"),
        E("COOPERATE", "BTN", "CHN", False, "occurred", "2023-10-24",
          ["une équipe technique conjointe chargée de délimiter leur frontière commune"]),
        E("CONSULT", "BTN", "CHN", False, "occurred", "2023-10",
          ["au terme d'un 25e cycle de pourparlers frontaliers"], mode="visit", loc="Pékin"),
        E("CONSULT", "BTN", "CHN", True, "occurred", "2023-10-23",
          ["Le ministre bhoutanais des Affaires étrangères, Tandi Dorji, en visite à Pékin depuis dimanche, s'est entretenu lundi avec son homologue chinois, Wang Yi"],
          mode="visit", loc="Pékin", sa="Tandi Dorji", ta="Wang Yi"),
        E("REQUEST", "CHN", "BTN", True, "occurred", "2023-10-23",
          ["qui a appelé Thimphou à achever « au plus vite » la démarcation et à établir des relations diplomatiques avec la Chine",
           "« La Chine et le Bhoutan sont des voisins amicaux, et l'établissement de relations diplomatiques servira les intérêts à long terme des deux pays », a déclaré M. Wang"],
          sa="Wang Yi", ta="Tandi Dorji"),
        E("SUPPORT", "BTN", "CHN", False, "occurred", "2023-10-24",
          ["M. Dorji a assuré que le Bhoutan adhérait fermement au principe d'une seule Chine"],
          sa="Tandi Dorji"),
        E("AGREE", "BTN", "CHN", True, "occurred", "2023-10-24",
          ["Les deux parties sont convenues d'accélérer les travaux de l'équipe technique sur le terrain"]),
        E("CONSULT", "BTN", "CHN", True, "planned", None,
          ["de tenir le prochain cycle de pourparlers à Thimphou"], loc="Thimphou"),
        E("CONSULT", "BTN", "CHN", True, "occurred", "2023-10-23",
          ["Le vice-président chinois, Han Zheng, a par ailleurs reçu lundi soir le chef de la diplomatie bhoutanaise"],
          mode="visit", loc="Pékin", sa="Tandi Dorji", ta="Han Zheng"),
        E("SUPPORT", "BTN", "CHN", False, "occurred", "2021-10",
          ["Ils avaient signé en octobre 2021, lors d'une visioconférence, une feuille de route en trois étapes"]),
        E("SUPPORT", "CHN", "BTN", False, "occurred", "2021-10",
          ["Ils avaient signé en octobre 2021, lors d'une visioconférence, une feuille de route en trois étapes"]),
        E("CONSULT", "BTN", "CHN", False, "occurred", "2021-10",
          ["Ils avaient signé en octobre 2021, lors d'une visioconférence"], mode="phone"),
        E("MOBILIZE", "IND", "CHN", False, "occurred", "2017",
          ["Le Doklam avait été en 2017 le théâtre d'une confrontation de 73 jours entre les armées indienne et chinoise"]),
        E("MOBILIZE", "CHN", "IND", False, "occurred", "2017",
          ["Le Doklam avait été en 2017 le théâtre d'une confrontation de 73 jours entre les armées indienne et chinoise"]),
        E("COERCE", "IND", "CHN", False, "occurred", "2017",
          ["des soldats indiens étaient intervenus pour empêcher la construction d'une route par Pékin"]),
        E("AID", "IND", "BTN", False, "occurred", "2023-10",
          ["New Delhi, principal partenaire du Bhoutan et son premier bailleur"]),
    ],
    quotes=[
        Q("Wang Yi", "CHN", "La Chine et le Bhoutan sont des voisins amicaux, et l'établissement de relations diplomatiques servira les intérêts à long terme des deux pays"),
        Q("un chercheur indien", "IND", "L'Inde suit ces négociations de très près, car tout compromis sur le Doklam toucherait directement à sa sécurité"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_009 Irak / États-Unis / Brigades du Hezbollah
DOCS.append(dict(
    doc_id="hfr5_009", date="2024-02-03",
    paras=[
        "Bagdad (AFP) - L'Irak a convoqué samedi le chargé d'affaires américain pour protester contre les frappes menées la veille par les États-Unis sur son territoire contre des groupes armés pro-iraniens, qui ont fait 16 morts, dont des civils, selon Bagdad.",
        "Les bombardements de vendredi soir, menés notamment par des bombardiers B-1 venus des États-Unis, ont visé plus de 85 cibles sur sept sites en Irak et en Syrie, dont des centres de commandement et des dépôts de munitions et de drones de la force Al-Qods des Gardiens de la révolution iraniens et des milices qu'elle soutient, a indiqué le Pentagone. Parmi ces groupes figurent les Brigades du Hezbollah (Kataeb Hezbollah), l'une des plus puissantes factions du Hachd al-Chaabi, une coalition d'anciens paramilitaires intégrés aux forces régulières irakiennes.",
        "Ces frappes constituent la première riposte de Washington à l'attaque de drone qui a tué trois soldats américains le dimanche 28 janvier sur la base de la Tour 22, dans le nord-est de la Jordanie, près des frontières syrienne et irakienne. Les États-Unis ont imputé cette attaque aux Brigades du Hezbollah et à d'autres groupes de la Résistance islamique en Irak, une nébuleuse de factions armées pro-iraniennes.",
        "« Notre riposte a commencé aujourd'hui. Elle se poursuivra aux moments et aux endroits de notre choix », avait averti vendredi soir le président Joe Biden dans un communiqué.",
        "Le porte-parole du gouvernement irakien, Bassem al-Awadi, a dénoncé vendredi soir une « violation de la souveraineté irakienne » et accusé la coalition antijihadiste menée par Washington de « mettre en danger la sécurité en Irak et dans la région ». Selon lui, Bagdad n'avait pas été prévenu des frappes, contrairement à ce qu'a affirmé la Maison Blanche.",
        "Mardi, les Brigades du Hezbollah avaient annoncé la « suspension » de leurs opérations contre les forces américaines, afin, selon elles, de ne pas « embarrasser » le gouvernement irakien. Le Pentagone avait balayé cette annonce mercredi, estimant que « les actes comptent plus que les mots ».",
        "À Téhéran, le porte-parole du ministère des Affaires étrangères, Nasser Kanaani, a condamné samedi des frappes qui constituent selon lui « une erreur stratégique » et une atteinte à la souveraineté de l'Irak et de la Syrie. L'Iran a de nouveau démenti toute implication dans l'attaque contre la Tour 22, affirmant que les groupes armés de la région « ne reçoivent pas d'ordres » de Téhéran.",
        "Ces frappes interviennent alors que Bagdad et Washington ont entamé le 27 janvier des discussions sur l'avenir de la coalition internationale, dont le Premier ministre irakien, Mohamed Chia al-Soudani, réclame le retrait. Quelque 2 500 militaires américains sont déployés en Irak et 900 en Syrie, dans le cadre de la lutte contre le groupe État islamique (EI).",
    ],
    events=[
        E("ACCUSE", "IRQ", "USA", True, "occurred", "2024-02-03",
          ["L'Irak a convoqué samedi le chargé d'affaires américain pour protester contre les frappes menées la veille par les États-Unis sur son territoire"],
          loc="Bagdad", ta="chargé d'affaires américain"),
        E("ASSAULT", "USA", "KATAIB_HEZBOLLAH", True, "occurred", "2024-02-02",
          ["les frappes menées la veille par les États-Unis sur son territoire contre des groupes armés pro-iraniens, qui ont fait 16 morts, dont des civils",
           "Les bombardements de vendredi soir, menés notamment par des bombardiers B-1 venus des États-Unis, ont visé plus de 85 cibles sur sept sites en Irak et en Syrie",
           "Parmi ces groupes figurent les Brigades du Hezbollah (Kataeb Hezbollah)"],
          sa="Pentagone", ta="Brigades du Hezbollah"),
        E("ASSAULT", "USA", "IRQ", False, "occurred", "2024-02-02",
          ["les frappes menées la veille par les États-Unis sur son territoire"], sa="Pentagone"),
        E("ASSAULT", "USA", "IRN", False, "occurred", "2024-02-02",
          ["des dépôts de munitions et de drones de la force Al-Qods des Gardiens de la révolution iraniens"], sa="Pentagone"),
        E("ASSAULT", "USA", "PMF", False, "occurred", "2024-02-02",
          ["l'une des plus puissantes factions du Hachd al-Chaabi"], sa="Pentagone"),
        E("ASSAULT", "USA", "SYR", False, "occurred", "2024-02-02",
          ["ont visé plus de 85 cibles sur sept sites en Irak et en Syrie"], sa="Pentagone"),
        E("ASSAULT", "KATAIB_HEZBOLLAH", "USA", False, "occurred", "2024-01-28",
          ["l'attaque de drone qui a tué trois soldats américains le dimanche 28 janvier sur la base de la Tour 22"],
          loc="Tour 22"),
        E("ACCUSE", "USA", "KATAIB_HEZBOLLAH", True, "occurred", "2024-02-03",
          ["Les États-Unis ont imputé cette attaque aux Brigades du Hezbollah et à d'autres groupes de la Résistance islamique en Irak"]),
        E("THREATEN", "USA", "KATAIB_HEZBOLLAH", False, "occurred", "2024-02-02",
          ["Elle se poursuivra aux moments et aux endroits de notre choix », avait averti vendredi soir le président Joe Biden dans un communiqué"],
          sa="Joe Biden"),
        E("THREATEN", "USA", "IRN", False, "occurred", "2024-02-02",
          ["Elle se poursuivra aux moments et aux endroits de notre choix », avait averti vendredi soir le président Joe Biden dans un communiqué"],
          sa="Joe Biden"),
        E("ACCUSE", "IRQ", "USA", True, "occurred", "2024-02-02",
          ["Le porte-parole du gouvernement irakien, Bassem al-Awadi, a dénoncé vendredi soir une « violation de la souveraineté irakienne » et accusé la coalition antijihadiste menée par Washington de « mettre en danger la sécurité en Irak et dans la région »"],
          sa="Bassem al-Awadi"),
        E("REJECT", "IRQ", "USA", False, "occurred", "2024-02-02",
          ["Selon lui, Bagdad n'avait pas été prévenu des frappes, contrairement à ce qu'a affirmé la Maison Blanche"],
          sa="Bassem al-Awadi"),
        E("CONSULT", "USA", "IRQ", False, "negated", "2024-02-02",
          ["Bagdad n'avait pas été prévenu des frappes"]),
        E("CONCEDE", "KATAIB_HEZBOLLAH", "USA", True, "occurred", "2024-01-30",
          ["Mardi, les Brigades du Hezbollah avaient annoncé la « suspension » de leurs opérations contre les forces américaines"]),
        E("REJECT", "USA", "KATAIB_HEZBOLLAH", True, "occurred", "2024-01-31",
          ["Le Pentagone avait balayé cette annonce mercredi"], sa="Pentagone"),
        E("ACCUSE", "IRN", "USA", True, "occurred", "2024-02-03",
          ["le porte-parole du ministère des Affaires étrangères, Nasser Kanaani, a condamné samedi des frappes qui constituent selon lui « une erreur stratégique »"],
          sa="Nasser Kanaani"),
        E("REJECT", "IRN", "USA", True, "occurred", "2024-02-03",
          ["L'Iran a de nouveau démenti toute implication dans l'attaque contre la Tour 22"]),
        E("ASSAULT", "IRN", "USA", False, "negated", "2024-01-28",
          ["L'Iran a de nouveau démenti toute implication dans l'attaque contre la Tour 22"]),
        E("CONSULT", "IRQ", "USA", True, "occurred", "2024-01-27",
          ["Bagdad et Washington ont entamé le 27 janvier des discussions sur l'avenir de la coalition internationale"]),
        E("REQUEST", "IRQ", "USA", False, "occurred", "2024-02",
          ["dont le Premier ministre irakien, Mohamed Chia al-Soudani, réclame le retrait"], sa="Mohamed Chia al-Soudani"),
    ],
    quotes=[
        Q("Joe Biden", "USA", "Notre riposte a commencé aujourd'hui. Elle se poursuivra aux moments et aux endroits de notre choix"),
        Q("Bassem al-Awadi", "IRQ", "mettre en danger la sécurité en Irak et dans la région"),
        Q("le Pentagone", "USA", "les actes comptent plus que les mots"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr5_010 Guatemala / cardamome (aucun événement)
DOCS.append(dict(
    doc_id="hfr5_010", date="2024-10-15",
    paras=[
        "Cobán (Guatemala) (AFP) - Sur les pentes humides de l'Alta Verapaz, Marcelino Caal Choc inspecte un à un les plants de cardamome qui poussent à l'ombre des grands arbres. La récolte commence à peine, et elle s'annonce maigre.",
        "« Il a plu trop tard, puis trop fort, et les fleurs sont tombées avant de donner des capsules », explique ce petit producteur q'eqchi' de 47 ans, qui cultive deux hectares près de Cobán, le chef-lieu du département. Comme lui, quelque 350 000 familles vivent de cette épice dans le nord du pays, selon les organisations professionnelles.",
        "Le Guatemala est de loin le premier exportateur mondial de cardamome verte, devant l'Inde, où l'épice est pourtant originaire. Introduite au début du XXe siècle par un planteur allemand, elle s'est imposée dans les années 1970 comme une culture de rente pour les communautés mayas des hautes terres.",
        "L'essentiel de la production part vers les pays du Golfe, où la cardamome parfume le café, et vers l'Inde. Les exportations ont rapporté environ 800 millions de dollars l'an dernier, ce qui en fait l'un des principaux produits agricoles du pays, avec le café, la banane et le sucre.",
        "Mais les cours sont très volatils. Le quintal de cardamome séchée, qui se négociait autour de 2 400 quetzales en début d'année, soit environ 310 dollars, a perdu près d'un tiers de sa valeur depuis 2022, en raison notamment du retour en force de la production indienne.",
        "« Les intermédiaires fixent les prix, et nous n'avons aucun moyen de négocier », déplore Marcelino Caal Choc. Beaucoup de petits producteurs, faute de séchoir, vendent leurs capsules fraîches, trois à quatre fois moins chères.",
        "À Cobán, les exportateurs misent sur la qualité pour se démarquer. « Les acheteurs d'Arabie saoudite paient une prime pour les capsules vertes et bien calibrées, c'est là que se joue notre avenir », estime Julia Xol, qui dirige une coopérative de séchage et de tri.",
        "Les maladies fongiques et les thrips, de minuscules insectes qui abîment les capsules, inquiètent aussi les producteurs, de même que la hausse du prix des engrais. Dans sa parcelle, Marcelino Caal Choc espère au moins couvrir ses frais. « Si le prix remonte l'an prochain, je replanterai », dit-il.",
    ],
    events=[],
    quotes=[
        Q("Marcelino Caal Choc", "GTM", "Il a plu trop tard, puis trop fort, et les fleurs sont tombées avant de donner des capsules"),
        Q("Marcelino Caal Choc", "GTM", "Les intermédiaires fixent les prix, et nous n'avons aucun moyen de négocier"),
        Q("Julia Xol", "GTM", "Les acheteurs d'Arabie saoudite paient une prime pour les capsules vertes et bien calibrées, c'est là que se joue notre avenir"),
        Q("Marcelino Caal Choc", "GTM", "Si le prix remonte l'an prochain, je replanterai"),
    ],
    amounts=[
        A(800000000, "USD", "800 millions de dollars", "exportations guatémaltèques de cardamome", 2023),
        A(2400, "GTQ", "2 400 quetzales", "prix du quintal de cardamome séchée", 2024),
        A(310, "USD", "310 dollars", "prix du quintal de cardamome séchée", 2024),
    ],
))


# ------------------------------------------------------------------ machinery
END_RE = re.compile(r'[.!?]+[»"”’)\]]*(?=\s)')
ABBREV_END = re.compile(r"(?:^|[\s(])(?:M|MM|Mgr\.?|Dr\.?|St)\.$")


def sentence_spans(text):
    """Split on paragraphs (newlines) and on .!? followed by whitespace.

    Deliberately naive: "M. Abiy" splits after "M.", as a simple splitter would."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        base, seg = m.start(), m.group()
        s = 0
        for b in END_RE.finditer(seg):
            a = s
            while a < b.end() and seg[a].isspace():
                a += 1
            if a < b.end():
                spans.append((base + a, base + b.end()))
            s = b.end()
        a = s
        while a < len(seg) and seg[a].isspace():
            a += 1
        e = len(seg.rstrip())
        if a < e:
            spans.append((base + a, base + e))
    return spans


def sent_index(spans, start):
    for i, (a, b) in enumerate(spans):
        if a <= start < b:
            return i
    raise ValueError("offset %d not in any sentence" % start)


def crosses_only_abbrev(text, spans, st, en):
    """True if the span [st, en) lies in one sentence, or only crosses splits made after "M."."""
    i = sent_index(spans, st)
    while en > spans[i][1]:
        a, b = spans[i]
        if not ABBREV_END.search(text[a:b]):
            return False
        i += 1
    return True


def locate(text, span):
    n = text.count(span)
    if n == 0:
        raise ValueError("span not found: %r" % span)
    if n > 1:
        raise ValueError("span not unique (%d): %r" % (n, span))
    return text.index(span)


def build():
    out = []
    os.makedirs(ART_DIR, exist_ok=True)
    os.makedirs(os.path.dirname(GOLD), exist_ok=True)
    for d in DOCS:
        body = "\n\n".join(d["paras"]) + "\n"
        prefix = " date %s " % d["date"]
        with open(os.path.join(ART_DIR, d["doc_id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(prefix + body)
        spans = sentence_spans(body)
        events = []
        for e in d["events"]:
            ev = []
            for s in e["evidence"]:
                st = locate(body, s)
                en = st + len(s)
                si = sent_index(spans, st)
                if not crosses_only_abbrev(body, spans, st, en):
                    raise ValueError("evidence crosses a real sentence boundary: %r" % s)
                ev.append(dict(sentence=si, start=st, end=en, text=s))
            rec = dict(type=e["type"], source=e["source"], target=e["target"], required=e["required"])
            if e["type"] == "CONSULT":
                rec["mode"] = e["mode"]
            rec.update(status=e["status"], date=e["date"], location=e["location"],
                       source_actor=e["source_actor"], target_actor=e["target_actor"], evidence=ev)
            events.append(rec)
        quotes = []
        for q in d["quotes"]:
            st = locate(body, q["text"])
            quotes.append(dict(speaker=q["speaker"], speaker_code=q["speaker_code"], text=q["text"],
                               start=st, end=st + len(q["text"])))
        for a in d["amounts"]:
            if a["text"] not in body:
                raise ValueError("amount text not found: %r" % a["text"])
        out.append(dict(doc_id=d["doc_id"], lang="fr", published=d["date"], events=events,
                        quotes=quotes, amounts=d["amounts"]))
    with open(GOLD, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ validation
def load_org_codes():
    path = os.path.join(ROOT, "..", "..", "chancery", "kb", "data", "organizations.tsv")
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            c = line.split("\t")[0].strip()
            if c:
                codes.add(c)
    return codes


def load_iso3():
    """ISO 3166-1 alpha-3 codes from the shared CAMEO country list, plus XKX."""
    path = os.path.join(ROOT, "..", "..", "..", "shared", "data", "cameo", "text_to_CAMEO", "countrynames.txt")
    codes = {"XKX"}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and re.fullmatch(r"[A-Z]{3}", parts[1].strip()):
                codes.add(parts[1].strip())
    codes.discard("---")
    return codes


def valid_date(s):
    if s is None:
        return True
    for fmt_len in (4, 7, 10):
        if len(s) == fmt_len:
            try:
                if fmt_len == 4:
                    int(s)
                elif fmt_len == 7:
                    date(int(s[:4]), int(s[5:7]), 1)
                else:
                    date.fromisoformat(s)
                return True
            except ValueError:
                return False
    return False


def validate():
    orgs = load_org_codes()
    iso = load_iso3()
    allowed = iso | orgs
    problems = []
    files = sorted(f[:-4] for f in os.listdir(ART_DIR) if f.startswith("hfr5_") and f.endswith(".txt"))
    ids = []
    stats = Counter()
    per_type = Counter()
    per_status = Counter()
    per_doc = {}
    codes_used = Counter()
    abbrev_cross = 0
    with open(GOLD, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            ids.append(d["doc_id"])
            for k in ("doc_id", "lang", "published", "events", "quotes", "amounts"):
                if k not in d:
                    problems.append("%s missing %s" % (d.get("doc_id"), k))
            raw = open(os.path.join(ART_DIR, d["doc_id"] + ".txt"), encoding="utf-8").read()
            m = re.match(r" ?date (\d{4}(?:-\d{2}){0,2}) ", raw)
            if not m or m.group(1) != d["published"]:
                problems.append("%s: prefix/published mismatch" % d["doc_id"])
            body = raw[m.end():]
            words = len(body.split())
            stats["words_min"] = min(stats.get("words_min", 10**6), words)
            stats["words_max"] = max(stats["words_max"], words)
            if not 300 <= words <= 650:
                problems.append("%s: %d words" % (d["doc_id"], words))
            spans = sentence_spans(body)
            pub = d["published"]
            nreq = sum(1 for e in d["events"] if e["required"])
            per_doc[d["doc_id"]] = dict(words=words, req=nreq, opt=len(d["events"]) - nreq,
                                        quotes=len(d["quotes"]), amounts=len(d["amounts"]))
            for e in d["events"]:
                if e["type"] not in TYPES:
                    problems.append("bad type %s" % e["type"])
                if e["status"] not in STATUSES:
                    problems.append("bad status %s" % e["status"])
                if ("mode" in e) != (e["type"] == "CONSULT"):
                    problems.append("mode on non-CONSULT or missing on CONSULT")
                if e["type"] == "CONSULT" and e["mode"] not in MODES:
                    problems.append("bad mode %s" % e["mode"])
                for c in (e["source"], e["target"]):
                    codes_used[c] += 1
                    if c not in allowed:
                        problems.append("%s: unknown code %s" % (d["doc_id"], c))
                if not valid_date(e["date"]):
                    problems.append("bad date %s" % e["date"])
                if e["status"] == "occurred" and e["date"] and e["date"] > pub:
                    problems.append("%s: occurred after publication %s" % (d["doc_id"], e))
                if e["status"] == "occurred" and e["date"] and e["date"][:len(pub)] > pub[:len(e["date"])]:
                    problems.append("%s: occurred after publication (prefix) %s" % (d["doc_id"], e))
                if e["status"] == "planned" and e["date"] and e["date"][:len(pub)] < pub[:len(e["date"])]:
                    problems.append("%s: planned before publication" % d["doc_id"])
                if e["required"] and e["status"] == "occurred" and not e["date"]:
                    problems.append("%s: required occurred event without date" % d["doc_id"])
                if not e["evidence"]:
                    problems.append("no evidence")
                for ev in e["evidence"]:
                    if body[ev["start"]:ev["end"]] != ev["text"]:
                        problems.append("%s: evidence offset mismatch %r" % (d["doc_id"], ev["text"]))
                    si = sent_index(spans, ev["start"])
                    if si != ev["sentence"]:
                        problems.append("%s: sentence index mismatch %r" % (d["doc_id"], ev["text"]))
                    if ev["end"] > spans[si][1]:
                        if crosses_only_abbrev(body, spans, ev["start"], ev["end"]):
                            abbrev_cross += 1
                        else:
                            problems.append("%s: evidence crosses sentence %r" % (d["doc_id"], ev["text"]))
                per_type[(e["type"], e["required"])] += 1
                per_status[(e["status"], e["required"])] += 1
                stats["req" if e["required"] else "opt"] += 1
            for q in d["quotes"]:
                if body[q["start"]:q["end"]] != q["text"]:
                    problems.append("%s: quote offset mismatch" % d["doc_id"])
                if len(q["text"].split()) < 5:
                    problems.append("%s: short quote %r" % (d["doc_id"], q["text"]))
                if body[q["start"] - 2:q["start"]] != "« " or body[q["end"]:q["end"] + 2] != " »":
                    problems.append("%s: quote not inside « » %r" % (d["doc_id"], q["text"]))
                if q["speaker_code"] not in allowed:
                    problems.append("bad speaker code %s" % q["speaker_code"])
                stats["quotes"] += 1
            for a in d["amounts"]:
                if a["text"] not in body:
                    problems.append("amount text missing %r" % a["text"])
                if not re.fullmatch(r"[A-Z]{3}", a["unit"]):
                    problems.append("bad unit %s" % a["unit"])
                stats["amounts"] += 1
    if ids != files:
        problems.append("doc ids %s != files %s" % (ids, files))
    if ids != sorted(ids):
        problems.append("gold not in doc_id order")
    req_types = {t for (t, r), n in per_type.items() if r and n}
    if req_types != TYPES:
        problems.append("types missing among required events: %s" % sorted(TYPES - req_types))
    if sum(1 for v in per_doc.values() if v["req"] + v["opt"] == 0) != 1:
        problems.append("expected exactly one article with no event")
    stats["abbrev_cross"] = abbrev_cross
    return problems, stats, per_type, per_status, per_doc, codes_used, len(ids)


def run_scorer():
    scorer = os.path.join(ROOT, "..", "..", "..", "shared", "tools", "score.py")
    r = subprocess.run([sys.executable, scorer, GOLD, GOLD], capture_output=True, text=True)
    last = [l for l in r.stdout.splitlines() if l.startswith("micro") or l.startswith("attributes")]
    ok = r.returncode == 0 and "micro P=1.0 R=1.0 F1=1.0" in r.stdout
    return ok, last


if __name__ == "__main__":
    build()
    problems, stats, per_type, per_status, per_doc, codes_used, n = validate()
    print("articles:", n)
    print("events required/optional: %d / %d" % (stats["req"], stats["opt"]))
    print("quotes:", stats["quotes"], "amounts:", stats["amounts"])
    print("words: %d-%d" % (stats["words_min"], stats["words_max"]))
    print("evidence spans crossing an abbreviation split only:", stats["abbrev_cross"])
    print("| doc | words | required | optional | quotes | amounts |")
    for k, v in per_doc.items():
        print("| %s | %d | %d | %d | %d | %d |" % (k, v["words"], v["req"], v["opt"], v["quotes"], v["amounts"]))
    print("| type | required | optional |")
    for t in sorted({t for t, _ in per_type}):
        print("| %s | %d | %d |" % (t, per_type[(t, True)], per_type[(t, False)]))
    print("| status | required | optional |")
    for s in sorted({s for s, _ in per_status}):
        print("| %s | %d | %d |" % (s, per_status[(s, True)], per_status[(s, False)]))
    print("codes:", " ".join("%s:%d" % kv for kv in sorted(codes_used.items())))
    ok, lines = run_scorer()
    for l in lines:
        print("score.py:", l)
    if not ok:
        problems.append("score.py gold vs gold is not 1.0")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("validation OK")
