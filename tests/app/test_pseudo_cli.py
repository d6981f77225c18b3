"""``verbatim-cli pseudonymise``: detect (JSON, review table), apply the edited table, exit codes;
lexical statistics of the copy hold none of the replaced names."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from app.cli.main import main
from coding.testing import make_project, transcript
from corpus.messages import set_language
from corpus.store.project import Project

TEXT_A = ("Enquêteur : Où travaillez-vous ?\n"
          "Léa Martin : Chez Renault à Villeurbanne, avec Karim Benali. Karim est infirmier.\n"
          "Léa Martin : Mon numéro est le 06 12 34 56 78 et mon mail lea.martin@example.fr.\n")
TEXT_B = ("Enquêteur : Et vous ?\n"
          "Karim Benali : Je vis à Lyon depuis que Léa m'a trouvé ce travail au CHU de Grenoble.\n")
NAMES = ("Léa", "Martin", "Karim", "Benali", "Renault", "Villeurbanne", "Lyon", "Grenoble")


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "terrain.vbt"
    make_project(path, [transcript("Entretien 1", TEXT_A), transcript("Entretien 2", TEXT_B)]).close()
    set_language("en")
    yield path
    set_language(None)


def test_pseudo_cli_detect_json_lists_offsets_of_the_stored_text(original: Path, capsys):
    assert main(["pseudonymise", str(original), "--detect", "--json", "--no-ner"]) == 0
    found = json.loads(capsys.readouterr().out)
    texts = {"Entretien 1": TEXT_A, "Entretien 2": TEXT_B}
    assert found and all(set(d) == {"document", "start", "end", "text", "kind"} for d in found)
    for d in found:
        assert texts[d["document"]][d["start"]:d["end"]] == d["text"]
    kinds = {d["text"]: d["kind"] for d in found}
    assert kinds["06 12 34 56 78"] == "phone" and kinds["lea.martin@example.fr"] == "email"
    assert kinds["Léa Martin"] == "person" and kinds["Renault"] == "organisation" and kinds["Lyon"] == "place"


def test_pseudo_cli_review_then_apply_the_edited_table(original: Path, tmp_path: Path, capsys):
    review = tmp_path / "revue.csv"
    assert main(["pseudonymise", str(original), "--detect", "--review", str(review), "--no-ner"]) == 0
    with review.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:  # the user keeps Grenoble (a big town) and names Karim "Paul"
        if row["surface"] == "Grenoble":
            row["action"] = "reject"
        if row["surface"] in ("Karim", "Karim Benali"):
            row["replacement"] = "Paul"
    with review.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    copy = tmp_path / "copie.vbt"
    assert main(["pseudonymise", str(original), "--apply", str(review), "--out", str(copy)]) == 0
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    with Project.open(copy, readonly=True) as project:
        from corpus.documents import CorpusService

        texts = "\n".join(CorpusService(project).texts().values())
    assert "Paul" in texts and "Grenoble" in texts
    assert all(name not in texts for name in NAMES if name != "Grenoble")
    assert "revue.csv" in capsys.readouterr().out


def test_pseudo_cli_one_shot_and_lexical_forms_of_the_copy(original: Path, tmp_path: Path):
    copy, table = tmp_path / "copie.vbt", tmp_path / "table.csv"
    assert main(["pseudonymise", str(original), "--out", str(copy), "--table", str(table), "--no-ner"]) == 0
    assert table.is_file() and "Villeurbanne" in table.read_text(encoding="utf-8-sig")
    with Project.open(copy, readonly=True) as project:
        assert project.setting("title", "") == "" or "Martin" not in project.setting("title")
    out = tmp_path / "stats"
    assert main(["lex", "stats", str(copy), "--out", str(out), "--no-cache", "--quiet", "--no-lemmas"]) == 0
    with (out / "frequencies.csv").open(encoding="utf-8-sig", newline="") as handle:
        forms = {row["form"] for row in csv.DictReader(handle)}
    assert forms and not {name.lower() for name in NAMES} & forms
    assert not any(f.startswith("lea.") or "@" in f for f in forms)


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "{project}", "--table", "t.csv"], "new file"),
    (["--detect"], "--json"),
    (["--apply", "absent.csv", "--out", "c.vbt"], "absent.csv"),
    ([], "--out"),
])
def test_pseudo_cli_bad_input_is_one_line_and_code_2(original: Path, tmp_path: Path, capsys, args, message):
    args = [a.replace("{project}", str(original)) for a in args]
    args = [str(tmp_path / a) if a.endswith((".csv", ".vbt")) and "/" not in a else a for a in args]
    assert main(["pseudonymise", str(original), *args, "--no-ner"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_pseudo_cli_exports_take_the_table(original: Path, tmp_path: Path):
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from coding.types import Span

    with Project.open(original) as project:
        start = TEXT_A.index("Chez Renault")
        code = CodebookService(project).create("Travail").id
        CodingService(project).apply(code, [Span(1, start, start + len("Chez Renault à Villeurbanne"))], "alice")
    table = tmp_path / "table.csv"
    assert main(["pseudonymise", str(original), "--detect", "--review", str(table), "--no-ner"]) == 0
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    corpus, codings = tmp_path / "corpus.txt", tmp_path / "codings.csv"
    assert main(["export-iramuteq", str(original), str(corpus), "--pseudonymise", str(table)]) == 0
    assert main(["export-codings", str(original), str(codings), "--pseudonymise", str(table)]) == 0
    exported = corpus.read_text(encoding="utf-8")
    assert "infirmier" in exported and "Personne" in exported
    assert all(name not in exported for name in NAMES)
    exported_codings = codings.read_text(encoding="utf-8-sig")
    assert "Travail" in exported_codings and "Chez [Organisation" in exported_codings and "à [Ville" in exported_codings
    assert "Villeurbanne" not in exported_codings and "Renault" not in exported_codings
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    assert main(["export-iramuteq", str(original), str(tmp_path / "plain.txt")]) == 0
    assert "Villeurbanne" in (tmp_path / "plain.txt").read_text(encoding="utf-8")
