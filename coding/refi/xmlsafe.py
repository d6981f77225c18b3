"""Safe XML for REFI-QDA: the official schemas, a hardened parser, validation.

The schemas ship in ``resources/refi`` (copies of the REFI-QDA 1.5 ``Project.xsd`` and
``Codebook.xsd``), so exports are validated without the source checkout beside the app.

Untrusted XML is first checked with ``defusedxml`` (any DTD or entity declaration is refused:
that is how billion-laughs and external-entity attacks start), then parsed by lxml with entity
resolution, network access and huge trees off.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from lxml import etree

from coding.refi.report import RefiError
from corpus.messages import msg

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
SCHEMAS = {"project": "Project.xsd", "codebook": "Codebook.xsd"}


def schema_path(kind: str) -> Path:
    """The path of the bundled schema (``kind`` is ``"project"`` or ``"codebook"``)."""
    ref = resources.files("resources").joinpath("refi", SCHEMAS[kind])
    path = Path(str(ref))
    if not path.is_file():  # pragma: no cover - only when installed without package data
        raise RefiError(msg("The REFI-QDA schema {file} is missing from the installation.", file=SCHEMAS[kind]))
    return path


@lru_cache(maxsize=2)
def schema(kind: str) -> etree.XMLSchema:
    """The compiled schema (cached)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(schema_path(kind)), parser))


def schema_errors(root: etree._Element, kind: str) -> list[str]:
    """The schema violations of a tree, one readable line each (empty when valid)."""
    xsd = schema(kind)
    if xsd.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]


def assert_valid(root: etree._Element, kind: str) -> None:
    """Raise :class:`RefiError` when a tree we built does not validate (a bug: nothing is written)."""
    errors = schema_errors(root, kind)
    if errors:
        raise RefiError(msg("The {kind} exported does not validate against {file}: {errors}", kind=kind,
                            file=SCHEMAS[kind], errors="; ".join(errors[:5])))


def parse_untrusted(data: bytes, what: str) -> etree._Element:
    """Parse XML from a file of unknown origin; refuse DTDs, entities and malformed XML."""
    try:
        defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise RefiError(msg("{file}: refused, the XML declares a DTD or entities ({error}); this is how XML "
                            "bombs work, and REFI-QDA files never need them.", file=what,
                            error=type(exc).__name__)) from exc
    except Exception as exc:  # noqa: BLE001 - expat's ParseError and friends
        raise RefiError(msg("{file}: not well-formed XML ({error}).", file=what, error=exc)) from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             remove_blank_text=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise RefiError(msg("{file}: not well-formed XML ({error}).", file=what, error=exc)) from exc


def local(el: etree._Element) -> str:
    """An element's name without its namespace (tools disagree on namespaces)."""
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def children(el: etree._Element, name: str) -> list[etree._Element]:
    """Direct children called ``name`` (any namespace)."""
    return [c for c in el if local(c) == name]


def child(el: etree._Element, name: str) -> etree._Element | None:
    """The first direct child called ``name`` (any namespace), or ``None``."""
    return next((c for c in el if local(c) == name), None)


def child_text(el: etree._Element, name: str) -> str:
    """The text of the first child called ``name`` ("" when absent)."""
    found = child(el, name)
    return (found.text or "") if found is not None else ""
