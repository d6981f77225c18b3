"""Types shared by every importer: what an importer hands to the store.

Importers are pure: they read a file and return :class:`ImportedDocument` objects. They never touch
the database. Offsets are Python code points in ``ImportedDocument.text`` (NFC, LF line ends).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Message, render


class ImportFailure(Exception):
    """A file that cannot be imported; the message names the file and the reason.

    ``reason`` is a :class:`corpus.messages.Message` (rendered in the user's language when shown) or,
    for older call sites, plain English text."""

    def __init__(self, path: str | Path, reason: str | Message):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{display_name(path)}: {render(reason, 'en')}")

    def __str__(self) -> str:
        return f"{display_name(self.path)}: {render(self.reason)}"


def printable(text: str, limit: int = 80) -> str:
    """``text`` safe to show on one line: control characters and undecodable bytes (a file name that is
    not UTF-8) replaced by U+FFFD, shortened to ``limit`` characters."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = "".join("\ufffd" if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def display_name(path: str | Path) -> str:
    """The file name of ``path`` as shown to the user (see :func:`printable`)."""
    return printable(Path(path).name, 120)


@dataclass(frozen=True)
class ImportedTurn:
    """A speaker turn found in a document.

    ``start``/``end`` bound the whole turn (label included); ``content_start`` is where the speech
    itself starts (after ``"Name : "`` or a time stamp), so analyses can leave labels out.
    """

    start: int
    end: int
    content_start: int
    speaker: str | None
    timestamp: float | None = None


@dataclass(frozen=True)
class SectionMark:
    """A thematic mark (Iramuteq ``-*theme`` line, act/scene header...) at an offset of the text."""

    offset: int
    label: str


@dataclass
class ImportedDocument:
    """One document read from a file, ready to be stored."""

    name: str
    text: str
    source_name: str
    source_format: str
    sha256: str
    kind: str = "text"  # "transcript", "text", "survey", "iramuteq"
    turns: list[ImportedTurn] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    sections: list[SectionMark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user (or CLI flags) makes for an import."""

    text_columns: tuple[str, ...] | None = None  # CSV/XLSX: the free-text column(s); None = guess
    id_column: str | None = None  # CSV/XLSX: the respondent id column; None = guess
    detect_speakers: bool = True
    encoding: str | None = None  # force a text encoding; None = detect


_COLLECTED: ContextVar[list[str] | None] = ContextVar("import_warnings", default=None)


def warn(message: str | Message) -> None:
    """Report something an importer dropped or changed (shown to the user after the import).

    The warning goes to the list of the innermost :func:`collecting_warnings` (``read_file`` opens one
    per file and puts its warnings on the file's first document); outside one it is ignored."""
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append(render(message))


@contextmanager
def collecting_warnings() -> Iterator[list[str]]:
    """Collect the :func:`warn` calls made inside the ``with`` block into the list yielded."""
    collected: list[str] = []
    token = _COLLECTED.set(collected)
    try:
        yield collected
    finally:
        _COLLECTED.reset(token)
