"""Codebook tree: model consistency, moves by drag and drop, inline rename, merge, delete, filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from app.models.codebook import CODINGS, CODINGS_ALL, DESCRIPTION, NAME
from coding import commands as cmd
from tests.app.conftest import select_text


def _tree(window) -> dict[str, int]:
    c = window.controller
    for path in ("Travail/Fatigue", "Travail/Horaires", "Collectif/Équipe", "Motivations"):
        c.execute(cmd.EnsureCodePath(path))
    return {code.path: code.id for code in c.codes()}


def test_models_pass_qtmodeltester(window, qtmodeltester):
    _tree(window)
    qtmodeltester.check(window.codebook.model)
    qtmodeltester.check(window.documents.model)
    window.documents.model.set_group_by("site")
    qtmodeltester.check(window.documents.model)


def test_counts_with_and_without_children(window):
    ids = _tree(window)
    select_text(window, "la fatigue arrive vite")
    window.coding.code_selection(ids["Travail/Fatigue"])
    model = window.codebook.model
    assert model.index_of(ids["Travail"], CODINGS).data() == 0
    assert model.index_of(ids["Travail"], CODINGS_ALL).data() == 1
    assert model.index_of(ids["Travail/Fatigue"], CODINGS).data() == 1


def test_drag_and_drop_moves_and_reorders_codes(window):
    ids = _tree(window)
    model = window.codebook.model
    mime = model.mimeData([model.index_of(ids["Travail/Horaires"])])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(ids["Collectif"]))
    moved = {c.id: c for c in window.controller.codes()}[ids["Travail/Horaires"]]
    assert moved.parent_id == ids["Collectif"] and moved.path == "Collectif/Horaires"
    mime = model.mimeData([model.index_of(ids["Motivations"])])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # to the top
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Motivations", "Travail", "Collectif"]
    window.controller.undo_stack.undo()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Travail", "Collectif", "Motivations"]
    mime = model.mimeData([model.index_of(ids["Collectif"])])  # never into its own child
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(ids["Collectif/Équipe"]))


def test_inline_rename_and_description_are_undoable(window):
    ids = _tree(window)
    model = window.codebook.model
    assert model.setData(model.index_of(ids["Motivations"], NAME), "Motivations au travail")
    assert model.setData(model.index_of(ids["Motivations"], DESCRIPTION), "Pourquoi ce métier")
    assert model.index_of(ids["Motivations"]).data() == "Motivations au travail"
    assert model.index_of(ids["Motivations"]).data(Qt.ItemDataRole.ToolTipRole) == "Pourquoi ce métier"
    window.controller.undo_stack.undo()
    window.controller.undo_stack.undo()
    assert model.index_of(ids["Motivations"]).data() == "Motivations"


def test_merge_into_picked_code(window, monkeypatch):
    ids = _tree(window)
    select_text(window, "les horaires de nuit")
    window.coding.code_selection(ids["Travail/Horaires"])
    from app.dialogs import code_picker

    def pick(self):
        assert ids["Travail/Horaires"] not in {c.id for c in self.codes}
        self.chosen_id = ids["Travail/Fatigue"]
        return True

    monkeypatch.setattr(code_picker.CodePicker, "exec", pick)
    window.codebook.merge(ids["Travail/Horaires"])
    assert "Travail/Horaires" not in {c.path for c in window.controller.codes()}
    assert [m.code_id for m in window.viewer.text.spans] == [ids["Travail/Fatigue"]]
    window.controller.undo_stack.undo()
    assert [m.code_id for m in window.viewer.text.spans] == [ids["Travail/Horaires"]]


def test_delete_asks_with_the_number_of_codings(window, monkeypatch):
    ids = _tree(window)
    select_text(window, "la fatigue arrive vite")
    window.coding.code_selection(ids["Travail/Fatigue"])
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.codebook.delete(ids["Travail"])
    assert "Travail" in {c.path for c in window.controller.codes()}  # answered No
    window.codebook.delete(ids["Travail"])
    assert "1 coding" in asked[0] and "2 sub-code" in asked[0]
    assert {c.path for c in window.controller.codes()} == {"Collectif", "Collectif/Équipe", "Motivations"}
    assert len(window.viewer.text.spans) == 0
    window.controller.undo_stack.undo()
    assert len(window.viewer.text.spans) == 1


def test_filter_keeps_parents_of_matches(window):
    _tree(window)
    window.codebook.filter.setText("fatig")
    proxy = window.codebook.proxy
    assert proxy.rowCount() == 1
    travail = proxy.index(0, 0)
    assert travail.data() == "Travail" and proxy.rowCount(travail) == 1
    assert proxy.index(0, 0, travail).data() == "Fatigue"
