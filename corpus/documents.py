"""Documents and their speaker turns: import into the store, list, read, rename, delete."""

from __future__ import annotations

import gc
import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, repeat
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from corpus.errors import NotFoundError, ProjectError
from corpus.importers.base import ImportedDocument, ImportFailure, ImportOptions
from corpus.messages import msg
from corpus.speakers import CaseResolver
from corpus.store.models import CodingRow, DocumentRow, SectionRow, TurnRow
from corpus.store.project import Project, now_iso
from corpus.types import Document, DocumentInfo, ImportReport, Section, Turn
from corpus.wordcount import count_words, count_words_many

ProgressFn = Callable[[float, str], None]


class ImportFailures(ImportFailure):
    """Several files of one batch could not be read; ``failures`` has one :class:`ImportFailure` each.

    Raised after every file was tried, so the user can fix them all at once; nothing was stored."""

    def __init__(self, failures: Sequence[ImportFailure]):
        self.failures = list(failures)
        super().__init__(self.failures[0].path, self.failures[0].reason)

    def __str__(self) -> str:
        return "\n".join(str(failure) for failure in self.failures)


def _check_document(doc: ImportedDocument) -> None:
    if not unicodedata.is_normalized("NFC", doc.text) or "\r" in doc.text:
        raise ProjectError(msg("{name}: importer returned text that is not NFC with LF line ends", name=doc.source_name))
    for turn in doc.turns:
        if not 0 <= turn.start <= turn.content_start <= turn.end <= len(doc.text):
            raise ProjectError(msg("{name}: a speaker turn lies outside the text", name=doc.source_name))


