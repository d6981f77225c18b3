"""Read REFI-QDA XML into an :class:`RProject`, tolerating the quirks of real tools.

Offsets of every source are converted to positions in the Verbatim text (NFC, LF): see
:mod:`coding.refi.offsets`. Selections outside the text are clamped or dropped; non-text sources,
unknown references and unsupported elements are reported in the :class:`DataLossReport`.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from lxml import etree

from coding.refi.guids import normal_guid
from coding.refi.model import (
    SET_MEMBER,
    SET_PREFIX,
    RCase,
    RCode,
    RCoding,
    RNote,
    RProject,
    RSelection,
    RSource,
    RUser,
    RValue,
    RVariable,
)
from coding.refi.offsets import OffsetMapper, decode
from coding.refi.report import DataLossReport
from coding.refi.xmlsafe import child, child_text, children, local

ReadFile = Callable[[str], bytes | None]  # "internal://x.txt" -> bytes, None when absent
_VALUE_TYPES = {"TextValue": "Text", "BooleanValue": "Boolean", "IntegerValue": "Integer",
                "FloatValue": "Float", "DateValue": "Date", "DateTimeValue": "DateTime"}
_OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
_IGNORED = ("Links", "Graphs")


def _guid(el: etree._Element, attr: str = "guid") -> str:
    return normal_guid(el.get(attr)) or str(uuid4())


def _refs(el: etree._Element, name: str) -> list[str]:
    return [g for g in (normal_guid(r.get("targetGUID")) for r in children(el, name)) if g]


def read_codes(parent: etree._Element | None, report: DataLossReport) -> list[RCode]:
    """The code tree under a ``<Codes>`` (or ``<Code>``) element."""
    out = []
    for el in children(parent, "Code") if parent is not None else []:
        code = RCode(_guid(el), (el.get("name") or "").strip() or "(unnamed)", _colour(el.get("color")),
                     child_text(el, "Description"), el.get("isCodable", "true").strip().lower() in ("true", "1"),
                     read_codes(el, report), _refs(el, "NoteRef"))
        if not code.codable:
            report.changed("Code", code.name, "a category (isCodable=false) became an ordinary code")
        out.append(code)
    return out


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) == 4 and value.startswith("#"):
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.upper() if len(value) == 7 and value.startswith("#") else None


class ProjectReader:
    """Reads one ``<Project>`` element, with a function to fetch internal files."""

    def __init__(self, root: etree._Element, read_file: ReadFile, report: DataLossReport):
        self.root = root
        self.read_file = read_file
        self.report = report

    def read(self) -> RProject:
        """The whole project."""
        r = self.root
        proj = RProject(name=r.get("name") or "", origin=r.get("origin") or "",
                        description=child_text(r, "Description"), project_notes=_refs(r, "NoteRef"))
        users = child(r, "Users")
        proj.users = [RUser(_guid(u), u.get("name") or u.get("id") or "") for u in
                      (children(users, "User") if users is not None else [])]
        book = child(r, "CodeBook")
        proj.codes = read_codes(child(book, "Codes") if book is not None else None, self.report)
        proj.variables = self._variables()
        proj.cases = [self._case(c) for c in self._items("Cases", "Case")]
        proj.sources = self._sources()
        proj.notes = [n for n in (self._note(el) for el in self._items("Notes", "Note")) if n]
        self._sets(proj)
        for name in _IGNORED:
            if child(r, name) is not None:
                self.report.dropped(name, "", "not supported by Verbatim")
        return proj

    def _sets(self, proj: RProject) -> None:
        """Sets of sources (NVivo sets, ATLAS.ti document groups, MAXQDA document sets) become document
        attributes ``Set: <name>`` = ``yes``, so that analyses and exports can filter on them; sets of
        codes or notes have no equivalent and are reported."""
        sources = {src.guid: src for src in proj.sources}
        for el in self._items("Sets", "Set"):
            name = (el.get("name") or "").strip() or "(unnamed set)"
            members = [sources[g] for g in _refs(el, "MemberSource") if g in sources]
            others = len(children(el, "MemberCode")) + len(children(el, "MemberNote"))
            if others:
                self.report.dropped("Set", name, f"{others} code or note member(s): sets of codes or notes "
                                    "are not supported")
            if not members:
                if not others:
                    self.report.dropped("Set", name, "no text source of this project in the set")
                continue
            variable = RVariable(str(uuid4()), f"{SET_PREFIX}{name}", "Text", child_text(el, "Description"))
            proj.variables.append(variable)
            for src in members:
                src.values.append(RValue(variable.guid, SET_MEMBER))
            self.report.changed("Set", name, f"became the document attribute {variable.name!r} "
                                f"= {SET_MEMBER!r} on its {len(members)} document(s)")

    def _items(self, container: str, name: str) -> list[etree._Element]:
        found = child(self.root, container)
        return children(found, name) if found is not None else []

    def _variables(self) -> list[RVariable]:
        return [RVariable(_guid(v), v.get("name") or "", v.get("typeOfVariable") or "Text",
                          child_text(v, "Description")) for v in self._items("Variables", "Variable")]

    def _values(self, el: etree._Element) -> list[RValue]:
        out = []
        for vv in children(el, "VariableValue"):
            ref = child(vv, "VariableRef")
            value = next((c for c in vv if local(c) in _VALUE_TYPES), None)
            if ref is None or not ref.get("targetGUID"):
                continue
            text = (value.text or "").strip() if value is not None else ""
            out.append(RValue(normal_guid(ref.get("targetGUID")) or "", text,
                              _VALUE_TYPES.get(local(value), "Text") if value is not None else "Text"))
        return out

    def _case(self, el: etree._Element) -> RCase:
        if children(el, "CodeRef"):
            self.report.dropped("Case", el.get("name") or "", "codes linked to a case (CodeRef) are not supported")
        return RCase(_guid(el), (el.get("name") or "").strip(), child_text(el, "Description"), self._values(el),
                     _refs(el, "SourceRef"), _refs(el, "SelectionRef"))

    def _content(self, el: etree._Element, what: str) -> bytes | None:
        inline = child(el, "PlainTextContent")
        if inline is not None:
            return (inline.text or "").encode("utf-8")
        path = el.get("plainTextPath")
        if not path:
            return None
        data = self.read_file(path)
        if data is None:
            self.report.dropped(what, el.get("name") or "", f"its plain text {path!r} is not in the archive")
        return data

    def _note(self, el: etree._Element) -> RNote | None:
        data = self._content(el, "Note")
        if data is None:
            return None
        text, _ = decode(data)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return RNote(_guid(el), el.get("name") or "", text, normal_guid(el.get("creatingUser")),
                     el.get("creationDateTime"))

    def _sources(self) -> list[RSource]:
        container = child(self.root, "Sources")
        out = []
        for el in list(container) if container is not None else []:
            kind = local(el)
            if kind == "TextSource":
                src = self._text_source(el)
                if src is not None:
                    out.append(src)
            elif kind in _OTHER_SOURCES:
                self.report.dropped(kind, el.get("name") or "", "only text sources are supported; "
                                    "its selections, codings and notes were skipped")
        return out

    def _text_source(self, el: etree._Element) -> RSource | None:
        name = el.get("name") or "(unnamed source)"
        data = self._content(el, "TextSource")
        if data is None:
            if not el.get("plainTextPath"):
                self.report.dropped("TextSource", name, "no plain text (rich text only is not supported)")
            return None
        raw, notes = decode(data)
        had_bom = raw.startswith("\ufeff")
        raw = raw.lstrip("\ufeff")
        had_bom = had_bom or any("byte order mark" in n for n in notes)
        for note in notes:
            self.report.warn("TextSource", name, note)
        mapper = OffsetMapper(raw, had_bom)
        src = RSource(_guid(el), name, mapper.text, normal_guid(el.get("creatingUser")),
                      el.get("creationDateTime"), child_text(el, "Description"),
                      notes=_refs(el, "NoteRef"), values=self._values(el))
        src.codings = [self._coding(c) for c in children(el, "Coding")]
        src.selections = self._selections(el, mapper, name)
        if el.get("richTextPath"):
            self.report.changed("TextSource", name, "formatting (rich text) was dropped, the plain text kept")
        return src

    def _selections(self, el: etree._Element, mapper: OffsetMapper, name: str) -> list[RSelection]:
        raw = [(s, _int(s.get("startPosition")), _int(s.get("endPosition"))) for s in children(el, "PlainTextSelection")]
        reading = mapper.choose([(a, b, s.get("name") or "") for s, a, b in raw if a is not None and b is not None])
        if reading is not mapper.readings[0]:
            self.report.changed("TextSource", name, f"offsets read as {reading.label} (the tool did not count "
                                "code points of the file) and converted")
        out = []
        for sel_el, start, end in raw:
            conv = [None if p is None else reading.convert(p) for p in (start, end)]
            sel = self._selection(sel_el, conv[0], conv[1], len(mapper.text), name)
            if sel is not None:
                out.append(sel)
        return out

    def _selection(self, el: etree._Element, start: int | None, end: int | None, size: int,
                   source: str) -> RSelection | None:
        label = f"{source} [{el.get('startPosition')}-{el.get('endPosition')}]"
        if start is None or start >= size:
            self.report.dropped("PlainTextSelection", label, "starts beyond the end of the text")
            return None
        if end is None or end > size:
            self.report.changed("PlainTextSelection", label, "ended beyond the end of the text: clamped")
            end = size
        if end <= start:
            self.report.dropped("PlainTextSelection", label, "empty or reversed selection")
            return None
        return RSelection(_guid(el), start, end, el.get("name") or "", child_text(el, "Description"),
                          normal_guid(el.get("creatingUser")), el.get("creationDateTime"),
                          [self._coding(c) for c in children(el, "Coding")], _refs(el, "NoteRef"))

    def _coding(self, el: etree._Element) -> RCoding:
        ref = child(el, "CodeRef")
        return RCoding(_guid(el), normal_guid(ref.get("targetGUID")) if ref is not None else "",
                       normal_guid(el.get("creatingUser")), el.get("creationDateTime"), _refs(el, "NoteRef"))


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None
