"""The documents dock: group by a document attribute, open a document by selecting it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout, QWidget

from app.models.documents import DocumentsModel


class DocumentsPanel(QWidget):
    """Emits ``documentActivated(document_id)`` when the user picks a document."""

    documentActivated = Signal(int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self._selected: int | None = None  # the document last announced by documentActivated
        # Before the model reloads: an id of the previous project must not be re-selected silently
        # (a new project's first document often has the same id, and then never opened).
        controller.projectChanged.connect(self._forget_selection)
        self.model = DocumentsModel(controller, self)
        self.group = QComboBox(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        # "sondage_questions_ouvertes – R001", "… – R002": elided in the middle, the ids stay in view
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the name stretches; the counts always stay visible
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.model.modelReset.connect(self._after_reset)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group by:"), self))
        top.addWidget(self.group, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.group.currentIndexChanged.connect(self._group_changed)
        controller.projectChanged.connect(self.refresh_attributes)
        controller.changed.connect(lambda kind, _ids: kind == "attributes" and self.refresh_attributes())
        self.refresh_attributes()

    def refresh_attributes(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("(none)"), None)
        for name in self.controller.attribute_names("document"):
            self.group.addItem(name, name)
        index = self.group.findData(current)
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        if self.group.currentData() != self.model.group_by:
            self._group_changed()

    def _group_changed(self, *_args: object) -> None:
        self.model.set_group_by(self.group.currentData())

    def _forget_selection(self) -> None:
        self._selected = None

    def _after_reset(self) -> None:
        self.tree.setRootIsDecorated(self.model.grouped)
        self.tree.expandAll()
        if self._selected is not None:
            if self.model.index_of(self._selected).isValid():
                self.select_document(self._selected, emit=False)
            else:
                self._selected = None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.model.document_id(current)
        if doc_id is not None and doc_id != self._selected:
            self._selected = doc_id
            self.documentActivated.emit(doc_id)

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click opens the document even when it is already the current row."""
        doc_id = self.model.document_id(index)
        if doc_id is not None:
            self._selected = doc_id
            self.documentActivated.emit(doc_id)

    def select_document(self, document_id: int, emit: bool = True) -> None:
        """Make ``document_id`` the current row; with ``emit``, announce it even if it already was."""
        index = self.model.index_of(document_id)
        if not index.isValid():
            return
        announced = self._selected
        if not emit:
            self._selected = document_id
        self.tree.selectionModel().setCurrentIndex(
            index, self.tree.selectionModel().SelectionFlag.ClearAndSelect | self.tree.selectionModel().SelectionFlag.Rows)
        self.tree.scrollTo(index)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if emit and announced == document_id:  # already current: currentChanged announced nothing
            self.documentActivated.emit(document_id)
