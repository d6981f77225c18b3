"""The folder where Verbatim keeps machine-local caches (never project data)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["user_cache_dir"]


def user_cache_dir() -> Path:
    """``$VERBATIM_CACHE_DIR`` when set (tests, portable installs), else the platform's cache folder:
    ``$XDG_CACHE_HOME/verbatim`` or ``~/.cache/verbatim`` (Linux), ``%LOCALAPPDATA%/verbatim``
    (Windows), ``~/Library/Caches/verbatim`` (macOS)."""
    if os.environ.get("VERBATIM_CACHE_DIR"):
        return Path(os.environ["VERBATIM_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "verbatim"
