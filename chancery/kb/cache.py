"""A per-user cache of the parsed knowledge base, so a command starts in a fraction of a second.

Parsing ~3,000 people from YAML and the CLDR names through babel takes most of a second; unpickling
the result takes a tenth of that. The cache key is a digest of every data file's bytes plus the
chancery, babel and Python versions and the source of the modules that define the stored records, so
an edited file, an upgrade or a changed record class is never served stale. Only a
knowledge base that loaded without error is stored. A cache that cannot be read or written is
ignored: the data files stay the truth.

``CHANCERY_CACHE_DIR`` chooses the folder (default ``$XDG_CACHE_HOME/chancery`` or
``~/.cache/chancery``); ``CHANCERY_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.abc import Traversable
from pathlib import Path
from typing import TypeVar

import babel

from chancery.about import __version__
from chancery.bulk import collector_paused

T = TypeVar("T")


def cache_dir() -> Path | None:
    if os.environ.get("CHANCERY_NO_CACHE", "") not in ("", "0"):
        return None
    if chosen := os.environ.get("CHANCERY_CACHE_DIR"):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "chancery"


def _files(root: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _files(entry, f"{prefix}{entry.name}/")
        elif entry.is_file():
            yield f"{prefix}{entry.name}", entry


def data_digest(root: Traversable, extra: str, code: tuple[Path, ...] = ()) -> str:
    """A digest of every file under ``root`` (names and bytes) and of the software reading them: versions,
    and the source of the ``code`` files, so a record class changed between releases is never unpickled
    from an older shape."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{__version__}|{babel.__version__}|{sys.version_info[:2]}|{extra}".encode())
    for source in code:
        digest.update(source.read_bytes())
    for name, entry in _files(root):
        digest.update(name.encode() + b"\0")
        digest.update(entry.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def cached(root: Traversable, extra: str, build: Callable[[], T], code: tuple[Path, ...] = ()) -> T:
    """``build()``'s result, from the cache when the data under ``root`` and the ``code`` files that define
    its records have not changed."""
    folder = cache_dir()
    if folder is None:
        with collector_paused():
            return build()
    path = folder / f"kb-{data_digest(root, extra, code)}.pickle"
    try:
        with path.open("rb") as handle, collector_paused():
            return pickle.load(handle)
    except Exception:  # missing, truncated or foreign: rebuild and overwrite it
        pass
    with collector_paused():
        value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kb-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return value
