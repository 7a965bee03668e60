import pytest

from chancery.nlp.segment import Segmenter


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter()


def sentences(segmenter, text, lang):
    return [text[s.start : s.end] for s in segmenter.split(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Rear Adm. Zeki Akturk spoke. The U.S. side agreed.",
            ["Rear Adm. Zeki Akturk spoke.", "The U.S. side agreed."],
        ),
        (
            "en",
            "Trade reached $22.5 billion in 2024. It grew.",
            ["Trade reached $22.5 billion in 2024.", "It grew."],
        ),
        ("en", "“We are ready,” he said. “To act.”", ["“We are ready,” he said.", "“To act.”"]),
        ("en", "John F. Kennedy spoke. Then he left!", ["John F. Kennedy spoke.", "Then he left!"]),
        ("en", "Title line\nBody sentence one. Two.", ["Title line", "Body sentence one.", "Two."]),
        ("fr", "M. Barrot a parlé. Mme Dupont aussi.", ["M. Barrot a parlé.", "Mme Dupont aussi."]),
        ("fr", "« Nous sommes prêts. » Il l'a dit.", ["« Nous sommes prêts. »", "Il l'a dit."]),
        (
            "tr",
            "Dr. Ahmet konuştu. Bakan Fidan da katıldı.",
            ["Dr. Ahmet konuştu.", "Bakan Fidan da katıldı."],
        ),
    ],
)
def test_split_sentences(segmenter, lang, text, expected):
    assert sentences(segmenter, text, lang) == expected


def test_split_offsets_point_into_text(segmenter):
    text = "  First one.   Second one?\n\n Third. "
    spans = segmenter.split(text, "en")
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one?", "Third."]


def test_an_overlong_run_is_cut_at_semicolons_then_commas_then_spaces(segmenter):
    from chancery.nlp.segment import MAX_SENTENCE

    listing = "; ".join(f"item {i}, with a comma" for i in range(400))  # ~8,000 characters, no period
    spans = segmenter.split(listing, "en")
    pieces = [listing[s.start : s.end] for s in spans]
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert all(p.endswith(";") for p in pieces[:-1])  # cut after a semicolon, nothing lost in between
    assert " ".join(pieces) == listing
    unbroken = "x" * (MAX_SENTENCE * 2 + 5)
    assert [s.end - s.start for s in segmenter.split(unbroken, "en")] == [MAX_SENTENCE, MAX_SENTENCE, 5]
