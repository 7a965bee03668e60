# Builds holdout/gold/fr.jsonl from hand annotations below and checks evidence strings.
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def E(type, source, target, required, status, date, evidence, mode=None, location=None, sa=None, ta=None):
    return {"type": type, "source": source, "target": target, "required": required, "mode": mode,
            "status": status, "date": date, "location": location, "source_actor": sa,
            "target_actor": ta, "evidence": evidence}

def Q(speaker, code, text):
    return {"speaker": speaker, "speaker_code": code, "text": text}

def A(value, unit, about, year=None):
    d = {"value": float(value), "unit": unit, "about": about}
    if year is not None:
        d["year"] = year
    return d

docs = []

# hfr_001 Haiti / Kenya
docs.append({"doc_id": "hfr_001", "published": "2024-06-26", "events": [
    E("AID", "KEN", "HTI", True, "occurred", "2024-06-25",
      "Un premier contingent d'environ 400 policiers kényans est arrivé mardi à Port-au-Prince",
      location="Port-au-Prince"),
    E("MOBILIZE", "KEN", "HTI", False, "occurred", "2024-06-25",
      "Un premier contingent d'environ 400 policiers kényans est arrivé mardi à Port-au-Prince",
      location="Port-au-Prince"),
    E("SUPPORT", "HTI", "KEN", True, "occurred", "2024-06-25",
      ["Nous saluons le courage de nos frères kényans",
       "qui a qualifié leur arrivée d'« étape décisive »"],
      sa="Garry Conille"),
    E("CONSULT", "HTI", "KEN", False, "occurred", "2024-06-25",
      "les policiers ont été accueillis sur le tarmac par le Premier ministre haïtien, Garry Conille",
      location="aéroport Toussaint-Louverture", sa="Garry Conille"),
    E("CONSULT", "KEN", "HTI", True, "planned", None,
      "M. Ruto doit se rendre en Haïti dans les prochains mois pour rencontrer les troupes",
      mode="visit", location="Haïti", sa="William Ruto"),
    E("THREATEN", "VIV_ANSANM", "KEN", True, "conditional", "2024-06-25",
      ["a averti dans une vidéo diffusée mardi soir que ses hommes combattraient la force étrangère si elle s'en prenait aux quartiers populaires",
       "Si les Kényans viennent tuer nos frères dans les quartiers, nous les combattrons jusqu'au dernier"],
      sa="Jimmy Chérizier"),
    E("AID", "USA", "HTI", False, "occurred", "2024-06",
      "Washington, principal bailleur de la mission, a déjà débloqué plus de 300 millions de dollars pour son financement"),
    E("AID", "USA", "KEN", False, "occurred", "2024-06",
      "Washington, principal bailleur de la mission, a déjà débloqué plus de 300 millions de dollars pour son financement"),
    E("SUPPORT", "USA", "KEN", True, "occurred", "2024-06-26",
      "Le secrétaire d'État Antony Blinken a salué mercredi dans un communiqué « le leadership du Kenya »",
      sa="Antony Blinken"),
    E("AID", "KEN", "HTI", False, "planned", None,
      "Le Kenya doit fournir au total un millier d'hommes"),
  ], "quotes": [
    Q("Garry Conille", "HTI", "Nous saluons le courage de nos frères kényans, venus se tenir aux côtés de la Police nationale dans ce combat"),
    Q("Garry Conille", "HTI", "étape décisive"),
    Q("William Ruto", "KEN", "pas une force d'occupation"),
    Q("Jimmy Chérizier", "VIV_ANSANM", "Si les Kényans viennent tuer nos frères dans les quartiers, nous les combattrons jusqu'au dernier"),
    Q("Antony Blinken", "USA", "le leadership du Kenya"),
    Q("Antony Blinken", "USA", "l'engagement courageux"),
  ], "amounts": [A(300000000, "USD", "financement américain de la mission multinationale en Haïti")]})

