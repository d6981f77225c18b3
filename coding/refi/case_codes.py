"""Codes that are cases: some tools write a case both as a ``<Case>`` and as a ``<Code>`` with the same GUID,
its passages as codings of that code (QualCoder reads them back as case text). On import such a code is
not a code: its codings become the case's selections (speaker turns in Verbatim)."""

from __future__ import annotations

from coding.refi.model import RCode, RProject
from coding.refi.report import DataLossReport
from corpus.messages import msg


def _prune(codes: list[RCode], cases: set[str], found: dict[str, RCode]) -> list[RCode]:
    """``codes`` without the case codes (their sub-codes take their place), depth first."""
    out = []
    for code in codes:
        kept = _prune(code.children, cases, found)
        if code.guid in cases:
            found[code.guid] = code
            out.extend(kept)
        else:
            code.children = kept
            out.append(code)
    return out


def apply_case_codes(proj: RProject, report: DataLossReport) -> None:
    """Turn codes sharing a case's GUID into that case's selections."""
    cases = {c.guid: c for c in proj.cases}
    found: dict[str, RCode] = {}
    proj.codes = _prune(proj.codes, set(cases), found)
    if not found:
        return
    moved = dict.fromkeys(found, 0)
    for src in proj.sources:
        for sel in src.selections:
            for coding in [c for c in sel.codings if c.code in found]:
                sel.codings.remove(coding)
                cases[coding.code].selections.append(sel.guid)
                moved[coding.code] += 1
        for coding in [c for c in src.codings if c.code in found]:
            src.codings.remove(coding)
            cases[coding.code].sources.append(src.guid)
            moved[coding.code] += 1
    for guid, n in moved.items():
        report.changed("Code", found[guid].name, msg("has the GUID of a case: not a code; its {n} coding(s) became "
                                                     "the passages of that case", n=n))
