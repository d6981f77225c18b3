"""Acceptance check "as a user would": transcripts of every kind go through ``verbatim-cli import`` and
``info --json`` / ``show`` must report what a person reads in them (speakers, turns, exact sentences).

The files come from ``tests/corpus/user_check/make_fixtures.py`` (generated at test time), except the
LibreOffice conversions (``.odt``, ``.rtf``, ``.pdf``) committed beside it.
"""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from app.cli.main import main

HERE = Path(__file__).resolve().parent / "user_check"
sys.path.insert(0, str(HERE))
import make_fixtures as fx  # noqa: E402

LEFEVRE = ["Enquêtrice", "Mme Lefèvre"]
LEFEVRE_SENTENCES = [
    "Enquêtrice : Bonjour, merci d’avoir accepté cet entretien.",
    "Mme Lefèvre : Alors… une journée ordinaire, ça commence à 6 h 45.",
    "Vous parlez souvent de « l’équipe ». Qu’est-ce qu’elle représente pour vous ?",
    "Pseudonyme\tÂge\tAncienneté\nMme Lefèvre\t47 ans\t22 ans\n",
    "tout le monde le sent.\nPar exemple l’hiver dernier, on était trois pour vingt-huit résidents.",
]
ROUX = ["Enq", "Mme Roux"]
ROUX_SENTENCES = ["Mme Roux : Oui… depuis 1995. C’était « naturel » dans l’usine, avec mon cœur de métier.",
                  "les jeunes ne s’engagent plus, c’est un crève-cœur."]
QR_SENTENCES = ["Q : Depuis combien de temps êtes-vous installé ?",
                "R : Les normes, surtout. Il faut tout noter, tout déclarer.\nEt puis le prix du lait, évidemment."]

