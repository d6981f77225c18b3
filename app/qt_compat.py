"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

Measured here: many void Qt methods (``QTextCursor.setPosition``, ``mergeCharFormat``,
``QPlainTextEdit.setExtraSelections``, ``setTextCursor``...) return ``None`` without taking a reference,
so every call drops one reference of ``None``; after a few thousand calls Python aborts with
"Fatal Python error: none_dealloc: deallocating None". Python 3.12 made ``None`` immortal (PEP 683), so
the bug is harmless there; on 3.11 we give ``None`` the same near-immortal reference count at start-up.
Remove once the pinned PySide6 is fixed (see tests/app/test_qt_compat.py).
"""

from __future__ import annotations

import ctypes
import sys
from importlib import metadata

_CUSHION = 1 << 40


def _affected_pyside() -> bool:
    """True for the PySide6 releases measured to drop references to None (6.12.x)."""
    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        try:
            version = metadata.version("PySide6")
        except metadata.PackageNotFoundError:
            return False
    return version.startswith("6.12.")


def protect_none() -> bool:
    """Make ``None`` effectively immortal on CPython < 3.12 with an affected PySide6.

    ``pyproject.toml`` excludes PySide6 6.12 (6.11.3 was measured clean), so this normally does
    nothing; it guards installs that pulled an affected release anyway. True when something was done.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not _affected_pyside():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _CUSHION:
        refcount.value += _CUSHION
    return True
