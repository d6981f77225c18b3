"""An in-memory REFI-QDA project: what the reader produces and the writer consumes.

Exporting goes project -> :class:`RProject` (``collect``) -> XML (``writer``); importing goes
XML (``reader``) -> :class:`RProject` -> project (``store``). Offsets in :class:`RSelection` are
code points, half-open ``[start, end)`` in the source's plain text, as REFI-QDA tools write them
(``endPosition`` is the position after the last character, as in QualCoder, ATLAS.ti, MAXQDA).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RUser:
    """A user (a coder)."""

    guid: str
    name: str


@dataclass
class RCode:
    """A code; ``codable`` is False for categories (folders) of other tools."""

    guid: str
    name: str
    color: str | None = None
    description: str = ""
    codable: bool = True
    children: list[RCode] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # note GUIDs


@dataclass
class RVariable:
    """A variable (attribute) with its REFI-QDA type (Text, Integer, Float, Boolean, Date, DateTime)."""

    guid: str
    name: str
    type: str = "Text"
    description: str = ""


@dataclass
class RValue:
    """The value of one variable for a case or a source."""

    variable: str  # variable GUID
    value: str
    type: str = "Text"


@dataclass
class RCoding:
    """A code applied to a selection (or to a whole source)."""

    guid: str
    code: str  # code GUID
    user: str | None = None
    created: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class RSelection:
    """A PlainTextSelection."""

    guid: str
    start: int
    end: int
    name: str = ""
    description: str = ""
    user: str | None = None
    created: str | None = None
    codings: list[RCoding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class RSource:
    """A text source with its plain text (other source kinds are skipped at import)."""

    guid: str
    name: str
    text: str
    user: str | None = None
    created: str | None = None
    description: str = ""
    selections: list[RSelection] = field(default_factory=list)
    codings: list[RCoding] = field(default_factory=list)  # codings of the whole source
    notes: list[str] = field(default_factory=list)
    values: list[RValue] = field(default_factory=list)


@dataclass
class RCase:
    """A case: a participant or a group, its variables and the sources/selections it groups."""

    guid: str
    name: str
    description: str = ""
    values: list[RValue] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # source GUIDs
    selections: list[str] = field(default_factory=list)  # selection GUIDs


@dataclass
class RNote:
    """A note (memo): a small text source."""

    guid: str
    name: str
    text: str
    user: str | None = None
    created: str | None = None
    description: str = ""


#: A set of sources is kept as a document attribute ``Set: <name>`` with this value for its members.
SET_PREFIX, SET_MEMBER = "Set: ", "yes"


@dataclass
class RSet:
    """A set of sources (``<Set>`` with ``<MemberSource>``): a Verbatim ``Set: <name>`` attribute."""

    guid: str
    name: str
    description: str = ""
    sources: list[str] = field(default_factory=list)  # source GUIDs


@dataclass
class RProject:
    """A whole REFI-QDA project (or, with only ``codes``, a codebook)."""

    name: str
    origin: str = ""
    created: str | None = None
    user: str | None = None
    description: str = ""
    users: list[RUser] = field(default_factory=list)
    codes: list[RCode] = field(default_factory=list)
    variables: list[RVariable] = field(default_factory=list)
    cases: list[RCase] = field(default_factory=list)
    sources: list[RSource] = field(default_factory=list)
    notes: list[RNote] = field(default_factory=list)
    project_notes: list[str] = field(default_factory=list)
    sets: list[RSet] = field(default_factory=list)


def walk_codes(codes: list[RCode], parents: tuple[RCode, ...] = ()):  # noqa: ANN201 - generator
    """Yield ``(code, ancestors)`` depth first."""
    for code in codes:
        yield code, parents
        yield from walk_codes(code.children, (*parents, code))
