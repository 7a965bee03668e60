#!/usr/bin/env python3
"""Build the French part of devset/fresh4: articles hfr_001..hfr_010 and gold/fr.jsonl.

Every offset, sentence index and quote offset is computed here from verbatim
spans (never by hand).  Run with the system python3; it writes only
  ../articles/fr/hfr_*.txt  and  ../gold/fr.jsonl
and then validates what it wrote.
"""
import json
import os
import re
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

# ---------------------------------------------------------------- hfr_001 Guinée
DOCS.append(dict(
    doc_id="hfr_001", date="2024-07-12",
    paras=[
        "Le Front national pour la défense de la Constitution (FNDC) a accusé jeudi la junte au pouvoir en Guinée d'avoir fait enlever deux de ses principaux responsables, Oumar Sylla, dit Foniké Menguè, et Mamadou Billo Bah, dont les proches sont sans nouvelles depuis mardi soir.",
        "Selon le mouvement, les deux militants ont été arrêtés mardi soir à Conakry, au domicile de Foniké Menguè, par des militaires et des gendarmes cagoulés. Un troisième homme, Mohamed Cissé, interpellé en même temps qu'eux, a été relâché mercredi et hospitalisé, a précisé le FNDC.",
        "Le parquet général de Conakry a démenti mercredi toute implication des autorités, affirmant que les deux hommes ne se trouvaient « dans aucun lieu de détention officiel », et a annoncé l'ouverture d'une enquête pour retrouver les auteurs de leur disparition.",
        "Mercredi, des jeunes ont érigé des barricades et brûlé des pneus sur l'axe Hamdallaye-Bambéto, un bastion de l'opposition dans la capitale, avant d'être dispersés à coups de gaz lacrymogène par les forces de l'ordre.",
        "Le Haut-Commissariat des Nations unies aux droits de l'homme a exhorté jeudi les autorités de transition à révéler le sort des deux militants et à les libérer sans délai. « Personne ne doit être détenu en dehors de tout cadre légal, et les familles ont le droit de savoir où se trouvent leurs proches », a déclaré une porte-parole du Haut-Commissariat à Genève.",
        "Amnesty International a pour sa part dénoncé une « disparition forcée » et appelé la junte du général Mamadi Doumbouya à cesser de harceler les voix critiques.",
        "Le FNDC, dissous par le gouvernement de transition en août 2022, menace d'organiser une journée « ville morte » lundi à Conakry si ses deux responsables ne sont pas libérés d'ici là. « Nous ne céderons pas à l'intimidation, Foniké et Billo doivent rentrer chez eux », a déclaré à l'AFP un responsable du mouvement.",
        "La junte, arrivée au pouvoir par un coup d'État en septembre 2021, interdit toute manifestation depuis mai 2022 et n'a toujours pas fixé la date des élections censées marquer le retour des civils au pouvoir.",
    ],
    events=[
        E("ACCUSE", "GIN", "GIN", True, "occurred", "2024-07-11",
          ["Le Front national pour la défense de la Constitution (FNDC) a accusé jeudi la junte au pouvoir en Guinée d'avoir fait enlever deux de ses principaux responsables"],
          sa="FNDC", ta="junte"),
        E("COERCE", "GIN", "GIN", True, "occurred", "2024-07-09",
          ["les deux militants ont été arrêtés mardi soir à Conakry, au domicile de Foniké Menguè, par des militaires et des gendarmes cagoulés"],
          loc="Conakry", sa="militaires et gendarmes", ta="Oumar Sylla, Mamadou Billo Bah"),
        E("RETREAT", "GIN", "GIN", False, "occurred", "2024-07-10",
          ["Mohamed Cissé, interpellé en même temps qu'eux, a été relâché mercredi et hospitalisé"],
          ta="Mohamed Cissé"),
        E("REJECT", "GIN", "GIN", True, "occurred", "2024-07-10",
          ["Le parquet général de Conakry a démenti mercredi toute implication des autorités"],
          sa="parquet général de Conakry", ta="FNDC"),
        E("ACCUSE", "GIN", "GIN", False, "occurred", "2024-07-10",
          ["a annoncé l'ouverture d'une enquête pour retrouver les auteurs de leur disparition"],
          sa="parquet général de Conakry"),
        E("PROTEST", "GIN", "GIN", True, "occurred", "2024-07-10",
          ["des jeunes ont érigé des barricades et brûlé des pneus sur l'axe Hamdallaye-Bambéto"],
          loc="Hamdallaye-Bambéto"),
        E("ASSAULT", "GIN", "GIN", True, "occurred", "2024-07-10",
          ["avant d'être dispersés à coups de gaz lacrymogène par les forces de l'ordre"],
          loc="Hamdallaye-Bambéto", sa="forces de l'ordre"),
        E("REQUEST", "UN", "GIN", True, "occurred", "2024-07-11",
          ["Le Haut-Commissariat des Nations unies aux droits de l'homme a exhorté jeudi les autorités de transition à révéler le sort des deux militants et à les libérer sans délai",
           "« Personne ne doit être détenu en dehors de tout cadre légal, et les familles ont le droit de savoir où se trouvent leurs proches », a déclaré une porte-parole du Haut-Commissariat à Genève"],
          loc="Genève", sa="Haut-Commissariat des Nations unies aux droits de l'homme", ta="autorités de transition"),
        E("ACCUSE", "AMNESTY", "GIN", True, "occurred", "2024-07-12",
          ["Amnesty International a pour sa part dénoncé une « disparition forcée »"],
          sa="Amnesty International"),
        E("REQUEST", "AMNESTY", "GIN", True, "occurred", "2024-07-12",
          ["appelé la junte du général Mamadi Doumbouya à cesser de harceler les voix critiques"],
          sa="Amnesty International", ta="Mamadi Doumbouya"),
        E("THREATEN", "GIN", "GIN", True, "conditional", "2024-07-12",
          ["menace d'organiser une journée « ville morte » lundi à Conakry si ses deux responsables ne sont pas libérés d'ici là"],
          loc="Conakry", sa="FNDC"),
        E("PROTEST", "GIN", "GIN", False, "conditional", "2024-07-15",
          ["une journée « ville morte » lundi à Conakry"], loc="Conakry", sa="FNDC"),
        E("COERCE", "GIN", "GIN", False, "occurred", "2022-08",
          ["Le FNDC, dissous par le gouvernement de transition en août 2022"], ta="FNDC"),
        E("COERCE", "GIN", "GIN", False, "occurred", "2021-09",
          ["La junte, arrivée au pouvoir par un coup d'État en septembre 2021"]),
        E("COERCE", "GIN", "GIN", False, "occurred", "2022-05",
          ["interdit toute manifestation depuis mai 2022"]),
    ],
    quotes=[
        Q("parquet général de Conakry", "GIN", "dans aucun lieu de détention officiel"),
        Q("une porte-parole du Haut-Commissariat des Nations unies aux droits de l'homme", "UN",
          "Personne ne doit être détenu en dehors de tout cadre légal, et les familles ont le droit de savoir où se trouvent leurs proches"),
        Q("un responsable du FNDC", "GIN", "Nous ne céderons pas à l'intimidation, Foniké et Billo doivent rentrer chez eux"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr_002 Libye
DOCS.append(dict(
    doc_id="hfr_002", date="2025-05-15",
    paras=[
        "Un cessez-le-feu fragile était respecté jeudi à Tripoli, au lendemain de son annonce par le gouvernement d'union nationale (GNU), après deux jours de combats qui ont fait plusieurs morts et semé la panique dans la capitale libyenne.",
        "Les affrontements ont éclaté lundi soir après la mort d'Abdelghani al-Kikli, dit « Gheniwa », chef de l'Appareil de soutien à la stabilité (SSA), tué dans le camp de Takbali, une base contrôlée par la Brigade 444, fidèle au Premier ministre Abdelhamid Dbeibah.",
        "Mardi, des unités loyales au gouvernement ont attaqué les positions de la Force de dissuasion spéciale, dite Radaa, qui contrôle l'aéroport de Mitiga et plusieurs quartiers de l'est de la ville, et les deux camps ont échangé des tirs à l'arme lourde jusque tard dans la nuit.",
        "Des colonnes de véhicules armés venues de Misrata ont été déployées mardi en renfort des forces gouvernementales, selon des témoins joints par téléphone.",
        "Le ministère de la Défense, dont Abdelhamid Dbeibah détient lui-même le portefeuille, a annoncé mercredi « un cessez-le-feu dans toutes les zones de conflit » de la capitale et le déploiement d'unités neutres le long des lignes de front.",
        "La Mission d'appui des Nations unies en Libye (Manul) a salué mercredi cette annonce, tout en appelant les belligérants à consolider la trêve et à protéger les civils. « Nous exhortons toutes les parties à s'abstenir de tout acte susceptible de compromettre ce cessez-le-feu », a déclaré sa cheffe, Hanna Tetteh.",
        "Abdelhamid Dbeibah a défendu l'opération dans une allocution télévisée, affirmant qu'elle visait à mettre fin au règne des « milices » et à rétablir l'autorité de l'État sur l'ensemble de la capitale.",
        "La Turquie, alliée du gouvernement de Tripoli, a appelé au calme et au dialogue, tandis que l'Italie a recommandé à ses ressortissants d'éviter tout déplacement dans la ville. Les vols sont suspendus à Mitiga depuis lundi soir.",
        "Ces combats sont les plus violents depuis l'été 2022, lorsque des affrontements entre factions rivales avaient fait plus de trente morts à Tripoli.",
    ],
    events=[
        E("CONCEDE", "LBY", "LBY", True, "occurred", "2025-05-14",
          ["Un cessez-le-feu fragile était respecté jeudi à Tripoli, au lendemain de son annonce par le gouvernement d'union nationale (GNU)",
           "Le ministère de la Défense, dont Abdelhamid Dbeibah détient lui-même le portefeuille, a annoncé mercredi « un cessez-le-feu dans toutes les zones de conflit » de la capitale"],
          loc="Tripoli", sa="ministère de la Défense", ta="Radaa"),
        E("CONCEDE", "LBY", "RADAA", False, "occurred", "2025-05-14",
          ["a annoncé mercredi « un cessez-le-feu dans toutes les zones de conflit » de la capitale"],
          loc="Tripoli", sa="ministère de la Défense", ta="Radaa"),
        E("ASSAULT", "LBY", "LBY", False, "occurred", "2025-05-12",
          ["tué dans le camp de Takbali, une base contrôlée par la Brigade 444"],
          loc="Takbali", ta="Abdelghani al-Kikli"),
        E("ASSAULT", "LBY", "LBY", True, "occurred", "2025-05-13",
          ["des unités loyales au gouvernement ont attaqué les positions de la Force de dissuasion spéciale, dite Radaa",
           "après deux jours de combats qui ont fait plusieurs morts"],
          loc="Tripoli", sa="unités loyales au gouvernement", ta="Radaa"),
        E("ASSAULT", "LBY", "LBY", True, "occurred", "2025-05-13",
          ["les deux camps ont échangé des tirs à l'arme lourde jusque tard dans la nuit"],
          loc="Tripoli", sa="Radaa", ta="unités loyales au gouvernement"),
        E("ASSAULT", "LBY", "RADAA", False, "occurred", "2025-05-13",
          ["des unités loyales au gouvernement ont attaqué les positions de la Force de dissuasion spéciale, dite Radaa"],
          loc="Tripoli", sa="unités loyales au gouvernement", ta="Radaa"),
        E("ASSAULT", "RADAA", "LBY", False, "occurred", "2025-05-13",
          ["les deux camps ont échangé des tirs à l'arme lourde jusque tard dans la nuit"],
          loc="Tripoli", sa="Radaa", ta="unités loyales au gouvernement"),
        E("MOBILIZE", "LBY", "LBY", True, "occurred", "2025-05-13",
          ["Des colonnes de véhicules armés venues de Misrata ont été déployées mardi en renfort des forces gouvernementales"],
          loc="Misrata"),
        E("MOBILIZE", "LBY", "RADAA", False, "occurred", "2025-05-13",
          ["Des colonnes de véhicules armés venues de Misrata ont été déployées mardi en renfort des forces gouvernementales"],
          loc="Misrata"),
        E("MOBILIZE", "LBY", "LBY", False, "planned", None,
          ["le déploiement d'unités neutres le long des lignes de front"], sa="ministère de la Défense"),
        E("SUPPORT", "UN", "LBY", True, "occurred", "2025-05-14",
          ["La Mission d'appui des Nations unies en Libye (Manul) a salué mercredi cette annonce"],
          sa="Manul", ta="gouvernement d'union nationale"),
        E("REQUEST", "UN", "LBY", True, "occurred", "2025-05-14",
          ["tout en appelant les belligérants à consolider la trêve et à protéger les civils",
           "« Nous exhortons toutes les parties à s'abstenir de tout acte susceptible de compromettre ce cessez-le-feu », a déclaré sa cheffe, Hanna Tetteh"],
          sa="Hanna Tetteh"),
        E("REQUEST", "UN", "RADAA", False, "occurred", "2025-05-14",
          ["tout en appelant les belligérants à consolider la trêve et à protéger les civils"],
          sa="Hanna Tetteh", ta="Radaa"),
        E("ACCUSE", "LBY", "LBY", False, "occurred", "2025-05-15",
          ["affirmant qu'elle visait à mettre fin au règne des « milices »"], sa="Abdelhamid Dbeibah"),
        E("ACCUSE", "LBY", "RADAA", False, "occurred", "2025-05-15",
          ["affirmant qu'elle visait à mettre fin au règne des « milices »"], sa="Abdelhamid Dbeibah"),
        E("REQUEST", "TUR", "LBY", True, "occurred", "2025-05-15",
          ["La Turquie, alliée du gouvernement de Tripoli, a appelé au calme et au dialogue"]),
    ],
    quotes=[
        Q("ministère libyen de la Défense", "LBY", "un cessez-le-feu dans toutes les zones de conflit"),
        Q("Hanna Tetteh", "UN", "Nous exhortons toutes les parties à s'abstenir de tout acte susceptible de compromettre ce cessez-le-feu"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr_003 Mauritanie
DOCS.append(dict(
    doc_id="hfr_003", date="2024-02-08",
    paras=[
        "La présidente de la Commission européenne, Ursula von der Leyen, et le chef du gouvernement espagnol, Pedro Sánchez, ont été reçus jeudi à Nouakchott par le président mauritanien, Mohamed Ould Cheikh El Ghazouani, pour évoquer la hausse des départs de migrants vers les îles Canaries.",
        "À l'issue de l'entretien, Ursula von der Leyen a annoncé une enveloppe de 210 millions d'euros en faveur de la Mauritanie, destinée notamment à la gestion des frontières, à l'accueil des réfugiés et au développement de l'hydrogène vert.",
        "Ursula von der Leyen et son hôte ont par ailleurs convenu de renforcer leur coopération contre les réseaux de passeurs et de conclure un partenariat migratoire, dont la déclaration conjointe devrait être signée à Bruxelles en mars.",
        "« La Mauritanie ne peut pas porter seule le fardeau d'un phénomène qui nous concerne tous », a déclaré Mohamed Ould Cheikh El Ghazouani lors d'une conférence de presse commune, en appelant ses partenaires européens à investir davantage dans l'emploi des jeunes.",
        "Pedro Sánchez, dont le pays a vu arriver près de 40 000 migrants aux Canaries l'an dernier, a salué le rôle « essentiel » de Nouakchott dans la lutte contre l'immigration irrégulière. Il a promis d'élargir les programmes de migration circulaire qui permettent à des travailleurs mauritaniens d'occuper des emplois saisonniers en Espagne.",
        "Madrid et Nouakchott ont en outre signé jeudi un protocole prévoyant le renforcement des patrouilles conjointes de la Garde civile espagnole et de la gendarmerie mauritanienne au large de Nouadhibou.",
        "Le projet a été critiqué par une partie de l'opposition mauritanienne, qui reproche à Bruxelles de vouloir faire du pays « le gendarme de l'Europe » et de sous-traiter la surveillance de ses frontières.",
        "La Mauritanie accueille déjà plus de 100 000 réfugiés maliens, pour la plupart dans le camp de Mbera, près de la frontière avec le Mali.",
    ],
    events=[
        E("CONSULT", "EU", "MRT", True, "occurred", "2024-02-08",
          ["La présidente de la Commission européenne, Ursula von der Leyen, et le chef du gouvernement espagnol, Pedro Sánchez, ont été reçus jeudi à Nouakchott par le président mauritanien, Mohamed Ould Cheikh El Ghazouani"],
          mode="visit", loc="Nouakchott", sa="Ursula von der Leyen", ta="Mohamed Ould Cheikh El Ghazouani"),
        E("CONSULT", "ESP", "MRT", True, "occurred", "2024-02-08",
          ["La présidente de la Commission européenne, Ursula von der Leyen, et le chef du gouvernement espagnol, Pedro Sánchez, ont été reçus jeudi à Nouakchott par le président mauritanien, Mohamed Ould Cheikh El Ghazouani"],
          mode="visit", loc="Nouakchott", sa="Pedro Sánchez", ta="Mohamed Ould Cheikh El Ghazouani"),
        E("AID", "EU", "MRT", True, "planned", None,
          ["Ursula von der Leyen a annoncé une enveloppe de 210 millions d'euros en faveur de la Mauritanie"],
          sa="Ursula von der Leyen"),
        E("AGREE", "EU", "MRT", True, "occurred", "2024-02-08",
          ["Ursula von der Leyen et son hôte ont par ailleurs convenu de renforcer leur coopération contre les réseaux de passeurs et de conclure un partenariat migratoire"],
          sa="Ursula von der Leyen", ta="Mohamed Ould Cheikh El Ghazouani"),
        E("SUPPORT", "EU", "MRT", False, "planned", "2024-03",
          ["dont la déclaration conjointe devrait être signée à Bruxelles en mars"], loc="Bruxelles"),
        E("SUPPORT", "MRT", "EU", False, "planned", "2024-03",
          ["dont la déclaration conjointe devrait être signée à Bruxelles en mars"], loc="Bruxelles"),
        E("REQUEST", "MRT", "EU", True, "occurred", "2024-02-08",
          ["en appelant ses partenaires européens à investir davantage dans l'emploi des jeunes"],
          sa="Mohamed Ould Cheikh El Ghazouani"),
        E("REQUEST", "MRT", "ESP", False, "occurred", "2024-02-08",
          ["en appelant ses partenaires européens à investir davantage dans l'emploi des jeunes"],
          sa="Mohamed Ould Cheikh El Ghazouani"),
        E("SUPPORT", "ESP", "MRT", True, "occurred", "2024-02-08",
          ["a salué le rôle « essentiel » de Nouakchott dans la lutte contre l'immigration irrégulière"],
          sa="Pedro Sánchez"),
        E("AGREE", "ESP", "MRT", True, "occurred", "2024-02-08",
          ["Il a promis d'élargir les programmes de migration circulaire qui permettent à des travailleurs mauritaniens d'occuper des emplois saisonniers en Espagne"],
          sa="Pedro Sánchez"),
        E("COOPERATE", "ESP", "MRT", False, "planned", None,
          ["Il a promis d'élargir les programmes de migration circulaire qui permettent à des travailleurs mauritaniens d'occuper des emplois saisonniers en Espagne"],
          sa="Pedro Sánchez"),
        E("COOPERATE", "ESP", "MRT", True, "occurred", "2024-02-08",
          ["Madrid et Nouakchott ont en outre signé jeudi un protocole prévoyant le renforcement des patrouilles conjointes de la Garde civile espagnole et de la gendarmerie mauritanienne au large de Nouadhibou"],
          loc="Nouadhibou"),
        E("SUPPORT", "ESP", "MRT", False, "occurred", "2024-02-08",
          ["Madrid et Nouakchott ont en outre signé jeudi un protocole"]),
        E("SUPPORT", "MRT", "ESP", False, "occurred", "2024-02-08",
          ["Madrid et Nouakchott ont en outre signé jeudi un protocole"]),
        E("ACCUSE", "MRT", "EU", True, "occurred", "2024-02-08",
          ["Le projet a été critiqué par une partie de l'opposition mauritanienne, qui reproche à Bruxelles de vouloir faire du pays « le gendarme de l'Europe »"],
          sa="opposition mauritanienne"),
        E("AID", "MRT", "MLI", False, "occurred", "2024-02",
          ["La Mauritanie accueille déjà plus de 100 000 réfugiés maliens"], loc="Mbera"),
    ],
    quotes=[
        Q("Mohamed Ould Cheikh El Ghazouani", "MRT",
          "La Mauritanie ne peut pas porter seule le fardeau d'un phénomène qui nous concerne tous"),
    ],
    amounts=[A(210000000, "EUR", "210 millions d'euros", "enveloppe européenne pour la Mauritanie")],
))

# ---------------------------------------------------------------- hfr_004 Bürgenstock
DOCS.append(dict(
    doc_id="hfr_004", date="2024-06-16",
    paras=[
        "Le sommet pour la paix en Ukraine s'est achevé dimanche au Bürgenstock, en Suisse, sur un communiqué final que plusieurs grands pays du Sud, dont l'Inde, l'Arabie saoudite et l'Afrique du Sud, n'ont pas signé.",
        "Volodymyr Zelensky et les représentants d'une centaine de pays et d'organisations étaient réunis depuis samedi à l'invitation de la présidente de la Confédération, Viola Amherd, dans ce complexe hôtelier dominant le lac des Quatre-Cantons. La Russie n'avait pas été conviée et la Chine avait décliné l'invitation.",
        "Dans ce texte, les signataires réaffirment leur attachement à l'intégrité territoriale de l'Ukraine et réclament l'échange de tous les prisonniers de guerre ainsi que le retour des enfants ukrainiens déportés.",
        "La vice-présidente américaine, Kamala Harris, a annoncé samedi une aide de 1,5 milliard de dollars destinée au secteur énergétique ukrainien et à l'aide humanitaire, avant de s'entretenir en marge du sommet avec Volodymyr Zelensky.",
        "Vendredi, à la veille de la réunion, Vladimir Poutine avait exigé le retrait des troupes ukrainiennes des régions de Donetsk, de Louhansk, de Zaporijjia et de Kherson ainsi que la renonciation de Kiev à toute adhésion à l'Otan, promettant en échange d'ordonner « immédiatement » un cessez-le-feu.",
        "Volodymyr Zelensky a rejeté samedi ces conditions, qu'il a qualifiées d'ultimatum. « Ces messages sont des ultimatums, et ils ne diffèrent en rien de ce que faisait Hitler », a-t-il lancé devant la presse.",
        "« Nous avons fait un premier pas, mais la route vers une paix juste et durable sera encore longue », a reconnu Viola Amherd lors de la conférence de presse de clôture.",
        "Le chef de la diplomatie suisse, Ignazio Cassis, a indiqué que Berne prendrait contact avec Moscou dans les prochaines semaines afin de lui présenter les conclusions du sommet. Plusieurs délégations ont souhaité qu'une seconde conférence se tienne avec la participation de la Russie, sans qu'aucun pays ne se soit encore proposé pour l'accueillir.",
    ],
    events=[
        E("SUPPORT", "IND", "UKR", False, "negated", "2024-06-16",
          ["un communiqué final que plusieurs grands pays du Sud, dont l'Inde, l'Arabie saoudite et l'Afrique du Sud, n'ont pas signé"]),
        E("SUPPORT", "SAU", "UKR", False, "negated", "2024-06-16",
          ["un communiqué final que plusieurs grands pays du Sud, dont l'Inde, l'Arabie saoudite et l'Afrique du Sud, n'ont pas signé"]),
        E("SUPPORT", "ZAF", "UKR", False, "negated", "2024-06-16",
          ["un communiqué final que plusieurs grands pays du Sud, dont l'Inde, l'Arabie saoudite et l'Afrique du Sud, n'ont pas signé"]),
        E("CONSULT", "UKR", "CHE", True, "occurred", "2024-06",
          ["Volodymyr Zelensky et les représentants d'une centaine de pays et d'organisations étaient réunis depuis samedi à l'invitation de la présidente de la Confédération, Viola Amherd",
           "Le sommet pour la paix en Ukraine s'est achevé dimanche au Bürgenstock, en Suisse"],
          mode="multilateral", loc="Bürgenstock", sa="Volodymyr Zelensky", ta="Viola Amherd"),
        E("REJECT", "CHE", "RUS", False, "occurred", "2024-06",
          ["La Russie n'avait pas été conviée"]),
        E("REJECT", "CHN", "CHE", True, "occurred", "2024-06",
          ["la Chine avait décliné l'invitation"]),
        E("AID", "USA", "UKR", True, "planned", None,
          ["La vice-présidente américaine, Kamala Harris, a annoncé samedi une aide de 1,5 milliard de dollars destinée au secteur énergétique ukrainien et à l'aide humanitaire"],
          sa="Kamala Harris"),
        E("CONSULT", "USA", "UKR", True, "occurred", "2024-06-15",
          ["avant de s'entretenir en marge du sommet avec Volodymyr Zelensky"],
          mode="third-party", loc="Bürgenstock", sa="Kamala Harris", ta="Volodymyr Zelensky"),
        E("REQUEST", "RUS", "UKR", True, "occurred", "2024-06-14",
          ["Vendredi, à la veille de la réunion, Vladimir Poutine avait exigé le retrait des troupes ukrainiennes des régions de Donetsk, de Louhansk, de Zaporijjia et de Kherson ainsi que la renonciation de Kiev à toute adhésion à l'Otan"],
          sa="Vladimir Poutine"),
        E("CONCEDE", "RUS", "UKR", False, "conditional", "2024-06-14",
          ["promettant en échange d'ordonner « immédiatement » un cessez-le-feu"], sa="Vladimir Poutine"),
        E("REJECT", "UKR", "RUS", True, "occurred", "2024-06-15",
          ["Volodymyr Zelensky a rejeté samedi ces conditions, qu'il a qualifiées d'ultimatum"],
          sa="Volodymyr Zelensky", ta="Vladimir Poutine"),
        E("ACCUSE", "UKR", "RUS", False, "occurred", "2024-06-15",
          ["« Ces messages sont des ultimatums, et ils ne diffèrent en rien de ce que faisait Hitler », a-t-il lancé devant la presse"],
          sa="Volodymyr Zelensky", ta="Vladimir Poutine"),
        E("CONSULT", "CHE", "RUS", True, "planned", None,
          ["Ignazio Cassis, a indiqué que Berne prendrait contact avec Moscou dans les prochaines semaines afin de lui présenter les conclusions du sommet"],
          sa="Ignazio Cassis"),
    ],
    quotes=[
        Q("Volodymyr Zelensky", "UKR", "Ces messages sont des ultimatums, et ils ne diffèrent en rien de ce que faisait Hitler"),
        Q("Viola Amherd", "CHE", "Nous avons fait un premier pas, mais la route vers une paix juste et durable sera encore longue"),
    ],
    amounts=[A(1500000000, "USD", "1,5 milliard de dollars", "aide américaine à l'Ukraine (énergie et aide humanitaire)")],
))

# ---------------------------------------------------------------- hfr_005 Centrafrique
DOCS.append(dict(
    doc_id="hfr_005", date="2025-04-21",
    paras=[
        "Le gouvernement centrafricain et deux des principaux groupes armés du pays, l'Unité pour la paix en Centrafrique (UPC) et le mouvement Retour, réclamation et réhabilitation (3R), ont signé samedi à N'Djamena un accord de cessation immédiate des hostilités, a-t-on appris lundi de sources concordantes.",
        "Les discussions, menées sous l'égide du président tchadien, Mahamat Idriss Déby Itno, se sont tenues pendant deux jours à huis clos dans la capitale tchadienne, en présence d'une délégation gouvernementale centrafricaine, du chef de l'UPC, Ali Darassa, et de celui des 3R, Sembé Bobbo.",
        "Aux termes du texte, l'UPC et les 3R s'engagent à cesser toute attaque contre les forces armées centrafricaines et les populations civiles, à libérer les axes routiers qu'ils occupent et à intégrer le programme national de désarmement, démobilisation et réinsertion (DDR).",
        "En contrepartie, Bangui a promis samedi aux deux mouvements de faciliter la réintégration de certains de leurs combattants au sein de l'armée et de garantir la sécurité de leurs dirigeants.",
        "Le président Faustin-Archange Touadéra a salué dimanche « une étape décisive vers une paix définitive » et remercié son homologue tchadien pour sa médiation. Il doit se rendre à N'Djamena dans les prochaines semaines, selon la présidence centrafricaine.",
        "La Mission des Nations unies en Centrafrique (Minusca) s'est félicitée de l'accord et a appelé les groupes signataires à « traduire sans délai leurs engagements en actes concrets sur le terrain ».",
        "L'UPC et les 3R faisaient partie de la Coalition des patriotes pour le changement (CPC), qui avait lancé fin 2020 une offensive sur Bangui avant d'être repoussée par l'armée, appuyée par des soldats rwandais et des paramilitaires russes du groupe Wagner.",
        "Plusieurs accords de paix, dont celui signé à Khartoum en février 2019 avec quatorze groupes armés, n'ont jamais permis de ramener durablement la stabilité dans ce pays parmi les plus pauvres du monde.",
    ],
    events=[
        E("SUPPORT", "CAF", "UPC", True, "occurred", "2025-04-19",
          ["Le gouvernement centrafricain et deux des principaux groupes armés du pays, l'Unité pour la paix en Centrafrique (UPC) et le mouvement Retour, réclamation et réhabilitation (3R), ont signé samedi à N'Djamena un accord de cessation immédiate des hostilités"],
          loc="N'Djamena", ta="Ali Darassa"),
        E("SUPPORT", "UPC", "CAF", True, "occurred", "2025-04-19",
          ["Le gouvernement centrafricain et deux des principaux groupes armés du pays, l'Unité pour la paix en Centrafrique (UPC) et le mouvement Retour, réclamation et réhabilitation (3R), ont signé samedi à N'Djamena un accord de cessation immédiate des hostilités"],
          loc="N'Djamena", sa="Ali Darassa"),
        E("SUPPORT", "CAF", "3R", True, "occurred", "2025-04-19",
          ["Le gouvernement centrafricain et deux des principaux groupes armés du pays, l'Unité pour la paix en Centrafrique (UPC) et le mouvement Retour, réclamation et réhabilitation (3R), ont signé samedi à N'Djamena un accord de cessation immédiate des hostilités"],
          loc="N'Djamena", ta="Sembé Bobbo"),
        E("SUPPORT", "3R", "CAF", True, "occurred", "2025-04-19",
          ["Le gouvernement centrafricain et deux des principaux groupes armés du pays, l'Unité pour la paix en Centrafrique (UPC) et le mouvement Retour, réclamation et réhabilitation (3R), ont signé samedi à N'Djamena un accord de cessation immédiate des hostilités"],
          loc="N'Djamena", sa="Sembé Bobbo"),
        E("CONSULT", "CAF", "UPC", True, "occurred", "2025-04",
          ["Les discussions, menées sous l'égide du président tchadien, Mahamat Idriss Déby Itno, se sont tenues pendant deux jours à huis clos dans la capitale tchadienne"],
          mode="third-party", loc="N'Djamena", ta="Ali Darassa"),
        E("CONSULT", "CAF", "3R", True, "occurred", "2025-04",
          ["Les discussions, menées sous l'égide du président tchadien, Mahamat Idriss Déby Itno, se sont tenues pendant deux jours à huis clos dans la capitale tchadienne"],
          mode="third-party", loc="N'Djamena", ta="Sembé Bobbo"),
        E("CONSULT", "CAF", "TCD", True, "occurred", "2025-04",
          ["Les discussions, menées sous l'égide du président tchadien, Mahamat Idriss Déby Itno, se sont tenues pendant deux jours à huis clos dans la capitale tchadienne, en présence d'une délégation gouvernementale centrafricaine"],
          mode="visit", loc="N'Djamena", ta="Mahamat Idriss Déby Itno"),
        E("CONSULT", "UPC", "TCD", False, "occurred", "2025-04",
          ["du chef de l'UPC, Ali Darassa"], mode="visit", loc="N'Djamena",
          sa="Ali Darassa", ta="Mahamat Idriss Déby Itno"),
        E("CONSULT", "3R", "TCD", False, "occurred", "2025-04",
          ["et de celui des 3R, Sembé Bobbo"], mode="visit", loc="N'Djamena",
          sa="Sembé Bobbo", ta="Mahamat Idriss Déby Itno"),
        E("CONCEDE", "UPC", "CAF", True, "occurred", "2025-04-19",
          ["un accord de cessation immédiate des hostilités",
           "l'UPC et les 3R s'engagent à cesser toute attaque contre les forces armées centrafricaines et les populations civiles"]),
        E("CONCEDE", "3R", "CAF", True, "occurred", "2025-04-19",
          ["un accord de cessation immédiate des hostilités",
           "l'UPC et les 3R s'engagent à cesser toute attaque contre les forces armées centrafricaines et les populations civiles"]),
        E("CONCEDE", "CAF", "UPC", False, "occurred", "2025-04-19",
          ["un accord de cessation immédiate des hostilités"]),
        E("CONCEDE", "CAF", "3R", False, "occurred", "2025-04-19",
          ["un accord de cessation immédiate des hostilités"]),
        E("RETREAT", "UPC", "CAF", True, "planned", None,
          ["à libérer les axes routiers qu'ils occupent et à intégrer le programme national de désarmement, démobilisation et réinsertion (DDR)"]),
        E("RETREAT", "3R", "CAF", True, "planned", None,
          ["à libérer les axes routiers qu'ils occupent et à intégrer le programme national de désarmement, démobilisation et réinsertion (DDR)"]),
        E("AGREE", "CAF", "UPC", True, "occurred", "2025-04-19",
          ["Bangui a promis samedi aux deux mouvements de faciliter la réintégration de certains de leurs combattants au sein de l'armée"]),
        E("AGREE", "CAF", "3R", True, "occurred", "2025-04-19",
          ["Bangui a promis samedi aux deux mouvements de faciliter la réintégration de certains de leurs combattants au sein de l'armée"]),
        E("SUPPORT", "CAF", "TCD", True, "occurred", "2025-04-20",
          ["remercié son homologue tchadien pour sa médiation"],
          sa="Faustin-Archange Touadéra", ta="Mahamat Idriss Déby Itno"),
        E("CONSULT", "CAF", "TCD", True, "planned", None,
          ["Il doit se rendre à N'Djamena dans les prochaines semaines"],
          mode="visit", loc="N'Djamena", sa="Faustin-Archange Touadéra", ta="Mahamat Idriss Déby Itno"),
        E("SUPPORT", "MINUSCA", "CAF", True, "occurred", "2025-04-21",
          ["La Mission des Nations unies en Centrafrique (Minusca) s'est félicitée de l'accord"]),
        E("SUPPORT", "MINUSCA", "UPC", False, "occurred", "2025-04-21",
          ["La Mission des Nations unies en Centrafrique (Minusca) s'est félicitée de l'accord"]),
        E("SUPPORT", "MINUSCA", "3R", False, "occurred", "2025-04-21",
          ["La Mission des Nations unies en Centrafrique (Minusca) s'est félicitée de l'accord"]),
        E("REQUEST", "MINUSCA", "UPC", True, "occurred", "2025-04-21",
          ["a appelé les groupes signataires à « traduire sans délai leurs engagements en actes concrets sur le terrain »"]),
        E("REQUEST", "MINUSCA", "3R", True, "occurred", "2025-04-21",
          ["a appelé les groupes signataires à « traduire sans délai leurs engagements en actes concrets sur le terrain »"]),
        E("ASSAULT", "UPC", "CAF", False, "occurred", "2020-12",
          ["qui avait lancé fin 2020 une offensive sur Bangui"], loc="Bangui"),
        E("ASSAULT", "3R", "CAF", False, "occurred", "2020-12",
          ["qui avait lancé fin 2020 une offensive sur Bangui"], loc="Bangui"),
        E("ASSAULT", "CAF", "UPC", False, "occurred", "2020-12",
          ["avant d'être repoussée par l'armée"], loc="Bangui"),
        E("ASSAULT", "CAF", "3R", False, "occurred", "2020-12",
          ["avant d'être repoussée par l'armée"], loc="Bangui"),
        E("AID", "RWA", "CAF", False, "occurred", "2020-12",
          ["appuyée par des soldats rwandais et des paramilitaires russes du groupe Wagner"]),
        E("AID", "WAGNER", "CAF", False, "occurred", "2020-12",
          ["appuyée par des soldats rwandais et des paramilitaires russes du groupe Wagner"]),
    ],
    quotes=[
        Q("Faustin-Archange Touadéra", "CAF", "une étape décisive vers une paix définitive"),
        Q("Minusca", "MINUSCA", "traduire sans délai leurs engagements en actes concrets sur le terrain"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr_006 Koweït - Irak
DOCS.append(dict(
    doc_id="hfr_006", date="2023-09-12",
    paras=[
        "Le Koweït a remis lundi une note de protestation à l'ambassadeur d'Irak, une semaine après l'annulation par la justice irakienne de l'accord bilatéral qui encadre la navigation dans le Khor Abdallah, un chenal stratégique séparant les deux pays au nord du Golfe.",
        "Dans un communiqué publié lundi soir, le ministère koweïtien des Affaires étrangères a appelé Bagdad à « prendre des mesures urgentes et concrètes » pour remédier aux conséquences de cette décision, qu'il juge contraire aux engagements internationaux de l'Irak.",
        "Saisie par des députés, la Cour suprême fédérale irakienne avait jugé le 4 septembre inconstitutionnelle la loi de 2013 ratifiant cet accord, conclu un an plus tôt, au motif qu'elle aurait dû être adoptée à la majorité des deux tiers du Parlement.",
        "Le ministre koweïtien des Affaires étrangères, cheikh Salem Abdallah al-Jaber al-Sabah, avait déjà abordé la question la semaine dernière avec son homologue irakien, Fouad Hussein, en marge d'une réunion de la Ligue arabe au Caire.",
        "Le Premier ministre irakien, Mohammed Chia al-Soudani, s'est entretenu mardi au téléphone avec son homologue koweïtien, cheikh Ahmad Nawaf al-Ahmad al-Sabah, et lui a assuré que Bagdad respecterait « tous les accords et engagements internationaux » conclus avec le Koweït. Les deux parties sont convenues de confier le dossier à une commission juridique conjointe, selon un communiqué du gouvernement irakien.",
        "Le Conseil de coopération du Golfe (CCG) a de son côté exprimé mardi sa « pleine solidarité » avec le Koweït et exhorté l'Irak à respecter la souveraineté koweïtienne ainsi que la résolution 833 du Conseil de sécurité de l'ONU, qui a fixé la frontière entre les deux pays en 1993.",
        "Si la décision n'est pas corrigée, le Koweït pourrait porter l'affaire devant les Nations unies, a averti mardi soir un haut responsable koweïtien sous le couvert de l'anonymat.",
        "Le Khor Abdallah est vital pour l'accès de l'Irak aux eaux internationales et pour le port de Faw, pièce maîtresse de la « Route du développement », un corridor commercial de 17 milliards de dollars que Bagdad veut relier à la Turquie.",
        "Les relations entre les deux voisins restent marquées par l'invasion du Koweït par les troupes de Saddam Hussein en août 1990.",
    ],
    events=[
        E("ACCUSE", "KWT", "IRQ", True, "occurred", "2023-09-11",
          ["Le Koweït a remis lundi une note de protestation à l'ambassadeur d'Irak"]),
        E("ACCUSE", "KWT", "IRQ", False, "occurred", "2023-09-11",
          ["qu'il juge contraire aux engagements internationaux de l'Irak"],
          sa="ministère koweïtien des Affaires étrangères"),
        E("REJECT", "IRQ", "KWT", False, "occurred", "2023-09-04",
          ["l'annulation par la justice irakienne de l'accord bilatéral qui encadre la navigation dans le Khor Abdallah",
           "la Cour suprême fédérale irakienne avait jugé le 4 septembre inconstitutionnelle la loi de 2013 ratifiant cet accord"],
          sa="Cour suprême fédérale irakienne"),
        E("REQUEST", "KWT", "IRQ", True, "occurred", "2023-09-11",
          ["Dans un communiqué publié lundi soir, le ministère koweïtien des Affaires étrangères a appelé Bagdad à « prendre des mesures urgentes et concrètes »"],
          sa="ministère koweïtien des Affaires étrangères"),
        E("CONSULT", "KWT", "IRQ", True, "occurred", "2023-09",
          ["Le ministre koweïtien des Affaires étrangères, cheikh Salem Abdallah al-Jaber al-Sabah, avait déjà abordé la question la semaine dernière avec son homologue irakien, Fouad Hussein"],
          mode="third-party", loc="Le Caire", sa="Salem Abdallah al-Jaber al-Sabah", ta="Fouad Hussein"),
        E("CONSULT", "KWT", "ARAB_LEAGUE", False, "occurred", "2023-09",
          ["en marge d'une réunion de la Ligue arabe au Caire"], mode="multilateral", loc="Le Caire"),
        E("CONSULT", "IRQ", "ARAB_LEAGUE", False, "occurred", "2023-09",
          ["en marge d'une réunion de la Ligue arabe au Caire"], mode="multilateral", loc="Le Caire"),
        E("CONSULT", "IRQ", "KWT", True, "occurred", "2023-09-12",
          ["Le Premier ministre irakien, Mohammed Chia al-Soudani, s'est entretenu mardi au téléphone avec son homologue koweïtien, cheikh Ahmad Nawaf al-Ahmad al-Sabah"],
          mode="phone", sa="Mohammed Chia al-Soudani", ta="Ahmad Nawaf al-Ahmad al-Sabah"),
        E("AGREE", "IRQ", "KWT", True, "occurred", "2023-09-12",
          ["Les deux parties sont convenues de confier le dossier à une commission juridique conjointe"]),
        E("AGREE", "IRQ", "KWT", False, "occurred", "2023-09-12",
          ["lui a assuré que Bagdad respecterait « tous les accords et engagements internationaux » conclus avec le Koweït"],
          sa="Mohammed Chia al-Soudani", ta="Ahmad Nawaf al-Ahmad al-Sabah"),
        E("SUPPORT", "GCC", "KWT", True, "occurred", "2023-09-12",
          ["Le Conseil de coopération du Golfe (CCG) a de son côté exprimé mardi sa « pleine solidarité » avec le Koweït"]),
        E("REQUEST", "GCC", "IRQ", True, "occurred", "2023-09-12",
          ["exhorté l'Irak à respecter la souveraineté koweïtienne ainsi que la résolution 833 du Conseil de sécurité de l'ONU"]),
        E("THREATEN", "KWT", "IRQ", True, "conditional", "2023-09-12",
          ["Si la décision n'est pas corrigée, le Koweït pourrait porter l'affaire devant les Nations unies, a averti mardi soir un haut responsable koweïtien"]),
        E("REQUEST", "KWT", "UN", False, "conditional", None,
          ["le Koweït pourrait porter l'affaire devant les Nations unies"]),
        E("ASSAULT", "IRQ", "KWT", False, "occurred", "1990-08",
          ["l'invasion du Koweït par les troupes de Saddam Hussein en août 1990"]),
    ],
    quotes=[
        Q("ministère koweïtien des Affaires étrangères", "KWT", "prendre des mesures urgentes et concrètes"),
        Q("Mohammed Chia al-Soudani", "IRQ", "tous les accords et engagements internationaux"),
    ],
    amounts=[A(17000000000, "USD", "17 milliards de dollars", "coût du corridor « Route du développement »")],
))

# ---------------------------------------------------------------- hfr_007 Lituanie - Bélarus
DOCS.append(dict(
    doc_id="hfr_007", date="2025-10-29",
    paras=[
        "Le gouvernement lituanien a décidé lundi de fermer ses deux derniers points de passage avec le Bélarus, accusant Minsk d'orchestrer une « attaque hybride » au moyen de ballons de contrebande qui ont paralysé à plusieurs reprises l'aéroport de Vilnius.",
        "« Ce n'est pas de la contrebande ordinaire, c'est une attaque hybride délibérée contre notre pays », a déclaré la Première ministre, Inga Ruginienė, en précisant que la frontière resterait fermée jusqu'à la fin novembre.",
        "Le gouvernement a également autorisé lundi l'armée à abattre les ballons qui pénètrent dans l'espace aérien lituanien et déployé des soldats en renfort des garde-frontières, le long d'une frontière de près de 680 kilomètres.",
        "Minsk a riposté mardi en transférant vers des parkings surveillés plus d'un millier de camions lituaniens restés sur son territoire, selon l'association des transporteurs lituaniens Linava, qui dénonce une « prise d'otages » de ses chauffeurs et de leurs véhicules.",
        "Le ministère bélarusse des Affaires étrangères a rejeté toute responsabilité dans l'envoi des ballons et dénoncé une « provocation » visant, selon lui, à justifier la militarisation de la frontière. Alexandre Loukachenko a pour sa part qualifié la fermeture d'« escroquerie » montée par Vilnius.",
        "À Bruxelles, la présidente de la Commission européenne, Ursula von der Leyen, a exprimé la « pleine solidarité » de l'Union avec la Lituanie et averti que les Vingt-Sept étaient prêts à adopter de nouvelles sanctions contre Minsk si ces provocations se poursuivaient.",
        "Vilnius n'exclut pas de demander des consultations au titre de l'article 4 du traité de l'Atlantique Nord, a indiqué le chef de la diplomatie lituanienne, Kęstutis Budrys.",
        "Inga Ruginienė doit se rendre jeudi à Varsovie pour coordonner la riposte avec son homologue polonais, Donald Tusk, dont le gouvernement avait lui-même fermé la frontière avec le Bélarus pendant près de deux semaines en septembre.",
    ],
    events=[
        E("SANCTION", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["Le gouvernement lituanien a décidé lundi de fermer ses deux derniers points de passage avec le Bélarus",
           "en précisant que la frontière resterait fermée jusqu'à la fin novembre"],
          sa="gouvernement lituanien"),
        E("COERCE", "LTU", "BLR", False, "occurred", "2025-10-27",
          ["Le gouvernement lituanien a décidé lundi de fermer ses deux derniers points de passage avec le Bélarus"],
          sa="gouvernement lituanien"),
        E("ACCUSE", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["accusant Minsk d'orchestrer une « attaque hybride » au moyen de ballons de contrebande",
           "« Ce n'est pas de la contrebande ordinaire, c'est une attaque hybride délibérée contre notre pays », a déclaré la Première ministre, Inga Ruginienė"],
          sa="Inga Ruginienė"),
        E("MOBILIZE", "LTU", "BLR", True, "occurred", "2025-10-27",
          ["déployé des soldats en renfort des garde-frontières, le long d'une frontière de près de 680 kilomètres"]),
        E("COERCE", "BLR", "LTU", True, "occurred", "2025-10-28",
          ["Minsk a riposté mardi en transférant vers des parkings surveillés plus d'un millier de camions lituaniens restés sur son territoire"]),
        E("ACCUSE", "LTU", "BLR", False, "occurred", "2025-10-29",
          ["l'association des transporteurs lituaniens Linava, qui dénonce une « prise d'otages » de ses chauffeurs et de leurs véhicules"],
          sa="Linava"),
        E("REJECT", "BLR", "LTU", True, "occurred", "2025-10-29",
          ["Le ministère bélarusse des Affaires étrangères a rejeté toute responsabilité dans l'envoi des ballons"],
          sa="ministère bélarusse des Affaires étrangères"),
        E("ACCUSE", "BLR", "LTU", True, "occurred", "2025-10-29",
          ["dénoncé une « provocation » visant, selon lui, à justifier la militarisation de la frontière"],
          sa="ministère bélarusse des Affaires étrangères"),
        E("ACCUSE", "BLR", "LTU", True, "occurred", "2025-10-29",
          ["Alexandre Loukachenko a pour sa part qualifié la fermeture d'« escroquerie » montée par Vilnius"],
          sa="Alexandre Loukachenko"),
        E("SUPPORT", "EU", "LTU", True, "occurred", "2025-10-29",
          ["la présidente de la Commission européenne, Ursula von der Leyen, a exprimé la « pleine solidarité » de l'Union avec la Lituanie"],
          loc="Bruxelles", sa="Ursula von der Leyen"),
        E("THREATEN", "EU", "BLR", True, "conditional", "2025-10-29",
          ["averti que les Vingt-Sept étaient prêts à adopter de nouvelles sanctions contre Minsk si ces provocations se poursuivaient"],
          loc="Bruxelles", sa="Ursula von der Leyen"),
        E("ACCUSE", "EU", "BLR", False, "occurred", "2025-10-29",
          ["si ces provocations se poursuivaient"], sa="Ursula von der Leyen"),
        E("REQUEST", "LTU", "NATO", False, "conditional", None,
          ["Vilnius n'exclut pas de demander des consultations au titre de l'article 4 du traité de l'Atlantique Nord"],
          sa="Kęstutis Budrys"),
        E("CONSULT", "LTU", "POL", True, "planned", "2025-10-30",
          ["Inga Ruginienė doit se rendre jeudi à Varsovie pour coordonner la riposte avec son homologue polonais, Donald Tusk"],
          mode="visit", loc="Varsovie", sa="Inga Ruginienė", ta="Donald Tusk"),
        E("SANCTION", "POL", "BLR", False, "occurred", "2025-09",
          ["dont le gouvernement avait lui-même fermé la frontière avec le Bélarus pendant près de deux semaines en septembre"]),
    ],
    quotes=[
        Q("Inga Ruginienė", "LTU", "Ce n'est pas de la contrebande ordinaire, c'est une attaque hybride délibérée contre notre pays"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr_008 Irlande - Israël
DOCS.append(dict(
    doc_id="hfr_008", date="2024-12-16",
    paras=[
        "Israël a décidé de fermer son ambassade à Dublin, a annoncé dimanche le ministre israélien des Affaires étrangères, Gideon Saar, en accusant le gouvernement irlandais de mener des « politiques anti-israéliennes extrêmes ».",
        "Dans son communiqué, le chef de la diplomatie israélienne reproche notamment à Dublin d'avoir reconnu un État palestinien en mai et d'avoir soutenu la procédure pour génocide engagée par l'Afrique du Sud contre Israël devant la Cour internationale de justice (CIJ).",
        "Le gouvernement irlandais avait annoncé mercredi dernier son intention d'intervenir dans cette affaire, en demandant à la Cour d'adopter une interprétation plus large de la notion de génocide.",
        "Le Premier ministre irlandais, Simon Harris, a jugé dimanche soir la décision israélienne « profondément regrettable ». « Je rejette totalement l'idée que l'Irlande soit anti-israélienne », a-t-il écrit sur X, affirmant que son pays défendait « la paix, les droits humains et le droit international ».",
        "Le ministre des Affaires étrangères, Micheál Martin, a indiqué que l'Irlande n'avait pas l'intention de fermer son ambassade à Tel-Aviv, estimant qu'il était « plus important que jamais » de maintenir le dialogue avec Israël.",
        "Israël avait déjà rappelé en mai son ambassadrice à Dublin, Dana Erlich, après la reconnaissance de l'État de Palestine par l'Irlande, l'Espagne et la Norvège.",
        "Dans le même temps, Gideon Saar a annoncé l'ouverture prochaine d'une ambassade d'Israël en Moldavie, présentée comme une priorité accordée aux pays « amis » en Europe.",
        "L'Irlande est l'un des pays européens les plus critiques de l'offensive israélienne dans la bande de Gaza, lancée après l'attaque du Hamas contre Israël le 7 octobre 2023.",
    ],
    events=[
        E("SANCTION", "ISR", "IRL", True, "occurred", "2024-12-15",
          ["Israël a décidé de fermer son ambassade à Dublin, a annoncé dimanche le ministre israélien des Affaires étrangères, Gideon Saar"],
          loc="Dublin", sa="Gideon Saar"),
        E("ACCUSE", "ISR", "IRL", True, "occurred", "2024-12-15",
          ["en accusant le gouvernement irlandais de mener des « politiques anti-israéliennes extrêmes »",
           "le chef de la diplomatie israélienne reproche notamment à Dublin d'avoir reconnu un État palestinien en mai"],
          sa="Gideon Saar"),
        E("SUPPORT", "IRL", "PSE", False, "occurred", "2024-05",
          ["d'avoir reconnu un État palestinien en mai",
           "après la reconnaissance de l'État de Palestine par l'Irlande, l'Espagne et la Norvège"]),
        E("SUPPORT", "IRL", "ZAF", False, "occurred", "2024-12",
          ["d'avoir soutenu la procédure pour génocide engagée par l'Afrique du Sud contre Israël"]),
        E("ACCUSE", "ZAF", "ISR", False, "occurred", "2024-12",
          ["la procédure pour génocide engagée par l'Afrique du Sud contre Israël devant la Cour internationale de justice (CIJ)"]),
        E("ACCUSE", "IRL", "ISR", True, "planned", None,
          ["Le gouvernement irlandais avait annoncé mercredi dernier son intention d'intervenir dans cette affaire"]),
        E("REQUEST", "IRL", "ICJ", False, "planned", None,
          ["en demandant à la Cour d'adopter une interprétation plus large de la notion de génocide"]),
        E("ACCUSE", "IRL", "ISR", True, "occurred", "2024-12-15",
          ["Le Premier ministre irlandais, Simon Harris, a jugé dimanche soir la décision israélienne « profondément regrettable »"],
          sa="Simon Harris"),
        E("REJECT", "IRL", "ISR", True, "occurred", "2024-12-15",
          ["« Je rejette totalement l'idée que l'Irlande soit anti-israélienne », a-t-il écrit sur X"],
          sa="Simon Harris", ta="Gideon Saar"),
        E("SANCTION", "IRL", "ISR", False, "negated", "2024-12-16",
          ["l'Irlande n'avait pas l'intention de fermer son ambassade à Tel-Aviv"], sa="Micheál Martin"),
        E("SANCTION", "ISR", "IRL", False, "occurred", "2024-05",
          ["Israël avait déjà rappelé en mai son ambassadrice à Dublin, Dana Erlich"], ta="Dana Erlich"),
        E("SUPPORT", "ESP", "PSE", False, "occurred", "2024-05",
          ["après la reconnaissance de l'État de Palestine par l'Irlande, l'Espagne et la Norvège"]),
        E("SUPPORT", "NOR", "PSE", False, "occurred", "2024-05",
          ["après la reconnaissance de l'État de Palestine par l'Irlande, l'Espagne et la Norvège"]),
        E("SUPPORT", "ISR", "MDA", True, "planned", None,
          ["Gideon Saar a annoncé l'ouverture prochaine d'une ambassade d'Israël en Moldavie"],
          sa="Gideon Saar"),
        E("ACCUSE", "IRL", "ISR", False, "occurred", "2024-12",
          ["L'Irlande est l'un des pays européens les plus critiques de l'offensive israélienne dans la bande de Gaza"]),
        E("ASSAULT", "ISR", "PSE", False, "occurred", "2024-12",
          ["l'offensive israélienne dans la bande de Gaza"]),
        E("ASSAULT", "ISR", "HAMAS", False, "occurred", "2024-12",
          ["l'offensive israélienne dans la bande de Gaza"]),
        E("ASSAULT", "HAMAS", "ISR", False, "occurred", "2023-10-07",
          ["l'attaque du Hamas contre Israël le 7 octobre 2023"]),
    ],
    quotes=[
        Q("Simon Harris", "IRL", "Je rejette totalement l'idée que l'Irlande soit anti-israélienne"),
        Q("Simon Harris", "IRL", "la paix, les droits humains et le droit international"),
    ],
    amounts=[],
))

# ---------------------------------------------------------------- hfr_009 Timor-Leste / Asean
DOCS.append(dict(
    doc_id="hfr_009", date="2025-10-26",
    paras=[
        "Le Timor-Leste est devenu dimanche le onzième membre de l'Association des nations de l'Asie du Sud-Est (Asean), lors d'une cérémonie organisée à Kuala Lumpur à l'ouverture du 47e sommet de l'organisation.",
        "Les dirigeants des dix États membres ont signé la déclaration d'admission de l'ancienne colonie portugaise, qui disposait du statut d'observateur depuis 2022, en présence du Premier ministre timorais, Xanana Gusmão, visiblement ému.",
        "« C'est un rêve devenu réalité pour tout le peuple timorais », a déclaré Xanana Gusmão à la tribune, en remerciant les États membres pour leur soutien tout au long d'un processus d'adhésion entamé en 2011.",
        "L'hôte du sommet, le Premier ministre malaisien, Anwar Ibrahim, a salué « l'achèvement de la famille de l'Asean » et promis que la Malaisie aiderait Dili à former ses diplomates et ses fonctionnaires afin de se conformer aux nombreux accords de l'organisation.",
        "Le président indonésien, Prabowo Subianto, s'est entretenu en marge du sommet avec Xanana Gusmão et l'a invité à se rendre à Jakarta avant la fin de l'année.",
        "La Birmanie, dont la junte avait expulsé en 2023 le chargé d'affaires timorais après une rencontre entre Dili et le gouvernement d'unité nationale en exil, ne s'est pas opposée à cette adhésion, selon un diplomate de la région.",
        "Avec un produit intérieur brut d'environ 2 milliards de dollars et 1,4 million d'habitants, le Timor-Leste devient le membre le plus pauvre de l'Asean. Son économie dépend largement d'un fonds pétrolier de quelque 18 milliards de dollars, que des gisements en voie d'épuisement ne suffisent plus à alimenter.",
    ],
    events=[
        E("SUPPORT", "ASEAN", "TLS", True, "occurred", "2025-10-26",
          ["Le Timor-Leste est devenu dimanche le onzième membre de l'Association des nations de l'Asie du Sud-Est (Asean)",
           "Les dirigeants des dix États membres ont signé la déclaration d'admission de l'ancienne colonie portugaise"],
          loc="Kuala Lumpur"),
        E("SUPPORT", "ASEAN", "TLS", False, "occurred", "2022",
          ["qui disposait du statut d'observateur depuis 2022"]),
        E("CONSULT", "TLS", "ASEAN", True, "occurred", "2025-10-26",
          ["lors d'une cérémonie organisée à Kuala Lumpur à l'ouverture du 47e sommet de l'organisation",
           "en présence du Premier ministre timorais, Xanana Gusmão, visiblement ému"],
          mode="multilateral", loc="Kuala Lumpur", sa="Xanana Gusmão"),
        E("SUPPORT", "TLS", "ASEAN", True, "occurred", "2025-10-26",
          ["a déclaré Xanana Gusmão à la tribune, en remerciant les États membres pour leur soutien"],
          sa="Xanana Gusmão"),
        E("REQUEST", "TLS", "ASEAN", False, "occurred", "2011",
          ["un processus d'adhésion entamé en 2011"]),
        E("CONSULT", "MYS", "ASEAN", False, "occurred", "2025-10-26",
          ["L'hôte du sommet, le Premier ministre malaisien, Anwar Ibrahim"],
          mode="multilateral", loc="Kuala Lumpur", sa="Anwar Ibrahim"),
        E("SUPPORT", "MYS", "TLS", True, "occurred", "2025-10-26",
          ["L'hôte du sommet, le Premier ministre malaisien, Anwar Ibrahim, a salué « l'achèvement de la famille de l'Asean »"],
          sa="Anwar Ibrahim"),
        E("AID", "MYS", "TLS", True, "planned", None,
          ["promis que la Malaisie aiderait Dili à former ses diplomates et ses fonctionnaires"],
          sa="Anwar Ibrahim"),
        E("COOPERATE", "MYS", "TLS", False, "planned", None,
          ["promis que la Malaisie aiderait Dili à former ses diplomates et ses fonctionnaires"],
          sa="Anwar Ibrahim"),
        E("CONSULT", "IDN", "TLS", True, "occurred", "2025-10-26",
          ["Le président indonésien, Prabowo Subianto, s'est entretenu en marge du sommet avec Xanana Gusmão"],
          mode="third-party", loc="Kuala Lumpur", sa="Prabowo Subianto", ta="Xanana Gusmão"),
        E("AGREE", "IDN", "TLS", False, "occurred", "2025-10-26",
          ["l'a invité à se rendre à Jakarta avant la fin de l'année"],
          sa="Prabowo Subianto", ta="Xanana Gusmão"),
        E("CONSULT", "TLS", "IDN", False, "planned", None,
          ["l'a invité à se rendre à Jakarta avant la fin de l'année"],
          mode="visit", loc="Jakarta", sa="Xanana Gusmão", ta="Prabowo Subianto"),
        E("SANCTION", "MMR", "TLS", False, "occurred", "2023",
          ["dont la junte avait expulsé en 2023 le chargé d'affaires timorais"]),
        E("CONSULT", "TLS", "MMR", False, "occurred", "2023",
          ["une rencontre entre Dili et le gouvernement d'unité nationale en exil"]),
        E("REJECT", "MMR", "TLS", False, "negated", "2025-10-26",
          ["ne s'est pas opposée à cette adhésion"]),
    ],
    quotes=[
        Q("Xanana Gusmão", "TLS", "C'est un rêve devenu réalité pour tout le peuple timorais"),
        Q("Anwar Ibrahim", "MYS", "l'achèvement de la famille de l'Asean"),
    ],
    amounts=[
        A(2000000000, "USD", "2 milliards de dollars", "produit intérieur brut du Timor-Leste"),
        A(18000000000, "USD", "18 milliards de dollars", "fonds pétrolier du Timor-Leste"),
    ],
))

# ---------------------------------------------------------------- hfr_010 Mongolie (aucun événement)
DOCS.append(dict(
    doc_id="hfr_010", date="2024-03-14",
    paras=[
        "Dans la steppe de l'Arkhangaï, au centre de la Mongolie, Batbayar Dorj compte ses chèvres chaque matin, et chaque matin il en manque. L'hiver, marqué par un dzud d'une rare intensité, a déjà emporté près d'un tiers de son troupeau.",
        "Le dzud, combinaison d'une sécheresse estivale et d'un hiver extrêmement froid et enneigé, a tué plusieurs millions de têtes de bétail à travers le pays depuis décembre, selon les chiffres officiels, du jamais-vu depuis plus d'une décennie.",
        "« Mes bêtes sont trop faibles pour être peignées, le duvet sera court et cassant cette année », explique l'éleveur de 52 ans, en désignant les carcasses empilées derrière sa yourte.",
        "Pour les quelque 300 000 familles d'éleveurs nomades du pays, le cachemire reste la principale source de revenus. Le kilo de duvet brut se négociait l'an dernier autour de 120 000 tugriks, soit environ 35 dollars, un prix qui n'a cessé de baisser depuis 2021.",
        "À Oulan-Bator, les négociants s'attendent à une collecte en forte baisse au printemps. « Les acheteurs veulent de la qualité, et cette année nous n'aurons que de petits volumes à leur proposer », résume Oyunchimeg Bat-Erdene, qui dirige une société de transformation de la capitale.",
        "La Mongolie fournit environ un cinquième du cachemire brut mondial, dont l'essentiel est ensuite lavé et filé dans des usines chinoises ou italiennes. Les professionnels du secteur rêvent depuis des années d'une transformation locale, qui permettrait de garder une plus grande part de la valeur dans le pays.",
        "Dans l'Arkhangaï, Batbayar Dorj, lui, ne pense qu'au printemps. « Si l'herbe revient vite, nous reconstituerons le troupeau en deux ou trois ans », veut-il croire.",
    ],
    events=[],
    quotes=[
        Q("Batbayar Dorj", "MNG", "Mes bêtes sont trop faibles pour être peignées, le duvet sera court et cassant cette année"),
        Q("Oyunchimeg Bat-Erdene", "MNG", "Les acheteurs veulent de la qualité, et cette année nous n'aurons que de petits volumes à leur proposer"),
        Q("Batbayar Dorj", "MNG", "Si l'herbe revient vite, nous reconstituerons le troupeau en deux ou trois ans"),
    ],
    amounts=[
        A(120000, "MNT", "120 000 tugriks", "prix du kilo de duvet de cachemire brut", 2023),
        A(35, "USD", "35 dollars", "prix du kilo de duvet de cachemire brut", 2023),
    ],
))


# ------------------------------------------------------------------ machinery
END_RE = re.compile(r'[.!?]+[»"”’)\]]*(?=\s)')


def sentence_spans(text):
    """Split on paragraphs (newlines) and on .!? followed by whitespace."""
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


def locate(text, span):
    n = text.count(span)
    if n == 0:
        raise ValueError("span not found: %r" % span)
    if n > 1:
        raise ValueError("span not unique (%d): %r" % (n, span))
    return text.index(span)


def build():
    out = []
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
                if en > spans[si][1]:
                    raise ValueError("evidence crosses sentence boundary: %r" % s)
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
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("code\t"):
                    continue
                c = line.split("\t")[0].strip()
                if c:
                    codes.add(c)
    except OSError:
        pass
    return codes


ISO3 = {"GIN", "UN", "LBY", "TUR", "MRT", "ESP", "MLI", "UKR", "CHE", "RUS", "CHN", "USA", "IND",
        "SAU", "ZAF", "CAF", "TCD", "RWA", "KWT", "IRQ", "LTU", "BLR", "POL", "ISR", "IRL", "PSE",
        "NOR", "MDA", "TLS", "MYS", "IDN", "MMR", "MNG"}
EXTRA_GROUPS = {"UPC", "RADAA"}  # not in organizations.tsv: coded by the spec's naming rule


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
    allowed = ISO3 | orgs | EXTRA_GROUPS
    problems = []
    files = sorted(f[:-4] for f in os.listdir(ART_DIR) if f.startswith("hfr_") and f.endswith(".txt"))
    ids = []
    stats = Counter()
    per_type = Counter()
    per_status = Counter()
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
            if not 150 <= words <= 450:
                problems.append("%s: %d words" % (d["doc_id"], words))
            if " M. " in body or "Mme." in body:
                problems.append("%s: abbreviation" % d["doc_id"])
            if re.search(r"\.\s*»", body):
                problems.append("%s: period inside closing guillemet" % d["doc_id"])
            spans = sentence_spans(body)
            pub = d["published"]
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
                    if c not in allowed:
                        problems.append("%s: unknown code %s" % (d["doc_id"], c))
                if not valid_date(e["date"]):
                    problems.append("bad date %s" % e["date"])
                if e["status"] == "occurred" and e["date"] and e["date"] > pub:
                    problems.append("%s: occurred after publication %s" % (d["doc_id"], e))
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
                    if si != ev["sentence"] or ev["end"] > spans[si][1]:
                        problems.append("%s: sentence index mismatch %r" % (d["doc_id"], ev["text"]))
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
    return problems, stats, per_type, per_status, len(ids)


if __name__ == "__main__":
    build()
    problems, stats, per_type, per_status, n = validate()
    print("articles:", n)
    print("events required/optional: %d / %d" % (stats["req"], stats["opt"]))
    print("quotes:", stats["quotes"], "amounts:", stats["amounts"])
    print("words: %d-%d" % (stats["words_min"], stats["words_max"]))
    types = sorted({t for t, _ in per_type})
    print("| type | required | optional |")
    for t in types:
        print("| %s | %d | %d |" % (t, per_type[(t, True)], per_type[(t, False)]))
    print("| status | required | optional |")
    for s in sorted({s for s, _ in per_status}):
        print("| %s | %d | %d |" % (s, per_status[(s, True)], per_status[(s, False)]))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("validation OK")
