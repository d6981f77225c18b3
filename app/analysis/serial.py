"""Dataclass <-> JSON-able dict conversion and the compressed byte form of results.

Numpy arrays and scalars become lists and Python numbers; NaN and infinities become ``None`` (JSON
has no NaN) — readers treat ``None`` coordinates as missing. Nested dataclasses are rebuilt from the
type hints of the receiving class (``list[Row]``, ``dict[str, list[Row]]``, ``Row | None``...).

Byte form, format 2: zlib of ``MAGIC``, the length of a JSON header (4 bytes, little-endian), the
header ``{"kind", "version", "data", "arrays": [[name, dtype, shape], ...]}``, then the raw bytes of
each array in that order. Big per-item data (the ~100,000 segments of a Reinert result) travel as
arrays: rebuilding them costs a ``frombuffer``, where JSON lists of dicts cost seconds of GIL-holding
parsing. Format 1 (results saved before): zlib of the JSON ``{"kind", "version", "data"}``; still read.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")
FORMAT_VERSION = 2
MAGIC = b"VBIN"
Arrays = dict[str, np.ndarray]


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
    converter = _converter(hint)
    return value if converter is None else converter(value)


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """A function rebuilding JSON values of type ``hint`` (None: the value is kept as it is). Built once
    per type: a result holds ~100,000 segment rows, and inspecting hints per value took 30 s."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        real = [a for a in args if a is not type(None)]
        return _converter(real[0]) if len(real) == 1 else None
    if dataclasses.is_dataclass(hint):
        return lambda v: from_jsonable(hint, v)
    if origin is list and args:
        inner = _converter(args[0])
        return None if inner is None else (lambda v: [None if x is None else inner(x) for x in v])
    if origin is tuple and args:
        if len(args) == 2 and args[1] is Ellipsis:
            return lambda v: tuple(_convert(args[0], x) for x in v)
        return lambda v: tuple(_convert(a, x) for a, x in zip(args, v))
    if origin is dict and len(args) == 2:
        key = int if args[0] is int else (lambda k: k)
        return lambda v: {key(k): _convert(args[1], x) for k, x in v.items()}
    if hint is float:
        return lambda v: float(v) if isinstance(v, int) else v
    return None


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """(name, converter) of each field of ``cls`` (``get_type_hints`` evaluates string annotations: once)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild dataclass ``cls`` from :func:`to_jsonable` output (unknown keys are ignored)."""
    kwargs = {}
    for name, converter in _field_converters(cls):
        if name in data:
            value = data[name]
            kwargs[name] = value if converter is None or value is None else converter(value)
    return cls(**kwargs)


def pack(kind: str, payload: Any, arrays: Arrays | None = None) -> bytes:
    """``payload`` (a dataclass or JSON-able dict) and ``arrays`` in the format-2 byte form."""
    arrays = {name: np.ascontiguousarray(a) for name, a in (arrays or {}).items()}
    header = {"kind": kind, "version": FORMAT_VERSION, "data": to_jsonable(payload),
              "arrays": [[name, a.dtype.str, list(a.shape)] for name, a in arrays.items()]}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    raw = b"".join([MAGIC, len(head).to_bytes(4, "little"), head, *(a.tobytes() for a in arrays.values())])
    # level 6 on megabytes of float scores took seconds for a few % less
    return zlib.compress(raw, 6 if len(raw) < 4_000_000 else 1)


def unpack(data: bytes) -> tuple[str, Any, Arrays]:
    """Inverse of :func:`pack`: ``(kind, data, arrays)``; reads format 1 too (``arrays`` then empty).
    The arrays are read-only views of the decompressed bytes."""
    raw = zlib.decompress(data)
    if raw[:1] == b"{":
        envelope = json.loads(raw.decode("utf-8"))
        return envelope["kind"], envelope["data"], {}
    if raw[:4] != MAGIC:
        raise ValueError("these bytes are not saved analysis results")
    size = int.from_bytes(raw[4:8], "little")
    header = json.loads(raw[8:8 + size].decode("utf-8"))
    if header.get("version", 0) > FORMAT_VERSION:
        raise ValueError(f"results saved by a newer Verbatim (format {header['version']})")
    view, offset, arrays = memoryview(raw), 8 + size, {}
    for name, dtype, shape in header["arrays"]:
        count = int(np.prod(shape)) if shape else 1
        array = np.frombuffer(view, dtype=np.dtype(dtype), count=count, offset=offset).reshape(shape)
        offset += array.nbytes
        arrays[name] = array
    return header["kind"], header["data"], arrays
