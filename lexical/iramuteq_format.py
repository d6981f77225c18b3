"""A small reader of the Iramuteq / Alceste corpus format, for tests, benchmarks and the CLI.

The project's own importer lives in ``corpus/importers``; this one only turns a file's text into
:class:`~lexical.sources.SourceText` objects the way IRaMuTeQ reads it: a line starting with ``****``
opens a text and carries its ``*var_mod`` variables; a line starting with ``-*`` opens a thematic
section (segments never cross it, so each section becomes its own source); lines before the first
``****`` are ignored; texts without any non-blank line are dropped. Offsets are code points in the
given string, so spans map back to the file's text.
"""

from __future__ import annotations

from lexical.sources import SourceText


def parse_star_line(line: str) -> dict[str, str]:
    """Variables of a ``**** *var_mod *var2_mod`` line (name before the first ``_``)."""
    variables: dict[str, str] = {}
    for word in line.split()[1:]:
        if not word.startswith("*") or len(word) < 2:
            continue
        name, _, value = word[1:].partition("_")
        variables[name] = value
    return variables


def _emit(out: list[SourceText], key: str, content: str, start: int, end: int, variables: dict) -> None:
    body = content[start:end]
    if body.strip():
        out.append(SourceText(key=key, text=body, variables=dict(variables), offset=start))


def read_iramuteq(content: str) -> list[SourceText]:
    """Split an Iramuteq-format text into sources (one per text, or per ``-*`` section)."""
    out: list[SourceText] = []
    pos = 1 if content.startswith("\ufeff") else 0
    variables: dict[str, str] | None = None
    n_text, n_section, body_start = -1, 0, 0
    for line in content[pos:].splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.startswith("****") or stripped.startswith("-*"):
            if variables is not None:
                suffix = f".{n_section}" if n_section else ""
                _emit(out, f"{n_text}{suffix}", content, body_start, pos, variables)
            if stripped.startswith("****"):
                variables, n_text, n_section = parse_star_line(stripped), n_text + 1, 0
            elif variables is not None:
                n_section += 1
            body_start = pos + len(line)
        pos += len(line)
    if variables is not None:
        suffix = f".{n_section}" if n_section else ""
        _emit(out, f"{n_text}{suffix}", content, body_start, pos, variables)
    return out
