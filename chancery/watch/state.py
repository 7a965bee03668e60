"""What `chancery watch` has already taken from each source, kept across restarts.

A JSON file beside the database (``<db>.watch.json``), replaced atomically after each
cycle's documents are stored: a crash between the two re-reads those items at the next
start, and the store's content hashes keep them from being stored twice.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A feed shows its latest items only; a few thousand keys per feed cover any window.
MAX_KEYS_PER_FEED = 5000


def state_path(db: str | Path) -> Path:
    path = Path(db)
    return path.with_name(path.name + ".watch.json")


@dataclass
class SourceState:
    seen: dict[str, str] = field(default_factory=dict)  # item key -> version (file: mtime and size)
    etag: str | None = None
    modified: str | None = None


@dataclass
class WatchState:
    path: Path
    sources: dict[str, SourceState] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> WatchState:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as exc:
            raise ValueError(f"unreadable watch state {path}: {exc}") from exc
        sources = {
            name: SourceState(dict(s.get("seen", {})), s.get("etag"), s.get("modified"))
            for name, s in data.get("sources", {}).items()
        }
        return cls(path, sources)

    def of(self, source: str) -> SourceState:
        return self.sources.setdefault(source, SourceState())

    def save(self) -> None:
        data: dict[str, Any] = {
            "sources": {
                name: {"seen": s.seen, "etag": s.etag, "modified": s.modified}
                for name, s in self.sources.items()
            }
        }
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(tmp, self.path)


def trim(seen: dict[str, str], keep: int = MAX_KEYS_PER_FEED) -> dict[str, str]:
    """The ``keep`` most recently added keys (dicts keep insertion order)."""
    if len(seen) <= keep:
        return seen
    return dict(list(seen.items())[-keep:])
