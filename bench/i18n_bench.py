"""Cost of the French UI's translators: lookups answered by Verbatim's catalogue, by Qt's qtbase_fr, and
the misses that reach the Python fallback (strings whose ``&`` moved), per call; and the time to install
the translators. Prints the figures with the machine.

    QT_QPA_PLATFORM=offscreen python bench/i18n_bench.py
"""

from __future__ import annotations

import os
import platform
import sys
import time

from PySide6.QtCore import QCoreApplication

from app.i18n import install_translators

CASES = {
    "Verbatim's catalogue": ("CodebookPanel", "New code"),
    "qtbase_fr": ("QFileDialog", "Detail View"),
    "fallback (& moved)": ("QFileDialog", "&Look in:"),
    "miss without &": ("Nowhere", "No such string"),
    "miss with &": ("Nowhere", "&No such string"),
}


def per_call(context: str, source: str, n: int = 50_000) -> float:
    """Best of 3, microseconds per QCoreApplication.translate call."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(n):
            QCoreApplication.translate(context, source)
        best = min(best, time.perf_counter() - start)
    return best / n * 1e6


def main() -> int:
    app = QCoreApplication(sys.argv)
    start = time.perf_counter()
    install_translators(app, "fr")
    installed = time.perf_counter() - start
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, {platform.system()}")
    print(f"install_translators('fr'): {installed * 1000:.1f} ms")
    for name, (context, source) in CASES.items():
        print(f"{name:24} {per_call(context, source):6.2f} µs/call -> {QCoreApplication.translate(context, source)!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
