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
