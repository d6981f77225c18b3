"""Export and import REFI-QDA projects (``.qdpx``) and codebooks (``.qdc``).

Every export is validated against the official schema before the file is written (temporary file,
validation, then an atomic rename). Every import is one transaction: a refused or failing file
leaves the project untouched. Both return a :class:`DataLossReport` (REFI-QDA section 7).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from coding.refi.archive import SafeZip, atomic_write, naming_file, read_untrusted_file, write_zip
from coding.refi.collect import ORIGIN, Collector
from coding.refi.model import RProject, walk_codes
from coding.refi.reader import ProjectReader, read_codes
from coding.refi.report import DataLossReport, RefiError
from coding.refi.sanitise import sanitise
from coding.refi.speaker_codes import add_speaker_codes
from coding.refi.store import ProjectWriter
from coding.refi.writer import codebook_xml, note_file_name, project_xml, serialise, source_file_name
from coding.refi.xmlsafe import assert_valid, child, children, local, parse_untrusted, schema_errors
from corpus.messages import msg
from corpus.store.models import MemoRow
from corpus.store.project import Project

ProgressFn = Callable[[float, str], None]


class CancelCheck(Protocol):
    """What the app's job runner passes: ``check()`` raises once the user pressed Cancel."""

    def check(self) -> None: ...


def _check(cancel: CancelCheck | None) -> None:
    """Stop here if the user cancelled (an export leaves no file, an import rolls back)."""
    if cancel is not None:
        cancel.check()


def _collect(project: Project, report: DataLossReport, speakers_as_codes: bool = False) -> RProject:
    with project.transaction() as session:
        collector = Collector(session, project.path.stem, report)
        proj = collector.project()
        if speakers_as_codes:
            add_speaker_codes(session, proj, collector.g, report)
    sanitise(proj, report)
    return proj


def export_qdpx(project: Project, target: str | Path, *, progress: ProgressFn | None = None,
                cancel: CancelCheck | None = None, speakers_as_codes: bool = False) -> DataLossReport:
    """Write the whole project as a ``.qdpx`` archive; return what REFI-QDA could not carry.
    ``cancel.check()`` is called between steps: a cancelled export writes nothing. ``speakers_as_codes``
    also writes speaker turns as codings of a code per speaker (see :mod:`coding.refi.speaker_codes`)."""
    report = DataLossReport()
    if progress:
        progress(0.0, "reading the project")
    proj = _collect(project, report, speakers_as_codes)
    _check(cancel)
    root = project_xml(proj)
    if progress:
        progress(0.5, "validating")
    _check(cancel)
    assert_valid(root, "project")
    _check(cancel)
    entries = {"project.qde": serialise(root)}
    for src in proj.sources:
        entries[f"sources/{source_file_name(src)}"] = src.text.encode("utf-8")
    for note in proj.notes:
        entries[f"sources/{note_file_name(note)}"] = note.text.encode("utf-8")

    def write(tmp: Path) -> None:
        write_zip(tmp, entries)
        _check(cancel)  # the last chance: the temporary file is removed, the target left as it was

    atomic_write(target, write)
    if progress:
        progress(1.0, "done")
    return report


def export_qdc(project: Project, target: str | Path, *, cancel: CancelCheck | None = None) -> DataLossReport:
    """Write the codebook as a ``.qdc`` file (validated against ``Codebook.xsd``)."""
    report = DataLossReport()
    proj = _collect(project, report)
    _check(cancel)
    if not proj.codes:
        raise RefiError(msg("The codebook is empty: a REFI-QDA codebook needs at least one code."))
    report.counts = {"codes": report.counts.get("codes", 0)}
    report.entries.clear()
    with project.transaction() as session:
        if session.scalar(select(MemoRow.id).where(MemoRow.target_kind == "code").limit(1)) is not None:
            report.dropped("Note", "", msg("code memos cannot be stored in a codebook file (use a .qdpx project)"))
    root = codebook_xml(proj.codes, ORIGIN)
    assert_valid(root, "codebook")
    _check(cancel)
    atomic_write(target, lambda tmp: Path(tmp).write_bytes(serialise(root)))
    return report


