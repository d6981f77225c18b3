"""Plain types of pseudonymisation: what was found where, and the rows of the review table."""

from __future__ import annotations

from dataclasses import dataclass

PERSON, PLACE, ORGANISATION = "person", "place", "organisation"
EMAIL, PHONE, ADDRESS, IDENTIFIER, URL, DATE = "email", "phone", "address", "identifier", "url", "date"
#: Every kind of entity, in the order the review table lists them.
KINDS = (PERSON, PLACE, ORGANISATION, EMAIL, PHONE, ADDRESS, DATE, IDENTIFIER, URL)  # a postcode is an address
NAME_KINDS = frozenset({PERSON, PLACE, ORGANISATION})

ACCEPT, REJECT = "accept", "reject"


@dataclass(frozen=True)
class Detection:
    """One occurrence found in a text: ``[start, end)`` in code points of the stored text.

    ``source`` tells what found it: ``pattern``, ``project`` (a case or speaker name), ``list`` (the
    shipped first names, towns or the user's always-mask list) or ``ner`` (spaCy)."""

    document_id: int
    start: int
    end: int
    text: str
    kind: str
    source: str = "pattern"


@dataclass(frozen=True)
class Span:
    """A found span of one text, before it is tied to a document."""

    start: int
    end: int
    kind: str
    source: str


@dataclass
class Entity:
    """One row of the review / correspondence table: a surface form and what replaces it.

    Rows with the same ``replacement`` are one entity ("M. Dupont", "Dupont" -> "Personne 3"): merging
    variants is giving them one replacement."""

    surface: str
    kind: str
    replacement: str = ""
    action: str = ACCEPT
    count: int = 0
    context: str = ""
    sources: str = ""

    @property
    def accepted(self) -> bool:
        """True when the surface form is to be replaced."""
        return self.action == ACCEPT and bool(self.surface)
