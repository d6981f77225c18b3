"""Who is coding: asked at first start, remembered in QSettings, changeable from the Coding menu."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CoderDialog(QDialog):
    """An editable combo of the project's coders."""

    def __init__(self, coders: list[str], current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coder"))
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.addItems(coders)
        self.combo.setEditText(current or _default_name())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your name (your codings are recorded under it):"), self))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def name(self) -> str:
        return " ".join(self.combo.currentText().split())


def _default_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


def ask_coder(parent: QWidget | None, coders: list[str], current: str = "") -> str:
    """The name chosen, or "" when cancelled."""
    dialog = CoderDialog(coders, current, parent)
    return dialog.name() if dialog.exec() else ""