# hfr_002 Liban / Iran / Hezbollah
docs.append({"doc_id": "hfr_002", "published": "2025-08-14", "events": [
    E("CONSULT", "IRN", "LBN", True, "occurred", "2025-08-13",
      "a été reçu mercredi à Beyrouth par le président libanais Joseph Aoun",
      mode="visit", location="Beyrouth", sa="Ali Larijani", ta="Joseph Aoun"),
    E("ACCUSE", "LBN", "IRN", True, "occurred", "2025-08-13",
      ["Le chef de l'État a également dénoncé les récentes déclarations de responsables iraniens",
       "qui lui a signifié que le Liban « refuse toute ingérence dans ses affaires intérieures »"],
      location="Beyrouth", sa="Joseph Aoun", ta="Ali Larijani"),
    E("REJECT", "LBN", "IRN", False, "occurred", "2025-08-13",
      "qui lui a signifié que le Liban « refuse toute ingérence dans ses affaires intérieures »",
      location="Beyrouth", sa="Joseph Aoun", ta="Ali Larijani"),
    E("REQUEST", "LBN", "HEZBOLLAH", False, "occurred", "2025-08",
      "qui a chargé l'armée d'élaborer un plan pour désarmer le mouvement chiite d'ici la fin de l'année"),
    E("COERCE", "LBN", "HEZBOLLAH", False, "planned", None,
      "qui a chargé l'armée d'élaborer un plan pour désarmer le mouvement chiite d'ici la fin de l'année"),
    E("ACCUSE", "IRN", "LBN", True, "occurred", "2025-08",
      ["Le conseiller du guide suprême Ali Akbar Velayati avait notamment jugé cette décision « vouée à l'échec »",
       "les récentes déclarations de responsables iraniens hostiles à la décision"],
      sa="Ali Akbar Velayati"),
    E("ACCUSE", "LBN", "IRN", True, "occurred", "2025-08-11",
      "Lundi, le ministre libanais des Affaires étrangères, Youssef Rajji, avait convoqué le chargé d'affaires iranien pour protester contre ces propos",
      sa="Youssef Rajji", ta="chargé d'affaires iranien"),
    E("CONSULT", "IRN", "LBN", True, "occurred", "2025-08-13",
      "M. Larijani s'est ensuite entretenu avec le président du Parlement, Nabih Berri",
      mode="visit", location="Beyrouth", sa="Ali Larijani", ta="Nabih Berri"),
    E("CONSULT", "IRN", "LBN", True, "negated", "2025-08-13",
      "Il n'a en revanche pas rencontré le Premier ministre Nawaf Salam",
      mode="visit", location="Beyrouth", sa="Ali Larijani", ta="Nawaf Salam"),
    E("SUPPORT", "IRN", "LBN", False, "occurred", "2025-08-13",
      "L'Iran respecte les décisions du gouvernement libanais", sa="Ali Larijani"),
    E("SUPPORT", "IRN", "HEZBOLLAH", True, "occurred", "2025-08-13",
      "son pays « se tiendra toujours aux côtés de la résistance », en référence au Hezbollah",
      sa="Ali Larijani"),
    E("REJECT", "HEZBOLLAH", "LBN", True, "occurred", "2025-08-12",
      "avait rejeté la décision gouvernementale", sa="Naïm Qassem"),
    E("THREATEN", "HEZBOLLAH", "LBN", True, "conditional", "2025-08-12",
      "prévenu que si l'État tentait de désarmer le mouvement par la force, « il n'y aura pas de vie au Liban »",
      sa="Naïm Qassem"),
  ], "quotes": [
    Q("Joseph Aoun", "LBN", "refuse toute ingérence dans ses affaires intérieures"),
    Q("Joseph Aoun", "LBN", "Aucune partie n'a le droit de porter des armes en dehors de l'État ni de s'appuyer sur un soutien étranger"),
    Q("Ali Akbar Velayati", "IRN", "vouée à l'échec"),
    Q("entourage de Nawaf Salam", "LBN", "agenda chargé"),
    Q("Ali Larijani", "IRN", "L'Iran respecte les décisions du gouvernement libanais"),
    Q("Ali Larijani", "IRN", "se tiendra toujours aux côtés de la résistance"),
    Q("Naïm Qassem", "HEZBOLLAH", "il n'y aura pas de vie au Liban"),
  ], "amounts": []})

