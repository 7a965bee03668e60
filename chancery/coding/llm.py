"""An optional coder that asks an OpenAI-compatible chat endpoint, validated against the output contract.

For users who run a model (a local llama.cpp / vLLM / Ollama server, or a hosted API): the article's
numbered sentences and the actors chancery's own resolver found in them go to ``POST {url}/chat/completions``
with the PLOVER codebook as the system prompt (``prompts/plover_system.txt``); the reply must be one JSON
object ``{"events": [...]}``. Nothing the model says is trusted as is: each event is checked (a PLOVER
type, a mode of that type, actor codes from the document's actor list or the knowledge base, a status of
EVENTS.md §5, a partial ISO date, sentence numbers that exist) and dropped with a counted reason when it
fails; CAMEO code and Goldstein weight come from our codebook, evidence offsets from our sentences. A reply
that is not JSON, or an endpoint that fails after the retries, fails this document with a coded error and
the run goes on. Requests use temperature 0 and a fixed seed, so a deterministic server gives the same
output for the same input.

The standard library's HTTP client is enough for one JSON POST, so this backend adds no dependency.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from chancery.coding.merge import merge_event
from chancery.coding.ontology import EVENT_TYPES, STATUSES, cameo_for, goldstein
from chancery.doc import Article, Event, Evidence, PartialDate
from chancery.errors import CodingError, Errors

RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def system_prompt() -> str:
    return (resources.files("chancery.coding") / "prompts" / "plover_system.txt").read_text(encoding="utf-8")


def user_prompt(article: Article) -> str:
    """The document as the model sees it: date, language, actors found, numbered sentences."""
    lines = [f"Publication date: {article.published or 'unknown'}", f"Language: {article.lang or 'unknown'}"]
    actors = sorted({(m.text, m.code, m.sector or "") for m in article.mentions if m.kind == "actor"})
    lines.append("Actors found (text → code, sector):")
    lines += [f"- {text} → {code}{', ' + sector if sector else ''}" for text, code, sector in actors] or [
        "- none"
    ]
    lines.append("Sentences:")
    lines += [f"[{i}] {article.text[s.start : s.end].strip()}" for i, s in enumerate(article.sentences)]
    return "\n".join(lines)


@dataclass
class LLMCoder:
    """The ``coder`` stage backed by a chat endpoint (``chancery.llm_coder.v1``)."""

    url: str  # base URL of the API, e.g. http://127.0.0.1:8080/v1
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    retries: int = 2
    known_codes: frozenset[str] = frozenset()  # codes of the knowledge base, accepted besides the document's
    name: str = "coder"
    version: str = "chancery.llm_coder.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "mentions"})
    assigns: frozenset[str] = frozenset({"events"})
    dropped: Counter[str] = field(
        default_factory=Counter
    )  # reasons invalid events were dropped, over the run

    def __call__(self, article: Article) -> Article:
        if not article.sentences:
            article.events = []
            return article
        reply = self.chat(
            [
                {"role": "system", "content": system_prompt()},
                {"role": "user", "content": user_prompt(article)},
            ]
        )
        try:
            payload = json.loads(_strip_fence(reply))
        except json.JSONDecodeError as exc:
            raise CodingError(
                Errors.E205, url=self.url, reason=f"not JSON ({exc.msg}): {reply[:80]!r}"
            ) from exc
        items = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(items, list):
            raise CodingError(Errors.E205, url=self.url, reason='no "events" list in the reply')
        codes = {m.code for m in article.mentions if m.kind == "actor"} | self.known_codes
        events: dict[tuple[str, ...], Event] = {}
        for item in items:
            event = self._event(article, item, codes)
            if event is not None:
                merge_event(events, event)
        article.events = list(events.values())
        return article

    # -- the endpoint ---------------------------------------------------------------------------

    def chat(self, messages: list[dict[str, str]]) -> str:
        body = json.dumps(
            {
                "model": self.model,
                "messages": messages,
                "temperature": 0,
                "seed": 0,
                "response_format": {"type": "json_object"},
            }
        ).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url.rstrip("/") + "/chat/completions", data=body, headers=headers, method="POST"
        )
        for attempt in range(self.retries + 1):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    answer = json.loads(response.read().decode("utf-8"))
                return str(answer["choices"][0]["message"]["content"])
            except urllib.error.HTTPError as exc:
                if exc.code not in RETRIED_STATUSES or attempt == self.retries:
                    raise CodingError(
                        Errors.E204, url=self.url, reason=f"HTTP {exc.code} {exc.reason}"
                    ) from exc
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                if attempt == self.retries:
                    raise CodingError(Errors.E204, url=self.url, reason=str(exc)) from exc
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                raise CodingError(
                    Errors.E205, url=self.url, reason=f"not a chat completion: {exc!r}"
                ) from exc
            time.sleep(0.5 * 2**attempt)  # back off before retrying a busy or failing server
        raise AssertionError("unreachable")

    # -- validation -----------------------------------------------------------------------------

    def _event(self, article: Article, item: Any, codes: set[str] | frozenset[str]) -> Event | None:
        reason = _invalid(item, codes, len(article.sentences))
        if reason:
            self.dropped[reason] += 1
            return None
        kind, mode, status = item["type"], item.get("mode") or None, item.get("status") or "occurred"
        date = PartialDate.parse(item["date"]) if item.get("date") else None
        if date is None and status == "occurred":
            date = article.published  # EVENTS.md §5: a done act without a date of its own
        cameo = cameo_for(kind, mode)
        sentences = sorted(set(item["sentences"]))
        return Event(
            type=kind, source=item["source"], target=item["target"], mode=mode, date=date, status=status,
            cameo=cameo, goldstein=goldstein(cameo),
            evidence=[Evidence(i, article.sentences[i].start, article.sentences[i].end) for i in sentences],
            rule=f"llm:{self.model}",
        )  # fmt: skip


def _invalid(item: Any, codes: set[str] | frozenset[str], n_sentences: int) -> str | None:
    """Why a model's event breaks the contract, or None when it holds."""
    if not isinstance(item, dict):
        return "not an object"
    kind = item.get("type")
    if kind not in EVENT_TYPES:
        return "unknown type"
    mode = item.get("mode")
    if mode not in (None, "") and mode not in EVENT_TYPES[kind]:
        return "mode not of this type"
    source, target = item.get("source"), item.get("target")
    if (
        not isinstance(source, str)
        or not isinstance(target, str)
        or source not in codes
        or target not in codes
    ):
        return "actor code not found in the document or knowledge base"
    if item.get("status", "occurred") not in STATUSES:
        return "unknown status"
    date = item.get("date")
    if date not in (None, ""):
        try:
            PartialDate.parse(str(date))
        except ValueError:
            return "bad date"
    sentences = item.get("sentences")
    if (
        not isinstance(sentences, list)
        or not sentences
        or not all(isinstance(i, int) and 0 <= i < n_sentences for i in sentences)
    ):
        return "sentence numbers missing or out of range"
    return None


def _strip_fence(reply: str) -> str:
    """Models asked for JSON sometimes wrap it in a Markdown code fence anyway."""
    text = reply.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text
