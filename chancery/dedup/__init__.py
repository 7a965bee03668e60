"""Deduplication across documents.

Two links, made when documents are stored (never while coding):

- near-duplicate articles (the same wire story republished or lightly edited):
  :mod:`chancery.dedup.minhash` signs each text, :mod:`chancery.dedup.link`
  finds earlier documents sharing an LSH band and links the new one to the
  cluster of the most similar;
- stories: events from different documents and languages that report one
  real-world event (:mod:`chancery.dedup.stories`).
"""

from chancery.dedup.minhash import Signature, band_keys, estimate_jaccard, signature
from chancery.dedup.stories import Report, Story, StoryIndex

__all__ = ["Report", "Signature", "Story", "StoryIndex", "band_keys", "estimate_jaccard", "signature"]
