"""The article highlighter: text cut at every span boundary, each piece knowing its spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chancery.web.highlight import KINDS, Span, document_spans, segments


def test_no_spans_is_one_plain_segment():
    (only,) = segments("Plain text.", [])
    assert only.text == "Plain text." and only.spans == () and only.classes == "hl"


def test_empty_text_has_no_segments():
    assert segments("", [Span(0, 3, "mention")]) == []


def test_overlapping_spans_cut_at_every_boundary():
    text = "Fidan said Ankara and Paris agreed."
    evidence = Span(0, len(text), "evidence", "event AGREE", "e1")
    actor = Span(0, 5, "mention", "actor TUR")
    place = Span(11, 17, "place", "place Ankara")
    quote = Span(11, 27, "quote", "quote by Fidan")
    out = segments(text, [quote, place, actor, evidence])
    assert "".join(s.text for s in out) == text
    assert [s.text for s in out] == ["Fidan", " said ", "Ankara", " and Paris", " agreed."]
    assert [s.kinds for s in out] == [
        ["evidence", "mention"],
        ["evidence"],
        ["evidence", "quote", "place"],
        ["evidence", "quote"],
        ["evidence"],
    ]
    assert out[0].classes == "hl k-evidence k-mention"
    assert out[2].title == "event AGREE\nquote by Fidan\nplace Ankara"
    assert all(s.events == "e1" for s in out)
    assert out[0].anchors == ("e1",) and all(s.anchors == () for s in out[1:])


def test_gaps_between_spans_are_plain():
    out = segments("aa BB cc DD ee", [Span(3, 5, "mention"), Span(9, 11, "amount")])
    assert [(s.text, s.kinds) for s in out] == [
        ("aa ", []),
        ("BB", ["mention"]),
        (" cc ", []),
        ("DD", ["amount"]),
        (" ee", []),
    ]


def test_spans_outside_the_text_or_empty_are_ignored():
    out = segments(
        "abc", [Span(-1, 2, "mention"), Span(1, 9, "quote"), Span(2, 2, "place"), Span(2, 1, "count")]
    )
    assert [(s.text, s.spans) for s in out] == [("abc", ())]


def test_identical_spans_count_once_and_two_events_share_a_sentence():
    text = "Russia attacked Ukraine and threatened Poland."
    spans = [Span(0, 6, "mention", "actor RUS")] * 2 + [
        Span(0, len(text), "evidence", "event ASSAULT", "e1"),
        Span(0, len(text), "evidence", "event THREATEN", "e2"),
    ]
    first = segments(text, spans)[0]
    assert len(first.spans) == 3
    assert first.events == "e1 e2" and first.anchors == ("e1", "e2")


def test_only_an_events_first_evidence_gets_its_anchor():
    text = "One. Two."
    out = segments(text, [Span(0, 4, "evidence", "", "e1"), Span(5, 9, "evidence", "", "e1")])
    assert [s.anchors for s in out] == [("e1",), (), ()]


def test_markup_in_the_text_stays_text():
    text = "Before <script>alert(1)</script> after."
    out = segments(text, [Span(7, 32, "quote", 'quote by "<b>x</b>"')])
    assert out[1].text == "<script>alert(1)</script>"  # the template escapes it, like every segment
    assert out[1].title == 'quote by "<b>x</b>"'


def test_document_spans_from_an_api_reply():
    doc = {
        "text": "Fidan said 23 billion euros of trade with Paris, and 3 soldiers died.",
        "events": [
            {
                "event_id": "h-0",
                "type": "COOPERATE",
                "source": "TUR",
                "target": "FRA",
                "status": "occurred",
                "evidence": [{"sentence": 0, "start": 0, "end": 69, "text": "..."}, {"start": None}],
            }
        ],
        "mentions": [{"start": 0, "end": 5, "code": "TUR", "sector": "GOV", "kind": "actor"}],
        "quotes": [{"start": 11, "end": 47, "speaker": None, "speaker_code": None}],
        "amounts": [{"start": 11, "end": 27, "value": 23e9, "unit": "EUR", "about": "trade"}],
        "places": [{"start": 42, "end": 47, "name": "Paris", "country": "FRA"}],
        "counts": [{"start": 53, "end": 63, "value": 3, "kind": "killed"}],
    }
    spans = document_spans(doc)
    labels = {s.kind: s.label for s in spans}
    assert labels == {
        "evidence": "event COOPERATE: TUR → FRA (occurred)",
        "mention": "actor TUR GOV",
        "quote": "quote by unknown speaker",
        "amount": "amount 23,000,000,000 EUR (trade)",
        "place": "place Paris, FRA",
        "count": "count 3 killed",
    }
    assert [s.event_id for s in spans if s.kind == "evidence"] == ["h-0"]


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.sampled_from(KINDS)), max_size=12),
)
def test_segments_always_rebuild_the_text_and_cover_exactly(text, raw):
    spans = [Span(a, b, kind, f"{kind}{i}") for i, (a, b, kind) in enumerate(raw)]
    out = segments(text, spans)
    assert "".join(s.text for s in out) == text
    assert all(s.text for s in out)
    position = 0
    for s in out:
        end = position + len(s.text)
        for span in spans:
            covers = span.start <= position and end <= span.end and 0 <= span.start < span.end <= len(text)
            assert (span in s.spans) == covers
        position = end
