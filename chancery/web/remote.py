"""Ingesting into a database that a running server owns.

While `chancery serve` holds a database it writes ``<db>.serve.json`` beside it
(readable by its owner only): the server's address, process id and a random token.
`chancery ingest` on the same database finds that file, reads its inputs itself and
sends the documents to the server's single writer, with the token; nothing else can
write through the server, and no request names a file on the server's side.
"""

from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chancery.errors import Errors, ServeError
from chancery.ingest.base import RawDocument, Reject, parse_published
from chancery.jobs import IngestReport

TOKEN_HEADER = "X-Chancery-Token"


def advert_path(db: str | Path) -> Path:
    path = Path(db)
    return path.with_name(path.name + ".serve.json")


@dataclass(frozen=True, slots=True)
class ServerInfo:
    url: str
    pid: int
    token: str
    db: Path


def new_token() -> str:
    return secrets.token_urlsafe(32)


def write_advert(db: str | Path, url: str, token: str) -> Path:
    path = advert_path(db)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"url": url, "pid": os.getpid(), "token": token, "db": str(Path(db).resolve())}, out)
    return path


def remove_advert(db: str | Path) -> None:
    path = advert_path(db)
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def find_server(db: str | Path) -> ServerInfo | None:
    """The live server that owns ``db``, if any (a file left by a dead server is ignored)."""
    path = advert_path(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = ServerInfo(str(data["url"]), int(data["pid"]), str(data["token"]), Path(data["db"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(info.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, owned by someone else
    return info


# -- wire forms ------------------------------------------------------------------


def document_to_wire(doc: RawDocument) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "text": doc.text,
        "source": doc.source,
        "locator": doc.locator,
        "published": str(doc.published) if doc.published else None,
        "lang": doc.lang,
        "url": doc.url,
        "title": doc.title,
        "encoding": doc.encoding,
    }


def document_from_wire(data: dict[str, Any]) -> RawDocument:
    return RawDocument(
        doc_id=data["doc_id"],
        text=data["text"],
        source=data["source"],
        locator=data.get("locator") or "",
        published=parse_published(data.get("published")),
        lang=data.get("lang"),
        url=data.get("url"),
        title=data.get("title"),
        encoding=data.get("encoding"),
    )


def reject_to_wire(r: Reject) -> dict[str, Any]:
    return {
        "source": r.source,
        "locator": r.locator,
        "code": r.code,
        "message": r.message,
        "severity": r.severity,
    }


def reject_from_wire(data: dict[str, Any]) -> Reject:
    return Reject(data["source"], data["locator"], data["code"], data["message"], data["severity"])


# -- the client ------------------------------------------------------------------


@dataclass
class RemoteWriter:
    """A :class:`chancery.jobs.BatchWriter` that sends each batch to the server owning the database."""

    server: ServerInfo
    timeout: float = 600.0

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.server.url.rstrip("/") + path,
            data=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json", TOKEN_HEADER: self.server.token},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            if exc.code == 403:
                raise ServeError(Errors.E603, path=self.server.db) from exc
            raise self._refused(f"HTTP {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise self._refused(exc) from exc

    def _refused(self, reason: object) -> ServeError:
        return ServeError(
            Errors.E602, url=self.server.url, pid=self.server.pid, path=self.server.db, reason=reason
        )

    def start_run(self, command: str) -> int:
        return int(self._post("/api/runs", {"command": command})["run_id"])

    def write(self, report: IngestReport, docs: list[RawDocument], rejects: list[Reject]) -> None:
        if not docs and not rejects:
            return
        body = {
            "documents": [document_to_wire(d) for d in docs],
            "rejects": [reject_to_wire(r) for r in rejects],
        }
        done = self._post(f"/api/runs/{report.run_id}/batches", body)
        report.new += done["new"]
        report.duplicate += done["duplicate"]
        report.events += done["events"]
        report.rejects.extend(reject_from_wire(r) for r in done["rejects"])

    def drain(self, report: IngestReport) -> None:
        pass  # each batch is stored before `write` returns

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        self._post(f"/api/runs/{run_id}/finish", {"status": status, "counts": counts})

    def own_files(self) -> tuple[Path, ...]:
        db = self.server.db
        return db, db.with_name(db.name + ".wal"), advert_path(db)
