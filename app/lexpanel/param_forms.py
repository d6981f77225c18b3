"""Parameter forms of the run dialog: one per analysis kind, plus the corpus preparation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.analysis.inputs import variable_name
from app.analysis.params import KWIC_KINDS, SIM_INDICES, SPEC_METHODS, PrepParams
from app.lexpanel.worker import PARAM_TYPES
from coding.selection import SPEAKER_VARIABLE


def spin(parent: QWidget, low: int, high: int, value: int, special: str = "") -> QSpinBox:
    """An integer spin box; ``special`` is shown for the minimum (e.g. "auto")."""
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    if special:
        box.setSpecialValueText(special)
    return box


def combo(parent: QWidget, items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox(parent)
    for label, data in items:
        box.addItem(label, data)
    if current is not None:
        box.setCurrentIndex(max(box.findData(current), 0))
    return box


class ParamsForm(QGroupBox):
    """The parameters of one analysis kind; ``params()`` -> the dict of its *Params dataclass."""

    def __init__(self, kind: str, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.kind = kind
        self.controller = controller
        self.form = QFormLayout(self)
        self.defaults = PARAM_TYPES[kind]().to_dict()
        self.widgets: dict[str, QWidget] = {}
        getattr(self, f"_build_{kind}")()
        self.setTitle(self.tr("Parameters"))

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        self.widgets[key] = widget
        self.form.addRow(label, widget)

    def _build_stats(self) -> None:
        self._add("max_rows", self.tr("Frequency rows kept:"), spin(self, 0, 1_000_000, 0, self.tr("all")))

    def _build_reinert(self) -> None:
        self._add("double", self.tr("Classification:"),
                  combo(self, [(self.tr("simple (on text segments)"), False), (self.tr("double (on units)"), True)]))
        self._add("preset", self.tr("Method:"), combo(self, [("IRaMuTeQ", "iramuteq"), ("rainette", "rainette")]))
        self._add("nbcl_p1", self.tr("Terminal classes of phase 1:"), spin(self, 2, 60, 10))
        self._add("mincl", self.tr("Minimum class size:"), spin(self, 0, 100_000, 0, self.tr("auto")))
        self._add("k", self.tr("Number of classes (rainette):"), spin(self, 1, 60, 1, self.tr("= phase 1")))
        self._add("min_split_members", self.tr("Minimum segments to split:"), spin(self, 2, 10_000, 5))
        self._add("rst1", self.tr("Unit size 1 (double):"), spin(self, 2, 200, 12))
        self._add("rst2", self.tr("Unit size 2 (double):"), spin(self, 2, 200, 14))
        self._add("stability_runs", self.tr("Stability runs:"), spin(self, 0, 500, 0, self.tr("none")))
        self.widgets["stability_runs"].setToolTip(self.tr(
            "Run the classification again on 80 % subsamples this many times (e.g. 50) to measure how stable each "
            "class is (simple classification only)."))
        preset, double = self.widgets["preset"], self.widgets["double"]
        preset.currentIndexChanged.connect(self._sync_reinert)
        double.currentIndexChanged.connect(self._sync_reinert)
        self._sync_reinert()

    def _sync_reinert(self) -> None:
        rainette = self.widgets["preset"].currentData() == "rainette"
        double = bool(self.widgets["double"].currentData())
        self.widgets["preset"].setEnabled(not double)
        self.widgets["k"].setEnabled(rainette and not double)
        self.widgets["min_split_members"].setEnabled(rainette and not double)
        self.widgets["mincl"].setEnabled(not rainette or double)
        for key in ("rst1", "rst2"):
            self.widgets[key].setEnabled(double)
        self.widgets["stability_runs"].setEnabled(not double)

    def _build_similarity(self) -> None:
        self._add("top_n", self.tr("Most frequent forms:"), spin(self, 0, 5000, 200, self.tr("all")))
        self._add("index", self.tr("Index:"), combo(self, [(self._label(i), i) for i in SIM_INDICES]))
        tree = QCheckBox(self.tr("Maximum spanning tree"), self)
        tree.setChecked(True)
        self._add("tree", "", tree)
        threshold = QDoubleSpinBox(self)
        threshold.setRange(0, 1_000_000)
        threshold.setDecimals(3)
        threshold.setSpecialValueText(self.tr("none"))
        self._add("threshold", self.tr("Edge threshold:"), threshold)

    def _build_specificities(self) -> None:
        names = [SPEAKER_VARIABLE] + self.controller.attribute_names("document") + self.controller.attribute_names("case")
        variables = list(dict.fromkeys(variable_name(n) for n in names if variable_name(n)))
        self._add("variable", self.tr("Variable:"), combo(self, [(v, v) for v in variables]))
        self._add("method", self.tr("Method:"), combo(self, [(self._label(m), m) for m in SPEC_METHODS]))
        self._add("status", self.tr("Forms:"), combo(self, [(self.tr("active"), "active"),
                                                           (self.tr("supplementary"), "supplementary"),
                                                           (self.tr("all"), "all")]))

    def _build_kwic(self) -> None:
        self._add("query", self.tr("Form, lemma or regex:"), QLineEdit(self))
        self._add("by", self.tr("Search by:"), combo(self, [(self._label(k), k) for k in KWIC_KINDS], "lemma"))
        self._add("chars", self.tr("Context (characters):"), spin(self, 10, 400, 60))

    def _label(self, value: str) -> str:
        """The name shown for a parameter value (an index, a method, a kind of query)."""
        labels = {"cooccurrence": self.tr("co-occurrence"), "jaccard": self.tr("Jaccard"), "cosine": self.tr("cosine"),
                  "hypergeometric": self.tr("hypergeometric law"), "chi2": self.tr("chi2"),
                  "form": self.tr("form"), "lemma": self.tr("lemma"), "regex": self.tr("regular expression")}
        return labels.get(value, value)

    def params(self) -> dict[str, Any]:
        """The parameters as a dict (unset optional values -> None)."""
        out = dict(self.defaults)
        for key, widget in self.widgets.items():
            out[key] = _value(widget)
        if self.kind == "reinert" and out.get("k") in (0, 1):
            out["k"] = None
        if self.kind == "similarity" and not out.get("threshold"):
            out["threshold"] = None
        return out

    def set_params(self, params: dict[str, Any]) -> None:
        """Show saved parameters."""
        for key, value in params.items():
            if key in self.widgets:
                _set_value(self.widgets[key], value)


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    raise TypeError(widget)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value or widget.minimum())
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))


class PrepForm(QGroupBox):
    """Corpus preparation: lemmatiser, lemmatisation, segment size, minimum frequency of active forms."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Corpus preparation"))
        d = PrepParams()
        form = QFormLayout(self)
        self.lemmatiser = combo(self, [(self.tr("IRaMuTeQ dictionary"), "dictionary"),
                                       (self.tr("spaCy in context (slower)"), "spacy")], d.lemmatiser)
        self.lemmatiser.setToolTip(self.tr(
            "IRaMuTeQ dictionary: each word form takes its lemma and part of speech from IRaMuTeQ's French "
            "dictionary, as IRaMuTeQ does.\nspaCy in context: the part of speech read in each sentence by "
            "spaCy; its lemmas are kept only when they are words of the dictionary."))
        self.lemmatize = QCheckBox(self.tr("Lemmatise"), self)
        self.lemmatize.setChecked(d.lemmatize)
        self.target = spin(self, 10, 500, d.target)
        self.min_freq = spin(self, 1, 1000, d.min_freq)
        form.addRow(self.tr("Lemmatiser:"), self.lemmatiser)
        form.addRow("", self.lemmatize)
        form.addRow(self.tr("Segment size (words):"), self.target)
        form.addRow(self.tr("Minimum frequency of active forms:"), self.min_freq)

    def params(self) -> dict[str, Any]:
        """The preparation settings shown, as a :class:`PrepParams` dict."""
        return PrepParams(lemmatize=self.lemmatize.isChecked(), target=self.target.value(),
                          min_freq=self.min_freq.value(), lemmatiser=self.lemmatiser.currentData()).to_dict()

    def set_params(self, params: dict[str, Any]) -> None:
        """Show saved preparation settings."""
        p = PrepParams.from_dict(params)
        self.lemmatiser.setCurrentIndex(max(self.lemmatiser.findData(p.lemmatiser), 0))
        self.lemmatize.setChecked(p.lemmatize)
        self.target.setValue(p.target)
        self.min_freq.setValue(p.min_freq)
