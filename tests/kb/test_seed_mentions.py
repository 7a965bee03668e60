"""Every political actor and place mention in the five seed articles resolves to the right code.

The expected list (``data/seed_mentions.txt``) was reviewed mention by mention against the articles.
"""

from collections import defaultdict
from pathlib import Path

import pytest

from chancery.ingest import iter_items

EXPECTED = Path(__file__).parent / "data" / "seed_mentions.txt"


def expected_mentions() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc_id, text, code, kind = line.split("\t")
            out[doc_id].append((text, code, kind))
    return out


@pytest.mark.parametrize("doc_id", sorted(expected_mentions()))
def test_seed_mentions_resolve_to_the_right_codes(pipeline, seeds, doc_id):
    [raw] = list(iter_items([seeds / f"{doc_id}.txt"]))
    article = pipeline(raw).article
    found = [(m.text, "+".join(sorted(m.code.split("+"))), m.kind) for m in article.mentions]
    assert found == expected_mentions()[doc_id]
    assert all(article.text[m.start : m.end] == m.text for m in article.mentions)
