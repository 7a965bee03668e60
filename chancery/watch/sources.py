"""Watched sources: a folder (its new or changed files) and an RSS/Atom feed (its new entries)."""

from __future__ import annotations

import calendar
import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import feedparser
import lxml.html

from chancery.errors import Errors
from chancery.ingest.base import RawDocument, ReadOptions, Reject, normalize_text
from chancery.ingest.sources import iter_items, walk
from chancery.watch.state import SourceState, trim

USER_AGENT = "chancery-watch"
DEFAULT_OPTIONS = ReadOptions()


@dataclass(frozen=True)
class Pending:
    """An item seen in a source but not yet stored: its key, version and what it reads as."""

    key: str
    version: str
    items: tuple[RawDocument | Reject, ...]


@dataclass(frozen=True)
class FolderSource:
    folder: Path
    options: ReadOptions = DEFAULT_OPTIONS

    @property
    def name(self) -> str:
        return str(self.folder)

    def poll(self, state: SourceState, exclude: tuple[Path, ...] = ()) -> Iterator[Pending]:
        """Files that are new or changed (modification time or size) since they were taken."""
        for entry in walk([self.folder], exclude):
            if not isinstance(entry, Path):
                continue
            try:
                info = entry.stat()
            except OSError:
                continue
            if time.time() - info.st_mtime < 1.0:
                continue  # possibly still being written: the next cycle takes it
            key, version = str(entry), f"{info.st_mtime_ns}:{info.st_size}"
            if state.seen.get(key) == version:
                continue
            yield Pending(key, version, tuple(iter_items([entry], self.options)))

    def keep(self, seen: dict[str, str]) -> dict[str, str]:
        return seen


@dataclass(frozen=True)
class FeedSource:
    url: str
    timeout: float = 30.0

    @property
    def name(self) -> str:
        return self.url

    def poll(self, state: SourceState, exclude: tuple[Path, ...] = ()) -> Iterator[Pending]:
        """Entries not taken before; a feed unchanged since the last poll (304) costs one request."""
        headers = {"User-Agent": USER_AGENT}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.modified:
            headers["If-Modified-Since"] = state.modified
        request = urllib.request.Request(self.url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                body = reply.read()
                state.etag = reply.headers.get("ETag")
                state.modified = reply.headers.get("Last-Modified")
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return
            yield self._failed(f"HTTP {exc.code}")
            return
        except (urllib.error.URLError, OSError, ValueError) as exc:
            yield self._failed(exc)
            return
        feed = feedparser.parse(body)
        if feed.bozo and not feed.entries:
            yield self._failed(f"not an RSS or Atom feed ({feed.get('bozo_exception', 'unparsable')})")
            return
        lang = _lang(feed.feed.get("language"))
        for entry in feed.entries:
            key = (
                entry.get("id")
                or entry.get("link")
                or _digest(entry.get("title", "") + entry.get("summary", ""))
            )
            if key in state.seen:
                continue
            yield Pending(key, "1", (self._document(entry, key, lang),))

    def keep(self, seen: dict[str, str]) -> dict[str, str]:
        return trim(seen)

    def _failed(self, reason: object) -> Pending:
        reject = Reject(self.url, "", Errors.E101.name, Errors.E101.fmt(path=self.url, reason=reason))
        return Pending("", "", (reject,))  # an empty key is never recorded: the next cycle retries

    def _document(self, entry: feedparser.FeedParserDict, key: str, lang: str | None) -> RawDocument | Reject:
        title = _plain(entry.get("title", ""))
        contents = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
        body = "\n\n".join(_plain(c) for c in contents if c)
        text = normalize_text("\n\n".join(x for x in (title, body) if x))
        if not text:
            return Reject(self.url, key, Errors.E104.name, Errors.E104.fmt(path=f"{self.url} ({key})"))
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = None
        if stamp:
            from chancery.doc import PartialDate

            day = time.gmtime(calendar.timegm(stamp))
            published = PartialDate(day.tm_year, day.tm_mon, day.tm_mday)
        return RawDocument(
            doc_id="feed_" + _digest(key)[:16],
            text=text,
            source=self.url,
            locator=key,
            published=published,
            lang=lang,
            url=entry.get("link"),
            title=title or None,
        )


def _plain(html: str) -> str:
    """Feed fields are often HTML: their text, with paragraphs kept apart."""
    if "<" not in html:
        return " ".join(html.split())
    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return " ".join(html.split())
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(" ".join(line.split()) for line in root.text_content().splitlines() if line.strip())


def _lang(value: str | None) -> str | None:
    return value.split("-")[0].lower() if value else None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_for(spec: str, options: ReadOptions = DEFAULT_OPTIONS) -> FolderSource | FeedSource:
    """A feed for an http(s) URL, else a folder."""
    if spec.startswith(("http://", "https://")):
        return FeedSource(spec)
    return FolderSource(Path(spec), options)
