"""Import the code of a result's view in the background while its analysis runs.

The first Reinert view of a session pulls matplotlib and the figure code: a second of imports, and the
full garbage collection they trigger, which would freeze the window just when the analysis ends. A
daemon thread imports them while the analysis runs instead (the GIL passes back to the GUI thread every
few milliseconds). Before and after, :func:`gc.freeze` moves the objects alive then (modules, classes:
nearly all for good) out of the collector's reach, so a later full collection only walks the newer
objects: tens of milliseconds instead of hundreds.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Iterable

from app.lexpanel.steps import step

_loaded: set[str] = set()
_lock = threading.Lock()


def preload(modules: Iterable[str]) -> threading.Thread | None:
    """Import ``modules`` in a daemon thread (None when they are all imported already)."""
    with _lock:
        todo = [m for m in modules if m not in _loaded]
        _loaded.update(todo)
    if not todo:
        return None
    thread = threading.Thread(target=_import, args=(todo,), name="preload views", daemon=True)
    thread.start()
    return thread


def _import(modules: list[str]) -> None:
    with step("preload the view code"):
        gc.freeze()
        for name in modules:
            try:
                importlib.import_module(name)
            except ImportError:
                continue
        gc.freeze()