# key: (speakers in order of appearance, turns per speaker, exact passages of the stored text)
TRANSCRIPTS = {
    "docx": (LEFEVRE, [3, 3], LEFEVRE_SENTENCES),
    "odt": (LEFEVRE, [3, 3], LEFEVRE_SENTENCES),
    "rtf": (LEFEVRE, [3, 3], LEFEVRE_SENTENCES),
    "pdf": (LEFEVRE, [3, 3], LEFEVRE_SENTENCES),
    "brackets": (["Nadia", "Karim", "Sophie", "Bernard"], [3, 2, 2, 1],
                 ["[00:00:31] Karim: Franchement, ça s'est amélioré depuis l'an dernier.\n"
                  "Les menus sont affichés, on sait ce qu'ils mangent.",
                  "[00:01:15] Bernard: Je peux ajouter quelque chose ?"]),
    "parens": (["Mme Diallo", "M. Perrin", "Mme Costa"], [3, 2, 1],
               ["Mme Costa (00:00:30) : Pareil au 4e étage. On devrait faire une lettre commune."]),
    "qr": (["Q", "R"], [3, 3], QR_SENTENCES),
    "crlf": (["Q", "R"], [3, 3], QR_SENTENCES),
    "cr": (["Q", "R"], [3, 3], QR_SENTENCES),
    "p": (["ANIMATRICE", "P1", "P2", "P3", "P4", "P5", "P6"], [3, 2, 1, 1, 1, 1, 1],
          ["P6 : Moi je ne sors presque pas, à cause de ça justement."]),
    "cp1252": (ROUX, [2, 2], ROUX_SENTENCES),
    "utf16": (ROUX, [2, 2], ROUX_SENTENCES),
    "bom": (ROUX, [2, 2], ROUX_SENTENCES),
    "zoom": (["Claire Morvan", "Thomas Le Gall", "Élodie Bernard"], [2, 2, 1],
             ["Claire Morvan : Bonjour à tous, je lance l'enregistrement. Est-ce que tout le monde m'entend bien ?",
              "Élodie Bernard : Oui, moi aussi. Par contre je devrai partir à 11:30."]),
    "teams": (["Sophie Durand", "Marc Lemoine"], [2, 2],
              ["Sophie Durand : Parfait. On parle de votre reconversion & de la formation. "
               "Comment l'idée vous est-elle venue ?"]),
    "srt": (["ENQ", "YANN"], [2, 2],
            ["YANN : Yann, 34 ans, je suis boulanger à Quimper depuis dix ans."]),
}
INTERVIEWERS = {"Enquêtrice", "Enq", "Q", "ENQ", "ANIMATRICE"}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("user_check")
    paths = fx.write_text_fixtures(folder)
    paths.update(fx.write_docx_fixtures(folder))
    for fmt in ("odt", "rtf", "pdf"):
        paths[fmt] = HERE / f"entretien_lefevre.{fmt}"
    paths["report"] = HERE / "rapport_colonnes.pdf"
    paths["protected_pdf"] = HERE / "protege.pdf"
    return paths


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run verbatim-cli in-process; return (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def info(capsys, project: Path) -> dict:
    code, out, err = cli(capsys, "info", project, "--json")
    assert code == 0, err
    return json.loads(out)


def imported(capsys, tmp_path: Path, *paths: Path, extra: tuple[str, ...] = ()) -> tuple[Path, dict]:
    """A new project with ``paths`` imported through the CLI, and its ``info --json``."""
    project = tmp_path / "projet.vbt"
    assert cli(capsys, "new", project)[0] == 0
    code, out, err = cli(capsys, "import", project, *paths, *extra)
    assert code == 0, err
    assert out.startswith("imported ")
    return project, info(capsys, project)


def show(capsys, project: Path, document: str | int) -> str:
    code, out, err = cli(capsys, "show", project, document)
    assert code == 0, err
    return out


@pytest.mark.parametrize("key", sorted(TRANSCRIPTS))
def test_transcript_reads_as_a_person_reads_it(capsys, tmp_path, files, key):
    speakers, turns, sentences = TRANSCRIPTS[key]
    project, data = imported(capsys, tmp_path, files[key])
    [document] = data["documents"]
    assert document["kind"] == "transcript"
    assert document["speakers"] == speakers
    assert document["turns"] == sum(turns)
    cases = {case["name"]: case for case in data["cases"]}
    assert list(cases) == speakers
    assert [cases[name]["turns"] for name in speakers] == turns
    assert {name for name, case in cases.items() if case["interviewer"]} == INTERVIEWERS & set(speakers)
    text = show(capsys, project, document["name"])
    assert unicodedata.is_normalized("NFC", text) and "\r" not in text and "\ufeff" not in text
    for sentence in sentences:  # Word's non-breaking space before ":" is kept; compare without it
        assert sentence in text.replace("\u00a0", " ")
    if key in ("docx", "odt", "rtf", "pdf"):
        assert "Enquêtrice\u00a0: Bonjour" in text and "Date\u00a0: 14 mars 2023" in text


def test_same_interview_in_every_office_format_gives_the_same_text(capsys, tmp_path, files):
    texts = {}
    for fmt in ("docx", "odt", "rtf", "pdf"):
        (tmp_path / fmt).mkdir()
        project, data = imported(capsys, tmp_path / fmt, files[fmt])
        texts[fmt] = show(capsys, project, data["documents"][0]["id"])
    assert texts["docx"] == texts["odt"] == texts["rtf"]
    assert texts["pdf"] == texts["docx"].replace("22 ans\n\n", "22 ans\n")  # a PDF has no empty paragraph


def test_turn_offsets_cover_the_speech(tmp_path, files):
    from corpus.documents import CorpusService
    from corpus.store.project import Project

    with Project.create(tmp_path / "p.vbt") as project:
        corpus = CorpusService(project)
        corpus.import_files([files["docx"]])
        document = corpus.documents()[0]
        text = corpus.document(document.id).text
        last = corpus.turns(document.id)[-1]
        assert text[last.start:last.content_start] == "Mme Lefèvre\u00a0: "
        assert text[last.content_start:last.end].endswith("vingt-huit résidents.")


def test_multi_column_report_pdf(capsys, tmp_path, files):
    project, data = imported(capsys, tmp_path, files["report"])
    [document] = data["documents"]
    assert document["kind"] == "text" and document["turns"] == 0 and data["cases"] == []
    text = show(capsys, project, document["id"])
    for sentence in fx.REPORT_SENTENCES:
        assert sentence in text
    assert "Observatoire régional" not in text and "Page " not in text  # header and footer dropped
    assert "\ufb01" not in text and "-\n" not in text and "organi-" not in text
    paragraphs = text.strip().split("\n")
    assert len(paragraphs) == 2 + len(fx.REPORT_PARAGRAPHS)  # title, introduction, paragraphs
    assert paragraphs[2].startswith("Les entretiens montrent")  # left column read first
    assert paragraphs[3].startswith("Le sentiment d’isolement")


@pytest.mark.parametrize("key", ["csv", "xlsx"])
def test_survey_rows_become_documents_with_attributes(capsys, tmp_path, files, key):
    project = tmp_path / "projet.vbt"
    cli(capsys, "new", project)
    code, out, err = cli(capsys, "import", project, files[key])
    assert code == 0 and "row 3 (id R003): empty answer, skipped" in err
    data = info(capsys, project)
    names = [d["name"] for d in data["documents"]]
    assert names == [f"enquete_soignants – {r}" for r in ("R001", "R002", "R004")]
    second = data["documents"][1]
    assert second["kind"] == "survey"
    assert second["attributes"]["Commune"] == "Morlaix" and second["attributes"]["Âge"] == "51"
    if key == "xlsx":
        assert second["attributes"]["Date de saisie"] == "2023-05-02"
    assert show(capsys, project, second["id"]) == (
        "Par hasard.\nJ'ai commencé comme brancardier, puis j'ai passé le concours.\n\nJe ne regrette pas.\n"
    )
    assert show(capsys, project, data["documents"][2]["id"]).startswith('Le contact avec les "patients"')


def test_survey_text_column_chosen_on_the_command_line(capsys, tmp_path, files):
    _project, data = imported(capsys, tmp_path, files["csv"], extra=("--text-column", "Commune",
                                                                     "--id-column", "N° répondant"))
    assert [d["name"] for d in data["documents"]][0] == "enquete_soignants – R001"
    assert len(data["documents"]) == 4


def test_iramuteq_corpus(capsys, tmp_path, files):
    project, data = imported(capsys, tmp_path, files["iramuteq"])
    first, second = data["documents"]
    assert (first["name"], second["name"]) == ("entretien_01", "entretien_02")
    assert first["attributes"] == {"entretien": "01", "age": "", "sexe": "f"}
    assert second["attributes"]["age"] == "45"
    assert show(capsys, project, first["id"]) == (
        "je travaille de nuit depuis dix ans\nc'est un rythme qu'on finit par aimer\n"
        "mes enfants ne me voient pas le matin\n"
    )
    assert sorted(data["attributes"]) == ["age", "entretien", "sexe"]


def test_no_speakers_flag(capsys, tmp_path, files):
    _project, data = imported(capsys, tmp_path, files["qr"], extra=("--no-speakers",))
    assert data["documents"][0]["turns"] == 0 and data["cases"] == []


# --- bad input ---------------------------------------------------------------------------------------
def _bad_files(folder: Path, files: dict[str, Path]) -> dict[str, Path]:
    docx = files["docx"].read_bytes()
    contents = {
        "vide.txt": b"",
        "tronque.docx": docx[: len(docx) // 2],
        "binaire.txt": bytes(range(256)) * 20,
        "protege.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
        + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
        "audio.mp3": b"ID3\x03\x00",
    }
    paths = {}
    for name, data in contents.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    paths["protege.pdf"] = files["protected_pdf"]
    return paths


BAD_REASONS = {
    "vide.txt": "the file is empty",
    "tronque.docx": "damaged or truncated",
    "binaire.txt": "binary content",
    "protege.docx": "password-protected",
    "protege.pdf": "password-protected",
    "audio.mp3": "unsupported file type '.mp3'",
}


@pytest.fixture()
def project_with_one(capsys, tmp_path, files) -> tuple[Path, dict]:
    return imported(capsys, tmp_path, files["brackets"])


@pytest.mark.parametrize("name", sorted(BAD_REASONS))
def test_bad_file_is_refused_and_project_unchanged(capsys, tmp_path, files, project_with_one, name):
    project, before = project_with_one
    bad = _bad_files(tmp_path, files)[name]
    code, out, err = cli(capsys, "import", project, files["zoom"], files["srt"], bad)
    assert code == 2 and out == ""
    assert err.startswith(f"verbatim-cli: error: {name}: ") and BAD_REASONS[name] in err
    assert "nothing was imported" in err
    assert info(capsys, project) == before


def test_missing_file_folder_and_wrong_column(capsys, tmp_path, files, project_with_one):
    project, before = project_with_one
    code, _out, err = cli(capsys, "import", project, files["zoom"], tmp_path / "absent.txt")
    assert code == 2 and "absent.txt: no such file" in err
    code, _out, err = cli(capsys, "import", project, tmp_path)
    assert code == 2 and "this is a folder" in err
    code, _out, err = cli(capsys, "import", project, files["csv"], "--text-column", "Q99")
    assert code == 2 and "no column 'Q99'" in err and "'Commune'" in err
    assert info(capsys, project) == before


def test_project_that_is_not_a_project(capsys, tmp_path, files):
    for target in (files["qr"], tmp_path / "nulle_part.vbt"):
        code, out, err = cli(capsys, "import", target, files["zoom"])
        assert code == 2 and out == "" and err.startswith("verbatim-cli: error:")
    assert files["qr"].read_bytes() == fx.QR.encode("utf-8")  # the "project" was not touched


def test_same_file_twice_is_reported_not_duplicated(capsys, tmp_path, files, project_with_one):
    project, before = project_with_one
    copy = tmp_path / "copie.txt"
    shutil.copy(files["brackets"], copy)
    code, out, err = cli(capsys, "import", project, files["brackets"], copy)
    assert code == 0 and out.startswith("imported 0 document(s)")
    assert "skipped focus_cantine.txt" in err and "skipped copie.txt" in err
    code, out, err = cli(capsys, "import", project, files["qr"], files["qr"])
    assert code == 0 and out.startswith("imported 1 document(s), 6 turn(s)") and "skipped" in err
    assert len(info(capsys, project)["documents"]) == len(before["documents"]) + 1


def test_unreadable_file(capsys, tmp_path, files, project_with_one, monkeypatch):
    # Simulated: tests may run as root, who reads every file whatever its mode.
    project, before = project_with_one
    locked = tmp_path / "verrou.txt"
    locked.write_text("Q : a\nR : b\n")
    real_read = Path.read_bytes

    def refuse(self):
        if self.name == "verrou.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _out, err = cli(capsys, "import", project, locked)
    assert code == 2 and "verrou.txt: the file cannot be read (Permission denied)" in err
    assert info(capsys, project) == before
