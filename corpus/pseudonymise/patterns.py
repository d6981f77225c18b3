"""Regular patterns for contact details and identifiers in French text (pure functions).

E-mails, URLs, French and international phone numbers, street addresses, postcodes, dates of birth
(a date near "né(e) le" / "date de naissance"), NIR (French social-security numbers, checked by their
key when they have one) and other long identifier numbers (IBAN, SIRET...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.pseudonymise.types import ADDRESS, DATE, EMAIL, IDENTIFIER, PHONE, URL, Span

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")
_EMAIL_SPOKEN = re.compile(
    r"(?<!\w)[\w.-]+\s+(?:arobase|at)\s+[\w-]+\s+(?:point|dot)\s+(?:fr|com|org|net|eu|be|ch)(?!\w)", re.IGNORECASE)
_URL = re.compile(r"(?<!\w)(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]]", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![\w@.])[a-z0-9-]{2,}\.(?:fr|com|org|net|eu|gouv\.fr|io)(?:/[^\s]*[^\s.,;:!?)])?(?![\w@])",
                     re.IGNORECASE)
_SEP = r"[ .\u00a0\u202f-]?"
_PHONE_FR = re.compile(rf"(?<![\d+])(?:(?:\+|00)33{_SEP}(?:\(0\))?{_SEP}[1-9]|0[1-9])(?:{_SEP}\d\d){{4}}(?!\d)")
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)(?!33)[1-9]\d{0,2}(?:[ .\u00a0-]?\(?\d{1,4}\)?){2,5}(?!\d)")
_STREET_TYPES = (r"rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage"
                 r"|r[ée]sidence|lotissement|cit[ée]|villa|voie|sentier|hameau|faubourg|rond-point")
_ADDRESS = re.compile(
    rf"(?<!\w)(?:\d{{1,4}}(?:\s?(?:bis|ter|[a-d]))?,?\s+)?(?i:{_STREET_TYPES})\s+"
    r"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d['’]|la\s+|le\s+)?[A-ZÀ-Ý][\w'’-]*){0,4}")
_POSTCODE = re.compile(r"(?<![\d\w])(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\s?\d{3}(?=\s+[A-ZÀ-Ý])")
_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre")
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+(?:19|20)\d\d|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d\d)"
_BIRTH = re.compile(
    rf"(?:n[ée]e?s?\s+le|date\s+de\s+naissance\s*:?|naissance\s*:?|DDN\s*:?)\s*(?P<date>{_DATE})", re.IGNORECASE)
_NIR = re.compile(r"(?<!\d)[12478][ .]?\d\d[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d\d|2[AB])[ .]?\d{3}[ .]?\d{3}"
                  r"(?:[ .]?\d\d)?(?!\d)")
_IBAN = re.compile(r"(?<!\w)FR\d\d(?:[ ]?[\dA-Z]{4}){5}[ ]?[\dA-Z]{3}(?!\w)")
_LONG_NUMBER = re.compile(r"(?<![\d\w])\d(?:[ .]?\d){8,}(?![\d\w])")


def _nir_ok(digits: str) -> bool:
    """A 13-digit NIR, or a 15-digit one whose key (97 - number mod 97) matches (Corsica: 2A/2B)."""
    body = digits[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit():
        return False
    if len(digits) == 13:
        return True
    return len(digits) == 15 and 97 - int(body) % 97 == int(digits[13:])


def _spans(pattern: re.Pattern[str], text: str, kind: str, group: str | int = 0) -> Iterator[Span]:
    for match in pattern.finditer(text):
        yield Span(match.start(group), match.end(group), kind, "pattern")


def _nirs(text: str) -> Iterator[Span]:
    for match in _NIR.finditer(text):
        if _nir_ok(re.sub(r"[ .]", "", match.group())):
            yield Span(match.start(), match.end(), IDENTIFIER, "pattern")


def _addresses(text: str) -> Iterator[Span]:
    """Street addresses: a street type and a capitalised name, with or without a number."""
    for match in _ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), ADDRESS, "pattern")


def find_patterns(text: str) -> list[Span]:
    """Every contact detail and identifier in ``text`` (may overlap: see :func:`resolve_overlaps`)."""
    spans: list[Span] = []
    spans += _spans(_EMAIL, text, EMAIL)
    spans += _spans(_EMAIL_SPOKEN, text, EMAIL)
    spans += _spans(_URL, text, URL)
    spans += _spans(_DOMAIN, text, URL)
    spans += _spans(_PHONE_FR, text, PHONE)
    spans += _spans(_PHONE_INTL, text, PHONE)
    spans += _addresses(text)
    spans += _spans(_POSTCODE, text, ADDRESS)
    spans += _spans(_BIRTH, text, DATE, "date")
    spans += _nirs(text)
    spans += _spans(_IBAN, text, IDENTIFIER)
    spans += _spans(_LONG_NUMBER, text, IDENTIFIER)
    return spans


PRIORITY = {"pattern": 0, "user": 0, "project": 1, "context": 1, "list": 2, "ner": 3}


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: a pattern (or the user's list) beats a name, a name of the project,
    the lists or the context beats the NER's; then the longer span ("Olivier Fontaine" over
    "Fontaine"), then the surer source, then the earlier span."""
    def rank(span: Span) -> tuple[int, int, int, int]:
        priority = PRIORITY.get(span.source, 9)
        return (min(priority, 1) + (priority >= 3), -(span.end - span.start), priority, span.start)

    ranked = sorted(spans, key=rank)
    taken: list[Span] = []
    for span in ranked:
        if span.end > span.start and all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)
