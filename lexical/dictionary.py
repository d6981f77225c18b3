"""IRaMuTeQ's French dictionary: forms -> (lemma, tag), and the status of each tag (``key.cfg``).

The files ship in ``resources/lexical/`` unchanged (see ``ATTRIBUTION.md`` there):

* ``lexique_fr.txt``: ``form<TAB>lemma<TAB>tag``, 125,719 lines built by IRaMuTeQ from Lexique 3. It is
  read as IRaMuTeQ's ``ReadDicoAsDico`` reads it: empty lines skipped, ``"`` removed, and for a form
  listed more than once the *last* line wins (IRaMuTeQ builds a dict).
* ``key.cfg``: ``tag = 1`` (active) or ``tag = 2`` (supplementary). A tag it does not list is
  supplementary.

Lookup is exact on the cleaned form (:func:`lexical.cleaning.clean_text` already lower-cases, splits
apostrophes and hyphens and joins expressions with ``_``), as IRaMuTeQ's ``Corpus.add_word``: a form
of the dictionary takes its lemma and tag; an unknown form is its own lemma, tagged ``num`` when
``str.isdigit()`` and ``nr`` otherwise.

Parsing the 3 MB text costs ~0.3 s; the parsed dictionary is kept in the user cache folder as a
``marshal`` file keyed by the files' SHA-256 (no code runs when it is loaded), which loads in about
half that time, and in memory for the process (:func:`default_dictionary`).

Plugging a user lexicon in: :meth:`FrenchDictionary.with_entries` returns a copy where some forms
take another lemma and tag (and :meth:`~FrenchDictionary.with_statuses` other tag statuses); every
lemma a user enters counts as a word from then on. Pass it to
``LexicalCorpus.build(..., dictionary=mine)``; changed tag statuses go in
``PrepOptions(active_tags=mine.active_tags())``, and per-lemma statuses in ``PrepOptions.overrides``.
User expressions: ``CleanOptions(extra_expressions=...)`` (:mod:`lexical.cleaning`).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache
from pathlib import Path

from lexical.cache_dir import user_cache_dir

__all__ = [
    "RESOURCES", "FrenchDictionary", "default_dictionary", "load_dictionary", "read_key_cfg",
    "read_lexique",
]

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "lexical"
LEXIQUE_FILE = RESOURCES / "lexique_fr.txt"
KEY_FILE = RESOURCES / "key.cfg"
ACTIVE_STATUS, SUPPLEMENTARY_STATUS = 1, 2
_CACHE_FORMAT = "dictionary-1"

Entry = tuple[str, str]


class FrenchDictionary:
    """Forms with their (lemma, tag), and the status of each tag; lemma indexes built on first use.

    ``version`` identifies the content (the files' SHA-256 for a loaded dictionary; derived from it and
    the changes for :meth:`with_entries` / :meth:`with_statuses`): put it in the key of anything cached
    from a lemmatisation.
    """

    def __init__(self, entries: Mapping[str, Entry], statuses: Mapping[str, int], version: str = "") -> None:
        self.entries = entries
        self.statuses = dict(statuses)
        self.version = version or _digest(sorted(entries.items()), sorted(self.statuses.items()))

    @cached_property
    def tags_of_lemma(self) -> dict[str, frozenset[str]]:
        """Every lemma of the dictionary with the tags its forms carry."""
        tags: dict[str, set[str]] = {}
        for lemma, tag in self.entries.values():
            tags.setdefault(lemma, set()).add(tag)
        return {lemma: frozenset(found) for lemma, found in tags.items()}

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every lemma of the dictionary."""
        return frozenset(lemma for lemma, _ in self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, form: object) -> bool:
        return form in self.entries

    def lookup(self, form: str) -> Entry:
        """``(lemma, tag)`` of a cleaned form; an unknown form is its own lemma, ``num`` or ``nr``."""
        entry = self.entries.get(form)
        if entry is not None:
            return entry
        return (form, "num") if form.isdigit() else (form, "nr")

    def is_lemma(self, word: str) -> bool:
        """True when ``word`` is the lemma of some form of the dictionary."""
        return word in self.lemmas

    def active_tags(self) -> frozenset[str]:
        """The tags whose forms are active (status 1 in ``key.cfg``)."""
        return frozenset(tag for tag, status in self.statuses.items() if status == ACTIVE_STATUS)

    def lexicon_for(self, forms: Iterable[str]) -> dict[str, Entry]:
        """The entries of the ``forms`` the dictionary knows (what a corpus needs of it)."""
        entries = self.entries
        return {form: entries[form] for form in forms if form in entries}

    def with_entries(self, overrides: Mapping[str, Entry]) -> FrenchDictionary:
        """A copy where the forms of ``overrides`` take these (lemma, tag) (a user's lexicon)."""
        if not overrides:
            return self
        version = _digest(self.version, sorted(overrides.items()))
        return FrenchDictionary({**self.entries, **overrides}, self.statuses, version)

    def with_statuses(self, statuses: Mapping[str, int]) -> FrenchDictionary:
        """A copy with some tags' statuses changed (1 active, 2 supplementary)."""
        return FrenchDictionary(self.entries, {**self.statuses, **statuses},
                                _digest(self.version, sorted(statuses.items())))