# hfr_003 Tchad / Soudan
docs.append({"doc_id": "hfr_003", "published": "2024-06-01", "events": [
    E("ACCUSE", "TCD", "SDN", True, "occurred", "2024-05-31",
      ["Le Tchad a convoqué vendredi l'ambassadeur du Soudan à N'Djamena pour protester",
       "dénoncé des déclarations « irresponsables et belliqueuses »"],
      location="N'Djamena", sa="ministère tchadien des Affaires étrangères", ta="ambassadeur du Soudan"),
    E("ACCUSE", "SDN", "TCD", True, "occurred", "2024-05-27",
      "avait accusé N'Djamena de laisser transiter des armes destinées aux Forces de soutien rapide (FSR)",
      location="Port-Soudan", sa="Yasser al-Atta"),
    E("THREATEN", "SDN", "TCD", True, "conditional", "2024-05-27",
      ["Si le Tchad continue d'ouvrir ses aéroports aux livraisons destinées aux FSR, les aéroports de N'Djamena et d'Amdjarass seront des cibles légitimes pour nous",
       "qui a qualifié les aéroports tchadiens de « cibles légitimes »"],
      location="Port-Soudan", sa="Yasser al-Atta"),
    E("AID", "TCD", "RSF", True, "negated", "2024-05-31",
      "la diplomatie tchadienne a « catégoriquement » démenti tout soutien aux paramilitaires"),
    E("THREATEN", "TCD", "SDN", True, "conditional", "2024-05-31",
      "Toute agression contre le territoire tchadien recevra une réponse ferme et proportionnée",
      sa="ministre tchadien des Affaires étrangères"),
    E("REQUEST", "UN", "TCD", True, "occurred", "2024-05-31",
      "a appelé vendredi les deux pays à la retenue et au dialogue",
      sa="António Guterres"),
    E("REQUEST", "UN", "SDN", True, "occurred", "2024-05-31",
      "a appelé vendredi les deux pays à la retenue et au dialogue",
      sa="António Guterres"),
    E("AID", "TCD", "SDN", False, "occurred", "2024-06",
      "accueille plus de 600 000 réfugiés soudanais"),
  ], "quotes": [
    Q("Yasser al-Atta", "SDN", "cibles légitimes"),
    Q("Yasser al-Atta", "SDN", "Si le Tchad continue d'ouvrir ses aéroports aux livraisons destinées aux FSR, les aéroports de N'Djamena et d'Amdjarass seront des cibles légitimes pour nous"),
    Q("ministère tchadien des Affaires étrangères", "TCD", "irresponsables et belliqueuses"),
    Q("ministre tchadien des Affaires étrangères", "TCD", "Toute agression contre le territoire tchadien recevra une réponse ferme et proportionnée"),
    Q("Stéphane Dujarric", "UN", "Le secrétaire général est profondément préoccupé par toute rhétorique susceptible d'étendre le conflit soudanais à ses voisins"),
  ], "amounts": []})

# hfr_004 Australie / Chine / Nouvelle-Zélande
docs.append({"doc_id": "hfr_004", "published": "2025-02-22", "events": [
    E("MOBILIZE", "CHN", "AUS", True, "occurred", "2025-02-21",
      "La marine chinoise a mené vendredi des exercices de tirs réels en mer de Tasman",
      location="mer de Tasman"),
    E("MOBILIZE", "CHN", "NZL", False, "occurred", "2025-02-21",
      "La marine chinoise a mené vendredi des exercices de tirs réels en mer de Tasman",
      location="mer de Tasman"),
    E("MOBILIZE", "CHN", "AUS", False, "occurred", "2025-02",
      "Une flottille de trois bâtiments de l'Armée populaire de libération, dont un croiseur, navigue depuis plus d'une semaine au large des côtes orientales australiennes"),
    E("MOBILIZE", "AUS", "CHN", False, "occurred", "2025-02",
      "suivie de près par des navires des marines australienne et néo-zélandaise"),
    E("MOBILIZE", "NZL", "CHN", False, "occurred", "2025-02",
      "suivie de près par des navires des marines australienne et néo-zélandaise"),
    E("ACCUSE", "AUS", "CHN", True, "occurred", "2025-02-22",
      ["Le Premier ministre australien Anthony Albanese a critiqué samedi l'absence de préavis suffisant de la part de Pékin",
       "Ce n'est pas acceptable"],
      location="Sydney", sa="Anthony Albanese"),
    E("CONSULT", "AUS", "CHN", True, "occurred", "2025-02-21",
      "son homologue chinois Wang Yi, qu'elle a rencontré hier à Johannesburg en marge d'une réunion des ministres des Affaires étrangères du G20",
      mode="third-party", location="Johannesburg", sa="Penny Wong", ta="Wang Yi"),
    E("ACCUSE", "AUS", "CHN", False, "occurred", "2025-02-21",
      "La ministre des Affaires étrangères, Penny Wong, a fait part de ces préoccupations à son homologue chinois Wang Yi",
      location="Johannesburg", sa="Penny Wong", ta="Wang Yi"),
    E("REJECT", "CHN", "AUS", True, "occurred", "2025-02-22",
      "Pékin a balayé ces critiques", sa="ministère chinois de la Défense"),
    E("ACCUSE", "CHN", "AUS", True, "occurred", "2025-02-22",
      "accusant Canberra de « monter en épingle » l'affaire", sa="ministère chinois de la Défense"),
    E("REQUEST", "NZL", "CHN", True, "occurred", "2025-02-22",
      "la ministre néo-zélandaise de la Défense, Judith Collins, a exhorté Pékin à faire preuve de « davantage de transparence »",
      location="Wellington", sa="Judith Collins"),
    E("CONSULT", "AUS", "CHN", False, "occurred", "2025-02",
      "a renoué depuis 2022 un dialogue régulier avec Pékin"),
  ], "quotes": [
    Q("Anthony Albanese", "AUS", "Nous n'avons pas été informés directement, et les compagnies aériennes l'ont appris en plein vol. Ce n'est pas acceptable"),
    Q("ministère chinois de la Défense", "CHN", "de manière sûre, standardisée et professionnelle, conformément au droit international"),
    Q("ministère chinois de la Défense", "CHN", "monter en épingle"),
    Q("Judith Collins", "NZL", "davantage de transparence"),
  ], "amounts": []})

