"""Named, versioned components, and the default pipeline built from them."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from chancery.errors import Errors, UsageError
from chancery.pipeline import LanguageStage, Pipeline, SegmentStage, Stage


def _keyword_coder() -> Stage:
    from chancery.coding.keyword import KeywordCoder

    return KeywordCoder()


def _resolver() -> Stage:
    from chancery.kb.resolve import Resolver

    return Resolver()


def _rule_coder() -> Stage:
    from chancery.coding.rules import RuleCoder

    return RuleCoder()


CODERS: MappingProxyType[str, Callable[[], Stage]] = MappingProxyType(
    {"chancery.keyword_coder.v1": _keyword_coder, "chancery.rule_coder.v1": _rule_coder}
)
DEFAULT_CODER = "chancery.rule_coder.v1"


def load_pipeline(coder: str = DEFAULT_CODER) -> Pipeline:
    """The standard pipeline: language identification, segmentation, actor resolution, coding."""
    if coder not in CODERS:
        raise UsageError(Errors.E203, name=coder, known=", ".join(sorted(CODERS)))
    return Pipeline([LanguageStage(), SegmentStage(), _resolver(), CODERS[coder]()])


def settle_after_load() -> None:
    """For long runs in an application (not a library call): move everything loaded so far out of the
    garbage collector's way. The knowledge base is large and lives for the whole run; without this the
    collector re-walks it over and over (resolution runs about 20% faster). Undone at exit."""
    import atexit
    import gc

    gc.freeze()
    atexit.register(gc.unfreeze)
