"""CoderService: coders are created once and listed in order."""

from __future__ import annotations

import pytest

from coding.coders import CoderService
from coding.testing import make_project
from corpus.errors import ProjectError


def test_coders_ensure_is_idempotent(tmp_path):
    with make_project(tmp_path / "p.vbt", []) as project:
        coders = CoderService(project)
        ana = coders.ensure("Ana")
        assert coders.ensure("  Ana ") == ana
        coders.ensure("Bob")
        assert [c.name for c in coders.coders()] == ["Ana", "Bob"]
        with pytest.raises(ProjectError):
            coders.ensure(" ")
