"""What an analysis reads: a project selection or an importable file, as lexical sources.

* From a project (``.vbt``): :func:`coding.selection.select_units` then :func:`units_to_sources`; the
  annotation cache is the project's (:class:`corpus.caches.ProjectAnnotationCache`).
* From any other file the importers read: an Iramuteq corpus gives one source per text (per ``-*``
  section), with its starred variables; a transcript one source per turn's speech, with the speaker as
  variable ``locuteur``; other documents one source each. The cache is a :class:`DirectoryCache` in
  the user cache folder (``annotations`` in :func:`lexical.cache_dir.user_cache_dir`), or a :class:`MemoryCache` on request.

Variable names and modalities are made Iramuteq-safe (ASCII letters and digits; ``_`` inside
modalities), so ``*var_mod`` items mean the same in profiles, specificities and exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coding.codebook import CodebookService
from coding.export.iramuteq_export import modality as _modality
from coding.export.iramuteq_export import variable_name as _variable_name
from coding.selection import SPEAKER_VARIABLE, Selection, TextUnit, select_units
from corpus.caches import ProjectAnnotationCache
from corpus.cases import CaseService
from corpus.importers import ImportedDocument, read_file
from corpus.importers.encoding import guess_encoding, read_bytes
from corpus.speakers import looks_like_interviewer
from corpus.store.postgres import is_server_url
from corpus.store.project import Project
from corpus.user_lexicon import UserLexiconService
from lexical.annotate import AnnotationCache, DirectoryCache, MemoryCache, SpacyAnnotator, cache_key
from lexical.cache_dir import user_cache_dir
from lexical.corpus import DICTIONARY, SPACY
from lexical.iramuteq_format import read_iramuteq
from lexical.lexicon_cache import lexicon_key
from lexical.sources import SourceText

PROJECT_SUFFIX = ".vbt"


@dataclass(frozen=True)
class InputFilter:
    """A selection by *names*, usable on projects and on files (the command line's flags).

    ``speakers``: keep only these speakers' turns; ``where``: attribute -> accepted values (document
    attributes, and for files also speaker variables); ``exclude_interviewer``: drop turns of
    interviewers (marked in the project; for files, recognised by their label); ``code``: a code path,
    keep only its excerpts (projects only).
    """

    speakers: tuple[str, ...] = ()
    where: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude_interviewer: bool = False
    code: str | None = None

    def describe(self) -> dict[str, Any]:
        """A JSON-able description (saved with results)."""
        return {"speakers": list(self.speakers), "where": {k: list(v) for k, v in self.where.items()},
                "exclude_interviewer": self.exclude_interviewer, "code": self.code}


@dataclass
class AnalysisInput:
    """Sources to analyse, the annotation cache to use, how they were selected (for saving), and the
    project's own lexicon (``UserLexicon.to_dict()``; empty for files)."""

    sources: list[SourceText]
    cache: AnnotationCache
    description: dict[str, Any]
    lexicon: dict[str, Any] = field(default_factory=dict)


def variable_name(name: str) -> str:
    """An Iramuteq-safe variable name (``"Âge (ans)"`` -> ``"Ageans"``)."""
    return _variable_name(name)


def modality(value: str) -> str:
    """An Iramuteq-safe modality (``"Île-de-France"`` -> ``"Ile_de_France"``)."""
    return _modality(value)


def sanitize_variables(variables: dict[str, str]) -> dict[str, str]:
    """Iramuteq-safe ``{name: modality}``; empty modalities are dropped, the first value of a name wins."""
    out: dict[str, str] = {}
    for name, value in variables.items():
        var, mod = variable_name(name), modality(value)
        if mod and var not in out:
            out[var] = mod
    return out


_DOC_KEY = re.compile(r"^d(\d+)(?::|$)")


def document_id_of(key: str) -> int | None:
    """The project document id encoded in a source key (``"d12:t40"`` -> 12), or None."""
    match = _DOC_KEY.match(key)
    return int(match.group(1)) if match else None


