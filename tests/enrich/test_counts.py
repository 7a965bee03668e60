"""Counts of people killed, injured, displaced or arrested in en/fr/tr (invented sentences)."""

import pytest

from chancery import RawDocument, Store, article_to_dict, code_text
from chancery.store.db import Stored


def counts(text, pipeline):
    return [(c.value, c.kind, c.approximate) for c in code_text(text, pipeline=pipeline).counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 12 people were killed and dozens injured in the attack.",
            [(12, "killed", False), (24, "injured", True)],
        ),
        (
            "The strike killed three soldiers, wounding twenty-five.",
            [(3, "killed", False), (25, "injured", False)],
        ),
        (
            "Police arrested 2,000 protesters; about 300 were detained overnight.",
            [(2000, "arrested", False), (300, "arrested", True)],
        ),
        ("The floods displaced thousands of families.", [(2000, "displaced", True)]),
        (
            "L'attaque a fait trois morts et une dizaine de blessés.",
            [(3, "killed", False), (10, "injured", True)],
        ),
        (
            "Au moins 45 personnes ont été interpellées et 1 200 déplacés recensés.",
            [(45, "arrested", False), (1200, "displaced", False)],
        ),
        (
            "Saldırıda 12 kişi hayatını kaybetti, 5 kişi yaralandı.",
            [(12, "killed", False), (5, "injured", False)],
        ),
        ("Operasyonlarda 2.000 kişi gözaltına alındı.", [(2000, "arrested", False)]),
        ("Depremde üç kişi öldü, onlarca kişi yaralandı.", [(3, "killed", False), (20, "injured", True)]),
    ],
)
def test_counts_in_the_forms_news_writes_them(pipeline, text, expected):
    assert counts(text, pipeline) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 killed was the word of the year.",  # a year is not a count
        "The 12-year-old was injured.",  # an age
        "Bakan 5 ülkeyi ziyaret etti, toplantı oldu.",  # Turkish "oldu" (became) is not "öldü" (died)
        "Exports rose 12 percent as 300 firms opened.",
    ],
)
def test_no_count_in_ordinary_numbers(pipeline, text):
    assert counts(text, pipeline) == []


def test_counts_stay_out_of_the_contract_amounts_and_go_to_the_store(tmp_path, pipeline):
    raw = RawDocument(
        doc_id="c1",
        text="Israel said its strikes killed 12 Hamas fighters; 30 people were injured.",
        source="mem",
    )
    result = pipeline(raw)
    assert article_to_dict(result.article)["amounts"] == []
    assert "counts" not in article_to_dict(result.article)
    with Store(tmp_path / "c.duckdb") as store:
        run = store.start_run("test", pipeline.coder_version, pipeline.config)
        store.write_batch(run, [Stored(raw, result)], [])
        rows = store.query("SELECT value, kind, approximate, text FROM counts ORDER BY idx")
    assert [(r["value"], r["kind"], r["approximate"]) for r in rows] == [
        (12, "killed", False),
        (30, "injured", False),
    ]
    assert rows[0]["text"] == "killed 12"
