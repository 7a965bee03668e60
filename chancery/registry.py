"""Named, versioned components, and the default pipeline built from them."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from chancery.enrich.amounts import AmountStage
from chancery.enrich.contexts import ContextStage
from chancery.enrich.counts import CountStage
from chancery.enrich.places import PlaceStage
from chancery.enrich.quotes import QuoteStage
from chancery.errors import Errors, UsageError
from chancery.pipeline import LanguageStage, Pipeline, SegmentStage, Stage

if TYPE_CHECKING:
    from chancery.kb.resolve import Resolver

CoderOptions = Mapping[str, str]


def _keyword_coder(options: CoderOptions) -> Stage:
    from chancery.coding.keyword import KeywordCoder

    return KeywordCoder()


def _resolver() -> Resolver:
    from chancery.kb.resolve import Resolver

    return Resolver()


def _rule_coder(options: CoderOptions) -> Stage:
    from chancery.coding.rules import RuleCoder

    fallback = options.get("fallback", "off")
    if fallback not in ("on", "off"):
        raise UsageError(Errors.E501, option="--coder-option fallback", reason=f"{fallback!r} (on or off)")
    return RuleCoder(use_fallback=fallback == "on")


def _option(options: CoderOptions, name: str, key: str, env: str) -> str:
    value = options.get(key) or os.environ.get(env, "")
    if not value:
        raise UsageError(Errors.E206, name=name, option=key, how=f"--coder-option {key}=... or ${env}")
    return value


def _llm_coder(options: CoderOptions) -> Stage:
    from chancery.coding.llm import LLMCoder
    from chancery.kb.loader import load_kb

    name = "chancery.llm_coder.v1"
    return LLMCoder(
        url=_option(options, name, "url", "CHANCERY_LLM_URL"),
        model=_option(options, name, "model", "CHANCERY_LLM_MODEL"),
        # The key only from the environment: a command line is visible to every user of the machine.
        api_key=os.environ.get("CHANCERY_LLM_API_KEY") or None,
        timeout=float(options.get("timeout", 120)),
        known_codes=frozenset(load_kb().codes()),
    )


def _spacy_coder(options: CoderOptions) -> Stage:
    from chancery.coding.spacy_roles import SpacyCoder

    return SpacyCoder.load(_option(options, "chancery.spacy_coder.v1", "model", "CHANCERY_SPACY_MODEL"))


CODERS: MappingProxyType[str, Callable[[CoderOptions], Stage]] = MappingProxyType(
    {
        "chancery.keyword_coder.v1": _keyword_coder,
        "chancery.rule_coder.v1": _rule_coder,
        "chancery.llm_coder.v1": _llm_coder,
        "chancery.spacy_coder.v1": _spacy_coder,
    }
)
DEFAULT_CODER = "chancery.rule_coder.v1"


def load_pipeline(coder: str = DEFAULT_CODER, options: CoderOptions | None = None) -> Pipeline:
    """The standard pipeline: language identification, segmentation, actor resolution, coding, then the
    enrichment stages (quotes, amounts, places, contexts, counts).

    ``coder`` names a registered coder; ``options`` are its settings (``url``/``model`` for the chat
    endpoint coder, ``model`` for the spaCy one), each also readable from the environment."""
    if coder not in CODERS:
        raise UsageError(Errors.E203, name=coder, known=", ".join(sorted(CODERS)))
    resolver = _resolver()
    return Pipeline(
        [
            LanguageStage(),
            SegmentStage(),
            resolver,
            CODERS[coder](options or {}),
            QuoteStage(),
            AmountStage(),
            PlaceStage(kb=resolver.kb, resolver=resolver),
            ContextStage(),
            CountStage(),
        ]
    )


def settle_after_load() -> None:
    """For long runs in an application (not a library call): move everything loaded so far out of the
    garbage collector's way. The knowledge base is large and lives for the whole run; without this the
    collector re-walks it over and over (resolution runs about 20% faster). Undone at exit."""
    import atexit
    import gc

    gc.freeze()
    atexit.register(gc.unfreeze)