# hfr_005 Colombie / Etats-Unis
docs.append({"doc_id": "hfr_005", "published": "2025-01-27", "events": [
    E("AGREE", "COL", "USA", True, "occurred", "2025-01-26",
      ["La Colombie a finalement accepté dimanche soir de recevoir les vols de migrants expulsés par les États-Unis",
       "Bogota avait accepté « toutes les conditions » posées par M. Trump"],
      sa="Gustavo Petro", ta="Donald Trump"),
    E("CONCEDE", "COL", "USA", False, "occurred", "2025-01-26",
      "La Colombie a finalement accepté dimanche soir de recevoir les vols de migrants expulsés par les États-Unis"),
    E("THREATEN", "USA", "COL", False, "occurred", "2025-01-26",
      "qui avait vu Donald Trump menacer Bogota de lourdes sanctions", sa="Donald Trump"),
    E("REJECT", "COL", "USA", True, "occurred", "2025-01-26",
      "le président colombien Gustavo Petro avait refusé l'atterrissage de deux appareils militaires américains",
      sa="Gustavo Petro"),
    E("ACCUSE", "COL", "USA", True, "occurred", "2025-01-26",
      ["dénonçant sur le réseau social X un traitement « indigne »",
       "Les États-Unis ne peuvent pas traiter les migrants colombiens comme des criminels"],
      sa="Gustavo Petro"),
    E("SANCTION", "USA", "COL", True, "occurred", "2025-01-26",
      "M. Trump a ordonné dimanche des droits de douane de 25 % sur tous les produits colombiens",
      sa="Donald Trump"),
    E("SANCTION", "COL", "USA", True, "occurred", "2025-01-26",
      "M. Petro avait alors annoncé à son tour une hausse de 25 % des taxes sur les importations américaines",
      sa="Gustavo Petro"),
    E("THREATEN", "USA", "COL", True, "conditional", "2025-01-26",
      "seront tenus en réserve et ne seront pas signés, à moins que la Colombie ne respecte pas cet accord",
      sa="Karoline Leavitt"),
    E("SUPPORT", "COL", "USA", False, "occurred", "2025-01-27",
      "Nous avons surmonté l'impasse", sa="Luis Gilberto Murillo"),
    E("CONSULT", "COL", "USA", True, "planned", None,
      "qui doit se rendre à Washington dans les prochains jours pour des réunions de haut niveau",
      mode="visit", location="Washington", sa="Luis Gilberto Murillo"),
  ], "quotes": [
    Q("Gustavo Petro", "COL", "indigne"),
    Q("Gustavo Petro", "COL", "Les États-Unis ne peuvent pas traiter les migrants colombiens comme des criminels"),
    Q("Karoline Leavitt", "USA", "toutes les conditions"),
    Q("Karoline Leavitt", "USA", "seront tenus en réserve et ne seront pas signés, à moins que la Colombie ne respecte pas cet accord"),
    Q("Luis Gilberto Murillo", "COL", "Nous avons surmonté l'impasse"),
  ], "amounts": []})