def units_to_sources(units: Sequence[TextUnit]) -> list[SourceText]:
    """One source per unit: ``key`` = the unit's key (``d<document id>:...``), ``offset`` = its start,
    variables sanitised as Iramuteq modalities."""
    return [SourceText(u.key, u.text, sanitize_variables(u.variables), u.start) for u in units]


def _file_cache(use_cache: bool) -> AnnotationCache:
    if not use_cache:
        return MemoryCache()
    try:
        return DirectoryCache(user_cache_dir() / "annotations")
    except OSError:  # read-only home, ...: run without a persistent cache
        return MemoryCache()


# ------------------------------------------------------------------------------------ projects
def project_selection(project: Project, flt: InputFilter) -> Selection:
    """Resolve names (speakers, code path) to a :class:`Selection` of ``project``; ValueError when a
    name is unknown."""
    case_ids = None
    if flt.speakers:
        by_name = {c.name.casefold(): c.id for c in CaseService(project).cases()}
        unknown = [s for s in flt.speakers if s.casefold() not in by_name]
        if unknown:
            raise ValueError(f"unknown speaker(s): {', '.join(unknown)}")
        case_ids = tuple(by_name[s.casefold()] for s in flt.speakers)
    code_id = None
    if flt.code:
        code = CodebookService(project).find_path(flt.code)
        if code is None:
            raise ValueError(f"no code {flt.code!r} in the codebook")
        code_id = code.id
    return Selection(document_filter=dict(flt.where), case_ids=case_ids,
                     exclude_interviewer=flt.exclude_interviewer, code_id=code_id)


def sources_from_project(project: Project, selection: Selection) -> AnalysisInput:
    """The sources of a project selection, with the project's annotation cache and own lexicon."""
    sources = units_to_sources(select_units(project, selection))
    return AnalysisInput(sources, ProjectAnnotationCache(project), {"project": selection.describe()},
                         UserLexiconService(project).lexicon())


# --------------------------------------------------------------------------------------- files
def _document_sources(index: int, doc: ImportedDocument, flt: InputFilter) -> list[SourceText]:
    """Sources of one imported document: per section (Iramuteq), per turn (transcript), or whole."""
    base = dict(doc.attributes)
    key = f"{index}"
    if not doc.turns:
        if flt.speakers:
            return []
        cuts = sorted({0, *(s.offset for s in doc.sections), len(doc.text)})
        return [SourceText(f"{key}.{j}" if len(cuts) > 2 else key, doc.text[a:b], base, a)
                for j, (a, b) in enumerate(zip(cuts, cuts[1:])) if doc.text[a:b].strip()]
    wanted = {s.casefold() for s in flt.speakers}
    keep_unspoken = not wanted and not flt.exclude_interviewer
    out: list[SourceText] = []
    cursor = 0
    for t, turn in enumerate(doc.turns):
        if keep_unspoken and turn.start > cursor:
            out.append(SourceText(f"{key}:{cursor}", doc.text[cursor:turn.start], base, cursor))
        speaker = turn.speaker or ""
        if (not wanted or speaker.casefold() in wanted) and not (
                flt.exclude_interviewer and looks_like_interviewer(speaker)):
            variables = {**base, SPEAKER_VARIABLE: speaker} if speaker else base
            out.append(SourceText(f"{key}:t{t}", doc.text[turn.content_start:turn.end], variables,
                                  turn.content_start))
        cursor = max(cursor, turn.end)
    if keep_unspoken and cursor < len(doc.text):
        out.append(SourceText(f"{key}:{cursor}", doc.text[cursor:], base, cursor))
    return [s for s in out if s.text.strip()]


def _matches(variables: dict[str, str], where: dict[str, tuple[str, ...]]) -> bool:
    """True when every ``where`` attribute has an accepted value (raw or Iramuteq-safe spelling)."""
    safe = sanitize_variables(variables)
    for name, accepted in where.items():
        values = {variables.get(name), safe.get(variable_name(name))}
        if not values & ({*accepted} | {modality(a) for a in accepted}):
            return False
    return True


