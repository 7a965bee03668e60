"""chancery: a multilingual political-event engine.

Turn news articles into PLOVER events (who did what to whom, when and where)
with the sentence that proves each one, and store them in DuckDB.

    >>> from chancery import load_pipeline, code_text
    >>> doc = code_text(" date 2025-07 Erdoğan a reçu Macron à Ankara.")
"""

from chancery.about import __version__
from chancery.doc import Amount, Article, Count, Event, Evidence, Mention, PartialDate, Place, Quote
from chancery.errors import ChanceryError, Errors
from chancery.ingest.base import RawDocument, ReadOptions, Reject
from chancery.jobs import code_paths, ingest_paths
from chancery.output import article_to_dict
from chancery.pipeline import Pipeline, Result
from chancery.registry import load_pipeline
from chancery.store.db import Store


def code_text(text: str, doc_id: str = "text", pipeline: Pipeline | None = None) -> Article:
    """Code one text (with an optional `` date YYYY-MM-DD `` prefix) and return the article."""
    from chancery.ingest.plaintext import document_from_text

    pipeline = pipeline or load_pipeline()
    for item in document_from_text(text, doc_id=doc_id, source="<text>"):
        if isinstance(item, RawDocument):
            return pipeline(item).article
    raise ValueError("empty text")


__all__ = [
    "Amount",
    "Article",
    "ChanceryError",
    "Count",
    "Errors",
    "Event",
    "Evidence",
    "Mention",
    "PartialDate",
    "Pipeline",
    "Place",
    "Quote",
    "RawDocument",
    "ReadOptions",
    "Reject",
    "Result",
    "Store",
    "__version__",
    "article_to_dict",
    "code_paths",
    "code_text",
    "ingest_paths",
    "load_pipeline",
]
