"""Progress and cancellation for long work (Orange3's ``wrap_callback`` pattern).

Domain functions take ``progress: Callable[[float, str], None]`` (fraction in [0, 1], a message) and a
``cancel`` object whose ``check()`` raises :class:`Cancelled` between batches. The app's job runner
passes a :class:`CancelToken` it can trip from the GUI thread.
"""

from __future__ import annotations

import re
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


# --- the messages of the progress bar ------------------------------------------------------------
# Progress messages are English templates with ``{field}`` places; the application translates them with
# :func:`split_message` (the template, to look up, and the field values, to put back). Keep every
# message given to ``progress(...)`` in lexical/ among these templates (a test scans the sources).
SEGMENTING = "Segmenting the texts"
LEMMATISING = "spaCy: {done} / {total} characters"
SPACY_DONE = "spaCy: done"
SPACY_CACHED = "spaCy: lexicon from the cache"
CORPUS_READY = "corpus ready"
SPLIT = "split {i}/{n}"
SIMILARITIES = "similarities"
COMMUNITIES = "communities"
LAYOUT = "layout"
DONE = "done"
STABILITY = "stability"
TEMPLATES = (SEGMENTING, LEMMATISING, SPACY_DONE, SPACY_CACHED, CORPUS_READY, SPLIT, SIMILARITIES,
             COMMUNITIES, LAYOUT, DONE, STABILITY, "segmenting")


def _template_pattern(template: str) -> re.Pattern[str]:
    """A regex matching ``template`` with any text (digits, separators) in its ``{field}`` places."""
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(f"^{body}$")


_PATTERNS = [(t, _template_pattern(t)) for t in TEMPLATES]


def split_message(message: str) -> tuple[str, dict[str, str]] | None:
    """``(template, fields)`` of a progress message of :data:`TEMPLATES`; None for any other text.

    ``split_message("split 2/9")`` -> ``("split {i}/{n}", {"i": "2", "n": "9"})``."""
    for template, pattern in _PATTERNS:
        found = pattern.match(message)
        if found is not None:
            return template, found.groupdict()
    return None