# hfr_006 Azerbaidjan / Russie
docs.append({"doc_id": "hfr_006", "published": "2025-07-01", "events": [
    E("ACCUSE", "RUS", "AZE", True, "occurred", "2025-07-01",
      ["La diplomatie russe a convoqué mardi l'ambassadeur d'Azerbaïdjan à Moscou, Rahman Moustafaïev, pour protester",
       "Le ministère russe des Affaires étrangères a dénoncé des « actions hostiles »"],
      location="Moscou", ta="Rahman Moustafaïev"),
    E("COERCE", "AZE", "RUS", True, "occurred", "2025-06-30",
      ["l'arrestation la veille à Bakou de deux responsables de l'agence russe Sputnik Azerbaïdjan",
       "Les deux hommes, de nationalité russe, ont été interpellés lundi lors d'une perquisition de la police azerbaïdjanaise"],
      location="Bakou"),
    E("ACCUSE", "AZE", "RUS", False, "occurred", "2025-07-01",
      "accusée par Bakou de travailler pour les services de renseignement russes"),
    E("REQUEST", "RUS", "AZE", True, "occurred", "2025-07-01",
      "exigé leur « libération immédiate »"),
    E("COERCE", "RUS", "AZE", True, "occurred", "2025-06-27",
      "la police russe a arrêté plusieurs ressortissants azerbaïdjanais lors de descentes visant la diaspora à Iekaterinbourg",
      location="Iekaterinbourg"),
    E("ASSAULT", "RUS", "AZE", False, "occurred", "2025-06-27",
      "Deux frères sont morts pendant l'opération", location="Iekaterinbourg"),
    E("ACCUSE", "AZE", "RUS", True, "occurred", "2025-06-28",
      "Bakou a dénoncé samedi des « meurtres ciblés à caractère ethnique »"),
    E("REQUEST", "AZE", "RUS", True, "occurred", "2025-06-28",
      "exigé que les responsables soient poursuivis"),
    E("REJECT", "AZE", "RUS", True, "occurred", "2025-06-28",
      "l'Azerbaïdjan a annulé la visite prévue du vice-Premier ministre russe Alexeï Overtchouk",
      ta="Alexeï Overtchouk"),
    E("CONSULT", "RUS", "AZE", False, "negated", None,
      "la visite prévue du vice-Premier ministre russe Alexeï Overtchouk", mode="visit",
      sa="Alexeï Overtchouk"),
    E("SANCTION", "AZE", "RUS", False, "occurred", "2025-06-28",
      "ainsi que tous les événements culturels organisés dans le pays par des institutions russes"),
    E("ACCUSE", "RUS", "AZE", False, "occurred", "2025-07-01",
      "Le porte-parole du Kremlin, Dmitri Peskov, a regretté ces mesures", sa="Dmitri Peskov"),
    E("CONSULT", "RUS", "AZE", True, "negated", "2025-07-01",
      ["Vladimir Poutine et son homologue Ilham Aliev ne s'étaient pas entretenus depuis le début de la crise",
       "aucun échange n'était prévu « pour l'instant »"],
      sa="Vladimir Poutine", ta="Ilham Aliev"),
  ], "quotes": [
    Q("ministère russe des Affaires étrangères", "RUS", "actions hostiles"),
    Q("ministère russe des Affaires étrangères", "RUS", "libération immédiate"),
    Q("Bakou", "AZE", "meurtres ciblés à caractère ethnique"),
    Q("Dmitri Peskov", "RUS", "pour l'instant"),
  ], "amounts": []})

