"""The segments of a Reinert result as compact arrays (a 2.4-million-word corpus has ~100,000 of them).

A :class:`SegmentTable` holds, per segment, the index of its source key, its document id (-1: none, the
input was a file), and its start / end offsets in the document, as numpy arrays; the texts are one UTF-8
byte string with the byte bounds of each segment's text in it (decoded one segment at a time: reopening
a result decodes nothing). Texts may be kept for only some segments
(``text_ids``): a result of the project keeps those of its typical segments, the others can be sliced
from the documents. Indexing yields :class:`~app.analysis.results.SegmentRow` objects built on demand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

NO_DOCUMENT = -1


class SegmentTable:
    """Segments ``0..n-1`` (``id`` = position): source ``keys[source[i]]``, ``document[i]`` (-1: none),
    ``start[i]``/``end[i]``; texts of ``text_ids`` (None: of every segment), UTF-8 in
    ``blob[bounds[j]:bounds[j+1]]``. ``keys`` may be given as one ``"\n"``-joined string (split when
    first needed)."""

    def __init__(self, keys: Sequence[str] | str, source: np.ndarray, document: np.ndarray, start: np.ndarray,
                 end: np.ndarray, blob: bytes | memoryview = b"", bounds: np.ndarray | None = None,
                 text_ids: np.ndarray | None = None):
        self._keys: list[str] | str = keys if isinstance(keys, str) else list(keys)
        self.source = np.asarray(source, dtype=np.int32)
        self.document = np.asarray(document, dtype=np.int64)
        self.start = np.asarray(start, dtype=np.int64)
        self.end = np.asarray(end, dtype=np.int64)
        self.blob = blob
        self.text_ids = None if text_ids is None else np.asarray(text_ids, dtype=np.int64)
        n_texts = len(self.source) if self.text_ids is None else len(self.text_ids)
        self.bounds = np.zeros(n_texts + 1, dtype=np.int64) if bounds is None else np.asarray(bounds, dtype=np.int64)

    # --- building -------------------------------------------------------------------------
    @classmethod
    def build(cls, keys: Sequence[str], source: Sequence[int], document: Sequence[int | None],
              start: Sequence[int], end: Sequence[int], texts: Sequence[str] | None = None) -> SegmentTable:
        """From per-segment columns (``document`` None = no document; ``texts`` of every segment)."""
        docs = np.array([NO_DOCUMENT if d is None else d for d in document], dtype=np.int64)
        blob, bounds = join_texts(texts if texts is not None else [""] * len(docs))
        return cls(keys, np.asarray(source), docs, np.asarray(start), np.asarray(end), blob, bounds)

    @classmethod
    def from_rows(cls, rows: Iterable[Any]) -> SegmentTable:
        """From :class:`SegmentRow` objects or their dicts (results saved in format 1), in id order."""
        rows = [r if isinstance(r, dict) else vars(r) for r in rows]
        index: dict[str, int] = {}
        source = [index.setdefault(r["key"], len(index)) for r in rows]
        return cls.build(list(index), source, [r["document_id"] for r in rows], [r["start"] for r in rows],
                         [r["end"] for r in rows], [r["text"] for r in rows])

    def with_texts_of(self, ids: Iterable[int]) -> SegmentTable:
        """The same segments, keeping only the texts of segments ``ids``."""
        keep = np.unique(np.fromiter((int(i) for i in ids), dtype=np.int64))
        blob, bounds = join_texts([self.text(int(i)) for i in keep])
        return SegmentTable(self.keys, self.source, self.document, self.start, self.end, blob, bounds, keep)

    # --- reading --------------------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        """The distinct source keys (``source`` indexes them)."""
        if isinstance(self._keys, str):
            self._keys = self._keys.split("\n") if self._keys else []
        return self._keys

    def __len__(self) -> int:
        return len(self.source)

    def __getitem__(self, i: int):  # noqa: ANN204 - a SegmentRow
        from app.analysis.results import SegmentRow

        n = len(self.source)
        if not -n <= i < n:
            raise IndexError(f"segment {i} out of range")
        i = int(i) % n
        doc = int(self.document[i])
        return SegmentRow(i, self.keys[self.source[i]], None if doc < 0 else doc, int(self.start[i]),
                          int(self.end[i]), self.text(i))

    def __iter__(self) -> Iterator[Any]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Same segments (keys, documents, offsets) and the same texts where both tables have them."""
        if not isinstance(other, SegmentTable):
            return NotImplemented
        if len(self) != len(other) or not all(np.array_equal(getattr(self, a), getattr(other, a))
                                              for a in ("document", "start", "end")):
            return False
        if [self.keys[s] for s in self.source] != [other.keys[s] for s in other.source]:
            return False
        both = np.intersect1d(self.ids_with_text(), other.ids_with_text())
        return all(self.text(int(i)) == other.text(int(i)) for i in both)

    __hash__ = None  # type: ignore[assignment] - mutable arrays

    def __getstate__(self) -> dict[str, Any]:
        """Picklable state (the texts may be a memoryview of the loaded bytes)."""
        return {**vars(self), "blob": bytes(self.blob)}

    def __repr__(self) -> str:
        return f"SegmentTable({len(self)} segments, {len(self.bounds) - 1} texts)"

    def ids_with_text(self) -> np.ndarray:
        """The segments whose text is kept."""
        return np.arange(len(self)) if self.text_ids is None else self.text_ids

    def text(self, i: int) -> str:
        """The text of segment ``i`` ("" when it is not kept)."""
        j = i
        if self.text_ids is not None:
            j = int(np.searchsorted(self.text_ids, i))
            if j >= len(self.text_ids) or self.text_ids[j] != i:
                return ""
        return str(self.blob[self.bounds[j]:self.bounds[j + 1]], "utf-8")

    def has_documents(self) -> bool:
        """True when some segment comes from a project document."""
        return bool(len(self.document)) and bool((self.document >= 0).any())

    def document_ids(self) -> list[int]:
        """The distinct project document ids, sorted."""
        return [int(d) for d in np.unique(self.document[self.document >= 0])]

    def passages(self, mask: np.ndarray | None = None) -> list[tuple[int, int, int]]:
        """(document id, start, end) of the segments in ``mask`` (all by default) that have a document."""
        keep = self.document >= 0 if mask is None else (np.asarray(mask, dtype=bool) & (self.document >= 0))
        return list(zip(self.document[keep].tolist(), self.start[keep].tolist(), self.end[keep].tolist()))