def read_lexique(text: str) -> dict[str, Entry]:
    """Parse ``lexique_fr.txt`` content as IRaMuTeQ does (``"`` removed, the last line of a form wins).

    Lines with fewer than three columns are skipped (IRaMuTeQ would fail on them).
    """
    entries: dict[str, Entry] = {}
    tags: dict[str, str] = {}
    for line in text.replace('"', "").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            tag = tags.setdefault(parts[2], parts[2])  # one string object per tag: a smaller cache
            entries[parts[0]] = (parts[1], tag)
    return entries


def read_key_cfg(text: str) -> dict[str, int]:
    """``{tag: status}`` from a ``key.cfg`` (``tag = 1|2`` lines; sections and others ignored)."""
    statuses: dict[str, int] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and value.strip().isdigit() and not name.strip().startswith(("[", "#", ";")):
            statuses[name.strip()] = int(value.strip())
    return statuses


def load_dictionary(lexique: Path = LEXIQUE_FILE, key_cfg: Path = KEY_FILE, *,
                    cache_dir: Path | None = None) -> FrenchDictionary:
    """Read a dictionary and its ``key.cfg``, through the marshal cache in ``cache_dir`` (default: the
    user cache folder; a cache that cannot be read or written is ignored)."""
    raw = lexique.read_bytes()
    key_text = key_cfg.read_text(encoding="utf-8")
    statuses = read_key_cfg(key_text)
    digest = hashlib.sha256(raw).hexdigest()
    folder = _cache_folder(cache_dir)
    cached = folder / f"{_CACHE_FORMAT}-{digest[:32]}.marshal" if folder is not None else None
    entries = _read_cache(cached)
    if entries is None:
        entries = read_lexique(raw.decode("utf-8"))
        _write_cache(cached, entries)
    return FrenchDictionary(entries, statuses, _digest(digest, key_text))


def _digest(*parts: object) -> str:
    """A short hex digest of ``repr(parts)`` (a version string)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:20]


@lru_cache(maxsize=1)
def default_dictionary() -> FrenchDictionary:
    """IRaMuTeQ's French dictionary shipped in ``resources/lexical/`` (loaded once per process)."""
    return load_dictionary()


def _cache_folder(cache_dir: Path | None) -> Path | None:
    try:
        return cache_dir if cache_dir is not None else user_cache_dir() / "dictionaries"
    except (OSError, RuntimeError):  # no home folder
        return None


def _read_cache(path: Path | None) -> dict[str, Entry] | None:
    if path is None:
        return None
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _write_cache(path: Path | None, entries: dict[str, Entry]) -> None:
    """Write the cache atomically (a temporary file beside it, then a rename); errors are ignored."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".dict-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(entries))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
