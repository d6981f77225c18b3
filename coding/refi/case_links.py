"""Case <-> source links (``SourceRef``) and group lines of imported cases.

Our export links a case to each document it speaks in with a ``SourceRef`` and does not write its
speaker turns as selections (QualCoder and NVivo would turn selections without codings into empty
annotations). On import, a case linked to a whole source speaks the turns labelled with its name in
that text (``Name : ...``, cut as the importers cut turns); the only case of a source without
labels speaks the whole text. A group case carries a ``Verbatim group: A; B`` line in its
Description: that line names its members.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.refi.model import RCase, RProject
from coding.refi.report import DataLossReport
from corpus.importers.turns import is_heading, parse_label
from corpus.messages import msg
from corpus.store.models import TurnRow

GROUP_LINE = re.compile(r"^Verbatim group: (?P<members>.*)$", re.MULTILINE)


def group_line(members: list[str]) -> str:
    """The Description line our export writes for a group case."""
    return "Verbatim group: " + "; ".join(" ".join(m.replace(";", ",").split()) for m in members)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def labelled_turns(text: str, names: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """The turns of ``text`` labelled ``Name :`` with one of ``names`` (once is enough: the names are known):
    ``{casefolded name: [(start, end, speech start)]}``. A turn runs to its last non-blank line before the
    next such label or a heading line, as the importers cut turns."""
    wanted = {_key(n) for n in names}
    out: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    current: list | None = None  # [name, start, end, speech start]

    def close() -> None:
        if current is not None:
            out[current[0]].append((current[1], current[2], min(current[3], current[2])))

    offset = 0
    for line in text.split("\n"):
        label = parse_label(line)
        if label is not None and _key(label.speaker) in wanted:
            close()
            current = [_key(label.speaker), offset, offset + len(line.rstrip()), offset + label.content]
        elif is_heading(line):
            close()
            current = None
        elif line.strip() and current is not None:
            if current[3] >= current[2]:  # empty speech so far ("Q :" alone on its line)
                current[3] = offset + len(line) - len(line.lstrip())
            current[2] = offset + len(line.rstrip())
        offset += len(line) + 1
    close()
    return out


def group_members(cases: list[RCase], report: DataLossReport) -> dict[str, tuple[set[str], str]]:
    """Group cases found from their Description line: GUID -> (member GUIDs, Description without it);
    members named there but absent from the file are reported."""
    by_name = {_key(c.name): c.guid for c in cases}
    out: dict[str, tuple[set[str], str]] = {}
    for case in cases:
        found = GROUP_LINE.search(case.description or "")
        if found is None:
            continue
        names = [n for n in (part.strip() for part in found["members"].split(";")) if n]
        members = {by_name[_key(n)] for n in names if _key(n) in by_name}
        missing = [n for n in names if _key(n) not in by_name]
        if missing:
            report.dropped("Case", case.name, msg("group members not in the file: {names}", names=", ".join(missing)))
        out[case.guid] = (members, GROUP_LINE.sub("", case.description).strip())
    return out


def restore_source_links(session: Session, proj: RProject, documents: dict[str, int], texts: dict[int, str],
                         case_ids: dict[str, int], spans: dict[str, tuple[int, int, int]], report: DataLossReport,
                         groups: set[str]) -> None:
    """Turn the ``SourceRef`` links of cases (without selections in that source) into speaker turns."""
    from coding.refi.store_cases import add_turn

    linked: dict[str, list[RCase]] = defaultdict(list)
    for case in proj.cases:
        if case.guid in groups:
            continue  # a group speaks through its members
        covered = {spans[s][0] for s in case.selections if s in spans}
        for src in dict.fromkeys(case.sources):
            if src in documents and documents[src] not in covered:
                linked[src].append(case)
    for src, cases in linked.items():
        doc = documents[src]
        turns = labelled_turns(texts[doc], [c.name for c in cases])
        for case in cases:
            for start, end, speech in turns.get(_key(case.name), []):
                add_turn(session, (doc, start, end), case_ids[case.guid], case.name, texts, report, speech)
        unlabelled = [c for c in cases if _key(c.name) not in turns]
        if not unlabelled:
            continue
        has_turns = session.scalar(select(TurnRow.id).where(TurnRow.document_id == doc).limit(1)) is not None
        if len(unlabelled) == 1 and not has_turns:
            add_turn(session, (doc, 0, len(texts[doc])), case_ids[unlabelled[0].guid], unlabelled[0].name, texts,
                     report)
            report.changed("Case", unlabelled[0].name, msg("its link to a whole source became one speaker turn "
                                                           "over the text"))
            continue
        for case in unlabelled:
            report.dropped("SourceRef", case.name, msg("linked to a source where no speaker turn is labelled with "
                                                       "its name: the link cannot be kept"))
