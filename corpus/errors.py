"""Errors the store raises; each message is meant to be shown to the user as it is."""

from __future__ import annotations


class ProjectError(Exception):
    """A project file that cannot be opened or changed as asked."""


class ProjectLockedError(ProjectError):
    """The project is open for writing in another process."""


class NotFoundError(ProjectError):
    """A document, case, code... that does not exist (any more)."""


class FileWriteError(ProjectError):
    """A file (export, figure, backup) that could not be written; the previous one is intact."""


class StoreError(ProjectError):
    """The project file cannot be used: read-only, full disk, damaged, wrong version...

    ``cause`` names the case for callers that react to it ("readonly", "full", "damaged", "old",
    "newer", "not-project", "not-file", "missing", "locked-file", "io")."""

    def __init__(self, message: object, cause: str = "io"):
        super().__init__(message)
        self.cause = cause