def join_texts(texts: Sequence[str]) -> tuple[bytes, np.ndarray]:
    """The texts as one UTF-8 byte string, and the bounds of each text in it (bytes)."""
    encoded = [t.encode("utf-8") for t in texts]
    bounds = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=bounds[1:])
    return b"".join(encoded), bounds


# ------------------------------------------------------------------------------- serialisation
def compact_int(values: np.ndarray) -> np.ndarray:
    """``values`` as int32 when they fit (they nearly always do), else int64."""
    values = np.asarray(values)
    fits = not values.size or (values.min() >= -(2**31) and values.max() < 2**31)
    return values.astype(np.int32 if fits else np.int64)


def table_to_arrays(table: SegmentTable) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The JSON part (whether every text is kept; the keys unless they contain a newline) and the
    arrays of ``table`` (the keys, ``"\n"``-joined, as UTF-8 bytes)."""
    arrays = {"seg_source": table.source, "seg_document": compact_int(table.document),
              "seg_start": compact_int(table.start), "seg_end": compact_int(table.end),
              "seg_bounds": compact_int(table.bounds), "seg_text": np.frombuffer(table.blob, dtype=np.uint8)}
    if table.text_ids is not None:
        arrays["seg_text_ids"] = compact_int(table.text_ids)
    head: dict[str, Any] = {"all_texts": table.text_ids is None}
    if any("\n" in k for k in table.keys):
        head["keys"] = table.keys
    else:
        arrays["seg_keys"] = np.frombuffer("\n".join(table.keys).encode("utf-8"), dtype=np.uint8)
    return head, arrays


def table_from_arrays(head: dict[str, Any], arrays: dict[str, np.ndarray]) -> SegmentTable:
    """Inverse of :func:`table_to_arrays` (the texts stay bytes: a view of ``arrays``)."""
    keys = head["keys"] if "keys" in head else str(arrays["seg_keys"].data, "utf-8")
    return SegmentTable(keys, arrays["seg_source"], arrays["seg_document"], arrays["seg_start"],
                        arrays["seg_end"], arrays["seg_text"].data, arrays["seg_bounds"],
                        None if head.get("all_texts", True) else arrays["seg_text_ids"])
