"""Places in en/fr/tr, through the real pipeline (invented sentences), and in the store."""

import pytest

from chancery import RawDocument, Store, code_text
from chancery.enrich.gazetteer import load_gazetteer, name_key
from chancery.store.db import Stored


def places(text, pipeline):
    return [(p.text, p.country, p.kind) for p in code_text(text, pipeline=pipeline).places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: a city above the population threshold needs nothing; the stop-list needs a locative.
        ("Nice weather helped the rescue teams, officials said.", []),
        ("The summit opened in Nice on Monday.", [("Nice", "FRA", "city")]),
        ("Mobile phones were banned and the Split decision was final.", []),
        ("Police said the suspect was held in Van.", [("Van", "TUR", "city")]),
        (
            "Drones struck Aleppo and Lyon overnight, the officials said.",
            [("Aleppo", "SYR", "city"), ("Lyon", "FRA", "city")],
        ),
        (
            "Clashes erupted in northern Syria, the monitoring group said on Monday.",
            [("northern Syria", "SYR", "region")],
        ),
        ("Denmark said troops would train in Greenland.", [("Greenland", "GRL", "country")]),
        # French: the language's own names and regions.
        ("Le ministre a été reçu à Lyon puis à Alep.", [("Lyon", "FRA", "city"), ("Alep", "SYR", "city")]),
        (
            "Des frappes ont visé la bande de Gaza, selon le ministère de la Santé.",
            [("bande de Gaza", "PSE", "region")],
        ),
        ("Sur le terrain, la situation reste tendue.", []),
        # Turkish: case endings after the apostrophe.
        (
            "Bakan, Gazze'de ve Halep'e giden yolda açıklama yaptı.",
            [("Gazze", "PSE", "city"), ("Halep", "SYR", "city")],
        ),
        ("Van'da deprem oldu; Van Gogh sergisi ertelendi.", [("Van", "TUR", "city")]),
        ("Batman ilinde bir saldırı düzenlendi.", [("Batman", "TUR", "city")]),
    ],
)
def test_places_in_the_three_languages(pipeline, text, expected):
    assert places(text, pipeline) == expected


def test_a_capital_keeps_the_knowledge_base_country_and_takes_the_gazetteer_point(pipeline):
    article = code_text("Erdoğan a reçu Macron à Ankara.", pipeline=pipeline)
    [ankara] = article.places
    assert (ankara.country, ankara.kind, ankara.name) == ("TUR", "city", "Ankara")
    assert abs(ankara.lat - 39.92) < 0.05 and abs(ankara.lon - 32.85) < 0.05


def test_a_name_the_knowledge_base_reads_as_an_actor_is_not_a_place(pipeline):
    assert places("Washington said it would respond.", pipeline) == []


def test_an_event_location_resolves_to_coordinates(pipeline):
    article = code_text(
        " date 2025-03-04 Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Ankara.",
        pipeline=pipeline,
    )
    [event] = article.events
    assert event.location == "Ankara"
    assert (event.place.country, event.place.kind) == ("TUR", "city")
    assert event.place.lat == pytest.approx(39.92, abs=0.05)


def test_a_location_string_alone_resolves_through_the_knowledge_base(pipeline):
    stage = next(s for s in pipeline.stages if s.name == "places")
    article = code_text("The two ministers said talks were held in a friendly atmosphere.", pipeline=pipeline)
    capital = stage.locate(article, "Saudi capital")
    assert (capital.country, capital.name) == ("SAU", "Riyadh")
    assert stage.locate(article, "White House").country == "USA"
    assert stage.locate(article, "mer Noire") is None


def test_the_gazetteer_is_offline_data_with_regions_placed_by_its_cities():
    gazetteer = load_gazetteer()
    [gaza] = [gazetteer.entry(i) for i in gazetteer.names[name_key("Gaza")] if gazetteer.rows[i][2] == "PSE"]
    assert gaza.kind == "city" and gaza.population > 100_000
    crimea = gazetteer.entry(gazetteer.region_index["crimea"])
    assert crimea.country == "UKR" and 44 < crimea.lat < 46.5 and 32 < crimea.lon < 37


def test_the_store_holds_places_and_event_locations(tmp_path, pipeline):
    raw = RawDocument(
        doc_id="p1",
        text="French President Emmanuel Macron met Turkish President Erdoğan in Ankara. Fighting went on near Aleppo.",
        source="mem",
    )
    result = pipeline(raw)
    with Store(tmp_path / "p.duckdb") as store:
        run = store.start_run("test", pipeline.coder_version, pipeline.config)
        store.write_batch(run, [Stored(raw, result)], [])
    with Store(tmp_path / "p.duckdb", read_only=True) as store:
        rows = store.query(
            "SELECT text, country, kind, lat FROM places WHERE content_hash = ? ORDER BY idx",
            [raw.content_hash],
        )
        assert [(r["text"], r["country"], r["kind"]) for r in rows] == [
            ("Ankara", "TUR", "city"),
            ("Aleppo", "SYR", "city"),
        ]
        assert all(r["lat"] is not None for r in rows)
        [location] = store.query(
            "SELECT l.country, l.lat, l.lon, e.location FROM event_locations l JOIN events e USING (event_id)"
        )
        assert (location["location"], location["country"]) == ("Ankara", "TUR")
        assert location["lat"] == pytest.approx(39.92, abs=0.05)
