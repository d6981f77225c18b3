"""Plain, frozen dataclasses handed out by the coding services."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of Python code points in a document."""

    document_id: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"empty or reversed span {self.start}-{self.end}")

    def overlaps(self, other: Span) -> bool:
        """True when both spans share at least one character of the same document."""
        return self.document_id == other.document_id and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Code:
    """A code of the codebook tree."""

    id: int
    parent_id: int | None
    name: str
    color: str
    position: int
    description: str = ""
    path: str = ""  # "Parent/Child", for display, CLI and exports
    created: str = ""
    guid: str | None = None  # kept from a REFI-QDA import


@dataclass(frozen=True)
class CodeCounts:
    """Counts of a code: own codings/documents, and with its descendants."""

    code_id: int
    codings: int
    documents: int
    codings_with_children: int
    documents_with_children: int


@dataclass(frozen=True)
class Coding:
    """A code applied to a span, with the coded text kept (``snippet``)."""

    id: int
    code_id: int
    span: Span
    snippet: str
    coder: str
    created: str


@dataclass(frozen=True)
class Coder:
    """A person who codes."""

    id: int
    name: str


@dataclass(frozen=True)
class Memo:
    """A memo on the project (``target_id`` 0), a document, a code, a coding or a case."""

    id: int
    target_kind: str
    target_id: int
    text: str
    coder: str
    updated: str


@dataclass(frozen=True)
class Excerpt:
    """A coding seen in context: what the excerpt lists, the Word export and reports show.

    ``speaker`` is the case of the turn holding the coding's start (``None`` outside turns),
    ``timestamp`` that turn's time stamp in seconds.
    """

    coding: Coding
    code_path: str
    document_name: str
    speaker: str | None = None
    case_id: int | None = None
    speaker_attributes: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    timestamp: float | None = None


@dataclass(frozen=True)
class TextHit:
    """A passage found by :func:`coding.search.search_text` (also the auto-coding preview row)."""

    document_id: int
    document_name: str
    span: Span
    text: str
    speaker: str | None = None
    case_id: int | None = None


AutocodeHit = TextHit
