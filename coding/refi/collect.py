"""Read a whole project into an :class:`RProject` for export, noting what REFI-QDA cannot carry."""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.codebook import tree_order
from coding.refi.case_links import group_line
from coding.refi.guids import GuidMap
from coding.refi.model import (
    SET_MEMBER,
    SET_PREFIX,
    RCase,
    RCode,
    RCoding,
    RNote,
    RProject,
    RSelection,
    RSet,
    RSource,
    RUser,
    RValue,
    RVariable,
)
from coding.refi.report import DataLossReport
from coding.refi.source_meta import meta_line
from coding.refi.store_notes import MEMO_SEPARATOR
from coding.refi.turn_check import check_turns
from corpus.messages import msg
from corpus.speakers import looks_like_interviewer
from corpus.store.models import (
    AttributeRow,
    AttributeValueRow,
    CaseMemberRow,
    CaseRow,
    CodeRow,
    CoderRow,
    CodingRow,
    DocumentRow,
    MemoRow,
    SectionRow,
    SettingRow,
    TurnRow,
)

ORIGIN = "Verbatim 0.1"
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


def xsd_datetime(value: str | None) -> str | None:
    """``value`` when it is a valid xsd:dateTime, else ``None``."""
    return value if value and _DATETIME.match(value) else None


