"""A timestamped log of what the analysis panel does (spawn, receive, decode, save, build the view...).

Off by default (then a step costs one attribute test). ``bench/analysis_gui_bench.py`` turns it on and
prints which steps overlap each event-loop stall. Times are ``time.perf_counter()``: CLOCK_MONOTONIC on
Linux, the same clock in the analysis child process, whose steps are forwarded with ``where="child"``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One step: its name, start and end (perf_counter seconds), and where it ran (thread or "child")."""

    name: str
    start: float
    end: float
    where: str


class StepLog:
    """The steps recorded while :attr:`enabled`."""

    def __init__(self) -> None:
        self.enabled = False
        self.steps: list[Step] = []
        self._lock = threading.Lock()

    def add(self, name: str, start: float, end: float, where: str | None = None) -> None:
        """Record a step that ran from ``start`` to ``end``."""
        if self.enabled:
            with self._lock:
                self.steps.append(Step(name, start, end, where or threading.current_thread().name))

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Record the enclosed block as step ``name``."""
        if not self.enabled:
            yield
            return
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, start, time.perf_counter())

    def clear(self) -> None:
        """Forget the recorded steps."""
        with self._lock:
            self.steps.clear()

    def overlapping(self, start: float, end: float) -> list[Step]:
        """The steps that ran during ``[start, end]``, in start order."""
        with self._lock:
            found = [s for s in self.steps if s.start <= end and s.end >= start]
        return sorted(found, key=lambda s: s.start)


LOG = StepLog()


def step(name: str):  # noqa: ANN201 - a context manager
    """``with step("decode result"): ...`` records the block in :data:`LOG` when it is enabled."""
    return LOG.step(name)
