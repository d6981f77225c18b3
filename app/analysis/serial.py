"""Dataclass <-> JSON-able dict conversion and the compressed byte form of results (JSON + zlib).

Numpy arrays and scalars become lists and Python numbers; NaN and infinities become ``None`` (JSON
has no NaN) — readers treat ``None`` coordinates as missing. Nested dataclasses are rebuilt from the
type hints of the receiving class (``list[Row]``, ``dict[str, list[Row]]``, ``Row | None``...).
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
import zlib
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")
FORMAT_VERSION = 1


def to_jsonable(value: Any) -> Any:
    """A JSON-able copy of ``value`` (dataclasses as dicts, numpy as lists, NaN as None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, np.ndarray):
        return to_jsonable(value.tolist())
    if isinstance(value, np.generic):
        return to_jsonable(value.item())
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def _convert(hint: Any, value: Any) -> Any:
    """Rebuild ``value`` (from JSON) as the type ``hint`` says, recursively."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        real = [a for a in args if a is not type(None)]
        return _convert(real[0], value) if len(real) == 1 else value
    if dataclasses.is_dataclass(hint):
        return from_jsonable(hint, value)
    if origin is list and args:
        return [_convert(args[0], v) for v in value]
    if origin is tuple and args:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value))
    if origin is dict and len(args) == 2:
        key = int if args[0] is int else (lambda k: k)
        return {key(k): _convert(args[1], v) for k, v in value.items()}
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild dataclass ``cls`` from :func:`to_jsonable` output (unknown keys are ignored)."""
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _convert(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**kwargs)


def pack(kind: str, payload: Any) -> bytes:
    """``{"kind", "version", "data"}`` as compressed JSON."""
    text = json.dumps({"kind": kind, "version": FORMAT_VERSION, "data": to_jsonable(payload)},
                      ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(data: bytes) -> tuple[str, Any]:
    """Inverse of :func:`pack`: ``(kind, data)``."""
    envelope = json.loads(zlib.decompress(data).decode("utf-8"))
    if envelope.get("version", 0) > FORMAT_VERSION:
        raise ValueError(f"results saved by a newer Verbatim (format {envelope['version']})")
    return envelope["kind"], envelope["data"]