def _raw_iramuteq_sources(path: str | Path) -> list[SourceText]:
    """An Iramuteq corpus read as IRaMuTeQ reads it: the file's own characters, not NFC-normalised.

    The project store keeps NFC text; a file analysed directly keeps its bytes' spelling, so that a
    corpus holding decomposed accents (e + U+0301) is segmented exactly as IRaMuTeQ segments it.
    """
    data = read_bytes(path)
    used = guess_encoding(data)
    content = data.decode(used, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return read_iramuteq(content)


def sources_from_file(path: str | Path, flt: InputFilter = InputFilter(), *, use_cache: bool = True
                      ) -> AnalysisInput:
    """The sources of an importable (non-project) file; ValueError for a filter that needs a project."""
    if flt.code:
        raise ValueError("--code needs a Verbatim project as input")
    documents = read_file(path)
    if documents and all(d.source_format == "iramuteq" for d in documents) and not flt.speakers:
        candidates = _raw_iramuteq_sources(path)
    else:
        candidates = [s for index, doc in enumerate(documents) for s in _document_sources(index, doc, flt)]
    sources = [
        SourceText(source.key, source.text, sanitize_variables(source.variables), source.offset)
        for source in candidates
        if _matches(source.variables, flt.where)
    ]
    return AnalysisInput(sources, _file_cache(use_cache), {"file": str(path), **flt.describe()})


# --------------------------------------------------------------------------------------- either
def is_project(path: str | Path) -> bool:
    """True for a Verbatim project file (by its suffix)."""
    return Path(path).suffix.lower() == PROJECT_SUFFIX


@contextmanager
def open_input(path: str | Path, flt: InputFilter = InputFilter(), *, use_cache: bool = True,
               lemmatiser: str = SPACY) -> Iterator[AnalysisInput]:
    """INPUT (a ``.vbt`` project or an importable file) as an :class:`AnalysisInput`; a project stays
    open (for its annotation cache) until the block ends. Raises FileNotFoundError, ImportFailure,
    ProjectError or ValueError (unknown speaker or code, empty selection). With ``lemmatiser``
    "dictionary" a file needs no annotation cache (a :class:`MemoryCache`)."""
    server = is_server_url(path)  # a server project (postgresql://...) is read like a .vbt
    path = str(path) if server else Path(path)
    if not server and not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    if not server and not is_project(path):
        found = sources_from_file(path, flt, use_cache=use_cache and lemmatiser != DICTIONARY)
        _check_nonempty(found)
        yield found
        return
    project = Project.open(path)
    try:
        found = sources_from_project(project, project_selection(project, flt))
        found.description = {"project": str(path), **flt.describe()}
        if not use_cache:
            found.cache = MemoryCache()
        _check_nonempty(found)
        yield found
    finally:
        project.close()


def _check_nonempty(found: AnalysisInput) -> None:
    if not found.sources:
        raise ValueError("the selection is empty: no text to analyse")


def sources_from_path(path: str | Path, selection: InputFilter | None = None, *,
                      use_cache: bool = True, lemmatiser: str = SPACY) -> tuple[list[SourceText], AnnotationCache]:
    """Sources and cache of INPUT, a ``.vbt`` project or any importable file.

    A project is closed on return, so its cache comes back as a :class:`MemoryCache` pre-filled with
    the project's annotations of these texts (new annotations are then not saved in the project), or
    empty for the ``dictionary`` lemmatiser, which needs none.
    Prefer :func:`open_input`, which keeps the project's own cache for the whole analysis.
    """
    with open_input(path, selection or InputFilter(), use_cache=use_cache, lemmatiser=lemmatiser) as found:
        if isinstance(found.cache, ProjectAnnotationCache):
            found.cache = (MemoryCache() if lemmatiser == DICTIONARY
                           else prefetched_cache(found.cache, found.sources))
        return found.sources, found.cache


def prefetched_cache(cache: ProjectAnnotationCache, sources: Sequence[SourceText]) -> MemoryCache:
    """A :class:`MemoryCache` holding ``cache``'s entries for ``sources`` (current spaCy model)."""
    version = SpacyAnnotator().version
    keys = [cache_key(s.text, version) for s in sources]
    keys.append(lexicon_key(keys, version))  # the whole corpus's lexicon, if seen
    memory = MemoryCache()
    memory.data.update(cache.load_many(keys))
    return memory
