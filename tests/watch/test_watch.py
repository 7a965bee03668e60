"""`chancery watch` on a real folder and a real feed served on localhost, through restarts."""

from __future__ import annotations

import http.server
import queue
import re
import signal
import subprocess
import threading
import time
from email.utils import formatdate

import pytest

from chancery.store.db import Store
from chancery.watch.sources import FeedSource, _plain
from chancery.watch.state import SourceState, WatchState, state_path
from tests.conftest import CHANCERY

ITEM = """<item><guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link>
<pubDate>{date}</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>"""


class Feed:
    """An RSS feed on localhost whose items the test adds; answers 304 to an unchanged ETag."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.requests = 0
        self.not_modified = 0
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.requests += 1
                etag = f'"{len(feed.items)}"'
                if self.headers.get("If-None-Match") == etag:
                    feed.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                body = (
                    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>en-us</language>'
                    + "".join(feed.items)
                    + "</channel></rss>"
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/world.rss"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, guid: str, title: str, body: str) -> None:
        self.items.insert(0, ITEM.format(guid=guid, title=title, body=body, date=formatdate(usegmt=True)))


class Watcher:
    """The real CLI in a subprocess; its log lines arrive on a queue."""

    def __init__(self, *args: object) -> None:
        self.process = subprocess.Popen(
            [str(CHANCERY), "watch", *map(str, args)], stderr=subprocess.PIPE, text=True, bufsize=1
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def next_cycle(self, timeout: float) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            found = re.search(
                r"cycle (\d+): \d+ sources?, (\d+) new items?, (\d+) stored, (\d+) already stored", line
            )
            if found:
                n, new, stored, dup = map(int, found.groups())
                return {"cycle": n, "new": new, "stored": stored, "duplicate": dup}

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)


ARTICLE = (
    "Turkish Foreign Minister Hakan Fidan met his Greek counterpart George Gerapetritis in Athens on {day}."
)


@pytest.mark.timeout(300)
def test_watch_takes_new_files_and_feed_items_once_and_survives_a_restart(tmp_path):
    folder, db = tmp_path / "incoming", tmp_path / "w.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(day="Monday"), encoding="utf-8")
    feed = Feed()
    feed.add(
        "g1",
        "Macron meets Scholz",
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.",
    )
    time.sleep(1.1)  # files younger than a second may still be being written: the watcher waits

    interval = 3.0
    watcher = Watcher(folder, feed.url, "--db", db, "--interval", interval)
    try:
        first = watcher.next_cycle(timeout=120)  # includes loading the pipeline
        assert first == {"cycle": 1, "new": 2, "stored": 2, "duplicate": 0}
        (folder / "b.txt").write_text(ARTICLE.format(day="Tuesday"), encoding="utf-8")
        feed.add("g2", "Lavrov and Wang Yi", "Sergei Lavrov met Wang Yi in Beijing on Tuesday.")
        time.sleep(1.1)
        seen = [watcher.next_cycle(timeout=interval + 30) for _ in range(2)]  # within one interval (+ slack)
        assert sum(c["stored"] for c in seen) == 2 and sum(c["new"] for c in seen) == 2
        quiet = watcher.next_cycle(timeout=interval + 30)
        assert quiet["new"] == 0 and quiet["stored"] == 0  # nothing taken twice
        assert feed.not_modified >= 1  # an unchanged feed costs one 304
    finally:
        watcher.stop()

    restarted = Watcher(folder, feed.url, "--db", db, "--interval", interval)
    try:
        assert restarted.next_cycle(timeout=120)["new"] == 0  # remembers what it took
        feed.add("g3", "Blinken calls Fidan", "Antony Blinken spoke by phone with Hakan Fidan on Wednesday.")
        assert restarted.next_cycle(timeout=interval + 30)["stored"] == 1
    finally:
        restarted.stop()

    with Store(db, read_only=True) as store:
        docs = store.query("SELECT doc_id, source, url, lang FROM documents ORDER BY doc_id")
        assert len(docs) == 5
        feed_docs = [d for d in docs if d["source"].startswith(feed.url)]
        assert len(feed_docs) == 3 and all(d["url"].startswith("https://news.example/") for d in feed_docs)
        assert store.query("SELECT count(*) AS n FROM events")[0]["n"] >= 4
    state = WatchState.load(state_path(db))
    assert set(state.of(feed.url).seen) == {"g1", "g2", "g3"}


def test_a_broken_feed_is_a_recorded_reject_and_is_retried(tmp_path):
    state = SourceState()
    pending = list(FeedSource("http://127.0.0.1:9/nothing.rss", timeout=2).poll(state))
    assert len(pending) == 1 and pending[0].key == "" and pending[0].items[0].code == "E101"


def test_feed_html_becomes_plain_paragraphs():
    assert _plain("<p>One <b>two</b></p><p>Three &amp; four<br>five</p>") == "One two\nThree & four\nfive"
    assert _plain("plain   text") == "plain text"
