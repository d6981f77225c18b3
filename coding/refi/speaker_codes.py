"""Optional at export: speaker turns also as codings of one code per speaker, with the GUID of its case.

Tools that keep passages per case read it that way: QualCoder turns a code whose GUID is a case's into
that case's text (case_text) and drops the code. Other tools show one code per speaker coding its turns
(what MAXQDA and ATLAS.ti users often make by hand). Verbatim's import reads such codes back as turns
(:mod:`coding.refi.case_codes`). Off by default: it adds a code per speaker to other tools' codebooks.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.refi.guids import GuidMap
from coding.refi.model import RCode, RCoding, RProject, RSelection
from coding.refi.report import DataLossReport
from corpus.messages import msg
from corpus.store.models import CaseRow, TurnRow


def add_speaker_codes(session: Session, proj: RProject, guids: GuidMap, report: DataLossReport) -> None:
    """Add a code per speaking case (GUID of the case) and code every turn of it."""
    sources = {src.guid: src for src in proj.sources}
    names = dict(session.execute(select(CaseRow.id, CaseRow.name)).all())
    codes: dict[int, RCode] = {}
    written = 0
    for turn in session.scalars(select(TurnRow).where(TurnRow.case_id.is_not(None), TurnRow.end > TurnRow.start)
                                .order_by(TurnRow.document_id, TurnRow.start)):
        src = sources.get(guids.get("document", turn.document_id))
        if src is None or turn.case_id not in names:
            continue
        code = codes.get(turn.case_id)
        if code is None:
            code = codes[turn.case_id] = RCode(guids.get("case", turn.case_id), names[turn.case_id])
        sel = next((s for s in src.selections if (s.start, s.end) == (turn.start, turn.end)), None)
        if sel is None:
            sel = RSelection(guids.get("turn", turn.id), turn.start, turn.end,
                             name=" ".join(src.text[turn.start:turn.end].split())[:59])
            src.selections.append(sel)
        sel.codings.append(RCoding(guids.get("turn-coding", turn.id), code.guid))
        written += 1
    proj.codes.extend(codes.values())
    if written:
        report.warn("Turn", "", msg("{n} speaker turns also written as codings of a code per speaker (with the "
                                    "GUID of its case), which QualCoder reads as case text", n=written))
