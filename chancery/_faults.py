"""Failpoints: deterministic crash injection for the crash-safety tests.

``CHANCERY_FAILPOINT=name:n`` kills the process with SIGKILL the n-th time the
named point is reached (as etcd's gofail does). Unset, it costs one dict lookup.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field


@dataclass
class Failpoints:
    spec: str | None = field(default_factory=lambda: os.environ.get("CHANCERY_FAILPOINT"))
    _hits: dict[str, int] = field(default_factory=dict)

    def reach(self, name: str) -> None:
        if not self.spec:
            return
        wanted, _, count = self.spec.partition(":")
        if wanted != name:
            return
        self._hits[name] = self._hits.get(name, 0) + 1
        if self._hits[name] >= int(count or 1):
            os.kill(os.getpid(), signal.SIGKILL)
