"""MemoService: one memo per target, previous text returned, kinds checked."""

from __future__ import annotations

import pytest

from coding.memos import MemoService
from coding.testing import make_project, transcript
from corpus.errors import ProjectError


def test_memos_set_get_and_previous_text(tmp_path):
    with make_project(tmp_path / "p.vbt", [transcript("A", "Marie : Oui.")]) as project:
        memos = MemoService(project)
        assert memos.get("document", 1) is None
        assert memos.set("document", 1, "Entretien tendu", "ana") is None
        assert memos.set("document", 1, "Entretien détendu", "bob") == "Entretien tendu"
        memo = memos.get("document", 1)
        assert (memo.text, memo.coder, memo.target_kind) == ("Entretien détendu", "bob", "document")
        memos.set("project", 0, "Journal de bord")
        assert [m.target_kind for m in memos.memos()] == ["document", "project"]
        assert [m.text for m in memos.memos("project")] == ["Journal de bord"]
        assert memos.set("document", 1, "") == "Entretien détendu" and memos.get("document", 1) is None
        with pytest.raises(ProjectError):
            memos.set("paragraph", 1, "x")
        with pytest.raises(ProjectError):
            memos.set("project", 3, "x")