class Collector:
    """Builds the :class:`RProject` of one project inside one read transaction."""

    def __init__(self, session: Session, name: str, report: DataLossReport):
        self.s = session
        self.g = GuidMap(session)
        self.report = report
        self.name = name
        self.memos: dict[tuple[str, int], MemoRow] = {
            (m.target_kind, m.target_id): m for m in session.scalars(select(MemoRow))
        }
        self.coder_guid: dict[int, str] = {}
        self.code_names: dict[int, str] = {}
        self.notes: list[RNote] = []

    def project(self) -> RProject:
        """The whole project."""
        setting = dict(self.s.execute(select(SettingRow.key, SettingRow.value)).all())
        users = self.users()
        proj = RProject(name=setting.get("title") or self.name, origin=ORIGIN,
                        created=xsd_datetime(setting.get("created")), users=users)
        proj.codes = self.codes()
        proj.variables, values = self.variables()
        proj.sets = self.sets(proj.variables, values.get("document", {}))
        proj.sources = self.sources(values.get("document", {}))
        proj.cases = self.cases(values.get("case", {}))
        proj.project_notes = self.note_refs("project", 0, str(msg("Project memo")))
        proj.notes = self.notes
        self.report.count("sources", len(proj.sources))
        self.report.count("codings", sum(len(sel.codings) for src in proj.sources for sel in src.selections))
        self.report.count("codes", sum(1 for _ in _walk(proj.codes)))
        self.report.count("cases", len(proj.cases))
        self.report.count("notes", len(proj.notes))
        return proj

    def users(self) -> list[RUser]:
        """Coders as users."""
        out = []
        for row in self.s.scalars(select(CoderRow).order_by(CoderRow.id)):
            guid = self.g.get("coder", row.id)
            self.coder_guid[row.id] = guid
            out.append(RUser(guid, row.name))
        return out

    def note_refs(self, kind: str, target_id: int, name: str) -> list[str]:
        """The note GUIDs of a memo target, recording the notes (called ``name``, in the user's language): one
        note per section of the memo (sections come from several notes joined at an import)."""
        memo = self.memos.get((kind, target_id))
        if memo is None or not memo.text:
            return []
        guids = []
        for i, section in enumerate(s for s in memo.text.split(MEMO_SEPARATOR) if s.strip()):
            guid = self.g.get(f"memo:{kind}", target_id if i == 0 else f"{target_id}:{i}")
            self.notes.append(RNote(guid, name if i == 0 else f"{name} ({i + 1})", section,
                                    self.coder_guid.get(memo.coder_id or -1), xsd_datetime(memo.updated)))
            guids.append(guid)
        return guids

    def codes(self) -> list[RCode]:
        """The code tree; a code with sub-codes and no codings of its own is written ``isCodable="false"``
        (other tools make a category of it, as NVivo and QualCoder do)."""
        rows = {r.id: r for r in self.s.scalars(select(CodeRow))}
        coded = set(self.s.scalars(select(CodingRow.code_id).distinct()))
        parents = {r.parent_id for r in rows.values() if r.parent_id is not None}
        nodes: dict[int, RCode] = {}
        roots: list[RCode] = []
        for code in tree_order(list(rows.values())):
            node = RCode(code.guid or self.g.get("code", code.id), code.name, _colour(code.color),
                         code.description, code.id not in parents or code.id in coded,
                         notes=self.note_refs("code", code.id, str(msg("Memo on the code {code}", code=code.name))))
            nodes[code.id] = node
            (nodes[code.parent_id].children if code.parent_id in nodes else roots).append(node)
        return roots

    def variables(self) -> tuple[list[RVariable], dict[str, dict[int, list[RValue]]]]:
        """Attributes as variables, and the values of each document and case."""
        by_attr: dict[int, list[AttributeValueRow]] = defaultdict(list)
        for v in self.s.scalars(select(AttributeValueRow)):
            by_attr[v.attribute_id].append(v)
        variables: list[RVariable] = []
        values: dict[str, dict[int, list[RValue]]] = {"document": defaultdict(list), "case": defaultdict(list)}
        for attr in self.s.scalars(select(AttributeRow).order_by(AttributeRow.position, AttributeRow.id)):
            rows = by_attr.get(attr.id, [])
            vtype = _variable_type(attr.value_type, [r.value for r in rows])
            if attr.value_type in ("number", "date") and vtype == "Text":
                self.report.changed("Variable", attr.name, msg("{type} values exported as text (some values are "
                                                               "not valid numbers or dates)", type=attr.value_type))
            guid = self.g.get(f"attribute:{attr.scope}", attr.id)
            variables.append(RVariable(guid, attr.name, vtype, f"Verbatim {attr.scope} attribute"))
            for r in rows:
                target = r.document_id if attr.scope == "document" else r.case_id
                if target is not None:
                    values[attr.scope][target].append(RValue(guid, r.value, vtype))
        return variables, values

    def sets(self, variables: list[RVariable], values: dict[int, list[RValue]]) -> list[RSet]:
        """Document attributes ``Set: <name>`` whose values are all ``yes`` (document sets read from
        another tool) go back out as ``<Set>`` elements, not as variables (removed from ``variables``
        and ``values``, the documents' values)."""
        members: dict[str, list[tuple[int, str]]] = defaultdict(list)  # variable GUID -> (document, value)
        for doc, vals in values.items():
            for v in vals:
                members[v.variable].append((doc, v.value))
        out = []
        for var in list(variables):
            pairs = members.get(var.guid)
            if not var.name.startswith(SET_PREFIX) or not pairs or any(v != SET_MEMBER for _d, v in pairs):
                continue
            variables.remove(var)
            for doc, _value in pairs:
                values[doc] = [v for v in values[doc] if v.variable != var.guid]
            out.append(RSet(var.guid, var.name[len(SET_PREFIX):], "",
                            [self.g.get("document", doc) for doc, _value in sorted(pairs)]))
        return out

    def sources(self, values: dict[int, list[RValue]]) -> list[RSource]:
        """Documents with their codings (one selection per coded span) and turn selections."""
        codings: dict[int, list[CodingRow]] = defaultdict(list)
        for c in self.s.scalars(select(CodingRow).order_by(CodingRow.document_id, CodingRow.start, CodingRow.id)):
            codings[c.document_id].append(c)
        code_rows = list(self.s.scalars(select(CodeRow)))
        code_guid = {r.id: r.guid or self.g.get("code", r.id) for r in code_rows}
        self.code_names = {r.id: r.name for r in code_rows}
        out, turns = [], 0
        for doc in self.s.scalars(select(DocumentRow).order_by(DocumentRow.position, DocumentRow.id)):
            memo = self.memos.get(("document", doc.id))
            description = f"{memo.text.strip()}\n\n" if memo and memo.text.strip() else ""  # read by QualCoder
            src = RSource(self.g.get("document", doc.id), doc.name, doc.text, created=xsd_datetime(doc.imported_at),
                          description=description + meta_line(doc.kind, doc.source_name or doc.name, doc.source_format),
                          notes=self.note_refs("document", doc.id, str(msg("Memo on the document {document}",
                                                                           document=doc.name))),
                          values=values.get(doc.id, []))
            src.selections = self._selections(doc, codings.get(doc.id, []), code_guid)
            turns += check_turns(self.s, doc, self.report)
            out.append(src)
        if turns:
            self.report.warn("Turn", "", msg("speaker turns are written as links between each speaker (Case) and the "
                                             "documents it speaks in, not as selections, which other tools would "
                                             "show as empty annotations"))
        self._report_unexported()
        return out

    def _selections(self, doc: DocumentRow, rows: list[CodingRow], code_guid: dict[int, str]) -> list[RSelection]:
        spans: dict[tuple[int, int], RSelection] = {}
        rows_by_guid = {self.g.get("coding", c.id): c.id for c in rows}
        for c in rows:
            sel = spans.get((c.start, c.end))
            if sel is None:
                sel = RSelection(self.g.get("selection", f"{doc.id}:{c.start}:{c.end}"), c.start, c.end,
                                 name=_label(doc.text[c.start:c.end]))
                spans[(c.start, c.end)] = sel
            user = self.coder_guid.get(c.coder_id or -1)
            sel.user = sel.user or user
            name = str(msg("Memo on a coding of {code} in {document}", code=self.code_names[c.code_id],
                           document=doc.name))
            sel.codings.append(RCoding(self.g.get("coding", c.id), code_guid[c.code_id], user,
                                       xsd_datetime(c.created), self.note_refs("coding", c.id, name)))
        for sel in spans.values():  # QualCoder reads a coding's memo from its selection's Description
            memo = self.memos.get(("coding", rows_by_guid[sel.codings[0].guid])) if len(sel.codings) == 1 else None
            if memo is not None and memo.text.strip():
                sel.description = memo.text.strip()
        return list(spans.values())

    def cases(self, values: dict[int, list[RValue]]) -> list[RCase]:
        """Cases with their variables, the sources they speak in and their turn selections."""
        turns: dict[int, list[TurnRow]] = defaultdict(list)
        for t in self.s.scalars(select(TurnRow).where(TurnRow.case_id.is_not(None)).order_by(TurnRow.id)):
            if t.end > t.start:
                turns[t.case_id].append(t)  # type: ignore[index]
        members: dict[int, list[int]] = defaultdict(list)
        for m in self.s.scalars(select(CaseMemberRow)):
            members[m.group_id].append(m.case_id)
        names = {r.id: r.name for r in self.s.scalars(select(CaseRow))}
        out = []
        for row in self.s.scalars(select(CaseRow).order_by(CaseRow.position, CaseRow.id)):
            own = [t for cid in [row.id, *members.get(row.id, [])] for t in turns.get(cid, [])]
            memo = self.memos.get(("case", row.id))
            description = memo.text if memo else ""
            if row.kind == "group":
                line = group_line([names[m] for m in members.get(row.id, []) if m in names])
                description = f"{description}\n\n{line}".strip()
            docs = list(dict.fromkeys(t.document_id for t in own))
            out.append(RCase(self.g.get("case", row.id), row.name, description,
                             values.get(row.id, []), [self.g.get("document", d) for d in docs]))
            if row.interviewer != looks_like_interviewer(row.name):
                self.report.changed("Case", row.name, msg("the interviewer mark is not part of REFI-QDA and "
                                                          "cannot be recognised from this name"))
        return out

    def _report_unexported(self) -> None:
        sections = self.s.scalar(select(SectionRow.id).limit(1))
        if sections is not None:
            self.report.dropped("Section", "", msg("section marks (-* lines, headers) have no REFI-QDA equivalent"))
        stamped = self.s.scalar(select(TurnRow.id).where(TurnRow.timestamp.is_not(None)).limit(1))
        if stamped is not None:
            self.report.dropped("Turn", "", msg("time stamps of speaker turns have no REFI-QDA equivalent"))


def _walk(codes: list[RCode]):  # noqa: ANN202 - generator
    for c in codes:
        yield c
        yield from _walk(c.children)


def _label(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _colour(color: str | None) -> str | None:
    return color.upper() if color and re.fullmatch(r"#[0-9A-Fa-f]{6}", color) else None


def _variable_type(value_type: str, values: list[str]) -> str:
    """The REFI-QDA type of an attribute: Integer/Float/Date when every value fits, else Text."""
    present = [v for v in values if v != ""]
    if value_type == "number" and present and len(present) == len(values):
        if all(_INT.match(v) for v in present):
            return "Integer"
        if all(_FLOAT.match(v) for v in present):
            return "Float"
    if value_type == "date" and present and len(present) == len(values) and all(_DATE.match(v) for v in present):
        return "Date"
    return "Text"
