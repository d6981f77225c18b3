"""The "Analyses" tree: the analyses saved in the project, grouped by kind, newest first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from app.numbers import fmt_datetime, fmt_number
from corpus.caches import SavedAnalysis

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class AnalysesTree(QTreeWidget):
    """Double-click (or Enter) opens; F2 or the context menu renames in place; the menu also re-runs
    and deletes."""

    openRequested = Signal(int)
    rerunRequested = Signal(int, bool)  # analysis id, edit the parameters first
    renamed = Signal(int, str)
    deleteRequested = Signal(int)
    bundleRequested = Signal(int)  # a Reinert analysis: export its reproducible bundle

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Analysis"), self.tr("Date")])
        self.setColumnWidth(0, 220)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        # A double-click used to start renaming (the default edit trigger) and never opened: rename on F2 only.
        self.setEditTriggers(QTreeWidget.EditTrigger.EditKeyPressed)
        self.itemActivated.connect(self._activated)
        self.itemChanged.connect(self._changed)
        self._filling = False
        self.kind_labels = {"stats": self.tr("Statistics"), "reinert": self.tr("Reinert classifications"),
                            "similarity": self.tr("Similarity"), "specificities": self.tr("Specificities"),
                            "kwic": self.tr("Concordances")}

    def set_analyses(self, analyses: list[SavedAnalysis], outdated: set[int] = frozenset()) -> None:
        """Show ``analyses`` (from ``AnalysisStore.analyses()``), keeping groups expanded; those in
        ``outdated`` (a text they read was edited since) are greyed, "out of date"."""
        self._filling = True
        self.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for kind, label in self.kind_labels.items():
            if any(a.kind == kind for a in analyses):
                groups[kind] = QTreeWidgetItem(self, [label])
                groups[kind].setFlags(Qt.ItemFlag.ItemIsEnabled)
        for a in analyses:
            parent = groups.get(a.kind) or groups.setdefault(a.kind, QTreeWidgetItem(self, [a.kind]))
            item = QTreeWidgetItem(parent, [a.name, fmt_datetime(a.created)])
            item.setData(0, ID_ROLE, a.id)
            item.setData(0, KIND_ROLE, a.kind)
            item.setToolTip(0, self._tooltip(a))
            if a.id in outdated:
                item.setText(1, item.text(1) + " · " + self.tr("out of date"))
                item.setForeground(0, self.palette().placeholderText())
                item.setToolTip(0, self.tr("A document's text was edited after this analysis: run it again "
                                           "for current results.") + "\n" + item.toolTip(0))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.expandAll()
        self._filling = False

    def _tooltip(self, analysis: SavedAnalysis) -> str:
        """The analysis's parameters, named and valued as in the form that ran it."""
        params = analysis.params.get("params", {})
        names, values = self._param_names(), self._value_names()
        lines = []
        for key, value in params.items():
            if value in (None, "", {}):
                continue
            if isinstance(value, bool):
                shown = self.tr("yes") if value else self.tr("no")
            elif isinstance(value, (int, float)):
                shown = fmt_number(value) if isinstance(value, int) else fmt_number(value, 3).rstrip("0").rstrip(",.")
            else:
                shown = values.get(str(value), str(value))
            lines.append(f"{names.get(key, key)} {shown}")
        return "\n".join(lines)

    def _param_names(self) -> dict[str, str]:
        return {
            "max_rows": self.tr("Frequency rows kept:"), "preset": self.tr("Method:"),
            "nbcl_p1": self.tr("Terminal classes of phase 1:"), "mincl": self.tr("Minimum class size:"),
            "k": self.tr("Number of classes (rainette):"), "min_split_members": self.tr("Minimum segments to split:"),
            "double": self.tr("Double classification:"), "rst1": self.tr("Unit size 1 (double):"),
            "rst2": self.tr("Unit size 2 (double):"), "profile_threshold": self.tr("Profile chi2 threshold:"),
            "stability_runs": self.tr("Stability runs:"),
            "n_typical": self.tr("Typical segments per class:"), "ca_forms": self.tr("Forms on the CA map:"),
            "top_n": self.tr("Most frequent forms:"), "index": self.tr("Index:"),
            "tree": self.tr("Maximum spanning tree:"), "threshold": self.tr("Edge threshold:"),
            "communities": self.tr("Communities:"), "seed": self.tr("Layout seed:"), "variable": self.tr("Variable:"),
            "method": self.tr("Method:"), "status": self.tr("Forms:"), "min_freq": self.tr("Minimum frequency:"),
            "max_forms": self.tr("Forms kept:"), "query": self.tr("Form, lemma or regex:"),
            "by": self.tr("Search by:"), "chars": self.tr("Context (characters):"),
            "words": self.tr("Context (words):"), "sort": self.tr("Sort by:"),
        }

    def _value_names(self) -> dict[str, str]:
        return {
            "cooccurrence": self.tr("co-occurrence"), "cosine": self.tr("cosine"),
            "hypergeometric": self.tr("hypergeometric law"), "form": self.tr("form"), "lemma": self.tr("lemma"),
            "regex": self.tr("regular expression"), "active": self.tr("active"),
            "supplementary": self.tr("supplementary"), "all": self.tr("all"), "source": self.tr("source order"),
            "iramuteq": "IRaMuTeQ",
        }

    def item_for(self, analysis_id: int) -> QTreeWidgetItem | None:
        """The item of a saved analysis."""
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).data(0, ID_ROLE) == analysis_id:
                    return group.child(i)
        return None

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE):
            self.openRequested.emit(item.data(0, ID_ROLE))

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0 and item.data(0, ID_ROLE) and item.text(0).strip():
            self.renamed.emit(item.data(0, ID_ROLE), item.text(0).strip())

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        analysis_id = item.data(0, ID_ROLE) if item is not None else None
        if not analysis_id:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(analysis_id))
        menu.addAction(self.tr("Run again"), lambda: self.rerunRequested.emit(analysis_id, False))
        menu.addAction(self.tr("Run again with changes…"), lambda: self.rerunRequested.emit(analysis_id, True))
        if item.data(0, KIND_ROLE) == "reinert":
            menu.addAction(self.tr("Export a reproducible bundle…"), lambda: self.bundleRequested.emit(analysis_id))
        menu.addSeparator()
        rename = menu.addAction(self.tr("Rename"), lambda: self.editItem(item, 0))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        menu.addAction(self.tr("Delete…"), lambda: self.deleteRequested.emit(analysis_id))
        menu.exec(self.viewport().mapToGlobal(pos))
