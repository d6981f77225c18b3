"""The review / correspondence table: detections grouped by surface form, replacements, CSV files.

The same CSV file serves both steps: ``detect`` writes it (one row per surface form, with count, kind,
a context and a proposed replacement), the user edits it (``action`` accept/reject, ``replacement``;
rows given the same replacement are one entity), ``apply`` reads it back. Kept apart from the copy, it
is the correspondence table: it never goes inside a project or an exported file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import string
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from corpus.atomic import atomic_write
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.pseudonymise.types import ACCEPT, KINDS, PERSON, REJECT, Detection, Entity
from corpus.pseudonymise.wordlists import fold, name_lists, read_list

COLUMNS = ("surface", "kind", "replacement", "action", "count", "sources", "context")
LABELS = {"person": "Personne {n}", "place": "[Ville {letter}]", "organisation": "[Organisation {n}]",
          "email": "[e-mail {n}]", "phone": "[téléphone {n}]", "address": "[adresse {n}]",
          "date": "[date {n}]", "identifier": "[identifiant {n}]",
          "url": "[site {n}]"}
CONTEXT = 40


def _letters(n: int) -> str:
    """A, B, ..., Z, AA, AB... for the n-th place (1-based)."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = string.ascii_uppercase[rest] + out
    return out


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start].replace("\n", " ")
    right = text[end:end + CONTEXT].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def group_detections(detections: Iterable[Detection], texts: dict[int, str]) -> list[Entity]:
    """One row per surface form (white space folded), with its most frequent kind, count and first context."""
    counts: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    contexts: dict[str, str] = {}
    for d in detections:
        surface = re.sub(r"\s+", " ", d.text)
        counts[surface] += 1
        kinds[surface][d.kind] += 1
        sources[surface].add(d.source)
        contexts.setdefault(surface, _context(texts[d.document_id], d.start, d.end))
    rows = [Entity(s, kinds[s].most_common(1)[0][0], count=counts[s], context=contexts[s],
                   sources=",".join(sorted(sources[s]))) for s in counts]
    rows.sort(key=lambda e: (KINDS.index(e.kind) if e.kind in KINDS else 99, -e.count, e.surface))
    return rows


def _first_name_pool(gender: str) -> list[str]:
    name = "first_names_f.txt" if gender == "f" else "first_names_m.txt"
    common = name_lists().common_words
    return [n for n in read_list(name) if fold(n) not in common and "-" not in n]


def propose_replacements(rows: Sequence[Entity], *, keep_gender: bool = False) -> None:
    """Fill every empty replacement: "Personne 3", "[Ville A]", "[Organisation 2]"..., numbered per kind
    in table order; rows already holding a replacement keep it (the numbering skips it).

    A one-word person that is the first or last word of exactly one longer person ("Dupont", "Jean"
    beside "Jean Dupont") is proposed as a variant of it: the same replacement (with ``keep_gender``,
    the matching part: "Léa Martin" -> "Claire A.", "Léa" -> "Claire"). The user can still split them.

    With ``keep_gender`` a person whose first word is a known first name gets another first name of
    the same gender ("Léa" -> "Claire"), never one that occurs as a surface form."""
    used = {r.replacement for r in rows if r.replacement}
    surfaces = {fold(r.surface) for r in rows}
    counters: Counter[str] = Counter()
    pools = {g: [n for n in _first_name_pool(g) if fold(n) not in surfaces] for g in ("f", "m")}
    by_surname: dict[str, str] = {}
    variants = _variants(rows)
    for index, row in enumerate(rows):
        if row.replacement or index in variants:
            continue
        if keep_gender and row.kind == PERSON:
            row.replacement = _gendered(row.surface, pools, used, by_surname)
            if row.replacement:
                used.add(row.replacement)
                continue
        template = LABELS.get(row.kind, "[{n}]")
        while True:
            counters[row.kind] += 1
            n = counters[row.kind]
            candidate = template.format(n=n, letter=_letters(n))
            if candidate not in used:
                break
        row.replacement = candidate
        used.add(candidate)
    for index, (full, position) in variants.items():
        if not rows[index].replacement:
            replacement = rows[full].replacement
            words = replacement.split()
            gendered = keep_gender and len(words) == 2 and words[1].endswith(".")
            rows[index].replacement = (words[0] if position == 0 else words[1]) if gendered else replacement