class CorpusService:
    """Documents, turns and sections of one project."""

    def __init__(self, project: Project):
        self.project = project

    # --- import -------------------------------------------------------------------------
    def import_files(
        self,
        paths: Sequence[str | Path],
        options: ImportOptions = ImportOptions(),
        *,
        progress: ProgressFn | None = None,
        cancel: object | None = None,
    ) -> ImportReport:
        """Read every file, then store them all in one transaction.

        Unreadable files raise :class:`ImportFailure` (:class:`ImportFailures` when several: every
        file is tried first) before anything is written, so a failed import leaves the project
        exactly as it was. Files already in the project (same SHA-256),
        and files given twice in the batch (same bytes), are skipped and listed in
        ``report.duplicates``.
        """
        with gc_paused():
            documents, repeated = _read_files(paths, options, progress, cancel)
            if progress:
                progress(0.7, "saving")
            report = self.add_documents(documents)
        report.duplicates.extend(name for name in repeated if name not in report.duplicates)
        if progress:
            progress(1.0, "done")
        return report

    def read_files(
        self,
        paths: Sequence[str | Path],
        options: ImportOptions = ImportOptions(),
        *,
        progress: ProgressFn | None = None,
        cancel: object | None = None,
    ) -> tuple[list[ImportedDocument], list[str]]:
        """Read files without storing them (for a batch mixing several options, stored at once by
        :meth:`add_documents`); return the documents and the names of files given twice. Raises like
        :meth:`import_files` after trying every file."""
        with gc_paused():
            return _read_files(paths, options, progress, cancel)

    def add_documents(self, documents: Iterable[ImportedDocument]) -> ImportReport:
        """Store already-read documents (with turns, sections, attributes) in one transaction."""
        report = ImportReport()
        with gc_paused(), self.project.transaction() as session:
            if session.get_bind().dialect.name == "sqlite":
                session.connection().exec_driver_sql(f"PRAGMA cache_size=-{_IMPORT_CACHE_KB}")
            known, position = _known_files(session)
            fresh = _fresh_documents(documents, known, report)
            rows = _document_rows(fresh, position)
            ids = _insert_documents(session, rows)
            resolver = CaseResolver(session)
            _insert_turns(session, fresh, ids, resolver)
            _insert_attributes(session, fresh, ids)
            report.new_cases = resolver.created
            report.documents = _new_infos(fresh, rows, ids)
        return report

    # --- queries ------------------------------------------------------------------------
    def _infos(self, session: Session, ids: list[int] | None = None) -> list[DocumentInfo]:
        """Document infos (all, or those of ``ids``) in project order; built positionally because
        a project may hold 70,000 documents."""
        turn_counts = dict(
            session.connection().execute(select(TurnRow.document_id, func.count()).group_by(TurnRow.document_id)).all()
        )
        coding_counts = dict(
            session.execute(
                select(CodingRow.document_id, func.count()).group_by(CodingRow.document_id)
            ).all()
        )
        cols = [getattr(DocumentRow, c) for c in _INFO_COLUMNS]
        query = select(*cols).order_by(DocumentRow.position, DocumentRow.id)
        if ids is not None:
            query = query.where(DocumentRow.id.in_(ids)) if len(ids) < 30000 else query
        wanted = None if ids is None else set(ids)
        turns_of, codings_of = turn_counts.get, coding_counts.get
        return [
            DocumentInfo(*row[:-1], turns_of(row[0], 0), codings_of(row[0], 0), row[-1])
            for row in session.connection().execute(query).all()  # Core rows: no ORM loading
            if wanted is None or row[0] in wanted
        ]

    def documents(self) -> list[DocumentInfo]:
        """Every document (without text), in project order, with turn and coding counts."""
        with self.project.transaction() as session:
            return self._infos(session)

    def document(self, document_id: int) -> Document:
        """One document with its text."""
        with self.project.transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(msg("Document {id} does not exist.", id=document_id))
            return Document(row.id, row.name, row.kind, row.text, row.sha256, row.source_name,
                            row.source_format, row.imported_at)

    def find_document(self, name_or_id: str) -> Document:
        """A document by exact name, by id, or by unique name prefix (for the command line)."""
        with self.project.transaction() as session:
            rows = session.execute(select(DocumentRow.id, DocumentRow.name)).all()
        for doc_id, name in rows:
            if name == name_or_id or str(doc_id) == name_or_id:
                return self.document(doc_id)
        matches = [doc_id for doc_id, name in rows if name.startswith(name_or_id)]
        if len(matches) == 1:
            return self.document(matches[0])
        raise NotFoundError(msg("No single document named {name}.", name=repr(name_or_id)))

    def texts(self, document_ids: Sequence[int] | None = None) -> dict[int, str]:
        """The texts of several documents at once (all when ``document_ids`` is None)."""
        with self.project.transaction() as session:
            query = select(DocumentRow.id, DocumentRow.text)
            if document_ids is not None:
                query = query.where(DocumentRow.id.in_(list(document_ids)))
            return dict(session.execute(query).all())

    def turns(self, document_id: int | None = None) -> list[Turn]:
        """Speaker turns of one document (or of all), in document order."""
        from corpus.store.models import CaseRow

        with self.project.transaction() as session:
            query = (  # plain columns, fetched at once: no ORM object per turn (an interview has thousands)
                select(TurnRow.id, TurnRow.document_id, TurnRow.start, TurnRow.end, TurnRow.content_start,
                       TurnRow.case_id, CaseRow.name, TurnRow.label, TurnRow.timestamp)
                .outerjoin(CaseRow, CaseRow.id == TurnRow.case_id)
                .order_by(TurnRow.document_id, TurnRow.start)
            )
            if document_id is not None:
                query = query.where(TurnRow.document_id == document_id)
            return [
                Turn(i, doc, start, end, content, case, name if name is not None else label, stamp)
                for i, doc, start, end, content, case, name, label, stamp in session.connection().execute(query).all()
            ]

    def sections(self, document_id: int) -> list[Section]:
        """Section marks of a document, in order."""
        with self.project.transaction() as session:
            rows = session.scalars(
                select(SectionRow).where(SectionRow.document_id == document_id).order_by(SectionRow.offset)
            )
            return [Section(r.document_id, r.offset, r.label) for r in rows]

    # --- edits --------------------------------------------------------------------------
    def rename_document(self, document_id: int, name: str) -> str:
        """Rename a document; return the previous name (for undo)."""
        name = name.strip()
        if not name:
            raise ProjectError(msg("A document needs a name."))
        with self.project.transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(msg("Document {id} does not exist.", id=document_id))
            old, row.name = row.name, name
            return old

    def delete_documents(self, document_ids: Sequence[int]) -> int:
        """Delete documents with their turns, codings and attribute values; return how many."""
        with self.project.transaction() as session:
            result = session.execute(delete(DocumentRow).where(DocumentRow.id.in_(list(document_ids))))
            return result.rowcount or 0

    def move_document(self, document_id: int, position: int) -> None:
        """Put a document at ``position`` in the project order."""
        with self.project.transaction() as session:
            ids = list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.position, DocumentRow.id)))
            ids.remove(document_id)
            ids.insert(max(0, min(position, len(ids))), document_id)
            for i, doc_id in enumerate(ids):
                session.execute(update(DocumentRow).where(DocumentRow.id == doc_id).values(position=i + 1))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk import builds objects.

    Reading 70,000 texts creates about a million containers (documents, attribute dicts, row tuples),
    none of them garbage; the collector's passes over that growing heap cost 10-25 % of an import
    (measured on the shared corpora). Reference counting still frees everything; the previous state
    is restored on exit (a nested pause leaves the collector to the outer one).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_files(
    paths: Sequence[str | Path], options: ImportOptions, progress: ProgressFn | None, cancel: object | None
) -> tuple[list[ImportedDocument], list[str]]:
    """Read every file; return the documents and the names of files skipped because the same bytes
    were given earlier in the batch. Unreadable files raise :class:`ImportFailure` once all were tried
    (:class:`ImportFailures` listing each when there are several)."""
    from corpus.importers import read_file

    documents: list[ImportedDocument] = []
    repeated: list[str] = []
    failures: list[ImportFailure] = []
    files_seen: set[str] = set()
    for i, path in enumerate(paths):
        if cancel is not None:
            cancel.check()  # type: ignore[attr-defined]
        if progress:
            progress(i / max(len(paths), 1) * 0.7, Path(path).name)
        try:
            read = read_file(path, options)
        except ImportFailure as exc:
            failures.append(exc)
            continue
        if read and read[0].sha256 in files_seen:  # the same file (or a copy) twice in one batch
            repeated.append(read[0].source_name)
            continue
        files_seen.update(doc.sha256 for doc in read)
        documents.extend(read)
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise ImportFailures(failures)
    return documents, repeated


