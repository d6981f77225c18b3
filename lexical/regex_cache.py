"""Compiled regular expressions kept on disk between processes (for spaCy's French tokenizer).

spaCy's French tokenizer tests tokens against one case-insensitive pattern of 1.45 million characters.
Python's ``re`` needs 3.5 to 6 s to compile it, in every process that loads the model: each analysis
run, each annotation worker. That is as long as annotating 50,000 words.

``re`` turns a pattern into a list of integer opcodes and hands it to ``_sre.compile``. The first time,
this module records the arguments of that call for long patterns. Later processes rebuild the
identical pattern object from them in milliseconds and put it in ``re``'s own cache, so that
``re.compile(pattern)`` returns it.

The recorded form is private to CPython, so the file is keyed by the exact interpreter version and
each entry by its pattern text. ``_sre`` validates the opcodes it is given, and any failure (a missing
or corrupt file, another Python) falls back to a normal compile: the cache can only save time.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from lexical.cache_dir import user_cache_dir

__all__ = ["cached_regexes"]

#: Patterns shorter than this compile fast enough; only the long ones are recorded.
MIN_LENGTH = 100_000
_MAX_ENTRIES = 8
_lock = threading.Lock()


def _compiler_module():  # noqa: ANN202 - a stdlib module
    """The module of ``re`` that calls ``_sre.compile`` (``re._compiler``; ``sre_compile`` on 3.10)."""
    compiler = getattr(re, "_compiler", None)
    if compiler is None:
        import sre_compile as compiler  # Python 3.10
    return compiler


def _cache_file(directory: Path) -> Path:
    tag = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}"
    return directory / f"regex-{tag}.json"


def _read(file: Path) -> list[dict]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("python") != sys.version:
        return []
    entries = data.get("entries")
    return entries if isinstance(entries, list) else []


def _install(entries: list[dict]) -> None:
    """Rebuild each recorded pattern and put it in ``re``'s cache (a bad entry is skipped)."""
    import _sre

    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return
    for entry in entries:
        try:
            pattern, flags = entry["pattern"], int(entry["flags"])
            flags2, code, groups, groupindex, indexgroup = entry["args"]
            compiled = _sre.compile(pattern, int(flags2), [int(c) for c in code], int(groups),
                                    {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))
        except Exception:  # noqa: BLE001, S112 - a bad entry is only a missed shortcut
            continue
        if compiled.pattern == pattern:
            cache[(str, pattern, flags)] = compiled


@contextlib.contextmanager
def _recording(min_length: int) -> Iterator[list[dict]]:
    """Record the ``_sre.compile`` arguments of every pattern of ``min_length`` characters or more
    compiled inside the block."""
    compiler = _compiler_module()
    original = compiler.compile
    recorded: list[dict] = []

    def compile_and_record(pattern, flags=0):  # noqa: ANN001, ANN202 - same signature as the original
        if not isinstance(pattern, str) or len(pattern) < min_length:
            return original(pattern, flags)
        real_sre = compiler._sre

        class Recorder:
            def __getattr__(self, name: str) -> object:
                return getattr(real_sre, name)

            @staticmethod
            def compile(*args):  # noqa: ANN002, ANN205 - forwarded as they come
                flags2, code, groups, groupindex, indexgroup = args[1:]
                recorded.append({"pattern": pattern, "flags": int(flags),
                                 "args": [flags2, list(code), groups, dict(groupindex), list(indexgroup)]})
                return real_sre.compile(*args)

        compiler._sre = Recorder()
        try:
            return original(pattern, flags)
        finally:
            compiler._sre = real_sre

    with _lock:
        compiler.compile = compile_and_record
        try:
            yield recorded
        finally:
            compiler.compile = original


def _write(file: Path, entries: list[dict]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"python": sys.version, "entries": entries[-_MAX_ENTRIES:]},
                                  ensure_ascii=False), encoding="utf-8")
        tmp.replace(file)
    except OSError:
        pass  # a read-only home only costs the compile time next time


@contextlib.contextmanager
def cached_regexes(directory: Path | None = None, min_length: int = MIN_LENGTH) -> Iterator[None]:
    """Inside the block, long patterns recorded by an earlier process compile instantly; new ones are
    recorded and saved in ``directory`` (:func:`lexical.cache_dir.user_cache_dir` by default) when the
    block ends."""
    file = _cache_file(directory or user_cache_dir())
    entries = _read(file)
    _install(entries)
    with _recording(min_length) as recorded:
        yield
    if recorded:
        known = {(e.get("pattern"), e.get("flags")) for e in recorded}
        _write(file, [e for e in entries if (e.get("pattern"), e.get("flags")) not in known] + recorded)
