"""At export: can the speaker turns of a document be found again from the labels in its text?

Turns are exported as case <-> source links, not as selections (see :mod:`coding.refi.case_links`);
a re-import finds them from their ``Name :`` labels. This check tells the user, per document, how many
turns would not come back that way (turns cut by hand, or labelled differently from their case).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.refi.case_links import labelled_turns
from coding.refi.report import DataLossReport
from corpus.messages import msg
from corpus.store.models import CaseRow, DocumentRow, TurnRow


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_turns(session: Session, doc: DocumentRow, report: DataLossReport) -> int:
    """Report the turns of ``doc`` a re-import would not find again; return how many turns it has."""
    rows = session.execute(select(TurnRow.start, TurnRow.end, CaseRow.name)
                           .join(CaseRow, CaseRow.id == TurnRow.case_id)
                           .where(TurnRow.document_id == doc.id, TurnRow.end > TurnRow.start)).all()
    if not rows:
        return 0
    found = {(start, end, name) for name, turns in labelled_turns(doc.text, [r[2] for r in rows]).items()
             for start, end, _speech in turns}
    lost = sum(1 for start, end, name in rows if (start, end, _key(name)) not in found)
    if lost:
        report.changed("Turn", doc.name, msg("{n} of {total} speaker turns are not labelled with their speaker's "
                                             "name in the text: the speakers stay linked to the document, but an "
                                             "import into Verbatim will not find these turns again",
                                             n=lost, total=len(rows)))
    report.count("turns", len(rows))
    return len(rows)
