"""The spaCy coder with a small English parser these tests train themselves (nothing is downloaded).

The sentences name a second actor inside the subject ("Ankara's ambassador to Paris condemned Tehran"):
word order alone takes the nearest actor before the verb (Paris) as the doer; the parse knows the subject's
head.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

spacy = pytest.importorskip("spacy")

from chancery.cli import cli  # noqa: E402
from chancery.coding.spacy_roles import SpacyCoder  # noqa: E402
from chancery.errors import DataError  # noqa: E402
from chancery.ingest.plaintext import document_from_text  # noqa: E402
from chancery.registry import load_pipeline  # noqa: E402

TRAIN_CAPITALS = ["Ankara", "Paris", "Berlin", "Moscow", "Tehran", "London", "Beijing", "Cairo"]
VERBS = ["condemned", "criticized", "praised", "accused"]
#         0      1      2            3     4      5      6      7     8         9
WORDS = ["{a}", "'s", "ambassador", "to", "{b}", "{v}", "{c}", "on", "Monday", "."]
HEADS = [2, 0, 5, 2, 3, 5, 5, 5, 7, 5]
DEPS = ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "pobj", "punct"]


def sentence(a: str, b: str, verb: str, c: str) -> list[str]:
    return [w.format(a=a, b=b, v=verb, c=c) for w in WORDS]


@pytest.fixture(scope="module")
def parser_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from spacy.tokens import Doc
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    rng = random.Random(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("parser")
    examples = []
    for _ in range(40):
        a, b, c = rng.sample(TRAIN_CAPITALS, 3)
        words = sentence(a, b, rng.choice(VERBS), c)
        spaces = [i + 1 < len(words) and words[i + 1] not in ("'s", ".") for i in range(len(words))]
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        examples.append(Example.from_dict(doc, {"heads": HEADS, "deps": DEPS}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(25):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("spacy") / "tiny_en_parser"
    nlp.to_disk(path)
    return path


TEXT = " date 2025-03-04 Rome's ambassador to Madrid condemned Athens on Monday."


def codes(events) -> set[tuple[str, str, str]]:
    return {(e.type, e.source, e.target) for e in events}


def test_the_parse_gives_the_subject_where_word_order_takes_the_nearest_actor(parser_path: Path) -> None:
    (raw,) = list(document_from_text(TEXT, doc_id="d", source="<test>"))
    rules = load_pipeline()(raw).article
    assert ("ACCUSE", "ESP", "GRC") in codes(rules.events)  # the word-order reading's mistake
    pipeline = load_pipeline("chancery.spacy_coder.v1", {"model": str(parser_path)})
    article = pipeline(raw).article
    assert codes(article.events) == {("ACCUSE", "ITA", "GRC")}
    (event,) = article.events
    assert event.status == "occurred" and str(event.date) == "2025-03-03"  # the rule coder's attributes
    assert pipeline.coder.parsed_roles >= 1


def test_without_a_subject_in_the_parse_the_rules_decide(parser_path: Path) -> None:
    coder = SpacyCoder.load(str(parser_path))
    pipeline = load_pipeline()
    pipeline.stages = [coder if s.name == "coder" else s for s in pipeline.stages]
    (raw,) = list(
        document_from_text(" date 2025-03-04 Talks with Egypt were held in Cairo.", doc_id="d", source="t")
    )
    assert pipeline(raw).error is None


def test_a_missing_model_or_one_without_a_parser_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no local spaCy pipeline"):
        SpacyCoder.load(str(tmp_path / "nowhere"))
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(DataError, match="no dependency parser"):
        SpacyCoder.load(str(tmp_path / "blank"))


def test_the_cli_codes_with_the_spacy_coder(parser_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "code",
            str(article),
            "--coder",
            "chancery.spacy_coder.v1",
            "--coder-option",
            f"model={parser_path}",
        ],
    )
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["type"], e["source"], e["target"]) for e in doc["events"]] == [("ACCUSE", "ITA", "GRC")]
