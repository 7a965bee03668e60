import shutil
from importlib import resources
from pathlib import Path

import pytest

from chancery.kb.check import check
from chancery.kb.loader import load_kb


def test_packaged_knowledge_base_passes_its_checks():
    problems = check(load_kb())
    assert problems == [], "\n".join(map(str, problems))


@pytest.fixture
def kb_copy(tmp_path):
    source = Path(str(resources.files("chancery.kb") / "data"))
    target = tmp_path / "data"
    shutil.copytree(source, target)
    return target


def test_check_finds_unknown_codes_bad_roles_overlaps_and_ambiguous_names(kb_copy):
    (kb_copy / "people" / "broken.yml").write_text(
        "- name: Test Person One\n"
        "  roles:\n"
        "    - {code: XXX, sector: GOV, role: foreign_minister}\n"
        "    - {code: TUR, sector: BAD, role: emperor, start: 2020-05, end: 2019}\n"
        "- name: Test Person Two\n"
        "  roles:\n"
        "    - {code: FRA, sector: GOV, role: head_of_state, start: 2016-01, end: 2016-12}\n",
        encoding="utf-8",
    )
    with (kb_copy / "lang" / "en" / "seats.tsv").open("a", encoding="utf-8") as f:
        f.write("Kremlin\tUSA\tGOV\n")
    messages = [str(p) for p in check(load_kb(kb_copy))]
    assert any("unknown code 'XXX'" in m for m in messages)
    assert any("unknown sector 'BAD'" in m for m in messages)
    assert any("unknown role 'emperor'" in m for m in messages)
    assert any("ends (2019) before it starts (2020-05)" in m for m in messages)
    assert any("FRA head_of_state" in m and "Test Person Two" in m for m in messages)
    assert any("'kremlin' names 2 entries: RUS, USA" in m for m in messages)
