"""The dashboard's static files, read into memory once: requests look names up, never paths."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from importlib import resources

from fastapi import Response
from fastapi.responses import PlainTextResponse


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


class Assets:
    """Every file under ``chancery/web/static`` (our scripts and styles, and the npm build's vendor files)."""

    def __init__(self) -> None:
        self._files: dict[str, Asset] = {}
        root = resources.files("chancery.web") / "static"
        stack = [(root, "")]
        while stack:
            folder, prefix = stack.pop()
            if not folder.is_dir():
                continue
            for entry in folder.iterdir():
                name = prefix + entry.name
                if entry.is_dir():
                    stack.append((entry, name + "/"))
                else:
                    body = entry.read_bytes()
                    media = mimetypes.guess_type(entry.name)[0] or "application/octet-stream"
                    if media.startswith("text/") or media.endswith(("javascript", "json")):
                        media += "; charset=utf-8"
                    self._files[name] = Asset(body, media, hashlib.sha256(body).hexdigest()[:16])

    def __contains__(self, name: str) -> bool:
        return name in self._files

    def names(self) -> list[str]:
        return sorted(self._files)

    def response(self, name: str) -> Response:
        asset = self._files.get(name)
        if asset is None:
            return PlainTextResponse("not found", status_code=404)
        return Response(
            asset.body,
            media_type=asset.media_type,
            headers={"ETag": f'"{asset.etag}"', "Cache-Control": "public, max-age=3600"},
        )
