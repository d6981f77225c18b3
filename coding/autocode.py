"""Auto-coding: preview the passages a search finds, then code them all in one undo step.

The search itself is :func:`coding.search.search_text` (shared with text queries and the
concordance); this module turns its hits into commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coding.commands import ApplyCodings, Command, CompositeCommand, EnsureCodePath
from coding.search import TextQuery, code_speaker_turns, search_text
from coding.types import AutocodeHit
from corpus.store.project import Project


def autocode_preview(
    project: Project,
    query: TextQuery,
    *,
    progress: Callable[[float, str], None] | None = None,
    cancel: object | None = None,
) -> list[AutocodeHit]:
    """The passages auto-coding with ``query`` would code (overlapping ones merged per document)."""
    return search_text(project, query, progress=progress, cancel=cancel)


def autocode_command(code: int | str, hits: Sequence[AutocodeHit], coder: str, label: str | None = None) -> Command:
    """One undoable command coding every hit with ``code`` (an id, or a path that must exist)."""
    spans = tuple(h.span for h in hits)
    return ApplyCodings(code, spans, coder, label=label or f"Auto-code {len(spans)} passage(s)")


def autocode_path_command(path: str, hits: Sequence[AutocodeHit], coder: str, color: str | None = None,
                          label: str | None = None) -> Command:
    """Like :func:`autocode_command` for a ``"Parent/Child"`` path created if missing, still one
    undo step (undo also deletes the codes it created). Also "turn a class into a code"."""
    label = label or f"Auto-code {len(hits)} passage(s)"
    return CompositeCommand(label, (EnsureCodePath(path, color, label=label),
                                    autocode_command(path, hits, coder, label)))


__all__ = ["TextQuery", "autocode_command", "autocode_path_command", "autocode_preview", "code_speaker_turns"]
