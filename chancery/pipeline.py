"""Stages and the pipeline that runs them over articles.

A stage is a callable ``Article -> Article`` with a ``name`` and the fields it
``requires`` and ``assigns``; the pipeline checks at build time that every
requirement is met by an earlier stage (as spaCy's pipe analysis does), and at
run time isolates failures per document: a stage that raises on one article is
reported as a :class:`CodingError` for that article, and the run carries on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from chancery.about import __version__
from chancery.doc import Article
from chancery.errors import CodingError, Errors, UsageError
from chancery.ingest.base import RawDocument
from chancery.nlp.langid import LanguageIdentifier
from chancery.nlp.segment import Segmenter

INPUT_FIELDS = frozenset({"text", "doc_id", "published", "source", "url", "title"})


class Stage(Protocol):
    name: str
    version: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


@dataclass
class LanguageStage:
    """Sets ``article.lang`` (a supported language, or ``unknown``)."""

    identifier: LanguageIdentifier = field(default_factory=LanguageIdentifier)
    name: str = "langid"
    version: str = "chancery.langid.v1"
    requires: frozenset[str] = frozenset({"text"})
    assigns: frozenset[str] = frozenset({"lang"})

    def __call__(self, article: Article) -> Article:
        article.lang = self.identifier.identify(article.text, hint=article.lang)
        return article


@dataclass
class SegmentStage:
    """Sets ``article.sentences``."""

    segmenter: Segmenter = field(default_factory=Segmenter)
    name: str = "segment"
    version: str = "chancery.segment.v1"
    requires: frozenset[str] = frozenset({"text", "lang"})
    assigns: frozenset[str] = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        article.sentences = self.segmenter.split(article.text, article.lang)
        return article


@dataclass(frozen=True, slots=True)
class Result:
    """One document after the pipeline: the article, and the error if a stage failed."""

    article: Article
    error: CodingError | None = None


class Pipeline:
    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = list(stages)
        available = set(INPUT_FIELDS)
        for stage in self.stages:
            missing = stage.requires - available
            if missing:
                raise UsageError(Errors.E202, stage=stage.name, field=sorted(missing)[0])
            available |= stage.assigns

    @property
    def config(self) -> dict[str, object]:
        """What produced the output: recorded with every run."""
        return {
            "chancery": __version__,
            "stages": [{"name": s.name, "version": s.version} for s in self.stages],
        }

    @property
    def coder(self) -> Stage | None:
        """The stage that assigns the events (enrichment stages run after it)."""
        return next((s for s in reversed(self.stages) if s.name == "coder"), None)

    @property
    def coder_version(self) -> str:
        coder = self.coder
        return coder.version if coder else "none"

    def __call__(self, raw: RawDocument) -> Result:
        article = raw.to_article()
        for stage in self.stages:
            try:
                article = stage(article)
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                error = CodingError(Errors.E201, stage=stage.name, doc_id=raw.doc_id, reason=reason)
                return Result(article, error)
        return Result(article)

    def pipe(self, docs: Iterable[RawDocument]) -> Iterator[Result]:
        for raw in docs:
            yield self(raw)


StageFactory = Callable[[], Stage]
