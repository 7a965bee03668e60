"""The chat-endpoint coder against a real HTTP server on localhost that plays a small, honest model.

The fake model reads what chancery sends (the actor list and the numbered sentences) and codes a CONSULT
between the actors of every sentence that says "met"; it can also be told to add invalid events, to answer
with prose, or to fail with HTTP 503 first. Everything else (request, validation, merging, the CLI) is the
real code.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import cli
from chancery.ingest.plaintext import document_from_text
from chancery.registry import load_pipeline

JUNK = [
    {"type": "FLATTER", "source": "TUR", "target": "FRA", "sentences": [0]},  # not a PLOVER type
    {"type": "CONSULT", "source": "TUR", "target": "ATLANTIS", "sentences": [0]},  # unknown code
    {"type": "CONSULT", "source": "TUR", "target": "FRA", "sentences": [99]},  # no such sentence
    {"type": "CONSULT", "source": "TUR", "target": "FRA", "date": "2025-13-45", "sentences": [0]},
    {"type": "ASSAULT", "source": "TUR", "target": "FRA", "mode": "phone", "sentences": [0]},  # wrong mode
    "not an object",
]


def fake_model(prompt: str, behaviour: dict[str, object]) -> str:
    actors = dict(re.findall(r"^- (.+?) → ([A-Z_]+)", prompt, flags=re.MULTILINE))
    events = []
    for number, sentence in re.findall(r"^\[(\d+)\] (.*)$", prompt, flags=re.MULTILINE):
        if " met " not in sentence:
            continue
        found = sorted((sentence.find(text), code) for text, code in actors.items() if text in sentence)
        codes = list(dict.fromkeys(code for _, code in found))
        if len(codes) >= 2:
            events.append(
                {
                    "type": "CONSULT",
                    "source": codes[0],
                    "target": codes[1],
                    "mode": None,
                    "status": "occurred",
                    "date": None,
                    "sentences": [int(number)],
                }
            )
    if behaviour.get("junk"):
        events += JUNK
    reply = json.dumps({"events": events})
    return f"```json\n{reply}\n```" if behaviour.get("fenced") else reply


class Endpoint:
    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], dict]] = []
        self.behaviour: dict[str, object] = {}
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                endpoint.requests.append((dict(self.headers), body))
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                failures = int(endpoint.behaviour.get("fail_first", 0))
                if failures and len(endpoint.requests) <= failures:
                    self.send_error(503, "busy")
                    return
                prompt = body["messages"][-1]["content"]
                content = (
                    "Sure! Here are the events you asked for."
                    if endpoint.behaviour.get("prose")
                    else fake_model(prompt, endpoint.behaviour)
                )
                answer = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(answer.encode())

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    server = Endpoint()
    yield server
    server.server.shutdown()


TEXT = (
    " date 2025-03-04 Turkish Foreign Minister Hakan Fidan met his French counterpart Jean-Noël Barrot in "
    "Ankara on Monday. Fidan later met Egyptian Foreign Minister Badr Abdelatty. Barrot met Fidan again "
    "in the evening, officials said."
)


def coded(text: str, endpoint: Endpoint, **options: str):
    pipeline = load_pipeline(
        "chancery.llm_coder.v1", {"url": endpoint.url, "model": "fake-plover", **options}
    )
    (raw,) = list(document_from_text(text, doc_id="d1", source="<test>"))
    return pipeline(raw), pipeline


def test_events_from_the_endpoint_are_validated_merged_and_given_codebook_attributes(
    endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHANCERY_LLM_API_KEY", "sk-test")
    endpoint.behaviour = {"junk": True, "fenced": True}
    result, pipeline = coded(TEXT, endpoint)
    assert result.error is None
    events = {(e.type, e.source, e.target): e for e in result.article.events}
    assert set(events) == {("CONSULT", "TUR", "FRA"), ("CONSULT", "TUR", "EGY")}
    tur_fra = events["CONSULT", "TUR", "FRA"]
    # Told twice (sentences 0 and 2, the second as FRA→TUR): one record, two evidence sentences.
    assert [ev.sentence for ev in tur_fra.evidence] == [0, 2]
    assert tur_fra.cameo == "04" and tur_fra.goldstein == 1.0
    assert str(tur_fra.date) == "2025-03-04"  # done, no date of its own: the publication date
    assert tur_fra.rule == "llm:fake-plover"
    coder = pipeline.coder
    assert sum(coder.dropped.values()) == len(JUNK)
    headers, body = endpoint.requests[0]
    assert headers["Authorization"] == "Bearer sk-test"
    assert body["model"] == "fake-plover" and body["temperature"] == 0
    assert "PLOVER" in body["messages"][0]["content"]
    assert "Hakan Fidan → TUR, GOV" in body["messages"][1]["content"]


def test_a_reply_that_is_not_json_fails_that_document_only(endpoint: Endpoint) -> None:
    endpoint.behaviour = {"prose": True}
    result, pipeline = coded(TEXT, endpoint)
    assert result.error is not None and "E205" in str(result.error)
    endpoint.behaviour = {}
    (raw,) = list(document_from_text(TEXT, doc_id="d2", source="<test>"))
    assert pipeline(raw).article.events  # the next document is coded


def test_a_busy_server_is_retried(endpoint: Endpoint) -> None:
    endpoint.behaviour = {"fail_first": 1}
    result, _ = coded(TEXT, endpoint)
    assert result.error is None and result.article.events
    assert len(endpoint.requests) == 2


def test_an_unreachable_endpoint_is_a_coded_error(endpoint: Endpoint) -> None:
    result, _ = coded(TEXT, endpoint, url="http://127.0.0.1:9/v1", timeout="2")
    assert result.error is not None and "E204" in str(result.error)


def test_the_cli_codes_with_the_endpoint_and_asks_for_missing_settings(
    endpoint: Endpoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHANCERY_LLM_URL", raising=False)
    monkeypatch.delenv("CHANCERY_LLM_MODEL", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["code", str(article), "--coder", "chancery.llm_coder.v1", "--coder-option", f"url={endpoint.url}",
         "--coder-option", "model=fake-plover"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(e["type"], e["source"], e["target"]) for e in doc["events"]} == {
        ("CONSULT", "TUR", "FRA"),
        ("CONSULT", "TUR", "EGY"),
    }
    missing = runner.invoke(cli, ["code", str(article), "--coder", "chancery.llm_coder.v1"])
    assert missing.exit_code != 0 and "E206" in missing.output and "CHANCERY_LLM_URL" in missing.output