def _known_files(session: Session) -> tuple[set[str], int]:
    """The file hashes already in the project and the last document position, in one table scan (the
    hashes have no index: an import reads them all once)."""
    known: set[str] = set()
    last = 0
    for sha, position in session.connection().exec_driver_sql(_KNOWN_FILES):
        known.add(sha)
        last = max(last, position or 0)
    return known, last


def _fresh_documents(
    documents: Iterable[ImportedDocument], known: set[str], report: ImportReport
) -> list[ImportedDocument]:
    """Check every document; keep those whose file is new. Files already in the project, and files
    given twice in the batch (same bytes, another name), go to ``report.duplicates``."""
    fresh: list[ImportedDocument] = []
    batch: dict[str, str] = {}  # sha256 -> source name, for the same file given twice
    for doc in documents:
        _check_document(doc)
        seen_in_batch = batch.setdefault(doc.sha256, doc.source_name) != doc.source_name
        if doc.sha256 in known or seen_in_batch:
            if doc.source_name not in report.duplicates:
                report.duplicates.append(doc.source_name)
            continue
        fresh.append(doc)
        report.warnings.extend(doc.warnings)
    return fresh


def _document_rows(docs: list[ImportedDocument], position: int) -> list[tuple]:
    """The ``documents`` rows of ``docs`` (in the order of ``_DOCUMENT_COLUMNS``), positions after ``position``."""
    stamp = now_iso()
    sha256 = hashlib.sha256
    words = count_words_many([d.text for d in docs])
    return [
        (d.name, d.kind, d.text, d.sha256, sha256(d.text.encode("utf-8")).hexdigest(), d.source_name,
         d.source_format, stamp, position + i, len(d.text), count)
        for i, (d, count) in enumerate(zip(docs, words), start=1)
    ]


def _insert_documents(session: Session, rows: list[tuple]) -> list[int]:
    """Insert the document rows without the ORM (3x slower at 70,000 documents); return their new ids
    in order."""
    if not rows:
        return []
    connection = session.connection()
    last = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM documents").scalar() or 0
    _insert_rows(session, "documents", _DOCUMENT_COLUMNS, rows)
    first, count, top = connection.exec_driver_sql(
        "SELECT min(id), count(*), max(id) FROM documents WHERE id > " + _marker(session), (last,)
    ).one()
    if count != len(rows) or top - first + 1 != count:
        raise ProjectError(msg("The documents could not be stored (concurrent write?); nothing was imported."))
    return list(range(first, top + 1))


