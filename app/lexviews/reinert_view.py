"""The view of a Reinert classification: dendrogram with each class's words, profiles and
anti-profiles, typical segments (jumping to the document), CA factor map, classes x attributes and
classes x codes; "turn this class into a code" and "colour the document viewer by class"."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis.results import ReinertResult
from app.analysis.stability import class_stability, stability_text
from app.lexviews._common import file_action
from app.lexviews.base import AnalysisView, Passage, ViewContext
from app.lexviews.reinert_figures import dendrogram_figure, factor_map_figure
from app.lexviews.reinert_pages import FigurePage, TablePage
from app.lexviews.reinert_tables import chi2_colour
from app.lexviews.reinert_tabs import (
    ClassesCodesPage,
    attribute_rows,
    profile_rows,
    stability_page,
    typical_rows,
)
from app.numbers import fmt_number
from lexical.figures import class_color

KIND_FILTERS = ("active", "supplementary", "modality", None)


class ReinertView(AnalysisView):
    """All the pages of one Reinert result; the class chosen at the top drives profiles and segments."""

    def __init__(self, result: ReinertResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        self.numbers = [c.number for c in result.classes]
        self._make_toolbar()
        self.tabs = QTabWidget(self)
        self._make_pages()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.tabs, 1)
        self.refresh_class()
        self.draw_dendrogram()
        self.draw_map()
        self.attributes.set_rows(*attribute_rows(result, self.tr("Modality"), self.tr("Class %1")))

    # --- building ---------------------------------------------------------------------------
    def _make_toolbar(self) -> None:
        self.bar = QHBoxLayout()
        self.class_box = QComboBox(self)
        for c in self.result.classes:
            words = ", ".join(self.result.top_words(c.number, 3))
            self.class_box.addItem(self.tr("Class %1 (%2 %) — %3").replace("%1", str(c.number))
                                   .replace("%2", fmt_number(c.percent, 1)).replace("%3", words), c.number)
        self.class_box.currentIndexChanged.connect(lambda _i: self.refresh_class())
        self.to_code = QPushButton(self.tr("Turn this class into a code…"), self)
        self.to_code.clicked.connect(lambda: self.class_to_code(self.current_class()))
        self.colour_box = QCheckBox(self.tr("Colour the document by class"), self)
        self.colour_box.toggled.connect(self.colour_viewer)
        info = self.result.info
        self.summary = summary = QLabel(
            self.tr("%1 classes, %2 of %3 segments classified").replace("%1", str(len(self.numbers)))
            .replace("%2", fmt_number(int(info.get("n_classified", sum(c.size for c in self.result.classes)))))
            .replace("%3", fmt_number(int(info.get("n_segments", len(self.result.segments))))), self)
        small = self.result.small_leaves()
        if small:
            mincl = str(info.get("mincl"))
            summary.setText(summary.text() + " · " + self.tr("%n small branch(es) left out", "", len(small)))
            summary.setToolTip(self.tr(
                "Phase-1 branches of fewer than %1 segments (the minimum class size) are not classes: they "
                "join their mother class or stay unclassified, as in IRaMuTeQ. To keep smaller classes, lower "
                "the minimum class size or raise the number of phase-1 classes.").replace("%1", mincl))
        for widget in (QLabel(self.tr("Class:"), self), self.class_box, self.to_code, self.colour_box):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(summary)
        can_code = self.context.project_is_open() and self.result.segments.has_documents()
        self.to_code.setEnabled(can_code)
        self.colour_box.setEnabled(can_code)

    def _make_pages(self) -> None:
        self.dendrogram = FigurePage(self)
        self.n_words = QSpinBox(self)
        self.n_words.setRange(5, 60)
        self.n_words.setValue(20)
        self.n_words.setPrefix(self.tr("Words per class: "))
        self.n_words.valueChanged.connect(lambda _v: self.draw_dendrogram())
        self.dendrogram.controls.addWidget(self.n_words)
        self.dendrogram.controls.addStretch(1)
        self.profiles = TablePage([self.tr("Form"), self.tr("Kind"), "chi2", "p", self.tr("n in class"),
                                   self.tr("n total"), "%"], parent=self)
        self.kind_box = QComboBox(self)
        for label, kind in zip((self.tr("Active forms"), self.tr("Supplementary forms"), self.tr("Modalities"),
                                self.tr("All")), KIND_FILTERS):
            self.kind_box.addItem(label, kind)
        self.anti_box = QCheckBox(self.tr("Anti-profile"), self)
        self.concordance_button = QPushButton(self.tr("Concordance of the form"), self)
        for widget in (self.kind_box, self.anti_box, self.concordance_button):
            self.profiles.controls.addWidget(widget)
        self.profiles.controls.addStretch(1)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.refresh_profiles())
        self.anti_box.toggled.connect(lambda _c: self.refresh_profiles())
        self.concordance_button.clicked.connect(lambda: self.concordance_of(self.profiles.current_row()))
        self.profiles.activated.connect(self.concordance_of)
        self.profiles.note.setText(self.tr("Double-click a form to see its concordance."))
        self.typical = TablePage([self.tr("Score"), self.tr("Text"), self.tr("Segment")], parent=self)
        self.typical.wrap_column(1)  # the segment's text, on as many lines as it needs
        self.typical.activated.connect(self.open_segment)
        self.typical.note.setText(self.tr("Double-click a segment to show it in its document."))
        self.map = FigurePage(self)
        self.map_box = QComboBox(self)
        self.map_box.addItem(self.tr("Classes and forms"), "forms")
        self.map_box.addItem(self.tr("Classes and modalities (supplementary)"), "modalities")
        self.map_box.currentIndexChanged.connect(lambda _i: self.draw_map())
        self.map.controls.addWidget(self.map_box)
        self.map.controls.addStretch(1)
        self.attributes = TablePage([], colour=self._attribute_colour, parent=self)
        self.attributes.note.setText(self.tr("Segments per class; orange: over-represented, blue: under-represented (signed chi2, |chi2| > 3.84)."))  # noqa: E501
        self.codes_page = ClassesCodesPage(self.result, self.context, self)
        pages = [(self.dendrogram, self.tr("Dendrogram")), (self.profiles, self.tr("Profiles")),
                 (self.typical, self.tr("Typical segments")), (self.map, self.tr("Factor map")),
                 (self.attributes, self.tr("Classes × attributes")), (self.codes_page, self.tr("Classes × codes"))]
        self.stability = stability_page(self.result, self)
        if self.stability is not None:
            pages.append((self.stability, self.tr("Stability")))
        for page, title in pages:
            self.tabs.addTab(page, title)

    # --- content --------------------------------------------------------------------------
    def current_class(self) -> int:
        """The class chosen at the top (0 when there is none)."""
        return int(self.class_box.currentData() or 0)

    def refresh_class(self) -> None:
        self.refresh_profiles()
        self.typical.set_rows(typical_rows(self.result, self.current_class()))

    def refresh_profiles(self) -> None:
        rows = profile_rows(self.result, self.current_class(), self.kind_box.currentData(), self.anti_box.isChecked())
        kinds = {"active": self.tr("active"), "supplementary": self.tr("supplementary"), "modality": self.tr("modality")}
        self.profiles.set_rows([[row[0], kinds.get(row[1], row[1]), *row[2:]] for row in rows])
        note = self.tr("Double-click a form to see its concordance.")
        row = class_stability(self.result).get(self.current_class())
        if row:
            note = self.tr("Stability of this class: %1.").replace("%1", stability_text(row)) + " " + note
        self.profiles.note.setText(note)
        self.profiles.sort_by(2, self.profiles.view.horizontalHeader().sortIndicatorOrder())

    def draw_dendrogram(self) -> None:
        """(Re)draw the dendrogram when its page shows (in the figure thread: everything it needs from
        the widgets is read here)."""
        info = self.result.info
        classified = info.get("n_classified", sum(c.size for c in self.result.classes))
        total = info.get("n_segments", len(self.result.segments)) or 1
        title = (self.tr("Reinert classification: %1 classes, %2 of %3 segments classified (%4 %)")
                 .replace("%1", str(len(self.numbers))).replace("%2", fmt_number(int(classified)))
                 .replace("%3", fmt_number(int(total))).replace("%4", fmt_number(100 * classified / total, 1)))
        result, n_words, empty = self.result, self.n_words.value(), self.tr("No class: nothing was classified.")
        labels = {"class_label": self.tr("Class %1"), "seg_label": self.tr("%1 seg. (%2 %)")}
        self.dendrogram.set_builder(lambda: (dendrogram_figure(result, n_words, title, **labels), empty))

    def draw_map(self) -> None:
        """(Re)draw the factor map when its page shows (placing its labels takes a moment)."""
        result, what = self.result, self.map_box.currentData() or "forms"
        labels = {"axis_label": self.tr("Axis %1 (%2 %)"), "class_label": self.tr("Class %1")}
        empty = self.tr("No factor map (it needs at least 3 classes).")
        self.map.set_builder(lambda: (factor_map_figure(result, what, **labels), empty))

    def _attribute_colour(self, row: int, column: int):  # noqa: ANN202 - QColor | None
        table = self.result.modalities
        if table is None or column == 0 or row >= len(table.chi2):
            return None
        values = table.chi2[row]
        return chi2_colour(values[column - 1]) if column - 1 < len(values) else None

    # --- actions --------------------------------------------------------------------------
    def concordance_of(self, row: list | None) -> None:
        """The concordance of a profile's form (not of a modality)."""
        if not row or row[1] == "modality":
            return
        by = "lemma" if self.result.prep.get("lemmatize", True) else "form"
        self.context.show_concordance(str(row[0]), by)

    def open_segment(self, row: list | None) -> None:
        if not row:
            return
        seg = self.result.segments[int(row[2]) - 1]
        if seg.document_id is not None and self.context.project_is_open():
            self.context.open_passage(Passage(seg.document_id, seg.start, seg.end))

    def class_passages(self, number: int) -> list[Passage]:
        """The document spans of class ``number``'s segments."""
        return [Passage(*p) for p in self.result.segments.passages(self.result.label_array() == number)]

    def default_code_path(self, number: int) -> str:
        words = ", ".join(self.result.top_words(number, 3))
        return self.tr("Reinert classes/Class %1 (%2)").replace("%1", str(number)).replace("%2", words)

    def code_path_dialog(self, number: int) -> QInputDialog:
        """Asks the code path of class ``number``."""
        return wide_text_dialog(self, self.tr("Turn this class into a code"), self.tr("Code (Parent/Child):"),
                                self.default_code_path(number))

    def class_to_code(self, number: int, path: str | None = None) -> bool:
        """Code every segment of class ``number`` (asks for the code path unless given): one undo step."""
        if not number:
            return False
        if path is None:
            dialog = self.code_path_dialog(number)
            if not dialog.exec() or not dialog.textValue().strip():
                return False
            path = dialog.textValue()
        label = self.tr("Code class %1").replace("%1", str(number))
        return self.context.code_passages(self.class_passages(number), path.strip(), label)

    def colour_viewer(self, on: bool) -> None:
        """Colour (or stop colouring) the document viewer by class."""
        if not on:
            self.context.colour_by_classes([], {})
            return
        labels = self.result.label_array()
        keep = labels > 0
        passages = [(Passage(*p), int(k)) for p, k in zip(self.result.segments.passages(keep),
                                                          labels[keep & (self.result.segments.document >= 0)])]
        self.context.colour_by_classes(passages, {k: class_color(k) for k in self.numbers})

    def export_actions(self) -> list[QAction]:
        """PNG/SVG for the figures, CSV/XLSX for the tables."""
        figures = self.tr("PNG image (*.png);;SVG image (*.svg)")
        tables = self.tr("CSV (*.csv);;Excel (*.xlsx)")
        out = []
        for text, page, filters, name in (
                (self.tr("Dendrogram…"), self.dendrogram, figures, "dendrogram.png"),
                (self.tr("Factor map…"), self.map, figures, "factor_map.png"),
                (self.tr("Profiles of the class…"), self.profiles, tables, "profiles.csv"),
                (self.tr("Typical segments of the class…"), self.typical, tables, "segments.csv"),
                (self.tr("Classes × attributes…"), self.attributes, tables, "classes_attributes.csv"),
                (self.tr("Classes × codes…"), self.codes_page.table, tables, "classes_codes.csv")):
            out.append(file_action(self, text, filters, name, page.save))
        return out


def wide_text_dialog(parent: QWidget, title: str, label: str, text: str) -> QInputDialog:
    """A text input dialog wide enough to read ``text`` whole (QInputDialog's default field is narrow:
    "Reinert classes/Class 3 (télétravail, bureau, équipe)" was cut)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(max(420, min(field.fontMetrics().horizontalAdvance(text) + 40, 860)))
    return dialog
