"""Progress and cancellation for long work (Orange3's ``wrap_callback`` pattern).

Domain functions take ``progress: Callable[[float, str], None]`` (fraction in [0, 1], a message) and a
``cancel`` object whose ``check()`` raises :class:`Cancelled` between batches. The app's job runner
passes a :class:`CancelToken` it can trip from the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by :meth:`CancelToken.check` once the user has asked to stop."""


class CancelToken:
    """A thread-safe flag the GUI sets and the worker polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()


def no_progress(fraction: float, message: str = "") -> None:
    """A progress callback that ignores everything."""


def scaled(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    """Map a sub-step's [0, 1] progress onto [start, end] of the parent's progress."""

    def report(fraction: float, message: str = "") -> None:
        progress(start + (end - start) * min(max(fraction, 0.0), 1.0), message)

    return report
