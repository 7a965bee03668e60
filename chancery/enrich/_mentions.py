"""What enrichment stages read of the resolved mentions."""

from __future__ import annotations

from chancery.doc import Article


def codes_by_frequency(article: Article) -> tuple[str, ...]:
    """The codes the article names, most mentioned first (ties: first named first); a group mention
    ("the two countries") counts for each of its members."""
    counts: dict[str, int] = {}
    for mention in article.mentions:
        for code in mention.members or (mention.code,):
            counts[code] = counts.get(code, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c]))
