"""Write an :class:`RProject` as REFI-QDA XML (``project.qde``) or as a codebook (``.qdc``)."""

from __future__ import annotations

from lxml import etree

from coding.refi.model import RCase, RCode, RCoding, RNote, RProject, RSelection, RSource, RValue
from coding.refi.xmlsafe import CODEBOOK_NS, PROJECT_NS

_VALUE_ELEMENT = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue",
                  "Float": "FloatValue", "Date": "DateValue", "DateTime": "DateTimeValue"}


class _Builder:
    """Makes elements in one namespace, leaving out attributes that are ``None``."""

    def __init__(self, ns: str):
        self.ns = ns

    def el(self, parent: etree._Element | None, tag_name: str, /, **attrs: str | None) -> etree._Element:
        tag = f"{{{self.ns}}}{tag_name}"
        clean = {k: v for k, v in attrs.items() if v is not None}
        if parent is None:
            return etree.Element(tag, clean, nsmap={None: self.ns})
        return etree.SubElement(parent, tag, clean)

    def text(self, parent: etree._Element, tag_name: str, value: str) -> None:
        if value:
            self.el(parent, tag_name).text = _xml_safe(value)

    def refs(self, parent: etree._Element, tag_name: str, guids: list[str]) -> None:
        for guid in guids:
            self.el(parent, tag_name, targetGUID=guid)


def _xml_safe(text: str) -> str:
    """Drop the few characters XML 1.0 cannot hold (control characters other than tab and newline)."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def source_file_name(source: RSource) -> str:
    """The name of a text source's plain text inside ``sources/``."""
    return f"{source.guid}.txt"


def project_xml(project: RProject) -> etree._Element:
    """The ``<Project>`` tree (sources refer to ``internal://<guid>.txt``)."""
    b = _Builder(PROJECT_NS)
    root = b.el(None, "Project", name=project.name, origin=project.origin, creatingUserGUID=project.user,
                creationDateTime=project.created)
    if project.users:
        users = b.el(root, "Users")
        for u in project.users:
            b.el(users, "User", guid=u.guid, name=u.name)
    if project.codes:
        _codes(b, b.el(b.el(root, "CodeBook"), "Codes"), project.codes, with_notes=True)
    if project.variables:
        variables = b.el(root, "Variables")
        for v in project.variables:
            var = b.el(variables, "Variable", guid=v.guid, name=v.name, typeOfVariable=v.type)
            b.text(var, "Description", v.description)
    if project.cases:
        cases = b.el(root, "Cases")
        for case in project.cases:
            _case(b, cases, case)
    if project.sources:
        sources = b.el(root, "Sources")
        for src in project.sources:
            _source(b, sources, src)
    if project.notes:
        notes = b.el(root, "Notes")
        for note in project.notes:
            _note(b, notes, note)
    if project.sets:
        sets = b.el(root, "Sets")
        for item in project.sets:
            el = b.el(sets, "Set", guid=item.guid, name=item.name)
            b.text(el, "Description", item.description)
            b.refs(el, "MemberSource", item.sources)
    b.text(root, "Description", project.description)
    b.refs(root, "NoteRef", project.project_notes)
    return root


def codebook_xml(codes: list[RCode], origin: str) -> etree._Element:
    """The ``<CodeBook>`` tree of a ``.qdc`` file."""
    b = _Builder(CODEBOOK_NS)
    root = b.el(None, "CodeBook", origin=origin)
    _codes(b, b.el(root, "Codes"), codes, with_notes=False)
    return root


def _codes(b: _Builder, parent: etree._Element, codes: list[RCode], *, with_notes: bool) -> None:
    for code in codes:
        el = b.el(parent, "Code", guid=code.guid, name=code.name, isCodable="true" if code.codable else "false",
                  color=code.color)
        b.text(el, "Description", code.description)
        if with_notes:
            b.refs(el, "NoteRef", code.notes)
        _codes(b, el, code.children, with_notes=with_notes)


def _values(b: _Builder, parent: etree._Element, values: list[RValue]) -> None:
    for v in values:
        el = b.el(parent, "VariableValue")
        b.el(el, "VariableRef", targetGUID=v.variable)
        b.el(el, _VALUE_ELEMENT.get(v.type, "TextValue")).text = _xml_safe(v.value)


def _case(b: _Builder, parent: etree._Element, case: RCase) -> None:
    el = b.el(parent, "Case", guid=case.guid, name=case.name)
    b.text(el, "Description", case.description)
    _values(b, el, case.values)
    b.refs(el, "SourceRef", case.sources)
    b.refs(el, "SelectionRef", case.selections)


def _coding(b: _Builder, parent: etree._Element, coding: RCoding) -> None:
    el = b.el(parent, "Coding", guid=coding.guid, creatingUser=coding.user, creationDateTime=coding.created)
    b.el(el, "CodeRef", targetGUID=coding.code)
    b.refs(el, "NoteRef", coding.notes)


def _selection(b: _Builder, parent: etree._Element, sel: RSelection) -> None:
    el = b.el(parent, "PlainTextSelection", guid=sel.guid, name=_xml_safe(sel.name) or None,
              startPosition=str(sel.start), endPosition=str(sel.end), creatingUser=sel.user,
              creationDateTime=sel.created)
    b.text(el, "Description", sel.description)
    for coding in sel.codings:
        _coding(b, el, coding)
    b.refs(el, "NoteRef", sel.notes)


def _source(b: _Builder, parent: etree._Element, src: RSource) -> None:
    el = b.el(parent, "TextSource", guid=src.guid, name=src.name, plainTextPath=f"internal://{source_file_name(src)}",
              creatingUser=src.user, creationDateTime=src.created)
    b.text(el, "Description", src.description)
    for sel in src.selections:
        _selection(b, el, sel)
    for coding in src.codings:
        _coding(b, el, coding)
    b.refs(el, "NoteRef", src.notes)
    _values(b, el, src.values)


def note_file_name(note: RNote) -> str:
    """The name of a note's plain text inside ``sources/`` (QualCoder reads notes from there)."""
    return f"{note.guid}.txt"


def _note(b: _Builder, parent: etree._Element, note: RNote) -> None:
    """A note both inline (``PlainTextContent``, as the standard prefers) and as a file (``plainTextPath``,
    which QualCoder reads as a journal)."""
    el = b.el(parent, "Note", guid=note.guid, name=note.name, plainTextPath=f"internal://{note_file_name(note)}",
              creatingUser=note.user, creationDateTime=note.created)
    b.text(el, "Description", note.description)
    b.el(el, "PlainTextContent").text = _xml_safe(note.text)


def serialise(root: etree._Element) -> bytes:
    """UTF-8 XML with a declaration."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
