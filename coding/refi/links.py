"""``<Links>`` of an imported project: a link between a note and a selection, a source or a code attaches
the note there (NVivo writes its annotations this way); other links have no Verbatim equivalent and are
counted in the report."""

from __future__ import annotations

from lxml import etree

from coding.refi.guids import normal_guid
from coding.refi.model import RProject, walk_codes
from coding.refi.report import DataLossReport
from coding.refi.xmlsafe import children
from corpus.messages import msg


def apply_links(links: etree._Element, proj: RProject, report: DataLossReport) -> None:
    """Attach linked notes to what they annotate; report what cannot be kept."""
    notes = {n.guid for n in proj.notes}
    holders: dict[str, list[str]] = {}  # GUID of a selection, source or code -> its note GUIDs
    for src in proj.sources:
        holders[src.guid] = src.notes
        for sel in src.selections:
            holders[sel.guid] = sel.notes
    for code, _parents in walk_codes(proj.codes):
        holders[code.guid] = code.notes
    attached = dropped = 0
    for link in children(links, "Link"):
        ends = [normal_guid(link.get("originGUID")), normal_guid(link.get("targetGUID"))]
        note = next((g for g in ends if g in notes), None)
        other = next((g for g in ends if g != note and g in holders), None)
        refs = [g for g in (normal_guid(r.get("targetGUID")) for r in children(link, "NoteRef")) if g in notes]
        if other is not None and (note is not None or refs):
            holders[other].extend(g for g in [note, *refs] if g and g not in holders[other])
            attached += 1
        else:
            dropped += 1
    if attached:
        report.changed("Link", "", msg("{n} link(s) between a note and a selection, source or code: the note "
                                       "became a memo of what it annotates", n=attached))
    if dropped:
        report.dropped("Link", "", msg("{n} link(s) between other elements have no equivalent in Verbatim",
                                       n=dropped))
