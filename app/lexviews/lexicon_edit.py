"""Editing the project's own lexicon from the frequency table (the statistics view).

The user selects units (lemmas, or forms without lemmatisation) and sets their status, changes the
lemma of a form (or of all of them), merges lemmas, adds an expression, exports or imports the lexicon
as a tab-separated file. Every change is one undo step (through the view's context) and shows on the
next analysis: :func:`pending_changes` says, per unit of the shown result, what the next run will do
differently, and :class:`LexiconBanner` offers to run it now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.analysis.results import FrequencyItem
from corpus.errors import ProjectError

LEMMA, MERGE, STATUS, EXPRESSION = "lemma", "merge", "status", "expression"
Change = tuple[str, str, str | None]


def same_lexicon(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """True when two lexicons (``UserLexicon.to_dict()`` shape; empty parts may be missing) agree."""
    def norm(d: dict[str, Any] | None) -> tuple:
        d = d or {}
        return (dict(d.get("lemmas") or {}), dict(d.get("merges") or {}), dict(d.get("statuses") or {}),
                sorted(d.get("expressions") or []))
    return norm(a) == norm(b)


def pending_changes(rows: Sequence[FrequencyItem], used: dict[str, Any] | None, current: dict[str, Any],
                    lemmatized: bool) -> dict[str, tuple[str, str]]:
    """Per unit of ``rows``: what the next analysis changes, as ``(kind, value)`` — a status, the lemma
    its forms are merged into, or ``"form -> lemma"`` — when ``current`` differs from the lexicon
    ``used`` by the shown result."""
    used, current = used or {}, current or {}
    out: dict[str, tuple[str, str]] = {}
    now_status, was_status = current.get("statuses") or {}, used.get("statuses") or {}
    now_merge, was_merge = current.get("merges") or {}, used.get("merges") or {}
    now_lemma, was_lemma = current.get("lemmas") or {}, used.get("lemmas") or {}
    for row in rows:
        status = now_status.get(row.name)
        if status != was_status.get(row.name) and status is not None and status != row.status:
            out[row.name] = (STATUS, status)
        if not lemmatized:
            continue
        target = now_merge.get(row.name)
        if target is not None and target != was_merge.get(row.name):
            out[row.name] = (MERGE, target)
        moved = [f"{f} → {now_lemma[f]}" for f in row.forms
                 if f in now_lemma and now_lemma[f] != was_lemma.get(f) and now_lemma[f] != row.name]
        if moved:
            out[row.name] = (LEMMA, ", ".join(moved))
    return out


class LemmaDialog(QDialog):
    """Change the lemma of one form of a unit, or of all its forms (then the lemma is merged)."""

    def __init__(self, row: FrequencyItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the lemma"))
        self.row = row
        self.form_box = QComboBox(self)
        self.form_box.addItem(self.tr("All its forms (merge “%1” into another lemma)").replace("%1", row.name), "")
        for form in row.forms:
            self.form_box.addItem(form, form)
        self.lemma_edit = QLineEdit(self)
        self.lemma_edit.setPlaceholderText(self.tr("the new lemma"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("Lemma “%1”").replace("%1", row.name)))
        layout.addRow(self.tr("Form:"), self.form_box)
        layout.addRow(self.tr("New lemma:"), self.lemma_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def changes(self) -> list[Change]:
        """The lexicon change chosen (empty when the lemma is blank or unchanged)."""
        lemma = self.lemma_edit.text().strip().lower()
        form = self.form_box.currentData()
        if not lemma or (not form and lemma == self.row.name):
            return []
        return [(LEMMA, form, lemma)] if form else [(MERGE, self.row.name, lemma)]


class LexiconActions(QObject):
    """The lexicon actions of a frequency table; ``selected()`` gives the selected rows."""

    def __init__(self, view: QWidget, context: Any, selected: Callable[[], list[FrequencyItem]],
                 lemmatized: bool):
        super().__init__(view)
        self.view, self.context, self.selected, self.lemmatized = view, context, selected, lemmatized
        self.ask_lemma: Callable[[FrequencyItem], list[Change]] = self._ask_lemma
        self.ask_text: Callable[[str, str, list[str]], str | None] = self._ask_text
        self.ask_path: Callable[[bool], str | None] = self._ask_path
        self.show_error: Callable[[str], None] = self._show_error

    def available(self) -> bool:
        """True when the lexicon can be edited (the result comes from the open project)."""
        return hasattr(self.context, "edit_lexicon") and self.context.project_is_open()

    def fill(self, menu: QMenu) -> None:
        """Add the lexicon actions for the current selection to ``menu``."""
        rows = self.selected()
        enabled = self.available()
        for text, status in ((self.tr("Set active"), "active"), (self.tr("Set supplementary"), "supplementary"),
                             (self.tr("Ignore"), "ignored")):
            menu.addAction(text, lambda s=status: self.set_status(s)).setEnabled(enabled and bool(rows))
        menu.addAction(self.tr("Restore the dictionary's choice"), self.restore).setEnabled(enabled and bool(rows))
        if self.lemmatized:
            menu.addSeparator()
            menu.addAction(self.tr("Change the lemma…"), self.change_lemma).setEnabled(enabled and len(rows) == 1)
            menu.addAction(self.tr("Merge the selected lemmas…"), self.merge).setEnabled(enabled and len(rows) > 1)
        menu.addSeparator()
        menu.addAction(self.tr("Add an expression…"), self.add_expression).setEnabled(enabled)
        menu.addAction(self.tr("Export the lexicon…"), self.export).setEnabled(enabled)
        menu.addAction(self.tr("Import a lexicon…"), self.import_).setEnabled(enabled)

    def menu(self, parent: QWidget) -> QMenu:
        """A menu refilled with the actions each time it opens."""
        menu = QMenu(parent)
        menu.aboutToShow.connect(lambda: (menu.clear(), self.fill(menu)))
        return menu

    # ----------------------------------------------------------------------------------- actions
    def set_status(self, status: str) -> bool:
        """Give the selected units ``status`` from the next analysis on."""
        rows = self.selected()
        label = self.tr("Set the status of %n unit(s)", "", len(rows))
        return self._edit([(STATUS, r.name, status) for r in rows], label)

    def restore(self) -> bool:
        """Drop the user's changes to the selected units (status, merge, their forms' lemmas)."""
        rows = self.selected()
        changes: list[Change] = []
        lexicon = self.context.project_lexicon()
        for row in rows:
            if row.name in (lexicon.get("statuses") or {}):
                changes.append((STATUS, row.name, None))
            if row.name in (lexicon.get("merges") or {}):
                changes.append((MERGE, row.name, None))
            changes += [(LEMMA, f, None) for f in row.forms if f in (lexicon.get("lemmas") or {})]
        return self._edit(changes, self.tr("Restore the dictionary's choice"))

    def change_lemma(self) -> bool:
        """Ask a new lemma for one form of the selected unit, or for all (a merge)."""
        rows = self.selected()
        if len(rows) != 1:
            return False
        return self._edit(self.ask_lemma(rows[0]), self.tr("Change the lemma of “%1”").replace("%1", rows[0].name))

    def merge(self) -> bool:
        """Merge the selected lemmas into one of them (or a new one), asked."""
        rows = self.selected()
        if len(rows) < 2:
            return False
        names = [r.name for r in sorted(rows, key=lambda r: -r.freq)]
        target = self.ask_text(self.tr("Merge lemmas"), self.tr("Merge into the lemma:"), names)
        target = (target or "").strip().lower()
        if not target:
            return False
        changes: list[Change] = [(MERGE, n, target) for n in names if n != target]
        return self._edit(changes, self.tr("Merge %n lemma(s)", "", len(changes)))

    def add_expression(self) -> bool:
        """Ask an expression (several words) that becomes one form."""
        text = self.ask_text(self.tr("Add an expression"), self.tr("Expression (several words):"), [])
        if not text or not text.strip():
            return False
        return self._edit([(EXPRESSION, text, "")], self.tr("Add the expression “%1”").replace("%1", text.strip()))

    def export(self) -> bool:
        """Write the project's lexicon to a tab-separated file (asked)."""
        path = self.ask_path(True)
        if not path:
            return False
        try:
            self.context.export_lexicon(path)
        except (OSError, ValueError, ProjectError) as exc:
            self.show_error(str(exc))
            return False
        return True

    def import_(self) -> bool:
        """Add a tab-separated lexicon file (asked) to the project's lexicon: one undo step."""
        path = self.ask_path(False)
        if not path:
            return False
        try:
            self.context.import_lexicon(path)
        except (OSError, ValueError, ProjectError) as exc:
            self.show_error(str(exc))
            return False
        return True

    def _edit(self, changes: list[Change], label: str) -> bool:
        if not changes:
            return False
        try:
            return bool(self.context.edit_lexicon(changes, label))
        except ValueError as exc:
            self.show_error(str(exc))
            return False

    # ------------------------------------------------------------------------------- questions
    def _ask_lemma(self, row: FrequencyItem) -> list[Change]:
        dialog = LemmaDialog(row, self.view)
        return dialog.changes() if dialog.exec() else []

    def _ask_text(self, title: str, label: str, choices: list[str]) -> str | None:
        if choices:
            text, ok = QInputDialog.getItem(self.view, title, label, choices, 0, True)
        else:
            text, ok = QInputDialog.getText(self.view, title, label)
        return text if ok else None

    def _ask_path(self, save: bool) -> str | None:
        filters = self.tr("Lexicon (*.tsv *.txt)")
        if save:
            path, _ = QFileDialog.getSaveFileName(self.view, self.tr("Export the lexicon"), "lexicon.tsv", filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Import a lexicon"), "", filters)
        return path or None

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self.view, self.tr("Lexicon"), message)


class LexiconBanner(QWidget):
    """"The lexicon changed since this analysis" with a button to run it again; hidden otherwise."""

    def __init__(self, rerun: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("The lexicon has changed since this analysis: the changes show on the "
                                    "next analysis."), self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Run it again"), self)
        self.button.clicked.connect(rerun)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("LexiconBanner { background: #fff4ce; }")
        self.hide()