# hfr_007 Canada / Inde
docs.append({"doc_id": "hfr_007", "published": "2024-10-15", "events": [
    E("SANCTION", "CAN", "IND", True, "occurred", "2024-10-14",
      ["Le Canada et l'Inde ont expulsé lundi chacun six diplomates de l'autre pays",
       "Ottawa a déclaré persona non grata le haut-commissaire indien Sanjay Kumar Verma et cinq autres diplomates"],
      ta="Sanjay Kumar Verma"),
    E("SANCTION", "IND", "CAN", True, "occurred", "2024-10-14",
      ["Le Canada et l'Inde ont expulsé lundi chacun six diplomates de l'autre pays",
       "New Delhi a riposté dans la soirée en expulsant six diplomates canadiens"],
      ta="Stewart Wheeler"),
    E("ACCUSE", "CAN", "IND", True, "occurred", "2024-10-14",
      ["Le gouvernement de l'Inde a commis une erreur fondamentale en soutenant des activités criminelles contre des Canadiens",
       "sur fond d'accusations d'Ottawa visant des agents du gouvernement indien"],
      sa="Justin Trudeau"),
    E("ACCUSE", "CAN", "IND", False, "occurred", "2024-10-14",
      "la Gendarmerie royale du Canada (GRC) eut affirmé disposer de preuves liant des agents indiens à des homicides"),
    E("REJECT", "IND", "CAN", False, "occurred", "2024-10",
      "Selon lui, l'Inde a refusé de coopérer à l'enquête", sa=None),
    E("ACCUSE", "IND", "CAN", True, "occurred", "2024-10-14",
      "qui avait convoqué M. Wheeler quelques heures plus tôt", ta="Stewart Wheeler"),
    E("REJECT", "IND", "CAN", True, "occurred", "2024-10-14",
      "a rejeté lundi des « imputations absurdes »"),
    E("ACCUSE", "IND", "CAN", False, "occurred", "2024-10-14",
      "accusé le gouvernement Trudeau de céder à des calculs électoraux"),
    E("CONSULT", "CAN", "IND", True, "occurred", "2024-10-12",
      "Nathalie Drouin, avait rencontré samedi à Singapour son homologue indien Ajit Doval",
      mode="third-party", location="Singapour", sa="Nathalie Drouin", ta="Ajit Doval"),
    E("THREATEN", "CAN", "IND", True, "occurred", "2024-10-15",
      "Mélanie Joly, a averti mardi que « toutes les options », y compris des sanctions contre des responsables indiens, étaient sur la table",
      sa="Mélanie Joly"),
    E("CONSULT", "CAN", "IND", False, "negated", None,
      "Elle n'a en revanche pas l'intention de s'entretenir dans l'immédiat avec son homologue indien, Subrahmanyam Jaishankar",
      sa="Mélanie Joly", ta="Subrahmanyam Jaishankar"),
  ], "quotes": [
    Q("Justin Trudeau", "CAN", "Le gouvernement de l'Inde a commis une erreur fondamentale en soutenant des activités criminelles contre des Canadiens"),
    Q("ministère indien des Affaires étrangères", "IND", "imputations absurdes"),
    Q("Mélanie Joly", "CAN", "toutes les options"),
  ], "amounts": []})

# hfr_008 Madagascar vanille: no event
docs.append({"doc_id": "hfr_008", "published": "2025-05-20", "events": [], "quotes": [
    Q("exportateur d'Antalaha", "MDG", "Les entrepôts sont pleins, et les acheteurs américains et européens attendent que les prix baissent encore"),
    Q("Jean-Pierre Rakotomalala", "MDG", "Avant, une récolte permettait de construire une maison. Aujourd'hui, elle ne suffit pas à payer l'école des enfants"),
  ], "amounts": [
    A(5000, "MGA", "prix du kilo de vanille verte à Sambava et Antalaha", 2025),
    A(1, "EUR", "prix du kilo de vanille verte à Sambava et Antalaha", 2025),
    A(75000, "MGA", "prix du kilo de vanille verte il y a cinq ans", 2020),
    A(30, "USD", "prix à l'export du kilo de vanille préparée (bas de fourchette)", 2025),
    A(50, "USD", "prix à l'export du kilo de vanille préparée (haut de fourchette)", 2025),
    A(600, "USD", "record du prix du kilo de vanille à l'export", 2018),
    A(280000000, "USD", "recettes d'exportation de vanille de Madagascar", 2024),
    A(900000000, "USD", "recettes d'exportation de vanille de Madagascar", 2019),
  ]})

PREFIX = re.compile(r"^ ?date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ")
out = []
errors = 0
for d in docs:
    raw = open(os.path.join(ROOT, "articles", "fr", d["doc_id"] + ".txt"), encoding="utf-8").read()
    m = PREFIX.match(raw)
    assert m and m.group(1) == d["published"], d["doc_id"]
    text = raw[m.end():]
    for e in d["events"]:
        ev = e["evidence"] if isinstance(e["evidence"], list) else [e["evidence"]]
        for s in ev:
            if s not in text:
                errors += 1; print("EVIDENCE NOT FOUND", d["doc_id"], e["type"], repr(s))
    for q in d["quotes"]:
        if q["text"] not in text:
            errors += 1; print("QUOTE NOT FOUND", d["doc_id"], repr(q["text"]))
    out.append({"doc_id": d["doc_id"], "lang": "fr", "published": d["published"],
                "events": d["events"], "quotes": d["quotes"], "amounts": d["amounts"]})

with open(os.path.join(ROOT, "gold", "fr.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("errors:", errors)
for o in out:
    req = [e for e in o["events"] if e["required"]]
    print(o["doc_id"], "required", len(req), "optional", len(o["events"]) - len(req))
