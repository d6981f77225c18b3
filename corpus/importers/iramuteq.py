"""Iramuteq / Alceste corpora: ``**** *var_mod *var2_mod`` lines start texts (LEXICAL.md §1).

Each text becomes one document (kind ``"iramuteq"``); its starred variables become attributes (the
name before the first ``_``, the modality after it, possibly empty). ``-*theme`` lines are removed from
the text and kept as :class:`SectionMark` at the offset where they stood. BOM, CRLF, trailing and
repeated spaces are tolerated (trailing spaces are removed from the text). Built for speed: one split of the whole file, no per-line regex.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..messages import Message, msg
from .base import ImportedDocument, ImportFailure, ImportOptions, SectionMark, warn
from .encoding import decode_bytes, sha256_bytes
from .limits import MAX_VARIABLES, check_document_counts, too_large

_TRAILING_SPACES = re.compile(r"[ \t]+\n")


def read_iramuteq(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read an Iramuteq corpus file."""
    text, _encoding = decode_bytes(data, path, options.encoding)
    return parse_iramuteq(path, data, text, options)


def parse_variables(header: str) -> tuple[dict[str, str], list[Message]]:
    """Attributes of a ``**** *var_mod ...`` line (without the stars) and warnings about it."""
    attributes: dict[str, str] = {}
    problems: list[Message] = []
    for token in header.split():
        parsed = _TOKENS.get(token) or _parse_token(token)
        if isinstance(parsed, Message):
            problems.append(parsed)
        else:
            attributes[parsed[0]] = parsed[1]
    return attributes, problems


_TOKENS: dict[str, tuple[str, str] | Message] = {}


def _parse_token(token: str) -> tuple[str, str] | Message:
    """(variable, modality) of one ``*var_mod`` token, or a warning; memoised (tokens repeat a lot)."""
    name, _sep, modality = token[1:].partition("_")
    if not token.startswith("*") or len(token) < 2:
        parsed: tuple[str, str] | Message = msg("'{token}' is not a *variable_modality token", token=token[:80])
    elif not name:
        parsed = msg("'{token}' has no variable name", token=token[:80])
    else:
        parsed = (name, modality)
    if len(_TOKENS) < 100_000:
        _TOKENS[token] = parsed
    return parsed


def split_sections(body: str) -> tuple[str, list[SectionMark]]:
    """Remove ``-*theme`` lines from a text; return the text and the section marks."""
    if "-*" not in body:
        return body, []
    kept: list[str] = []
    sections: list[SectionMark] = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith("-*"):
            sections.append(SectionMark(offset, stripped[2:].strip()))
            continue
        kept.append(line)
        offset += len(line) + 1
    text = "\n".join(kept).strip()
    lead = len("\n".join(kept)) - len("\n".join(kept).lstrip())
    return text, [SectionMark(max(0, min(mark.offset - lead, len(text))), mark.label) for mark in sections]


def _chunks(path: str | Path, text: str) -> tuple[str, list[tuple[str, str]]]:
    """The preamble before the first ``****`` line, and (header, body) pairs."""
    pieces = ("\n" + text).split("\n****")
    if len(pieces) < 2:
        raise ImportFailure(path, msg("no '**** *variable_modality' line: this is not an Iramuteq corpus"))
    chunks: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        header, _nl, body = piece.partition("\n")
        chunks.append((header, body))
    return pieces[0].strip(), chunks


def _id_variable(all_attributes: list[dict[str, str]]) -> str | None:
    """A variable present in every text with a distinct non-empty modality each time, if any (the scan of
    a variable stops at its first empty or repeated modality)."""
    if len(all_attributes) < 2:
        return None
    for name in all_attributes[0]:
        seen: set[str] = set()
        for attributes in all_attributes:
            value = attributes.get(name, "")
            if not value or value in seen:
                break
            seen.add(value)
        else:
            return name
    return None


def parse_iramuteq(
    path: str | Path, data: bytes, text: str, options: ImportOptions
) -> list[ImportedDocument]:
    """Documents from the decoded text of an Iramuteq corpus."""
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACES.sub("\n", text)
    preamble, chunks = _chunks(path, text)
    check_document_counts(path, len(chunks), 0, 0)
    source, sha = Path(path).name, sha256_bytes(data)
    if preamble:
        warn(msg("text before the first **** line was ignored"))
    documents: list[ImportedDocument] = []
    headers: dict[str, tuple[dict[str, str], list[Message]]] = {}  # successive texts often share a header
    variables: set[str] = set()
    for number, (header, body) in enumerate(chunks, start=1):
        parsed = headers.get(header)
        if parsed is None:
            parsed = headers[header] = _checked_variables(path, header, number, variables)
        attributes, problems = parsed
        for problem in problems:
            warn(msg("text #{number}: {problem}", number=number, problem=problem))
        body_text, sections = split_sections(body.strip())
        if not body_text:
            warn(msg("text #{number} is empty and was skipped", number=number))
            continue
        documents.append(
            ImportedDocument(
                name=str(number),
                text=body_text,
                source_name=source,
                source_format="iramuteq",
                sha256=sha,
                kind="iramuteq",
                attributes=dict(attributes),  # a copy: documents never share a mutable dict
                sections=sections,
            )
        )
    if not documents:
        raise ImportFailure(path, msg("the Iramuteq corpus has no text after its **** lines"))
    _name_documents(Path(path).stem, documents)
    return documents


def _checked_variables(
    path: str | Path, header: str, number: int, variables: set[str]
) -> tuple[dict[str, str], list[Message]]:
    """:func:`parse_variables` of text ``number``'s header, refusing a corpus with more than
    :data:`limits.MAX_VARIABLES` variables (on one line or in all)."""
    if header.count("*") > 4 * MAX_VARIABLES:  # before splitting a hostile line of 100,000 tokens
        raise too_large(path, msg("text #{number}: more than {limit} variables on its **** line",
                                  number=number, limit=MAX_VARIABLES))
    attributes, problems = parse_variables(header)
    variables.update(attributes)
    if len(variables) > MAX_VARIABLES:
        raise too_large(path, msg("text #{number}: more than {limit} variables in the corpus",
                                  number=number, limit=MAX_VARIABLES))
    return attributes, problems


def _name_documents(stem: str, documents: list[ImportedDocument]) -> None:
    """``var_mod`` of an identifying variable when there is one, else ``<stem> #n`` (n = text number)."""
    id_variable = _id_variable([document.attributes for document in documents])
    if id_variable is not None:
        for document in documents:
            document.name = f"{id_variable}_{document.attributes[id_variable]}"
        return
    for document in documents:
        document.name = f"{stem} #{document.name}"