def read_qdpx(source: str | Path, report: DataLossReport, readings: dict[str, str] | None = None,
              cancel: CancelCheck | None = None) -> RProject:
    """Read (without storing) a ``.qdpx`` archive, safely; every error names the archive. ``readings`` forces
    how the positions of sources are read: source GUID (or ``"*"`` for all) -> reading key (see
    :mod:`coding.refi.readings`)."""
    try:
        return _read_archive(source, report, readings, cancel)
    except RefiError as exc:
        raise naming_file(source, exc) from exc


def _read_archive(source: str | Path, report: DataLossReport, readings: dict[str, str] | None,
                  cancel: CancelCheck | None) -> RProject:
    with SafeZip(source) as archive:
        qde = next((n for n in archive.names() if n.lower().endswith(".qde") and "/" not in n.strip("/")), None)
        if qde is None:
            raise RefiError(msg("{file}: no project.qde in the archive; not a REFI-QDA project.", file=Path(source).name))
        root = parse_untrusted(archive.read(qde), qde)
        if local(root) != "Project":
            raise RefiError(msg("{file}: the root element is <{root}>, not <Project>.", file=qde, root=local(root)))
        report.schema_errors = schema_errors(root, "project")

        def read_file(path: str) -> bytes | None:
            name = path.split("://", 1)[-1].lstrip("/")
            found = archive.find(f"sources/{name}") or archive.find(name)
            return archive.read(found) if found else None

        return ProjectReader(root, read_file, report, readings, cancel.check if cancel is not None else None).read()


def inspect_qdpx(source: str | Path, cancel: CancelCheck | None = None) -> DataLossReport:
    """Read a ``.qdpx`` without storing anything: the report says how each source's positions would
    be read (``report.readings``), so the user can choose where no reading is convincing."""
    report = DataLossReport()
    read_qdpx(source, report, cancel=cancel)
    return report


def import_qdpx(project: Project, source: str | Path, *, progress: ProgressFn | None = None,
                cancel: CancelCheck | None = None, readings: dict[str, str] | None = None) -> DataLossReport:
    """Import a ``.qdpx`` archive into ``project`` in one transaction; return the data-loss report.
    ``cancel.check()`` is called between steps and sources: a cancelled import is rolled back.
    ``readings`` forces how positions are read (see :func:`read_qdpx`)."""
    report = DataLossReport()
    if progress:
        progress(0.0, "reading the archive")
    proj = read_qdpx(source, report, readings, cancel)
    _check(cancel)
    if progress:
        progress(0.5, "storing")
    with project.transaction() as session:
        ProjectWriter(session, report, cancel=cancel.check if cancel is not None else None).store(proj)
        _check(cancel)
    if progress:
        progress(1.0, "done")
    return report


def import_qdc(project: Project, source: str | Path, *, cancel: CancelCheck | None = None) -> DataLossReport:
    """Import a ``.qdc`` codebook into ``project`` in one transaction (existing codes are matched)."""
    report = DataLossReport()
    path = Path(source)
    data = read_untrusted_file(path)
    root = parse_untrusted(data, path.name)
    if local(root) not in ("CodeBook", "Project"):
        raise RefiError(msg("{file}: the root element is <{root}>, not <CodeBook>.", file=path.name,
                              root=local(root)))
    if local(root) == "CodeBook":
        report.schema_errors = schema_errors(root, "codebook")
        codes = read_codes(child(root, "Codes"), report)
    else:
        book = child(root, "CodeBook")
        codes = read_codes(child(book, "Codes") if book is not None else None, report)
    sets = child(root, "Sets")
    if sets is not None and children(sets, "Set"):
        report.dropped("Sets", "", msg("{n} code set(s) not kept: code sets are not supported by Verbatim",
                                       n=len(children(sets, "Set"))))
    _check(cancel)
    with project.transaction() as session:
        ProjectWriter(session, report).store_codes(codes)
        _check(cancel)
    return report


def count_codes(proj: RProject) -> int:
    """Number of codes in a project's tree (for summaries)."""
    return sum(1 for _ in walk_codes(proj.codes))


__all__ = ["DataLossReport", "RefiError", "export_qdc", "export_qdpx", "import_qdc", "import_qdpx", "inspect_qdpx",
           "read_qdpx"]
