"""The PySide6 None-refcount workaround keeps long viewer sessions alive."""

import sys

from PySide6.QtGui import QTextCursor, QTextDocument

import app  # noqa: F401 - applies the workaround


def test_many_cursor_moves_do_not_abort():
    doc = QTextDocument()
    doc.setPlainText("abc def\n" * 1000)
    cursor = QTextCursor(doc)
    for i in range(20_000):  # ~4x None's usual reference count: aborted before the workaround
        cursor.setPosition(i % 8000)
    assert sys.getrefcount(None) > 0
