"""Unexpected errors shown as one line, their details kept for a bug report (no Qt here: the CLI uses it).

The user never sees a traceback: the CLI prints :func:`one_line` and exits 2; the GUI shows it in a dialog
whose "Copy details" button copies :func:`details`. The details are also saved to a crash file in
Verbatim's cache folder so that they survive the window.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from corpus.errors import ProjectError
from corpus.messages import msg, render

MAX_LINE = 300


def one_line(exc: BaseException) -> str:
    """The error as one line for people: a domain error's own message; otherwise its kind and text."""
    if isinstance(exc, ProjectError):
        text = str(exc)
    elif isinstance(exc, MemoryError):
        text = render(msg("not enough memory to finish the operation"))
    elif isinstance(exc, OSError) and exc.strerror:
        where = f"{Path(exc.filename).name}: " if exc.filename else ""
        text = f"{where}{exc.strerror}"
    else:
        text = render(msg("unexpected error ({kind}: {cause})", kind=type(exc).__name__, cause=str(exc)))
    text = " ".join(text.split())
    return text if len(text) <= MAX_LINE else text[:MAX_LINE - 1] + "…"


def details(exc: BaseException) -> str:
    """The full report: versions, then the traceback (for "Copy details" and bug reports)."""
    lines = [
        f"Verbatim crash report {datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def crash_folder() -> Path:
    """Where crash reports are kept (``$VERBATIM_CACHE_DIR`` or the platform's cache folder)."""
    from lexical.cache_dir import user_cache_dir

    return user_cache_dir() / "crashes"


def save_details(exc: BaseException) -> Path | None:
    """Write :func:`details` to a new file in :func:`crash_folder`; ``None`` if that is impossible."""
    from corpus.atomic import write_text

    try:
        folder = crash_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        return write_text(path, details(exc))
    except (OSError, ProjectError):
        return None


__all__ = ["crash_folder", "details", "one_line", "save_details"]
