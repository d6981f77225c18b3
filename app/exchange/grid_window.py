"""The thematic grid window ("Grille d'analyse thématique"): codes and rows on the left, the grid,
and below it the selected cell's excerpts and its summary (editable, undoable); Word and XLSX export.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import CheckableCodeTree, show_error, start_job, with_suffix
from app.exchange.grid_model import GridModel, SummaryCommand
from app.jobs import Job, JobRunner
from coding.export.grid_export import grid_to_docx, grid_to_xlsx
from coding.grid import Grid, build_grid, get_summary


class GridWindow(QDialog):
    """A non-modal window over the controller's project; edits go on the controller's undo stack."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.setWindowTitle(self.tr("Thematic grid"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1250, 780)
        self.model = GridModel(self)
        self.model.edit_summary = self.edit_summary
        self._make_side()
        self._make_table()
        self._make_cell_panel()
        grid_split = QSplitter(Qt.Orientation.Vertical, self)
        grid_split.addWidget(self.table)
        grid_split.addWidget(self.cell_panel)
        grid_split.setStretchFactor(0, 3)
        grid_split.setStretchFactor(1, 1)
        split = QSplitter(self)
        split.addWidget(self.side)
        split.addWidget(grid_split)
        split.setStretchFactor(1, 4)
        split.setSizes([250, 1000])
        self.note = QLabel(self)  # says which rows are documents (passages without a speaker)
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        controller.changed.connect(self._on_changed)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        stack = self.controller.undo_stack
        undo = bar.addAction(self.tr("Undo"), stack.undo)
        undo.setShortcut("Ctrl+Z")
        redo = bar.addAction(self.tr("Redo"), stack.redo)
        redo.setShortcut("Ctrl+Shift+Z")
        for action, can, signal, text in ((undo, stack.canUndo, stack.canUndoChanged, stack.undoTextChanged),
                                          (redo, stack.canRedo, stack.canRedoChanged, stack.redoTextChanged)):
            action.setEnabled(can())
            signal.connect(action.setEnabled)
            text.connect(lambda value, a=action: a.setToolTip(value))
        bar.addSeparator()
        self.exported = QLabel(bar)  # "Grid exported to …" once an export is written
        self.act_docx = bar.addAction(self.tr("Export to Word…"), lambda: self.export("docx"))
        self.act_xlsx = bar.addAction(self.tr("Export to Excel…"), lambda: self.export("xlsx"))
        for action in (self.act_docx, self.act_xlsx):
            action.setEnabled(False)
        bar.addSeparator()
        bar.addWidget(self.exported)
        return bar

    def _make_side(self) -> None:
        self.side = QWidget(self)
        self.rows = QComboBox(self.side)
        for label, value in ((self.tr("Participants"), "case"), (self.tr("Documents"), "document"),
                             (self.tr("Groups"), "group")):
            self.rows.addItem(label, value)
        top = {c.id for c in self.controller.codes() if c.parent_id is None}
        self.codes = CheckableCodeTree(self.controller.codes(), self.tr("Columns (codes)"), self.side, top, False)
        self.subcodes = QCheckBox(self.tr("Include sub-codes"), self.side, checked=True)
        self.exclude_interviewer = QCheckBox(self.tr("Leave out the interviewer"), self.side, checked=True)
        self.build_button = QPushButton(self.tr("Build the grid"), self.side)
        self.build_button.clicked.connect(lambda: self.build())
        form = QFormLayout()
        form.addRow(self.tr("Rows:"), self.rows)
        layout = QVBoxLayout(self.side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.codes, 1)
        for w in (self.subcodes, self.exclude_interviewer, self.build_button):
            layout.addWidget(w)

    def _make_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(160)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentChanged.connect(lambda current, _old: self.show_cell(current))

    def _make_cell_panel(self) -> None:
        self.cell_panel = QWidget(self)
        self.cell_title = QLabel(self.cell_panel)
        self.excerpts = QTextBrowser(self.cell_panel)
        self.summary = QPlainTextEdit(self.cell_panel, placeholderText=self.tr("Summary of this cell…"))
        self.save_button = QPushButton(self.tr("Save the summary"), self.cell_panel, enabled=False)
        self.save_button.clicked.connect(self.save_summary)
        self.summary.textChanged.connect(lambda: self.save_button.setEnabled(self._current_key() is not None))
        right = QVBoxLayout()
        right.addWidget(self.summary, 1)
        right.addWidget(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.excerpts, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self.cell_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cell_title)
        layout.addLayout(row, 1)

    # --- building ---------------------------------------------------------------------
    def build(self) -> Job | None:
        """Build the grid of the ticked codes as a job."""
        code_ids, project = self.codes.checked_code_ids(), self.controller.project
        if project is None or not code_ids:
            return None
        rows, subcodes, interviewer = self.rows.currentData(), self.subcodes.isChecked(), \
            self.exclude_interviewer.isChecked()
        self.build_button.setEnabled(False)
        return start_job(self.runner, self, self.tr("Building the grid…"),
                         lambda progress, cancel: build_grid(project, code_ids, rows=rows, include_subcodes=subcodes,
                                                             exclude_interviewer=interviewer),
                         self.show_grid, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        show_error(self, self.windowTitle(), exc)

    def show_grid(self, grid: Grid) -> None:
        """Show a built grid."""
        self.build_button.setEnabled(True)
        self.model.set_grid(grid)
        for action in (self.act_docx, self.act_xlsx):
            action.setEnabled(True)
        self._show_note(grid)
        self.show_cell(QModelIndex())

    def _show_note(self, grid: Grid) -> None:
        """Name the rows that are documents, not speakers (their passages have no speaker)."""
        docs = grid.document_rows
        self.note.setVisible(bool(docs))
        if docs:
            self.note.setText(self.tr("%n row(s) in italics are documents, not speakers: their coded passages have "
                                      "no speaker (survey answers, PDF or text files without turns), so the "
                                      "document stands for the row.", "", len(docs)))

    # --- the selected cell ------------------------------------------------------------
    def _current_key(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        return self.model.key(index) if index.isValid() and self.model.grid is not None else None

    def show_cell(self, index: QModelIndex) -> None:
        """The excerpts and summary of the selected cell."""
        grid = self.model.grid
        if grid is None or not index.isValid():
            self.cell_title.setText(self.tr("Select a cell to read its excerpts and write its summary."))
            self.excerpts.clear()
            self.summary.setPlainText("")
            self.save_button.setEnabled(False)
            return
        row, code = grid.rows[index.row()], grid.codes[index.column()]
        excerpts, summary = grid.cell(row.id, code.id)
        self.cell_title.setText(f"<b>{escape(row.label)}</b> × <b>{escape(code.path)}</b> — " +
                                self.tr("%n excerpt(s)", "", len(excerpts)))
        self.excerpts.setHtml("".join(
            f"<p>« {escape(e.coding.snippet)} » <i>({escape(e.document_name)}"
            f"{escape(', ' + e.speaker) if e.speaker else ''})</i></p>" for e in excerpts))
        self.summary.blockSignals(True)
        self.summary.setPlainText(summary)
        self.summary.blockSignals(False)
        self.save_button.setEnabled(False)

    def save_summary(self) -> None:
        """Save the editor's text as the selected cell's summary."""
        key = self._current_key()
        if key is not None:
            self.edit_summary(*key, self.summary.toPlainText())
        self.save_button.setEnabled(False)

    def edit_summary(self, row_id: int, code_id: int, text: str) -> None:
        """One undo step: set a cell's summary through :class:`SummaryCommand`."""
        project, grid = self.controller.project, self.model.grid
        if project is None or grid is None:
            return
        old = get_summary(project, grid.row_kind, row_id, code_id)
        if old == text:
            return
        notify = self.controller.notify
        self.controller.undo_stack.push(SummaryCommand(project, (grid.row_kind, row_id, code_id), old, text,
                                                       lambda key: notify("grid", key), self.tr("Edit summary")))

    def _on_changed(self, kind: str, key: object) -> None:
        grid = self.model.grid
        if kind != "grid" or grid is None or not isinstance(key, tuple) or key[0] != grid.row_kind:
            return
        self.model.summary_changed(self.controller.project, key[1], key[2])
        if self._current_key() == (key[1], key[2]):
            self.show_cell(self.table.currentIndex())

    # --- export -----------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> str | None:
        """The grid to Word (landscape) or XLSX."""
        grid = self.model.grid
        if grid is None:
            return None
        suffix = f".{kind}"
        if path is None:
            filters = "Word (*.docx)" if kind == "docx" else "Excel (*.xlsx)"
            path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"grid{suffix}", filters)
            if not path:
                return None
        path = with_suffix(path, suffix)
        try:
            if kind == "docx":
                grid_to_docx(grid, path, title=self.windowTitle())
            else:
                grid_to_xlsx(grid, path)
        except (OSError, ValueError) as exc:
            show_error(self, self.windowTitle(), exc)
            return None
        self.exported.setText(self.tr("Grid exported to %1").replace("%1", path))  # say it is done
        return path
