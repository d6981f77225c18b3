"""Variables, cases and their turns of an imported :class:`RProject` (used by :mod:`coding.refi.store`).

REFI-QDA cases group sources and selections; Verbatim cases are participants whose speaker turns
lie in documents, or groups of participants. A selection referenced by a case becomes a turn of
that case; when several cases reference the same selection the case with the fewest selections
is the speaker and the others become groups holding it. A case linked to a whole source
(``SourceRef``) speaks the turns labelled with its name there (see :mod:`coding.refi.case_links`;
our own export links cases to sources this way), or the whole text when it is the only case of a
source without labels. A ``Verbatim group: A; B`` line in a case's Description (our export) makes
it a group of those cases.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coding.refi.case_links import group_members, restore_source_links
from coding.refi.model import RCase, RProject, RValue
from coding.refi.report import DataLossReport
from coding.refi.store_notes import NotePlacer
from corpus.attributes import attribute_id
from corpus.messages import msg
from corpus.speakers import looks_like_interviewer
from corpus.store.models import AttributeRow, AttributeValueRow, CaseMemberRow, CaseRow, TurnRow

_LABEL = re.compile(r"(?:\[[\d:.]+\]\s*)?([^\s:][^:\n]{0,40}?)\s*:\s*")
_VALUE_TYPES = {"Integer": "number", "Float": "number", "Date": "date", "DateTime": "date"}


def store_variables(session: Session, proj: RProject, documents: dict[str, int],
                    report: DataLossReport) -> dict[str, dict[str, int]]:
    """Variables used by sources become document attributes, by cases case attributes; store the
    sources' values. Returns ``{scope: {variable GUID: attribute id}}``."""
    variables = {v.guid: v for v in proj.variables}
    used = {"document": {v.variable for s in proj.sources for v in s.values},
            "case": {v.variable for c in proj.cases for v in c.values}}
    ids: dict[str, dict[str, int]] = {"document": {}, "case": {}}
    for scope, guids in used.items():
        for guid in guids:
            var = variables.get(guid)
            if var is None:
                report.dropped("VariableValue", guid, msg("refers to an unknown variable"))
                continue
            attr = attribute_id(session, var.name or "variable", scope)
            row = session.get(AttributeRow, attr)
            if row is not None and var.type in _VALUE_TYPES:
                row.value_type = _VALUE_TYPES[var.type]
            ids[scope][guid] = attr  # type: ignore[assignment]
    for src in proj.sources:
        if src.guid in documents:
            _store_values(session, "document", documents[src.guid], src.values, ids["document"], report)
    return ids


def _store_values(session: Session, scope: str, target: int, values: list[RValue], ids: dict[str, int],
                  report: DataLossReport) -> None:
    column = AttributeValueRow.document_id if scope == "document" else AttributeValueRow.case_id
    for value in values:
        attr = ids.get(value.variable)
        if attr is None:
            continue
        row = session.scalar(select(AttributeValueRow).where(AttributeValueRow.attribute_id == attr, column == target))
        if row is None:
            session.add(AttributeValueRow(attribute_id=attr, value=value.value, **{f"{scope}_id": target}))
            report.count("values")
        elif row.value != value.value:
            report.changed("VariableValue", value.value, msg("the {target} already had the value {value!r}: kept",
                                                             target=scope, value=row.value))
    session.flush()


def _speakers(proj: RProject) -> tuple[dict[str, RCase], dict[str, set[str]]]:
    """Speaker of each selection (the referencing case with the fewest selections) and, for every
    case, the speakers of the selections it references without speaking them."""
    owners: dict[str, list[RCase]] = defaultdict(list)
    for case in proj.cases:
        for sel in dict.fromkeys(case.selections):
            owners[sel].append(case)
    speaker = {sel: min(cases, key=lambda c: len(set(c.selections))) for sel, cases in owners.items()}
    members: dict[str, set[str]] = defaultdict(set)
    for sel, cases in owners.items():
        for case in cases:
            if case is not speaker[sel]:
                members[case.guid].add(speaker[sel].guid)
    return speaker, members


