import codecs

import pytest

from chancery.errors import EncodingError, InputError
from chancery.ingest.encoding import decode

TURKISH = (
    "Dışişleri Bakanı Hakan Fidan, İngiliz mevkidaşı ile görüştü ve iki ülke arasındaki ilişkiler ele alındı."
)
FRENCH = (
    "Le ministre des Affaires étrangères a reçu son homologue à Paris pour des entretiens « constructifs »."
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TURKISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TURKISH.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16"),
        (TURKISH.encode("cp1254"), "cp1254"),
        ("Le président a dit « non » à l’accord — c’est clair.".encode("cp1252"), "cp1252"),
        (FRENCH.encode("latin-1"), "latin-1"),
    ],
)
def test_decode_detects_supported_encodings(data, encoding):
    text, detected = decode(data, "x.txt")
    assert detected == encoding
    assert text in (TURKISH, FRENCH) or text.startswith("Le président")


def test_decode_reads_cp1252_text_with_icelandic_letters_as_cp1252():
    text = "Le ministre islandais Þórdís Kolbrún Reykfjörð Gylfadóttir a parlé à Reykjavík."
    decoded, encoding = decode(text.encode("cp1252"), "x.txt")
    assert decoded == text
    assert encoding in ("cp1252", "latin-1")


def test_decode_rejects_binary():
    with pytest.raises(InputError, match=r"\[E102\]"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image.png")


def test_decode_rejects_undefined_cp1252_bytes():
    with pytest.raises(EncodingError, match=r"\[E103\]"):
        decode(b"Ceci est un texte \x81\x8d\x8f avec des octets impossibles \xe9", "weird.txt")


def test_decode_refuses_to_guess_between_turkish_and_western():
    # Turkish letters' bytes plus a single Turkish word: not enough evidence either way.
    data = "Bakanlık ve Dışişleri".encode("cp1254")
    with pytest.raises(EncodingError, match=r"\[E112\]"):
        decode(data, "short.txt")
