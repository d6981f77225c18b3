"""Memos of the project, the current document, the selected code and the coding at the cursor.

Typing is saved after a short pause (debounced) through one SetMemo command per pause, so memo edits
are undone like every other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coding import commands as cmd

KINDS = ("project", "document", "code", "coding")
DEBOUNCE_MS = 700


class MemoPanel(QWidget):
    """A combo picks what the memo is about; targets are set by the main window."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.targets: dict[str, int | None] = {"project": 0, "document": None, "code": None, "coding": None}
        self.labels: dict[str, str] = {}
        self.kind = QComboBox(self)
        for kind, label in zip(KINDS, (self.tr("Project"), self.tr("Document"), self.tr("Code"), self.tr("Coding"))):
            self.kind.addItem(label, kind)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Write a memo…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.kind)
        layout.addWidget(self.about)
        layout.addWidget(self.edit, 1)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.save)
        self._loaded: tuple[str, int | None, str] = ("project", None, "")
        self.edit.textChanged.connect(self._typed)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        controller.changed.connect(self._on_changed)
        controller.projectChanged.connect(self._project_changed)
        self.load()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def set_target(self, kind: str, target_id: int | None, label: str = "") -> None:
        """Follow the current document / code / coding (saving pending typing first)."""
        if self.targets.get(kind) == target_id:
            return
        self.save()
        self.targets[kind] = target_id
        self.labels[kind] = label
        if kind == self.current_kind():
            self.load()

    def show_kind(self, kind: str) -> None:
        self.save()
        self.kind.setCurrentIndex(KINDS.index(kind))

    def load(self) -> None:
        kind = self.current_kind()
        target = self.targets.get(kind)
        self.about.setText(self.labels.get(kind, "") if kind != "project" else self.controller.project_name)
        memo = self.controller.memo(kind, target) if target is not None and self.controller.project else None
        text = memo.text if memo else ""
        self._loaded = (kind, target, text)
        if self.edit.toPlainText() != text:  # keep the caret when our own save comes back
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
        self.edit.setEnabled(target is not None and self.controller.project is not None)

    def _typed(self) -> None:
        self.timer.start()

    def save(self) -> None:
        """Write pending typing now (one undo step)."""
        self.timer.stop()
        kind, target, saved = self._loaded
        text = self.edit.toPlainText()
        if target is None or text == saved or self.controller.project is None:
            return
        self._loaded = (kind, target, text)
        self.controller.execute(cmd.SetMemo(kind, target, text, self.controller.coder), self.tr("Edit memo"))

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind == "memos" and not self.timer.isActive():
            self.load()

    def _project_changed(self) -> None:
        self.targets = {"project": 0, "document": None, "code": None, "coding": None}
        self.load()