def _insert_turns(session: Session, docs: list[ImportedDocument], ids: list[int], resolver: CaseResolver) -> None:
    """Insert the turns (cases found or created by ``resolver``) and section marks."""
    turns, sections = [], []
    resolver.prepare(t.speaker for doc in docs for t in doc.turns if t.speaker)
    case_id = resolver.case_id
    for doc, doc_id in zip(docs, ids):
        if doc.turns:
            turns.extend(
                (doc_id, t.start, t.end, t.content_start, case_id(t.speaker) if t.speaker else None,
                 t.speaker, t.timestamp)
                for t in doc.turns
            )
        if doc.sections:
            sections.extend((doc_id, s.offset, s.label) for s in doc.sections)
    _insert_rows(session, "turns", _TURN_COLUMNS, turns)
    _insert_rows(session, "sections", _SECTION_COLUMNS, sections)


def _insert_attributes(session: Session, docs: list[ImportedDocument], ids: list[int]) -> None:
    """Insert the document attribute values (attributes created on first use, in order of appearance),
    in document order: the ``(document_id, attribute_id)`` index then only grows at its end."""
    from corpus.attributes import attribute_id

    names = dict.fromkeys(chain.from_iterable(doc.attributes for doc in docs))
    if not names:
        return
    attribute_of = {name: attribute_id(session, name, "document") for name in names}.__getitem__
    rows: list[tuple] = []
    for doc, doc_id in zip(docs, ids):
        values = doc.attributes
        if values:  # built by zip/map: 350,000 values take 0.1 s, not 0.5 s in a Python loop
            rows.extend(zip(map(attribute_of, values), repeat(doc_id, len(values)), values.values()))
    _insert_rows(session, "attribute_values", _VALUE_COLUMNS, rows)


def _new_infos(docs: list[ImportedDocument], rows: list[tuple], ids: list[int]) -> list[DocumentInfo]:
    """The infos of freshly stored documents, from what was inserted (no query back: at 70,000
    documents reading them again cost a second)."""
    return [
        DocumentInfo(doc_id, row[0], row[1], row[5], row[6], row[3], row[7], row[9], row[10],
                     len(doc.turns), 0, row[8])
        for doc, row, doc_id in zip(docs, rows, ids)
    ]


def _insert_rows(session: Session, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``) in order, on the session's connection.

    Rows go in groups of up to ``_MAX_PARAMETERS`` values per multi-row ``INSERT ... VALUES (...), (...)``
    statement: SQLite then runs one statement per group instead of one per row, which halves the CPU of
    a bulk insert (350,000 attribute values: 0.8 s -> 0.4 s).
    """
    if not rows:
        return
    width = len(columns)
    per_statement = max(1, _MAX_PARAMETERS // width)
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    group = "(" + ", ".join([_marker(session)] * width) + ")"
    full = len(rows) - len(rows) % per_statement
    cursor = session.connection().connection.cursor()  # the DBAPI cursor: plain tuples, no ORM
    try:
        if full:
            cursor.executemany(
                head + ", ".join([group] * per_statement),
                (tuple(chain.from_iterable(rows[i:i + per_statement])) for i in range(0, full, per_statement)),
            )
        if full < len(rows):
            cursor.execute(head + ", ".join([group] * (len(rows) - full)), tuple(chain.from_iterable(rows[full:])))
    finally:
        cursor.close()


def _marker(session: Session) -> str:
    """The DB-API parameter marker of the session's driver: ``?`` for SQLite, ``%s`` for psycopg."""
    return "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"


_IMPORT_CACHE_KB = 131072  # SQLite page cache for big imports (the 2 MB default thrashes the indexes)
_MAX_PARAMETERS = 999  # host parameters per statement: SQLite's limit before 3.32, and enough to gain
_DOCUMENT_COLUMNS = ("name", "kind", "text", "sha256", "text_sha256", "source_name", "source_format",
                     "imported_at", "position", "characters", "words")
_TURN_COLUMNS = ("document_id", "start", '"end"', "content_start", "case_id", "label", "timestamp")
_SECTION_COLUMNS = ("document_id", '"offset"', "label")
_VALUE_COLUMNS = ("attribute_id", "document_id", "value")
_KNOWN_FILES = "SELECT sha256, max(position) FROM documents GROUP BY sha256"
# The fields of DocumentInfo in order, turn_count and coding_count left out, position last.
_INFO_COLUMNS = ("id", "name", "kind", "source_name", "source_format", "sha256", "imported_at",
                 "characters", "words", "position")

__all__ = ["CorpusService", "count_words", "ImportFailure", "ImportFailures"]
