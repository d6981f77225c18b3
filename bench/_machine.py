"""What every benchmark prints about the machine: the CPU model and the load average."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name (``/proc/cpuinfo`` on Linux; what :mod:`platform` says elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "?"


def load_average(digits: int = 2) -> str:
    """The 1/5/15-minute load averages, e.g. ``0.52, 0.80, 1.10`` (a loaded machine inflates wall times)."""
    try:
        return ", ".join(f"{v:.{digits}f}" for v in os.getloadavg())
    except (AttributeError, OSError):  # Windows
        return "unknown"
