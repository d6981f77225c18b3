"""``verbatim-cli lex ...`` run in-process: outputs written, errors as exit code 2.

spaCy is replaced by a tiny rule-based annotator (monkeypatched into :mod:`app.analysis.runs`), so these
tests stay fast; the real model is exercised in test_analysis_runs.py.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from pathlib import Path

import pytest

import app.analysis.runs as runs_module
from app.cli.main import main
from lexical.annotate import summarize

THEMES = (["usine", "salaire", "ouvrier", "patron", "grève", "machine", "atelier", "contrat"],
          ["enfant", "mère", "père", "maison", "repas", "école", "frère", "soeur"],
          ["médecin", "hôpital", "malade", "soin", "douleur", "infirmière", "traitement", "docteur"])
TOOLS = {"le": "DET", "la": "DET", "les": "DET", "et": "CCONJ", "de": "ADP", "dans": "ADP"}


class FakeAnnotator:
    """Whitespace tokens; tool words tagged from TOOLS, a final ``s`` stripped for the lemma."""

    version = "fake-1"

    def processes_for(self, total_chars: int) -> int:
        return 1

    def annotate(self, texts, n_process=1):  # noqa: ANN001, ANN201 - the SpacyAnnotator interface
        for text in texts:
            words = text.replace(".", " ").replace("*", " ").split()
            yield summarize((w, w.lower().rstrip("s") if len(w) > 3 else w.lower(), TOOLS.get(w.lower(), "NOUN"))
                            for w in words)


@pytest.fixture(autouse=True)
def fake_spacy(monkeypatch):
    monkeypatch.setattr(runs_module, "SpacyAnnotator", FakeAnnotator)


@pytest.fixture(scope="module")
def iramuteq_file(tmp_path_factory) -> Path:
    rng = random.Random(3)
    lines = []
    for t in range(12):
        pool = THEMES[t % 3]
        lines.append(f"**** *annee_{2000 + t % 3} *theme_{t % 3}")
        words = [rng.choice(pool) if rng.random() < 0.6 else rng.choice(list(TOOLS)) for _ in range(150)]
        lines.append(" ".join(w + ("." if i % 12 == 11 else "") for i, w in enumerate(words)) + " les ouvriers.")
    path = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> int:
    return main(["lex", *args])


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_matrix(path: Path, rows: list[str]) -> None:
    ones = [(i + 1, j + 1) for i, row in enumerate(rows) for j, ch in enumerate(row) if ch != "0"]
    values = [row[j - 1] for i, j in ones for row in [rows[i - 1]]]
    body = "".join(f"{i} {j} {v}\n" for (i, j), v in zip(ones, values))
    path.write_text(f"%%MatrixMarket matrix coordinate integer general\n{len(rows)} {len(rows[0])} {len(ones)}\n{body}")


def test_stats_writes_summary_frequencies_and_zipf(iramuteq_file, tmp_path, capsys):
    out = tmp_path / "stats"
    assert run("stats", str(iramuteq_file), "--out", str(out), "--no-cache", "--quiet") == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["texts"] == 12 and summary["segments"] > 12 and summary["lemmas"] < summary["forms"]
    freq = read_csv(out / "frequencies.csv")
    assert list(freq[0]) == ["lemma", "freq", "pos", "status"]
    assert sum(int(r["freq"]) for r in freq) == summary["occurrences"]
    assert (out / "zipf.png").stat().st_size > 1000
    assert json.loads(capsys.readouterr().out)["segments"] == summary["segments"]
    assert run("stats", str(iramuteq_file), "--out", str(tmp_path / "f"), "--no-cache", "--quiet", "--no-lemmas") == 0
    assert list(read_csv(tmp_path / "f" / "frequencies.csv")[0])[0] == "form"


def test_reinert_simi_spec_kwic_on_a_file(iramuteq_file, tmp_path, capsys):
    out = tmp_path / "r"
    assert run("reinert", str(iramuteq_file), "--out", str(out), "--nbcl-p1", "6", "--no-cache", "--quiet") == 0
    segments, classes = read_csv(out / "segments.csv"), read_csv(out / "segment_class.csv")
    assert len(segments) == len(classes) and segments[0]["document"] == "0"
    assert {"class", "form", "kind", "chi2", "p", "n_in_class", "n_total"} <= set(read_csv(out / "profiles.csv")[0])
    assert (out / "dendrogram.png").exists() and (out / "ca.png").exists()
    assert "classes" in capsys.readouterr().out
    assert run("simi", str(iramuteq_file), "--out", str(tmp_path / "s"), "--top", "15", "--no-cache", "--quiet") == 0
    assert len(read_csv(tmp_path / "s" / "edges.csv")) == 14 and (tmp_path / "s" / "graph.png").exists()
    assert len(read_csv(tmp_path / "s" / "nodes.csv")) == 15
    assert run("spec", str(iramuteq_file), "--out", str(tmp_path / "p"), "--variable", "theme", "--no-cache",
               "--quiet") == 0
    header = list(read_csv(tmp_path / "p" / "specificities.csv")[0])
    assert header[:4] == ["form", "0", "1", "2"] and (tmp_path / "p" / "ca.png").exists()
    capsys.readouterr()
    assert run("kwic", str(iramuteq_file), "--out", str(tmp_path / "k"), "--lemma", "ouvrier", "--no-cache",
               "--quiet", "--where", "annee=2001") == 0
    lines = read_csv(tmp_path / "k" / "kwic.csv")
    assert lines and {r["keyword"] for r in lines} <= {"ouvrier", "ouvriers"}
    assert {r["document"].split(".")[0] for r in lines} <= {"1", "4", "7", "10"}
    assert len(capsys.readouterr().out.splitlines()) == len(lines)


def test_reinert_matrix_with_forms(tmp_path):
    rows = ["1111000000"] * 8 + ["0000111000"] * 8 + ["0000000111"] * 8 + ["1000100000"]
    write_matrix(tmp_path / "m.csv", rows)
    (tmp_path / "actives.txt").write_text("\n".join(f"f{j}" for j in range(10)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("reinert", "--matrix", str(tmp_path / "m.csv"), "--forms", str(tmp_path / "actives.txt"),
               "--nbcl-p1", "3", "--mincl", "2", "--out", str(out), "--quiet") == 0
    labels = [int(r["class"]) for r in read_csv(out / "segment_class.csv")]
    groups = Counter(zip([i // 8 for i in range(24)], labels[:24]))
    assert len(groups) == 3 and all(n == 8 for n in groups.values())
    assert {r["form"] for r in read_csv(out / "profiles.csv")} <= {f"f{j}" for j in range(10)}


@pytest.mark.parametrize("args, message", [
    (["stats", "absent.txt"], "no such file"),
    (["stats"], "INPUT is required"),
    (["reinert", "--matrix", "{bin}"], "not binary"),
    (["spec", "{corpus}", "--variable", "age", "--no-cache"], "unknown variable 'age'"),
    (["stats", "{corpus}", "--code", "A/B"], "project"),
    (["stats", "{corpus}", "--where", "annee=1999", "--no-cache"], "empty"),
    (["stats", "{corpus}", "--where", "annee"], "ATTR=VALUE"),
])
def test_errors_exit_2(args, message, iramuteq_file, tmp_path, capsys):
    write_matrix(tmp_path / "bin.csv", ["1200", "0011"])
    args = [a.format(bin=tmp_path / "bin.csv", corpus=iramuteq_file) for a in args]
    assert run(*args, "--out", str(tmp_path / "o"), "--quiet") == 2
    assert message in capsys.readouterr().err


def test_project_input_with_code_and_interviewer(tmp_path):
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from coding.testing import make_project, transcript
    from coding.types import Span
    from corpus.cases import CaseService
    from corpus.documents import CorpusService

    text = "".join(f"Enq : question {i} ?\nMarie : le salaire et la fatigue de nuit {i}.\n" for i in range(6))
    project = make_project(tmp_path / "p.vbt", [transcript("Entretien", text)])
    CaseService(project).set_interviewer({c.name: c.id for c in CaseService(project).cases()}["Enq"], True)
    code = CodebookService(project).create("Salaire")
    start = text.index("le salaire")
    CodingService(project).apply(code.id, [Span(CorpusService(project).documents()[0].id, start, start + 10)], "t")
    project.close()
    out = tmp_path / "k"
    assert run("kwic", str(tmp_path / "p.vbt"), "--form", "salaire", "--code", "Salaire", "--out", str(out),
               "--quiet") == 0
    (line,) = read_csv(out / "kwic.csv")
    assert int(line["start"]) == start + 3 and line["document"].isdigit()
    assert run("kwic", str(tmp_path / "p.vbt"), "--form", "question", "--exclude-interviewer", "--out", str(out),
               "--quiet") == 0
    assert read_csv(out / "kwic.csv") == []


def test_reinert_matrix_gives_the_iramuteq_reference_partition(shared_corpora, tmp_path, capsys):
    ref = shared_corpora / "rainette_manifeste_pc" / "iramuteq_ref_lexique"
    out = tmp_path / "ref"
    assert run("reinert", "--matrix", str(ref / "iramuteq_simple_nbclp1_10" / "TableUc1.csv"), "--forms",
               str(ref / "iramuteq_corpus" / "actives.txt"), "--out", str(out), "--quiet") == 0
    # 10 phase-1 leaves, 4 classes (and 0): the small branches are said, with the way to keep them
    assert "phase-1 branch(es) of fewer than 32 segments" in capsys.readouterr().out
    expected = [int(r["class"]) for r in read_csv(ref / "iramuteq_simple_nbclp1_10" / "segment_class.csv")]
    got = [int(r["class"]) for r in read_csv(out / "segment_class.csv")]
    pairs = set(zip(expected, got))
    assert len(got) == 317 and len(pairs) == len(set(expected)) == len(set(got)) == 5  # a bijection
    assert (0, 0) in pairs


# ------------------------------------------------------------------------------- lemmatisers
LEMMA_TEXT = ("La jeunesse ne parle pas de télépratiques. Les jeunesses parlent, hein, de la télépratique "
              "et de la jeunesse.\n")


@pytest.fixture()
def lemma_file(tmp_path) -> Path:
    path = tmp_path / "jeunesse.txt"
    path.write_text(LEMMA_TEXT, encoding="utf-8")
    return path


def _frequencies(out: Path) -> dict[str, tuple[str, str, str]]:
    return {r["lemma"]: (r["freq"], r["pos"], r["status"]) for r in read_csv(out / "frequencies.csv")}


def test_lemmatiser_dictionary_is_the_default_and_needs_no_spacy(lemma_file, tmp_path, monkeypatch):
    class NoSpacy:
        def __init__(self, *args, **kwargs):
            raise AssertionError("spaCy used in dictionary mode")

    monkeypatch.setattr(runs_module, "SpacyAnnotator", NoSpacy)
    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "stats"
    assert run("stats", str(lemma_file), "--out", str(out), "--quiet") == 0
    freq = _frequencies(out)
    assert freq["jeunesse"] == ("3", "nom", "active") and freq["parler"][2] == "active"
    assert freq["télépratiques"] == ("1", "nr", "active")  # unknown to the dictionary: its own lemma
    for word in ("ne", "pas", "hein"):
        assert freq[word][2] == "supplementary", word
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["lemmas"] == len(freq)
    assert not (tmp_path / "cache" / "annotations").exists()  # no annotation cache in dictionary mode
    kwic = tmp_path / "kwic"
    assert run("kwic", str(lemma_file), "--lemma", "jeunesse", "--out", str(kwic), "--quiet") == 0
    hits = read_csv(kwic / "kwic.csv")
    assert [LEMMA_TEXT[int(h["start"]):int(h["end"])] for h in hits] == ["jeunesse", "jeunesses", "jeunesse"]


def test_lemmatiser_spacy_keeps_only_words(lemma_file, tmp_path):
    out = tmp_path / "stats"
    # the fake annotator strips a final "s": "télépratiques" -> "télépratique", not a dictionary lemma
    assert run("stats", str(lemma_file), "--lemmatiser", "spacy", "--out", str(out), "--quiet", "--no-cache") == 0
    freq = _frequencies(out)
    assert freq["jeunesse"][0] == "3"
    assert freq["télépratiques"] == ("1", "nom", "active")  # spaCy's tag, the form as lemma
    assert freq["télépratique"] == ("1", "nom", "active")
    prep = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert prep["lemmas"] == len(freq)


def test_lemmatiser_unknown_is_a_usage_error(lemma_file, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        run("stats", str(lemma_file), "--lemmatiser", "treetagger", "--out", str(tmp_path / "x"))
    assert exc.value.code == 2
    assert "--lemmatiser" in capsys.readouterr().err