def _variants(rows: Sequence[Entity]) -> dict[int, tuple[int, int]]:
    """One-word person rows -> (the one longer person row they begin or end, 0 first word / -1 last)."""
    owners: dict[str, list[tuple[int, int]]] = {}
    for index, row in enumerate(rows):
        words = row.surface.split()
        if row.kind == PERSON and len(words) >= 2 and not row.replacement:
            owners.setdefault(words[0], []).append((index, 0))
            owners.setdefault(words[-1], []).append((index, -1))
    out = {}
    for index, row in enumerate(rows):
        found = owners.get(row.surface, []) if row.kind == PERSON and " " not in row.surface else []
        if len(found) == 1 and not row.replacement:
            out[index] = found[0]
    return out


def _gendered(surface: str, pools: dict[str, list[str]], used: set[str], by_surname: dict[str, str]) -> str:
    """Another first name of the same gender (plus an initial for a surname), or "" when unknown."""
    words = surface.split()
    gender = name_lists().gender(words[0])
    if gender is None:
        return ""
    pool = pools[gender]
    while pool and pool[0] in used:
        pool.pop(0)
    if not pool:
        return ""
    first = pool.pop(0)
    if len(words) == 1:
        return first.upper() if surface.isupper() else first
    surname = " ".join(words[1:])
    initial = by_surname.setdefault(surname, _letters(len(by_surname) + 1))
    return f"{first} {initial}."


def write_table(path: str | Path, rows: Sequence[Entity]) -> Path:
    """Save the table as UTF-8 CSV (with a BOM, for spreadsheets), atomically; a new table is readable
    by its owner only (it holds the real names)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([_cell(r.surface), r.kind, _cell(r.replacement), r.action, r.count, r.sources,
                         _cell(r.context)])
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        with contextlib.suppress(OSError):  # a file system without modes (FAT, SMB)
            os.chmod(tmp, 0o600)

    return atomic_write(path, write)


_FORMULA = ("=", "+", "-", "@")


def _cell(value: str) -> str:
    """A text a spreadsheet would run as a formula ("+33 4 72...") gets a leading apostrophe."""
    return f"'{value}" if value.startswith(_FORMULA) else value


def _uncell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA) else value


def read_table(path: str | Path) -> list[Entity]:
    """Read a table written by :func:`write_table` and edited by the user (extra columns ignored)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProjectError(msg("Cannot read the table {name}: {error}", name=path.name, error=str(exc))) from exc
    reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text))
    if not reader.fieldnames or not {"surface", "replacement"} <= set(reader.fieldnames):
        raise ProjectError(msg("{name}: the table needs the columns surface and replacement.", name=path.name))
    rows = []
    for number, record in enumerate(reader, start=2):
        surface = _uncell((record.get("surface") or "").strip())
        action = (record.get("action") or ACCEPT).strip().lower() or ACCEPT
        if action not in (ACCEPT, REJECT):
            raise ProjectError(msg("{name}, line {line}: action must be accept or reject, not {value}.",
                                   name=path.name, line=number, value=action))
        if not surface:
            continue
        replacement = _uncell((record.get("replacement") or "").strip())
        if action == ACCEPT and not replacement:
            raise ProjectError(msg("{name}, line {line}: {surface} has no replacement.", name=path.name,
                                   line=number, surface=surface))
        rows.append(Entity(surface, (record.get("kind") or PERSON).strip(), replacement, action,
                           int(record.get("count") or 0), record.get("context") or "", record.get("sources") or ""))
    return rows


def _delimiter(text: str) -> str:
    """``,`` or ``;`` (a French spreadsheet saves CSV with semicolons)."""
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","
