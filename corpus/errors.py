"""Errors the store raises; each message is meant to be shown to the user as it is."""

from __future__ import annotations


class ProjectError(Exception):
    """A project file that cannot be opened or changed as asked."""


class ProjectLockedError(ProjectError):
    """The project is open for writing in another process."""


class NotFoundError(ProjectError):
    """A document, case, code... that does not exist (any more)."""
