"""Helpers shared by the command modules: opening projects, turning domain errors into CLI errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.messages import msg

if TYPE_CHECKING:  # imported where used: SQLAlchemy and the importers cost every command's start
    from corpus.store.project import Project


class CliError(Exception):
    """A user error: printed on stderr, exit code 2."""


@contextmanager
def open_project(path: str, *, readonly: bool = False) -> Iterator[Project]:
    """Open a project for a command; domain errors become :class:`CliError`."""
    from corpus.errors import ProjectError
    from corpus.importers.base import ImportFailure
    from corpus.store.project import Project

    try:
        project = Project.open(path, readonly=readonly)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    try:
        yield project
    except (ProjectError, ImportFailure, ValueError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        try:
            project.close()
        except OSError as exc:  # releasing the lock file on a disk that failed meanwhile
            raise CliError(str(exc)) from exc


def print_json(data: Any) -> None:
    """Print JSON (UTF-8, not ASCII-escaped) on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def output_path(path: str, suffixes: tuple[str, ...]) -> Path:
    """Check an output file name: known suffix, existing folder."""
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise CliError(msg("{name}: expected a file ending in {suffixes}", name=out.name,
                           suffixes=str(msg(" or ")).join(suffixes)))
    if not out.parent.is_dir():
        raise CliError(msg("folder {path} does not exist", path=out.parent))
    return out
