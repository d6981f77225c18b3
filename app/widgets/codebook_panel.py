"""The codebook dock: filter box, code tree (drag to move, drop a text selection to code it), actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.code_picker import CodePicker
from app.models.codebook import DESCRIPTION, DOCS_ALL, NAME, CodebookModel
from coding import commands as cmd

MIN_NAME_WIDTH = 170
DEFAULT_HIDDEN = (DOCS_ALL, DESCRIPTION)  # room for the names in a narrow dock; right-click the header
HIDDEN_KEY = "codebook/hidden_columns"


class CodebookPanel(QWidget):
    """Emits ``currentCodeChanged(code_id or 0)`` and ``codeClicked(code_id)``."""

    currentCodeChanged = Signal(int)
    codeClicked = Signal(int)
    pinRequested = Signal(int, int)  # code id, key 1-9 (0: unpin)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.model = CodebookModel(controller, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME)
        self.filter = QLineEdit(self, placeholderText=self.tr("Filter codes"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self._filter)
        self.tree = self._make_tree()
        self.new_button = QToolButton(self, text=self.tr("New code"), autoRaise=True)
        self.new_button.setToolTip(self.tr("Create a top-level code (right-click a code for a sub-code)"))
        self.new_button.clicked.connect(lambda: self.new_code(None))
        self.code_button = QToolButton(self, text=self.tr("Code selection"), autoRaise=True)
        self.code_button.setToolTip(self.tr("Code the text selected in the document with the selected code "
                                            "(Ctrl+E; Ctrl+K to pick a code by name)"))
        self.click_mode = QToolButton(self, text=self.tr("Code on click"), checkable=True, autoRaise=True)
        self.click_mode.setToolTip(self.tr("When on, clicking a code codes the selected text with it"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.code_button, self.click_mode):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self._expanded: set[int] = set()
        self.model.modelAboutToBeReset.connect(self._remember_expanded)
        self.model.modelReset.connect(self._restore_expanded)
        self._pins: dict[int, int] = {}  # key -> code id (the main window fills it)
        self._fit_count_columns()

    @property
    def pins(self) -> dict[int, int]:
        """Quick-code keys: key (1-9) -> code id; shown as ``[key]`` beside the code's name."""
        return self._pins

    @pins.setter
    def pins(self, pins: dict[int, int]) -> None:
        self._pins = dict(pins)
        self.model.set_quick_keys({code_id: key for key, code_id in self._pins.items()})

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.proxy)
        tree.setHeaderHidden(False)
        tree.setUniformRowHeights(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.clicked.connect(lambda index: self.codeClicked.emit(self._code_id(index) or 0))
        header = tree.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(30)
        tree.setColumnWidth(NAME, MIN_NAME_WIDTH)
        tree.expanded.connect(lambda _index: self._fit_name_column())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        settings = QSettings()
        hidden = (str(settings.value(HIDDEN_KEY, "")).split(",") if settings.contains(HIDDEN_KEY)
                  else [str(c) for c in DEFAULT_HIDDEN])
        for column in hidden:
            if column.isdigit():
                tree.setColumnHidden(int(column), True)
        return tree

    def _fit_count_columns(self) -> None:
        """Fit the count columns once per reset (ResizeToContents would re-measure at every change)."""
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """Names as wide as they need, but the counts stay in view (long in-vivo names are elided)."""
        header = self.tree.header()
        counts = sum(max(self.tree.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(1, 5) if not self.tree.isColumnHidden(c))
        room = max(MIN_NAME_WIDTH, self.tree.viewport().width() - counts)
        fitted = self.tree.sizeHintForColumn(NAME) + 8
        self.tree.setColumnWidth(NAME, max(MIN_NAME_WIDTH, min(fitted, room)))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - the dock was resized
        super().resizeEvent(event)
        self._fit_name_column()

    # --- helpers ----------------------------------------------------------------------
    def _code_id(self, proxy_index: QModelIndex) -> int | None:
        code = self.model.code_at(self.proxy.mapToSource(proxy_index))
        return code.id if code else None

    def current_code_id(self) -> int | None:
        return self._code_id(self.tree.currentIndex())

    def select_code(self, code_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentCodeChanged.emit(self._code_id(current) or 0)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _remember_expanded(self) -> None:
        self._current = self.current_code_id()
        self._expanded = set()
        for code_id in self.model.codes:
            if self.tree.isExpanded(self.proxy.mapFromSource(self.model.index_of(code_id))):
                self._expanded.add(code_id)

    def _restore_expanded(self) -> None:
        for code_id in self._expanded:
            self.tree.setExpanded(self.proxy.mapFromSource(self.model.index_of(code_id)), True)
        self._fit_count_columns()
        if getattr(self, "_current", None) in self.model.codes:
            self.select_code(self._current)

    # --- actions ----------------------------------------------------------------------
    def new_code(self, parent_id: int | None, name: str | None = None) -> int | None:
        """Create a code (a sub-code of ``parent_id``), show it (parent expanded) and select it."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New code"), self.tr("Name of the new code:"))
            if not ok or not name.strip():
                return None
        before = set(self.model.codes)
        if not self.controller.execute(cmd.CreateCode(name.strip(), parent_id), self.tr("New code")):
            return None
        created = [code_id for code_id in self.model.codes if code_id not in before]
        if not created:
            return None
        ancestor = parent_id
        while ancestor is not None and ancestor in self.model.codes:  # a sub-code hidden under a collapsed parent
            self.tree.setExpanded(self.proxy.mapFromSource(self.model.index_of(ancestor)), True)
            ancestor = self.model.codes[ancestor].parent_id
        self.select_code(created[0])
        return created[0]

    def rename(self, code_id: int) -> None:
        self.tree.edit(self.proxy.mapFromSource(self.model.index_of(code_id)))

    def _header_menu(self, pos) -> None:  # noqa: ANN001
        """Show or hide the count and description columns (remembered)."""
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title, lambda c=column: self.toggle_column(c))
            action.setCheckable(True)
            action.setChecked(not self.tree.isColumnHidden(column))
        menu.exec(self.tree.header().mapToGlobal(pos))

    def toggle_column(self, column: int, visible: bool | None = None) -> None:
        visible = self.tree.isColumnHidden(column) if visible is None else visible
        self.tree.setColumnHidden(column, not visible)
        if visible:
            self.tree.resizeColumnToContents(column)
        hidden = [c for c in range(1, self.model.columnCount()) if self.tree.isColumnHidden(c)]
        QSettings().setValue(HIDDEN_KEY, ",".join(str(c) for c in hidden))
        self._fit_name_column()

    def edit_description(self, code_id: int) -> None:
        if self.tree.isColumnHidden(DESCRIPTION):
            self.toggle_column(DESCRIPTION, True)
        self.tree.edit(self.proxy.mapFromSource(self.model.index_of(code_id, DESCRIPTION)))

    def choose_color(self, code_id: int) -> None:
        from PySide6.QtGui import QColor

        color = QColorDialog.getColor(QColor(self.model.codes[code_id].color), self, self.tr("Code colour"))
        if color.isValid():
            self.controller.execute(cmd.SetCodeColor(code_id, color.name().upper()), self.tr("Change colour"))

    def merge(self, code_id: int) -> None:
        exclude = {code_id, *self.model.descendants(code_id)}
        picker = CodePicker(self.controller.codes(), self, self.tr("Merge “%1” into…").replace(
            "%1", self.model.codes[code_id].name), allow_new=False, exclude=exclude)
        if picker.exec() and picker.chosen_id:
            self.controller.execute(cmd.MergeCodes(code_id, picker.chosen_id), self.tr("Merge codes"))

    def delete(self, code_id: int) -> None:
        code = self.model.codes[code_id]
        codings = self.controller.coding_count_with_descendants(code_id)
        subs = len(self.model.descendants(code_id))
        text = self.tr("Delete the code “%1”?").replace("%1", code.name)
        details = self.tr("%n coding(s) will be deleted with it.", "", codings)
        if subs:
            details += " " + self.tr("%n sub-code(s) will be deleted too.", "", subs)
        answer = QMessageBox.question(self, self.tr("Delete code"), f"{text}\n\n{details}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.execute(cmd.DeleteCode(code_id), self.tr("Delete code"))

    def _context_menu(self, pos) -> None:  # noqa: ANN001
        code_id = self._code_id(self.tree.indexAt(pos))
        menu = QMenu(self)
        menu.addAction(self.tr("New code"), lambda: self.new_code(None))
        if code_id is not None:
            menu.addAction(self.tr("New sub-code"), lambda: self.new_code(code_id))
            menu.addSeparator()
            menu.addAction(self.tr("Rename"), lambda: self.rename(code_id))
            menu.addAction(self.tr("Edit description"), lambda: self.edit_description(code_id))
            menu.addAction(self.tr("Colour…"), lambda: self.choose_color(code_id))
            self._pin_menu(menu.addMenu(self.tr("Quick-code key")), code_id)
            menu.addSeparator()
            menu.addAction(self.tr("Merge into…"), lambda: self.merge(code_id))
            menu.addAction(self.tr("Delete…"), lambda: self.delete(code_id))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _pin_menu(self, menu: QMenu, code_id: int) -> None:
        for key in range(1, 10):
            holder = self.pins.get(key)
            label = str(key) + (f"  ({self.model.codes[holder].name})" if holder in self.model.codes else "")
            action = menu.addAction(label, lambda k=key: self.pinRequested.emit(code_id, k))
            action.setCheckable(True)
            action.setChecked(holder == code_id)
        menu.addSeparator()
        menu.addAction(self.tr("Unpin"), lambda: self.pinRequested.emit(code_id, 0))
