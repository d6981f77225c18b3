"""Shared pieces of the lexical result views (tables, exports) and the test helpers the other
``test_lexviews_*`` modules import: a recording ViewContext and small results built without spaCy."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsScene

from app.analysis import runs
from app.analysis.params import PrepParams, SimilarityParams
from app.analysis.results import KwicLine, KwicResult, load_result
from app.lexviews._common import FilterProxy, RowsModel, save_scene, write_table
from lexical.annotate import MemoryCache
from lexical.sources import SourceText

THEMES = {
    "travail": ["usine", "salaire", "ouvrier", "patron", "grève", "machine", "atelier", "contrat", "syndicat"],
    "famille": ["enfant", "mère", "père", "maison", "repas", "école", "frère", "soeur", "vacances"],
    "santé": ["médecin", "hôpital", "malade", "soin", "douleur", "infirmière", "traitement", "fatigue"],
}
TOOLS = ["le", "la", "les", "et", "de", "un", "une", "dans", "pour", "avec"]
LEXICON = {w: (w, "art_def") for w in ("le", "la", "les", "un", "une")} | {
    "et": ("et", "con"), "de": ("de", "pre"), "dans": ("dans", "pre"), "pour": ("pour", "pre"),
    "avec": ("avec", "pre"), "ouvriers": ("ouvrier", "nom"), "enfants": ("enfant", "nom")}
SPEAKERS = ["Marie", "Paul", "Sophie"]


class FakeContext:
    """A ViewContext recording every call."""

    def __init__(self, project_open: bool = True):
        self.calls: list[tuple] = []
        self.project_open = project_open

    def open_passage(self, passage) -> None:
        self.calls.append(("open_passage", passage))

    def show_concordance(self, query: str, by: str = "lemma") -> None:
        self.calls.append(("show_concordance", query, by))

    def code_passages(self, passages, code_path=None, label="") -> bool:
        self.calls.append(("code_passages", list(passages), code_path, label))
        return True

    def colour_by_classes(self, passages, colours) -> None:
        self.calls.append(("colour_by_classes", passages, colours))

    def project_is_open(self) -> bool:
        return self.project_open


def make_sources(n_texts: int = 9, sentences: int = 8) -> list[SourceText]:
    """Texts on one theme each, speaker ``locuteur`` and ``annee`` variables, document offsets 5."""
    rng = random.Random(3)
    out = []
    for t in range(n_texts):
        theme = list(THEMES)[t % 3]
        text = " ".join(" ".join(rng.choice(THEMES[theme]) if rng.random() < 0.6 else rng.choice(TOOLS)
                                 for _ in range(10)) + "." for _ in range(sentences))
        out.append(SourceText(f"d{t + 1}:0", text + " Les ouvriers et les enfants.",
                              {"locuteur": SPEAKERS[t % 3], "annee": str(2000 + t % 3)}, 5))
    return out


@lru_cache(maxsize=1)
def corpus():
    """The prepared test corpus (built once)."""
    return runs.prepare(make_sources(), MemoryCache(), PrepParams(min_freq=2), lexicon=LEXICON)


def stats_result():
    return runs.run_stats(corpus())


def similarity_result():
    return runs.run_similarity(corpus(), SimilarityParams(top_n=25, tree=False))


def specificities_result():
    return runs.run_specificities(corpus(), "annee")


def kwic_result(query: str = "ouvrier", by: str = "lemma") -> KwicResult:
    return runs.run_kwic(corpus(), query, by=by, chars=30)


def is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and not QImage(str(path)).isNull()


def is_svg(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "<svg" in text and "</svg>" in text


# ----------------------------------------------------------------------------------------- tests
class Pairs(RowsModel):
    def sort_value(self, row, column):
        return row[column] if column == 1 else str(row[0]).casefold()


def test_rows_model_and_filter_proxy(qtmodeltester, qapp):
    model = Pairs([("b", 2), ("a", 10), ("c", 1)], ["name", "n"])
    qtmodeltester.check(model)
    proxy = FilterProxy(model, (0,))
    qtmodeltester.check(proxy)
    proxy.sort(1)
    assert [r[0] for r in proxy.source_rows()] == ["c", "b", "a"]  # numbers sort as numbers
    proxy.set_text("A")
    assert [r[0] for r in proxy.source_rows()] == ["a"]
    proxy.set_text("")
    proxy.set_predicate(lambda r: r[1] > 1)
    assert sorted(r[0] for r in proxy.source_rows()) == ["a", "b"]
    assert model.table() == (["name", "n"], [["b", "2"], ["a", "10"], ["c", "1"]])


def test_write_table_csv_and_xlsx(tmp_path):
    rows = [("équipe", 3), ("=1+1", 2)]
    csv_path = write_table(tmp_path / "t.csv", ["form", "n"], rows)
    # a cell a spreadsheet would run as a formula is escaped in CSV (issue 12); XLSX keeps it as text
    assert csv_path.read_text(encoding="utf-8-sig").splitlines() == ["form,n", "équipe,3", "'=1+1,2"]
    xlsx = write_table(tmp_path / "t.xlsx", ["form", "n"], rows, sheet="Fréquences")
    sheet = load_workbook(xlsx).active
    assert sheet.title == "Fréquences"
    assert [[c.value for c in r] for r in sheet.iter_rows()] == [["form", "n"], ["équipe", 3], ["=1+1", 2]]
    with pytest.raises(ValueError):
        write_table(tmp_path / "t.txt", ["a"], [])


def test_save_scene_png_and_svg(qapp, tmp_path):
    scene = QGraphicsScene()
    scene.addText("Bonjour l'équipe")
    scene.addEllipse(0, 0, 40, 40)
    assert is_png(save_scene(scene, tmp_path / "s.png"))
    assert QImage(str(tmp_path / "s.png")).width() >= 2 * scene.itemsBoundingRect().width()
    assert is_svg(save_scene(scene, tmp_path / "s.svg"))


def test_kwic_lines_carry_variables_and_spans():
    result = kwic_result()
    line = result.lines[0]
    assert line.variables["locuteur"] in SPEAKERS and "annee" in line.variables
    text = corpus().sources[0].text
    s0, s1 = line.sentence
    sentence = text[s0 - 5: s1 - 5]
    assert sentence.endswith(".") and "." not in sentence[:-1] and line.keyword in sentence
    c0, c1 = line.context
    assert c0 <= line.start and c1 >= line.end and c1 - c0 <= 30 * 2 + 30
    again = load_result(result.to_bytes())
    assert again.lines[0] == line
    old = KwicLine("d1:0", 1, 0, 5, 10, "a", "b", "c")  # results saved before the new fields
    assert old.variables == {} and old.sentence is None


def test_sentence_and_context_spans():
    text = "Bonjour. Je suis infirmière de nuit ! Et « la fatigue » arrive vite.\nAutre ligne"
    i = text.index("infirmière")
    assert text[slice(*runs.sentence_span(text, i, i + 10))] == "Je suis infirmière de nuit !"
    i = text.index("Autre")
    assert text[slice(*runs.sentence_span(text, i, i + 5))] == "Autre ligne"
    i = text.index("infirmière")
    assert text[slice(*runs.context_span(text, i, i + 10, chars=None, words=2))] == "Je suis infirmière de nuit"
    assert text[slice(*runs.context_span(text, i, i + 10, chars=6))] == "suis infirmière de nuit"


def test_table_cells_show_small_p_values_readably():
    from app.lexviews.reinert_tables import format_cell

    assert [format_cell(v) for v in (3, 12.345, 0.0487, 0.00126, 3.2e-7, 0.0, None, True)] == \
        ["3", "12.35", "0.05", "0.0013", "3.2e-07", "0.00", "", "True"]
