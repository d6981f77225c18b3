"""Read REFI-QDA XML into an :class:`RProject`, tolerating the quirks of real tools.

Offsets of every source are converted to positions in the Verbatim text (NFC, LF), read the way
the producing tool counted them (see :mod:`coding.refi.readings`; the user may force a reading per
source). Selections outside the text are clamped or dropped; non-text sources,
unknown references and unsupported elements are reported in the :class:`DataLossReport`.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from lxml import etree

from coding.refi.case_codes import apply_case_codes
from coding.refi.guids import normal_guid
from coding.refi.links import apply_links
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
from coding.refi.offsets import decode
from coding.refi.readings import STANDARD, UNITS, SourceOffsets, parse_key
from coding.refi.report import DataLossReport, RefiError
from coding.refi.xmlsafe import child, child_text, children, local
from corpus.messages import msg

ReadFile = Callable[[str], bytes | None]  # "internal://x.txt" -> bytes, None when absent
_VALUE_TYPES = {"TextValue": "Text", "BooleanValue": "Boolean", "IntegerValue": "Integer",
                "FloatValue": "Float", "DateValue": "Date", "DateTimeValue": "DateTime"}
_OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
_IGNORED = ("Graphs",)


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
            report.warn("Code", code.name, msg("a category (isCodable=false): a code of its own in Verbatim, "
                                               "with no codings of its own"))
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

    def __init__(self, root: etree._Element, read_file: ReadFile, report: DataLossReport,
                 readings: dict[str, str] | None = None, cancel: Callable[[], None] | None = None):
        self.root = root
        self.read_file = read_file
        self.report = report
        self.forced = {guid: _valid_key(key) for guid, key in (readings or {}).items()}  # GUID or "*" -> key
        self.origin = root.get("origin") or ""
        self.check_cancel = cancel or (lambda: None)  # raises when the user cancelled

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
        apply_case_codes(proj, self.report)
        links = child(r, "Links")
        if links is not None:
            apply_links(links, proj, self.report)
        for name in _IGNORED:
            if child(r, name) is not None:
                self.report.dropped(name, "", msg("not supported by Verbatim"))
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
                self.report.dropped("Set", name, msg("{n} code or note member(s): sets of codes or notes "
                                                     "are not supported", n=others))
            if not members:
                if not others:
                    self.report.dropped("Set", name, msg("no text source of this project in the set"))
                continue
            variable = RVariable(str(uuid4()), f"{SET_PREFIX}{name}", "Text", child_text(el, "Description"))
            proj.variables.append(variable)
            for src in members:
                src.values.append(RValue(variable.guid, SET_MEMBER))
            self.report.changed("Set", name, msg("became the document attribute {attribute!r} = {value!r} on its "
                                                 "{n} document(s)", attribute=variable.name, value=SET_MEMBER,
                                                 n=len(members)))

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
            self.report.dropped("Case", el.get("name") or "", msg("codes linked to a case (CodeRef) are not supported"))
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
            self.report.dropped(what, el.get("name") or "", msg("its plain text {path!r} is not in the archive",
                                                                path=path))
        return data

    def _note(self, el: etree._Element) -> RNote | None:
        data = self._content(el, "Note")
        if data is None:
            return None
        text, _ = decode(data)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return RNote(_guid(el), el.get("name") or "", text, normal_guid(el.get("creatingUser")),
                     el.get("creationDateTime"), child_text(el, "Description").strip())

    def _sources(self) -> list[RSource]:
        container = child(self.root, "Sources")
        out = []
        for el in list(container) if container is not None else []:
            self.check_cancel()
            kind = local(el)
            if kind == "TextSource":
                src = self._text_source(el)
                if src is not None:
                    out.append(src)
            elif kind in _OTHER_SOURCES:
                self.report.dropped(kind, el.get("name") or "", msg("only text sources are supported; "
                                                                    "its selections, codings and notes were skipped"))
        return out

    def _text_source(self, el: etree._Element) -> RSource | None:
        name = el.get("name") or "(unnamed source)"
        data = self._content(el, "TextSource")
        if data is None:
            if not el.get("plainTextPath"):
                self.report.dropped("TextSource", name, msg("no plain text (rich text only is not supported)"))
            return None
        raw, notes = decode(data)
        had_bom = raw.startswith("\ufeff")
        raw = raw.lstrip("\ufeff")
        had_bom = had_bom or data.startswith(b"\xef\xbb\xbf")
        for note in notes:
            self.report.warn("TextSource", name, note)
        offsets = SourceOffsets(raw, had_bom)
        src = RSource(_guid(el), name, offsets.text, normal_guid(el.get("creatingUser")),
                      el.get("creationDateTime"), child_text(el, "Description"),
                      notes=_refs(el, "NoteRef"), values=self._values(el))
        src.codings = [self._coding(c) for c in children(el, "Coding")]
        src.selections = self._selections(el, offsets, src)
        if el.get("richTextPath"):
            self.report.changed("TextSource", name, msg("formatting (rich text) was dropped, the plain text kept"))
        return src

    def _selections(self, el: etree._Element, offsets: SourceOffsets, src: RSource) -> list[RSelection]:
        raw = [(s, _int(s.get("startPosition")), _int(s.get("endPosition"))) for s in children(el, "PlainTextSelection")]
        forced = self.forced.get(src.guid) or self.forced.get("*")
        choice = offsets.choose([(a, b, s.get("name") or "") for s, a, b in raw if a is not None and b is not None],
                                source=src.name, guid=src.guid, origin=self.origin, forced=forced)
        if raw:
            self.report.readings.append(choice)
        reading = offsets.reading(choice.key)
        if raw and reading.key != offsets.reading(STANDARD).key:
            self.report.changed("TextSource", src.name, msg("positions read as {reading} (not code points of the "
                                                            "file, as the standard says) and converted",
                                                            reading=choice.label))
        if raw and not choice.convincing:
            self.report.warn("TextSource", src.name, msg("no reading of the positions is convincing: {reading} was "
                                                         "used; check the codings, or import again choosing the "
                                                         "reading", reading=choice.label))
        out = []
        for sel_el, start, end in raw:
            conv = [None if p is None else reading.convert(p)[0] for p in (start, end)]
            sel = self._selection(sel_el, conv[0], conv[1], len(offsets.text), src.name)
            if sel is not None:
                out.append(sel)
        return out

    def _selection(self, el: etree._Element, start: int | None, end: int | None, size: int,
                   source: str) -> RSelection | None:
        label = f"{source} [{el.get('startPosition')}-{el.get('endPosition')}]"
        if start is None or start >= size:
            self.report.dropped("PlainTextSelection", label, msg("starts beyond the end of the text"))
            return None
        if end is None or end > size:
            self.report.changed("PlainTextSelection", label, msg("ended beyond the end of the text: clamped"))
            end = size
        if end <= start:
            self.report.dropped("PlainTextSelection", label, msg("empty or reversed selection"))
            return None
        return RSelection(_guid(el), start, end, el.get("name") or "", child_text(el, "Description"),
                          normal_guid(el.get("creatingUser")), el.get("creationDateTime"),
                          [self._coding(c) for c in children(el, "Coding")], _refs(el, "NoteRef"))

    def _coding(self, el: etree._Element) -> RCoding:
        ref = child(el, "CodeRef")
        return RCoding(_guid(el), normal_guid(ref.get("targetGUID")) if ref is not None else "",
                       normal_guid(el.get("creatingUser")), el.get("creationDateTime"), _refs(el, "NoteRef"))


def _valid_key(key: str) -> str:
    """A reading key as given by the user, checked (:class:`RefiError` with the keys that exist)."""
    try:
        parse_key(key)
    except ValueError:
        raise RefiError(msg("{offsets}: not a reading of positions; use one of {keys}.", offsets=key,
                            keys="<" + "|".join(UNITS) + ">-<bom|nobom>-<crlf2|crlf1>")) from None
    return key.strip().lower()


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None
