"""The per-user cache of the parsed knowledge base: used when the data is unchanged, never stale."""

from __future__ import annotations

import gc
import shutil
from importlib import resources
from pathlib import Path

import pytest

from chancery.kb.cache import cache_dir, cached
from chancery.kb.loader import load_kb, parse_kb

DATA = Path(str(resources.files("chancery.kb") / "data"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHANCERY_CACHE_DIR", str(folder))
    monkeypatch.delenv("CHANCERY_NO_CACHE", raising=False)
    return folder


def test_second_load_comes_from_the_cache_and_equals_a_fresh_parse(cache: Path) -> None:
    first = load_kb()
    files = list(cache.glob("kb-*.pickle"))
    assert len(files) == 1
    second = load_kb()
    assert second is not first
    fresh = parse_kb(DATA)
    assert second.states == fresh.states
    assert [p.name for p in second.people] == [p.name for p in fresh.people]
    assert second.langs["fr"].aliases == fresh.langs["fr"].aliases


def test_an_edited_data_file_is_never_served_from_the_cache(cache: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    before = load_kb(data)
    states = data / "states.tsv"
    states.write_text(states.read_text(encoding="utf-8") + "ZZZ\tZZ\tmember\n", encoding="utf-8")
    after = load_kb(data)
    assert "ZZZ" in after.states and "ZZZ" not in before.states
    assert len(list(cache.glob("kb-*.pickle"))) == 2


def test_a_corrupt_cache_file_is_rebuilt(cache: Path) -> None:
    load_kb()
    (path,) = cache.glob("kb-*.pickle")
    path.write_bytes(b"not a pickle")
    kb = load_kb()
    assert "FRA" in kb.states
    assert path.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_folder_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CHANCERY_CACHE_DIR", str(blocker / "cache"))
    assert "TUR" in load_kb().states


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHANCERY_NO_CACHE", "1")
    assert cache_dir() is None
    load_kb()
    assert not cache.exists()


def test_a_changed_record_class_source_is_never_served_from_the_cache(cache: Path, tmp_path: Path) -> None:
    # Same data, same versions, but the code that defines the pickled records changed: a new key.
    source = tmp_path / "records.py"
    source.write_text("class Alias: pass\n")
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"n": len(built)}

    assert cached(DATA, "test", build, (source,)) == {"n": 1}
    assert cached(DATA, "test", build, (source,)) == {"n": 1}  # unchanged: from the cache
    source.write_text("class Alias:\n    kind = 'new field'\n")
    assert cached(DATA, "test", build, (source,)) == {"n": 2}


def test_the_collector_is_paused_while_building_and_restored_after(cache: Path) -> None:
    states: list[bool] = []

    def build() -> str:
        states.append(gc.isenabled())
        raise RuntimeError("a failing build")

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        cached(DATA, "paused", build)
    assert states == [False] and gc.isenabled()
