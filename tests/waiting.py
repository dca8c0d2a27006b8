"""Wait for a condition, never for a fixed time.

A loaded 2-core CI machine makes every fixed sleep a flaky test: the suite waits for what it
means ("the spool is drained", "the log has 3 entries") with a generous deadline instead. The
deadline is a ceiling for a broken run, not a speed target (those live in ``benchmarks/``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Generous by design: reached only when the condition will never hold.
DEFAULT_DEADLINE_S = 120.0


def wait_until(condition: Callable[[], T], *, what: str, deadline_s: float = DEFAULT_DEADLINE_S,
               interval_s: float = 0.05) -> T:
    """Call ``condition`` until it returns something truthy and return that; fail naming ``what``."""
    give_up = time.monotonic() + deadline_s
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > give_up:
            raise AssertionError(f"gave up after {deadline_s:.0f}s waiting for: {what}")
        time.sleep(interval_s)
