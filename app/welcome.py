"""The welcome page shown in the main window while no project is open.

A researcher who starts an installed Verbatim for the first time sees what to do: open the bundled
sample project, create a project, open one, or reopen a recent one. The page sits in a stack with the
document viewer (the window's central widget) and is shown whenever the controller has no project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.project_actions import recent_projects


class WelcomePage(QWidget):
    """Start actions and the recent projects; emits what the user chose (the window acts on it)."""

    sampleRequested = Signal()
    newRequested = Signal()
    openRequested = Signal()
    recentRequested = Signal(str)  # the path of a recent project

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        title = QLabel(self.tr("Welcome to Verbatim"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(self.tr("Code interview transcripts and explore them with lexicometry, offline. "
                               "Start with the sample project to look around, or create your own project."))
        intro.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Open the sample project"))
        self.new_button = QPushButton(self.tr("New project…"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        buttons = QHBoxLayout()
        for button in (self.sample_button, self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("Recent projects"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("WelcomeRecent")
        self.recent_list.itemActivated.connect(self._open_item)
        self.none_label = QLabel(self.tr("No recent project yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.none_label)
        layout.addWidget(self.recent_list, 3)
        layout.addStretch(1)  # with no recent project, the page stays at the top
        self.setMaximumWidth(760)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent projects (those whose file is gone are left out)."""
        self.recent_list.clear()
        for path in recent_projects():
            item = QListWidgetItem(f"{Path(path).stem} — {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        empty = self.recent_list.count() == 0
        self.recent_list.setVisible(not empty)
        self.none_label.setVisible(empty)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole))


def open_sample_project(window) -> bool:  # noqa: ANN001 - the MainWindow
    """Open the user's copy of the sample project (built on first use); False, with a dialog saying
    why, when it cannot be built or opened."""
    from app.crash_report import one_line
    from app.main import sample_project_path

    try:
        path = sample_project_path()
    except Exception as exc:  # noqa: BLE001 - any failure to build the sample is told, not raised
        QMessageBox.warning(window, "Verbatim", one_line(exc))  # the product name
        return False
    return window.files.open_path(path)


def install_welcome(window) -> WelcomePage:  # noqa: ANN001 - the MainWindow
    """Put a welcome page in front of ``window``'s document viewer while no project is open."""
    page = WelcomePage()
    stack = QStackedWidget(window)
    viewer = window.takeCentralWidget()
    stack.addWidget(viewer)
    stack.addWidget(page)
    window.setCentralWidget(stack)
    page.sampleRequested.connect(lambda: open_sample_project(window))
    page.newRequested.connect(window.files.new_project)
    page.openRequested.connect(window.files.open_dialog)
    page.recentRequested.connect(window.files.open_path)

    def follow_project() -> None:
        no_project = window.controller.project is None
        if no_project:
            page.refresh()
        stack.setCurrentWidget(page if no_project else viewer)

    window.controller.projectChanged.connect(follow_project)
    follow_project()
    return page
