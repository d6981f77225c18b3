"""Word .docx import (corpus.importers.docx)."""

from __future__ import annotations

import docx
import pytest

from corpus.importers import ImportFailure, read_file


def _make_docx(path):
    document = docx.Document()
    document.add_heading("Entretien « Marie » 😀", level=1)
    document.add_paragraph("Enq : Bonjour, c’est l’œuvre d’une vie ?")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Marie"
    table.cell(0, 1).text = "Oui, déjà."
    table.cell(1, 0).text = "Enq"
    table.cell(1, 1).text = "Très bien."
    paragraph = document.add_paragraph("Marie : Première ligne")
    paragraph.add_run().add_break()
    paragraph.add_run("seconde ligne\tavec tabulation")
    grid = document.add_table(rows=1, cols=3)
    for index, value in enumerate(["Âge", "Ville", "Métier"]):
        grid.cell(0, index).text = value
    document.add_paragraph("Fin.")
    document.save(path)
    return path


def test_docx_paragraphs_and_tables_in_reading_order(tmp_path):
    (doc,) = read_file(_make_docx(tmp_path / "entretien.docx"))
    assert doc.text.split("\n") == [
        "Entretien « Marie » 😀",
        "Enq : Bonjour, c’est l’œuvre d’une vie ?",
        "Marie : Oui, déjà.",
        "Enq : Très bien.",
        "Marie : Première ligne",
        "seconde ligne\tavec tabulation",
        "Âge\tVille\tMétier",  # a block of its own, not part of the last turn (issue 13)
        "Fin.",
    ]
    assert doc.source_format == "docx"
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]
    last = doc.turns[-1]
    assert doc.text[last.content_start : last.end] == "Première ligne\nseconde ligne\tavec tabulation"


def test_docx_data_table_is_a_block_outside_the_speaker_turn(tmp_path):
    document = docx.Document()
    document.add_paragraph("Enq : Vous pouvez décrire votre équipe ?")
    document.add_paragraph("Marie : Oui, voici le planning.")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Jour", "Équipe", "Horaires"], ["Lundi", "Nuit", "21h-7h"], ["Mardi", "", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Enq : Merci.")
    document.add_paragraph("Marie : De rien.")
    path = tmp_path / "planning.docx"
    document.save(path)
    (doc,) = read_file(path)
    lines = doc.text.split("\n")
    at = lines.index("Jour\tÉquipe\tHoraires")
    assert lines[at + 1 : at + 3] == ["Lundi\tNuit\t21h-7h", "Mardi"]
    marie = next(t for t in doc.turns if t.speaker == "Marie")
    assert doc.text[marie.content_start : marie.end] == "Oui, voici le planning."
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]


def test_docx_truncated(tmp_path):
    data = _make_docx(tmp_path / "ok.docx").read_bytes()
    broken = tmp_path / "coupé.docx"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFailure, match="damaged or truncated") as info:
        read_file(broken)
    assert "coupé.docx" in str(info.value)


def test_docx_encrypted(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(ImportFailure, match="password-protected"):
        read_file(path)


def test_docx_legacy_doc_renamed(tmp_path):
    path = tmp_path / "vieux.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ImportFailure, match="old binary file"):
        read_file(path)


def test_docx_not_a_zip_and_zip_without_document(tmp_path):
    path = tmp_path / "faux.docx"
    path.write_bytes(b"Ceci n'est pas un document Word.")
    with pytest.raises(ImportFailure, match="Word document is not valid"):
        read_file(path)
    import zipfile

    other = tmp_path / "autre.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "salut")
    with pytest.raises(ImportFailure, match="cannot be read"):
        read_file(other)


def test_docx_empty_document(tmp_path):
    path = tmp_path / "vide.docx"
    docx.Document().save(path)
    with pytest.raises(ImportFailure, match="no text"):
        read_file(path)
