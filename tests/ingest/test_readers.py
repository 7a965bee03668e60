import json

import pytest

from chancery.doc import PartialDate
from chancery.ingest import RawDocument, ReadOptions, Reject, iter_items
from chancery.ingest.plaintext import split_prefix


def docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def rejects(items):
    return [i for i in items if isinstance(i, Reject)]


@pytest.mark.parametrize(
    ("raw", "date", "text"),
    [
        (" date 2026-01-27 Foreign Minister said.", "2026-01-27", "Foreign Minister said."),
        ("date 2025-07 Le porte-parole a dit.", "2025-07", "Le porte-parole a dit."),
        (" date 2024 Bakan açıkladı.", "2024", "Bakan açıkladı."),
        ("No prefix here.", None, "No prefix here."),
        ("dated 2025 is not a prefix", None, "dated 2025 is not a prefix"),
    ],
)
def test_plaintext_prefix(raw, date, text):
    token, body = split_prefix(raw)
    assert token == date
    assert body == text


def test_plaintext_reader_sets_id_date_and_text_after_prefix(tmp_path):
    path = tmp_path / "000_abc.txt"
    path.write_text(
        " date 2026-01-27 Foreign Minister Hakan Fidan said.\n\nSecond paragraph.\n", encoding="utf-8"
    )
    [doc] = docs(iter_items([path]))
    assert doc.doc_id == "000_abc"
    assert doc.published == PartialDate(2026, 1, 27)
    assert doc.text == "Foreign Minister Hakan Fidan said.\n\nSecond paragraph."


def test_plaintext_bad_date_is_a_warning_and_the_document_is_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2026-13-45 Text of the article.", encoding="utf-8")
    items = list(iter_items([path]))
    [doc] = docs(items)
    [warning] = rejects(items)
    assert doc.published is None and doc.text == "Text of the article."
    assert warning.code == "E110" and warning.severity == "warning"


def test_jsonl_reader_keeps_good_lines_around_a_broken_one(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "text": "First.", "published": "2025-07-01", "lang": "EN", "url": "http://x/a"}
        ),
        '{"id": "b", "text": "broken',
        json.dumps({"id": "c", "text": "Third.", "published": "2025-07-03T10:00:00Z", "title": "T"}),
        json.dumps({"id": "d", "published": "2025"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_items([path]))
    good = docs(items)
    assert [d.doc_id for d in good] == ["a", "c"]
    assert good[0].lang == "en" and good[0].url == "http://x/a"
    assert good[1].published == PartialDate(2025, 7, 3) and good[1].title == "T"
    assert [(r.locator, r.code) for r in rejects(items)] == [("2", "E106"), ("4", "E107"), ("5", "E106")]


def test_csv_reader_reads_rows_and_rejects_bad_ones(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'id,text,published,lang\nx1,"Long text, with a comma.",2025-07,fr\nx2,,2025,en\nx3,Plain,2025-01-02,tr,extra\n',
        encoding="utf-8",
    )
    items = list(iter_items([path]))
    [doc] = docs(items)
    assert (doc.doc_id, doc.text, str(doc.published), doc.lang) == (
        "x1",
        "Long text, with a comma.",
        "2025-07",
        "fr",
    )
    assert [(r.locator, r.code) for r in rejects(items)] == [("3", "E107"), ("4", "E108")]


def test_html_reader_extracts_main_text_and_metadata(tmp_path):
    paragraph = "Turkish Foreign Minister Hakan Fidan met his French counterpart in Ankara on Tuesday. " * 4
    html = f"""<html><head><title>Fidan meets Barrot</title>
    <meta property="article:published_time" content="2026-01-27T09:00:00Z"></head>
    <body><nav>Home | World | Sports</nav><article><h1>Fidan meets Barrot</h1>
    <p>{paragraph}</p><p>{paragraph}</p></article><footer>Copyright 2026</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [doc] = docs(iter_items([path]))
    assert doc.doc_id == "page"
    assert "Hakan Fidan met his French counterpart" in doc.text
    assert "Copyright" not in doc.text and "Sports" not in doc.text
    assert doc.title == "Fidan meets Barrot"
    assert doc.published == PartialDate(2026, 1, 27)


def test_html_without_text_is_rejected(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    [reject] = list(iter_items([path]))
    assert isinstance(reject, Reject) and reject.code == "E109"


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    assert [d.doc_id for d in docs(iter_items([tmp_path]))] == ["a", "1", "2"]


def test_missing_path_and_oversized_file_are_rejected_with_codes(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    items = list(iter_items([tmp_path / "nope.txt", big], ReadOptions(max_bytes=1000)))
    assert [r.code for r in rejects(items)] == ["E111", "E105"]


def test_a_large_jsonl_file_is_streamed_with_the_same_records_and_a_bad_line_rejected_alone(tmp_path):
    from chancery.ingest.jsonl import SAMPLE, read_jsonl

    text = "Dışişleri Bakanı görüştü; le ministre a rencontré son homologue. " * 20
    lines = [
        json.dumps({"id": f"r{i}", "text": f"{text} {i}"}, ensure_ascii=False).encode() for i in range(1200)
    ]
    lines[1000] = b'{"id": "bad", "text": "\xff\xfe not utf-8"}'  # past the first MB
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert path.stat().st_size > SAMPLE * 1.5
    items = list(read_jsonl(path, ReadOptions()))
    docs = [i for i in items if not isinstance(i, Reject)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.doc_id for d in docs] == [f"r{i}" for i in range(1200) if i != 1000]
    assert docs[5].text == f"{text} 5"
    assert [(r.code, r.locator) for r in rejects] == [("E106", "1001")]
    assert docs[-1].read_fraction == 1.0 and 0 < docs[0].read_fraction < 0.01
