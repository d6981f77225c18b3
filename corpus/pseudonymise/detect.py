"""Find persons, places, organisations, contact details and identifiers in texts (no spaCy here).

A named-entity recogniser can be passed in (``ner``: text -> ``[(start, end, kind)]``; the app passes
:class:`lexical.ner.NerTagger`, since this package may not import spaCy); without it, detection uses the
patterns, the project's case and speaker names, the shipped lists and the user's lists only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.pseudonymise.patterns import find_patterns, resolve_overlaps
from corpus.pseudonymise.types import ORGANISATION, PERSON, PLACE, Detection, Span
from corpus.pseudonymise.wordlists import fold, name_lists, term_pattern

NerFn = Callable[[str], Sequence[tuple[int, int, str]]]
_CAP = r"[A-ZÀ-ÖØ-Ý][\w'’-]*"
_TITLE = re.compile(rf"(?<!\w)(?:M\.|MM\.|Mme|Mlle|Mr|Madame|Monsieur|Mademoiselle|Dr\.?|Docteur|Maître|Me|Pr\.?"
                    rf"|Professeur)\s+(?P<name>{_CAP}(?:[ -]{_CAP})?)")
_ORG_HEAD = (r"lycée|collège|école|université|fac|faculté|association|asso|société|entreprise|groupe|hôpital"
             r"|clinique|CHU|mairie|banque|usine|centre|institut|fondation|cabinet|agence|magasin|supermarché"
             r"|club|syndicat|mutuelle|coopérative|compagnie|restaurant|journal|radio|crèche|EHPAD|IUT|IME|IFSI")
_ORG = re.compile(rf"(?<!\w)(?i:{_ORG_HEAD})\s+(?:(?i:de\s+la|du|des|de|d['’])\s*)?"
                  rf"(?P<name>{_CAP}(?:\s+(?:de\s+|du\s+|des\s+|d['’]|et\s+)?{_CAP}){{0,4}})")
_CHEZ = re.compile(rf"(?<!\w)(?i:chez|travaill\w+\s+pour)\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})")
_ORG_BEFORE = re.compile(r"(?:\bà la |\bà l['’]|\bchez )$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"(?:[.!?…:]\s*|\n\s*|^\s*)$")


@dataclass(frozen=True)
class DetectOptions:
    """What to look for beyond the patterns.

    ``always`` maps a term to its kind (the user's always-mask list); ``never`` lists terms never
    masked (compared case- and accent-insensitively); ``known`` maps the project's names (cases,
    speakers) to their kind; ``countries``: also mask countries and regions."""

    always: dict[str, str] = field(default_factory=dict)
    never: frozenset[str] = frozenset()
    known: dict[str, str] = field(default_factory=dict)
    countries: bool = False
    use_lists: bool = True


def _sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 3):start]))


def _next_word(text: str, end: int) -> tuple[int, str]:
    """The word after one space or one line break (a name split across a line), and where it starts."""
    if text[end:end + 1] not in (" ", "\n"):
        return end, ""
    match = _WORD.match(text, end + 1)
    return (match.start(), match.group()) if match else (end, "")


def _first_name_span(text: str, match: re.Match[str]) -> Span | None:
    """A first name of the lists, with the capitalised surname after it; None where it is a word."""
    lists, word = name_lists(), match.group()
    key = fold(word)
    if word[0].islower():  # "moi c'est gérard": only names that are no French word
        return None if key in lists.common_words or len(word) < 3 else Span(match.start(), match.end(), PERSON, "list")
    start, surname = _next_word(text, match.end())
    has_surname = bool(surname) and surname[0].isupper() and fold(surname) not in lists.never
    if key in lists.common_words and not has_surname and _sentence_start(text, match.start()):
        return None
    return Span(match.start(), start + len(surname) if has_surname else match.end(), PERSON, "list")


def _list_names(text: str, countries: bool) -> list[Span]:
    """First names (with a following surname), towns, known organisations and, if asked, countries."""
    lists, spans = name_lists(), []
    for match in _WORD.finditer(text):
        word = match.group()
        key = fold(word)
        if lists.is_first_name(word):
            span = _first_name_span(text, match)
            if span is not None:
                spans.append(span)
        elif word[0].isupper() and (key in lists.towns or (countries and key in lists.countries)):
            spans.append(Span(match.start(), match.end(), PLACE, "list"))
    for name in ("Le Havre", "Le Mans", "La Rochelle", "Saint-Étienne", "Côte d'Ivoire", "Burkina Faso"):
        pattern = term_pattern([name], ignore_case=False)
        if pattern and (countries or fold(name) in lists.towns):
            spans += [Span(m.start(), m.end(), PLACE, "list") for m in pattern.finditer(text)]
    pattern = _organisation_pattern()
    spans += [Span(m.start(), m.end(), ORGANISATION, "list") for m in pattern.finditer(text)]
    return spans


@lru_cache(maxsize=1)
def _organisation_pattern() -> re.Pattern[str]:
    pattern = term_pattern(name_lists().organisations, ignore_case=False)
    return pattern or re.compile(r"(?!)")


def _contextual_names(text: str) -> list[Span]:
    """Names after a title ("Mme Martin"), organisation heads ("lycée Jean Moulin") and "chez Renault"."""
    lists = name_lists()

    def is_place(name: str) -> bool:
        return fold(name) in lists.towns or fold(name) in lists.countries or fold(name) in lists.never

    spans = [Span(m.start("name"), m.end("name"), PERSON, "context") for m in _TITLE.finditer(text)
             if fold(m.group("name")) not in lists.never]
    spans += [Span(m.start("name"), m.end("name"), ORGANISATION, "context") for m in _ORG.finditer(text)
              if not is_place(m.group("name"))]
    spans += [Span(m.start("name"), m.end("name"), ORGANISATION, "context") for m in _CHEZ.finditer(text)
              if not lists.is_first_name(m.group("name").split()[0]) and not is_place(m.group("name"))]
    return spans


def _term_spans(text: str, terms: dict[str, str], source: str, ignore_case: bool) -> list[Span]:
    pattern = term_pattern(terms, ignore_case=ignore_case)
    if pattern is None:
        return []
    kinds = {fold(t): k for t, k in terms.items()}
    out = []
    for match in pattern.finditer(text):
        kind = kinds.get(fold(re.sub(r"\s+", " ", match.group()).replace("’", "'")), PERSON)
        out.append(Span(match.start(), match.end(), kind, source))
    return out


def _ner_spans(text: str, ner: NerFn) -> list[Span]:
    lists = name_lists()
    spans = []
    for start, end, kind in ner(text):
        surface = text[start:end]
        words = _WORD.findall(surface)
        if not words or not any(c.isupper() for c in surface) or len(surface) < 2:
            continue
        if all(fold(w) in lists.never for w in words):
            continue
        if kind == PLACE and _ORG_BEFORE.search(text, max(0, start - 6), start) and not _is_known_place(surface):
            kind = ORGANISATION  # "à la Biocoop", "chez Vallourec": a town takes no article
        spans.append(Span(start, end, kind, "ner"))
    return spans


def _is_known_place(surface: str) -> bool:
    key = fold(surface)
    return key in name_lists().towns or key in name_lists().countries


def _allowed(text: str, span: Span, never: frozenset[str], countries: bool) -> bool:
    surface = fold(re.sub(r"\s+", " ", text[span.start:span.end]))
    if surface in never or (span.source != "user" and surface in name_lists().never):
        return False
    return countries or span.kind != PLACE or span.source == "user" or surface not in name_lists().countries


def detect_spans(text: str, options: DetectOptions, ner: NerFn | None = None) -> list[Span]:
    """Every span to mask in one text, without overlaps (patterns first, then user, project, lists, NER)."""
    spans = find_patterns(text)
    spans += _term_spans(text, options.always, "user", ignore_case=True)
    spans += _term_spans(text, options.known, "project", ignore_case=False)
    if options.use_lists:
        spans += _list_names(text, options.countries)
        spans += _contextual_names(text)
    if ner is not None:
        spans += _ner_spans(text, ner)
    never = frozenset(fold(w) for w in options.never)
    return resolve_overlaps([s for s in spans if _allowed(text, s, never, options.countries)])


def detect_texts(texts: dict[int, str], options: DetectOptions, ner: NerFn | None = None,
                 progress: Callable[[float, str], None] | None = None,
                 check_cancel: Callable[[], None] | None = None) -> list[Detection]:
    """:func:`detect_spans` over documents (id -> text), with progress and cancellation between texts."""
    out: list[Detection] = []
    total = max(1, sum(len(t) for t in texts.values()))
    done = 0
    for document_id, text in texts.items():
        if check_cancel is not None:
            check_cancel()
        for span in detect_spans(text, options, ner):
            out.append(Detection(document_id, span.start, span.end, text[span.start:span.end], span.kind,
                                 span.source))
        done += len(text)
        if progress is not None:
            progress(done / total, "")
    return out


def known_names(case_names: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """The project's person names to look for: case and speaker names (and their words that look like
    names: "Jean Dupont" also finds "Dupont"), leaving out generic labels ("Enquêteur", "P1")."""
    lists, out = name_lists(), {}
    for name in [*case_names, *labels]:
        name = name.strip().rstrip(":").strip()
        if not name or any(c.isdigit() for c in name) or fold(name) in lists.never:
            continue
        words = _WORD.findall(name)
        if not words or not all(w[0].isupper() for w in words):
            continue
        out[name] = PERSON
        for word in words:  # not a surname that is also a town ("Marseille"): the full name still matches
            key = fold(word)
            if len(word) >= 3 and key not in lists.never and key not in lists.towns and key not in lists.countries:
                out[word] = PERSON
    return out