def store_cases(session: Session, proj: RProject, documents: dict[str, int], texts: dict[int, str],
                variables: dict[str, dict[str, int]], report: DataLossReport, guids: dict[str, str],
                placer: NotePlacer) -> None:
    """Cases, their attribute values, memos, turns and group memberships."""
    spans = {sel.guid: (documents[src.guid], sel.start, sel.end)
             for src in proj.sources if src.guid in documents for sel in src.selections}
    speaker, members = _speakers(proj)
    declared = group_members(proj.cases, report)  # group GUID -> (member GUIDs, rest of the Description)
    for group, (found, _rest) in declared.items():
        members[group].update(found)
    case_ids: dict[str, int] = {}
    for case in proj.cases:
        is_group = case.guid in declared or (
            case.guid in members and not any(speaker[s] is case for s in case.selections if s in speaker))
        case_ids[case.guid] = _case_row(session, case, "group" if is_group else "participant", report)
        guids[f"case:{case_ids[case.guid]}"] = case.guid
        _store_values(session, "case", case_ids[case.guid], case.values, variables["case"], report)
        placer.add_text("case", case_ids[case.guid], declared[case.guid][1] if case.guid in declared
                        else case.description)
    for sel, case in speaker.items():
        if sel not in spans:
            report.dropped("SelectionRef", case.name, msg("refers to a selection that is not in a text source"))
            continue
        add_turn(session, spans[sel], case_ids[case.guid], case.name, texts, report)
    for group, speakers in members.items():
        for member in speakers:
            if member != group and member in case_ids:
                session.merge(CaseMemberRow(group_id=case_ids[group], case_id=case_ids[member]))
    restore_source_links(session, proj, documents, texts, case_ids, spans, report, set(declared))


def _case_row(session: Session, case: RCase, kind: str, report: DataLossReport) -> int:
    name = " ".join(case.name.split()) or f"Case {case.guid[:8]}"
    found = session.scalar(select(CaseRow.id).where(CaseRow.name == name))
    if found is not None:
        return found
    position = session.scalar(select(func.coalesce(func.max(CaseRow.position), 0))) or 0
    row = CaseRow(name=name, kind=kind, interviewer=looks_like_interviewer(name), position=position + 1)
    session.add(row)
    session.flush()
    report.count("cases")
    return row.id


def content_start(text: str, start: int, end: int, name: str) -> int:
    """Where the speech of a turn starts: after ``Name :`` when the turn opens with its speaker's name."""
    m = _LABEL.match(text, start, end)
    if m and m.group(1).strip().casefold() == name.strip().casefold():
        return m.end()
    return start


def add_turn(session: Session, span: tuple[int, int, int], case_id: int, name: str, texts: dict[int, str],
             report: DataLossReport, speech: int | None = None) -> bool:
    """A speaker turn of ``case_id`` over ``span`` (document, start, end); ``speech`` is where the speech
    starts (found from a ``Name :`` label when not given). False when it clashes with another turn."""
    doc, start, end = span
    clash = session.scalar(select(TurnRow).where(TurnRow.document_id == doc, TurnRow.start < end,
                                                 TurnRow.end > start).limit(1))
    if clash is not None:
        if (clash.start, clash.end) == (start, end) and clash.case_id is None:
            clash.case_id = case_id
        elif (clash.start, clash.end) != (start, end):
            report.dropped("SelectionRef", name, msg("overlaps another speaker turn ({start}-{end}): not a turn",
                                                     start=start, end=end))
            return False
        return True
    begin = speech if speech is not None else content_start(texts[doc], start, end, name)
    session.add(TurnRow(document_id=doc, start=start, end=end, content_start=begin, case_id=case_id, label=name))
    session.flush()
    report.count("turns")
    return True
