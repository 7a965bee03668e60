"""Common news patterns, one made-up sentence each, coded by the real pipeline: the type and the two sides."""

import pytest

from tests.coding._made_up import pairs

EN = [
    # mediation is consulting, "brokered" is no broken ceasefire
    ("Egypt brokered a ceasefire between Israel and Hamas.", None, ("ASSAULT", "EGY", "ISR")),
    ("Russia broke the ceasefire with Ukraine.", ("ASSAULT", "RUS", "UKR"), None),
    # goods handed over are aid; "police vehicles" names no police acting
    (
        "China's ambassador on Tuesday handed over 12 police vehicles to the Solomon Islands police.",
        ("AID", "CHN", "SLB"),
        ("AID", "CHN", "CHN"),
    ),
    # the doer's own forces are what is deployed, the receiver is where they go
    (
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
        ("MOBILIZE", "KEN", "HTI"),
        ("MOBILIZE", "KEN", "KEN"),
    ),
    ("Russian troops massed near the Ukrainian border.", ("MOBILIZE", "RUS", "UKR"), None),
    # a crowd is the people of the city it gathers in
    (
        "Thousands of protesters rallied outside the French embassy in Niamey.",
        ("PROTEST", "NER", "FRA"),
        ("PROTEST", "FRA", "FRA"),
    ),
    ("Protesters in Niamey rallied against France on Sunday.", ("PROTEST", "NER", "FRA"), None),
    # an order to leave given to envoys is an expulsion
    (
        "Niger ordered the French ambassador to leave the country within 48 hours.",
        ("SANCTION", "NER", "FRA"),
        None,
    ),
    ("Mali gave the French ambassador 72 hours to leave the country.", ("SANCTION", "MLI", "FRA"), None),
    ("Germany said last week it would resume its funding of UNRWA.", ("AID", "DEU", "UNRWA"), None),
    ("Japan and South Korea held their first summit in 12 years.", ("CONSULT", "JPN", "KOR"), None),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), EN)
def test_english_news_patterns(text, wanted, unwanted):
    found = pairs(text, "en")
    if wanted:
        assert wanted in found, found
    if unwanted:
        assert unwanted not in found, found
