"""Importers: read a file, return :class:`ImportedDocument` objects. Pure functions, no database.

``read_file`` picks the reader from the extension and the content (a ``.txt`` may be an Iramuteq
corpus, WebVTT/SRT subtitles or a Praat TextGrid). Every problem surfaces as :class:`ImportFailure`
naming the file and the reason; warnings (skipped empty answers, ignored lines...) are in the
``warnings`` list of the documents returned (file-level ones on the first document).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..messages import Message, msg, msgn
from . import survey
from .base import (
    ImportedDocument,
    ImportedTurn,
    ImportFailure,
    ImportOptions,
    SectionMark,
    collecting_warnings,
    display_name,
    printable,
)
from .cleaning import clean_documents
from .docx import read_docx
from .encoding import read_bytes
from .iramuteq import read_iramuteq
from .limits import too_large
from .odt import read_odt
from .pdf import read_pdf
from .rtf import read_rtf
from .subtitles import read_subtitles
from .survey import SurveyColumnGuess, read_survey
from .text import read_text
from .textgrid import read_textgrid
from .turns import detect_turns

Reader = Callable[[str | Path, bytes, ImportOptions], list[ImportedDocument]]

_READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".odt": read_odt,
    ".rtf": read_rtf,
    ".pdf": read_pdf,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
    ".csv": read_survey,
    ".tsv": read_survey,
    ".xlsx": read_survey,
    ".textgrid": read_textgrid,
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_READERS)
DEFAULT_OPTIONS = ImportOptions()
MAX_WARNINGS = 50  # per file; the rest are counted
_TEXT_FORMATS = frozenset({".txt", ".text", ".md", ".markdown", ".vtt", ".srt", ".csv", ".tsv", ".textgrid"})
_LEGACY = {".doc": ".docx", ".xls": ".xlsx", ".ppt": ".pptx", ".wpd": ".docx", ".pages": ".docx"}

__all__ = [
    "DEFAULT_OPTIONS",
    "SUPPORTED_EXTENSIONS",
    "ImportFailure",
    "ImportOptions",
    "ImportedDocument",
    "ImportedTurn",
    "SectionMark",
    "SurveyColumnGuess",
    "detect_turns",
    "guess_survey_columns",
    "read_file",
    "read_iramuteq",
]


def _reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix in _READERS:
        return _READERS[suffix]
    if suffix in _LEGACY:
        raise ImportFailure(path, msg("the old '{suffix}' format is not supported; save the file as {modern}",
                                      suffix=suffix, modern=_LEGACY[suffix]))
    supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    raise ImportFailure(path, msg("unsupported file type '{suffix}'; supported: {supported}",
                                  suffix=printable(suffix) or "(none)", supported=supported))


def read_file(path: str | Path, options: ImportOptions = DEFAULT_OPTIONS) -> list[ImportedDocument]:
    """Read one file into documents; raises only :class:`ImportFailure`.

    What the reader dropped or changed is in the first document's ``warnings``, each naming the file;
    characters XML cannot carry (control characters, NUL bytes...) are replaced and counted there."""
    path = Path(path)
    reader = _reader_for(path)
    data = read_bytes(path, text=path.suffix.lower() in _TEXT_FORMATS)
    with collecting_warnings() as notes:
        try:
            documents = reader(path, data, options)
        except ImportFailure:
            raise
        except MemoryError as exc:
            raise too_large(path, msg("it does not fit in memory")) from exc
        except RecursionError as exc:
            raise too_large(path, msg("its structure is nested too deeply")) from exc
        except Exception as exc:  # a reader bug or a library error we did not foresee: still a clear failure
            raise ImportFailure(path, unexpected(exc)) from exc
        clean_documents(path, documents)
    if documents and notes:
        name = display_name(path)
        documents[0].warnings[:0] = [f"{name}: {note}" for note in notes]
    if documents and len(documents[0].warnings) > MAX_WARNINGS:
        shown = documents[0].warnings[:MAX_WARNINGS]
        more = len(documents[0].warnings) - MAX_WARNINGS
        documents[0].warnings = shown + [f"{display_name(path)}: " + str(msgn(
            "{n} more warning not shown", "{n} more warnings not shown", n=more))]
    return documents


def unexpected(exc: BaseException) -> Message:
    """The reason shown for an error a reader did not foresee: its kind and the start of its text, on
    one line, without binary bytes (library messages can quote hundreds of bytes of the file)."""
    detail = printable(" ".join(str(exc).split()), 120)
    return msg("the file could not be read ({kind}: {detail})", kind=type(exc).__name__, detail=detail)


def guess_survey_columns(path: str | Path, options: ImportOptions = DEFAULT_OPTIONS) -> SurveyColumnGuess:
    """Columns, guessed text/id columns and preview rows of a CSV/XLSX file; raises only ImportFailure."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".tsv", ".txt", ".xlsx"):
        raise ImportFailure(path, msg("column guessing needs a CSV or XLSX file"))
    try:
        with collecting_warnings():
            return survey.guess_survey_columns(path, options)
    except ImportFailure:
        raise
    except MemoryError as exc:
        raise too_large(path, msg("it does not fit in memory")) from exc
    except Exception as exc:
        raise ImportFailure(path, unexpected(exc)) from exc
