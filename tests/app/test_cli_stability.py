"""``verbatim-cli lex reinert --matrix M --stability B``: stability.csv and segment_stability.csv on a planted
matrix; strong classes are labelled stable, the dendrogram carries the marks."""

from __future__ import annotations

import csv

import numpy as np
from PySide6.QtCore import Qt

from app.analysis import drawing
from app.analysis.params import ReinertParams
from app.analysis.runs import run_reinert_matrix
from app.cli.main import main
from lexical.matrix_io import write_matrix
from tests.lexical.test_stability import planted


def test_cli_writes_stability_tables(tmp_path, capsys):
    X = planted(3, 150, purity=0.7)
    write_matrix(tmp_path / "m.mtx", X)
    (tmp_path / "forms.txt").write_text("\n".join(f"w{j}" for j in range(X.shape[1])) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["lex", "reinert", "--matrix", str(tmp_path / "m.mtx"), "--forms", str(tmp_path / "forms.txt"),
                 "--nbcl-p1", "4", "--stability", "8", "--out", str(out)])
    assert code == 0
    rows = list(csv.DictReader((out / "stability.csv").open(encoding="utf-8")))
    assert [r["class"] for r in rows] == ["1", "2", "3"]
    assert all(r["label"] == "stable" and float(r["mean_jaccard"]) >= 0.75 for r in rows)
    assert all(float(r["recovered_share"]) == 1.0 for r in rows)
    segments = list(csv.DictReader((out / "segment_stability.csv").open(encoding="utf-8")))
    assert len(segments) == X.shape[0]
    shares = [float(s["share_in_class"]) for s in segments if s["share_in_class"]]
    assert np.mean(shares) > 0.9
    assert "stable" in capsys.readouterr().out


def test_cli_refuses_a_bad_stability_count(tmp_path, capsys):
    code = main(["lex", "reinert", "--matrix", str(tmp_path / "none.mtx"), "--stability", "1", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "--stability" in err and len(err.strip().splitlines()) == 1


def test_dendrogram_marks_follow_the_stability():
    X = planted(3, 120, purity=0.7)
    result = run_reinert_matrix(X, [f"w{j}" for j in range(X.shape[1])], ReinertParams(nbcl_p1=4, stability_runs=4))
    marks = drawing.stability_marks(result)
    assert marks and len(marks) == len(result.classes)
    assert all(m.startswith("stable") for m in marks)
    assert drawing.stability_marks(run_reinert_matrix(X, None, ReinertParams(nbcl_p1=4))) is None


def test_reinert_view_shows_the_stability(qtbot):
    from app.lexviews.reinert_view import ReinertView
    from tests.app.test_lexviews_common import FakeContext

    X = planted(3, 120, purity=0.7)
    result = run_reinert_matrix(X, [f"w{j}" for j in range(X.shape[1])], ReinertParams(nbcl_p1=4, stability_runs=4))
    view = ReinertView(result, FakeContext())
    qtbot.addWidget(view)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[-1] == "Stability"
    assert view.stability.model.rowCount() == len(result.classes)
    assert view.stability.model.row_values(0)[4] == "stable"
    view.refresh_profiles()
    assert "Stability of this class: stable" in view.profiles.note.text()
    view.codes_page.refresh()
    headers = [view.codes_page.table.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(2, view.codes_page.table.model.columnCount())]
    assert headers and all(h.endswith("\nstable") for h in headers)
    from app.lexviews.reinert_figures import dendrogram_figure

    fig = dendrogram_figure(result)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert sum(t.startswith("stable ·") for t in texts) == len(result.classes)
    plain = ReinertView(run_reinert_matrix(X, None, ReinertParams(nbcl_p1=4)), FakeContext())
    qtbot.addWidget(plain)
    assert plain.stability is None and "Stability" not in [plain.tabs.tabText(i) for i in range(plain.tabs.count())]


def test_reinert_profiles_name_the_kind_of_form_in_the_ui_language(qtbot, qapp, monkeypatch):
    from app.i18n import install_translators, remove_translators
    from app.lexviews import reinert_view
    from tests.app.test_lexviews_common import FakeContext

    result = run_reinert_matrix(planted(3, 120, purity=0.7), None, ReinertParams(nbcl_p1=4))
    raw = [["télétravail", "active", 12.0, 0.001, 5, 6, 83.3], ["nuit", "supplementary", 9.0, 0.002, 4, 5, 80.0],
           ["*lieu_Lyon", "modality", 7.0, 0.008, 3, 4, 75.0]]
    monkeypatch.setattr(reinert_view, "profile_rows", lambda *_args: [list(row) for row in raw])
    install_translators(qapp, "fr")
    try:
        view = reinert_view.ReinertView(result, FakeContext())
        qtbot.addWidget(view)
        view.refresh_profiles()
        kinds = {view.profiles.model.row_values(r)[0]: view.profiles.model.row_values(r)[1] for r in range(3)}
    finally:
        remove_translators(qapp)
    assert kinds == {"télétravail": "active", "nuit": "supplémentaire", "*lieu_Lyon": "modalité"}
