"""What a user reads in a widget, for the French scans: texts, tooltips, titles, placeholders, items,
headers and the texts of actions and menus, collected from a widget and all its children."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

MAX_ROWS = 40  # rows of a model read per view (headers, first rows and their first children)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model (columnCount is private there)
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    texts = []
    if depth == 0:
        for section in range(_columns(model, parent)):
            value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            texts.append(value if isinstance(value, str) else "")
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
            if column == 0 and depth < 2 and model.rowCount(index) > 0:
                texts += _model_texts(model, index, depth + 1)
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.whatsThis(), widget.statusTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _model_texts(widget.model(), widget.rootIndex())
    return texts


def _action_texts(action: QAction) -> list[str]:
    texts = [action.text(), action.toolTip(), action.statusTip()]
    if action.menu() is not None:
        for sub in action.menu().actions():
            texts += _action_texts(sub)
    return texts


def visible_texts(widget: QWidget) -> list[str]:
    """Every text of ``widget`` and its children a user can read (without duplicates, empty ones left out)."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += _widget_texts(child)
        for action in child.actions():
            texts += _action_texts(action)
    for action in widget.findChildren(QAction):
        texts += _action_texts(action)
    return list(dict.fromkeys(t for t in texts if t and t.strip()))


def plain(text: str) -> str:
    """``text`` without markup, accelerators and shortcut hints, as words to compare."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"[ \t\r]+", " ", text).strip()


def english_hits(texts: Iterable[str], english: set[str], allowed: set[str]) -> list[str]:
    """The ``texts`` that read as one of the ``english`` sentences (after :func:`plain`), but for ``allowed``."""
    found = []
    for text in texts:
        for line in plain(text).split("\n"):
            line = line.strip()
            if line and line in english and line not in allowed:
                found.append(line)
    return sorted(set(found))
