import pytest

from chancery.doc import PartialDate
from chancery.kb.loader import Person, Role, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def role(start=None, end=None, key="foreign_minister", code="TUR"):
    return Role(
        code, "GOV", key, PartialDate.parse(start) if start else None, PartialDate.parse(end) if end else None
    )


@pytest.mark.parametrize(
    ("start", "end", "date", "valid"),
    [
        ("2023-06-04", None, "2023-06-04", True),
        ("2023-06-04", None, "2023-06", True),  # a month that overlaps the start
        ("2023-06-04", None, "2023-05-31", False),
        (None, "2023-06-03", "2023", True),
        (None, "2023-06-03", "2023-06-04", False),
        ("2015", "2016", "2016-12-31", True),
    ],
)
def test_role_valid_on_partial_dates(start, end, date, valid):
    assert role(start, end).valid_on(PartialDate.parse(date)) is valid


def test_person_role_on_prefers_highest_office_then_nearest():
    person = Person(
        "X Y",
        (),
        (
            role("2014", "2018", "head_of_government"),
            role("2014", None, "head_of_state"),
            role("2010", "2013", "foreign_minister"),
        ),
    )
    assert person.role_on(PartialDate.parse("2016"))[0].role == "head_of_state"
    chosen, valid = person.role_on(PartialDate.parse("2005"))
    assert (chosen.role, valid) == ("foreign_minister", False)


def test_east_asian_names_have_family_name_first(kb):
    xi = next(p for p in kb.people if p.name == "Xi Jinping")
    fidan = next(p for p in kb.people if p.name == "Hakan Fidan")
    assert (xi.surname, fidan.surname) == ("Xi", "Fidan")


def test_packaged_kb_covers_states_organizations_and_people(kb):
    assert len(kb.states) == 197 and {"XKX", "TWN", "PSE", "VAT"} <= set(kb.states)
    assert {"NATO", "EU", "UN", "ISIL", "PKK", "HOUTHIS", "ARAB_LEAGUE"} <= set(kb.organizations)
    assert len(kb.people) > 1000
    for lang in ("en", "fr", "tr"):
        assert len(kb.langs[lang].roles) > 300
        assert {a.code for a in kb.langs[lang].aliases if a.kind == "state"} >= set(kb.states)
