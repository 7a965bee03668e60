"""Building large, long-lived structures without the garbage collector in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a block allocates many objects that all survive.

    Building a matcher or reading the knowledge base creates hundreds of thousands of small objects;
    every 700 allocations start a collection that walks the ones already built again, so the build
    spends much of its time in the collector. Reference counting still frees everything as usual; only cycle detection waits, and the
    previous state is restored on exit, even on error.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
