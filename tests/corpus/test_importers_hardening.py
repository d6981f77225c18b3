"""Importers keep what they can and say what they dropped, by line; limits are checked before memory is used."""

from __future__ import annotations

import zipfile

import pytest

from corpus.importers import ImportFailure, read_file
from corpus.importers.limits import MAX_ZIP_RATIO, zip_problem
from corpus.messages import set_language


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_mixed_utf8_and_cp1252_decoded_per_line(tmp_path):
    data = "Enquêtrice : Bonjour\n".encode() + "Marie : Ça dépend de l’été\n".encode("cp1252")
    (doc,) = read_file(_write(tmp_path, "mixte.txt", data))
    assert doc.text.startswith("Enquêtrice : Bonjour\n")
    assert "Ã" not in doc.text and "Ça dépend de l’été" in doc.text
    assert any("1 line was read as cp1252" in warning for warning in doc.warnings)


def test_nul_and_controls_after_20000_characters_replaced_and_counted(tmp_path):
    data = ("Marie : bonjour tout le monde\n" * 1000).encode() + b"Paul : a\x00b\x01c\n"
    (doc,) = read_file(_write(tmp_path, "nul.txt", data))
    assert "a\ufffdb\ufffdc" in doc.text and "\x00" not in doc.text
    assert any("2 control or invalid characters were replaced" in warning for warning in doc.warnings)


def test_vtt_broken_timing_kept_and_reported_by_line(tmp_path):
    data = (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Marie>Bonjour\n\n"
            b"00:00:zz.000 --> 00:00:04.000\n<v Paul>Salut\n\nsans minutage\n")
    (doc,) = read_file(_write(tmp_path, "cues.vtt", data))
    assert "Paul : Salut" in doc.text
    assert any("line 6: the cue's timing" in warning for warning in doc.warnings)
    assert any("line 9: a block without a timing line" in warning for warning in doc.warnings)


def test_textgrid_inverted_interval_refused_with_its_line(tmp_path):
    grid = ('File type = "ooTextFile"\nObject class = "TextGrid"\nxmin = 0\nxmax = 9\ntiers? <exists>\nsize = 1\n'
            'item []:\n item [1]:\n class = "IntervalTier"\n name = "Marie"\n xmin = 0\n xmax = 9\n'
            ' intervals: size = 1\n intervals [1]:\n xmin = 5\n xmax = 2\n text = "oui"\n')
    with pytest.raises(ImportFailure, match=r"line 15: the interval from 5\.00 s to 2\.00 s is impossible"):
        read_file(_write(tmp_path, "g.TextGrid", grid.encode()))


def test_csv_unclosed_quote_does_not_swallow_rows(tmp_path):
    data = "id;réponse;âge\n1;\"Je pense que oui;30\n2;Non pas du tout;40\n3;Peut-être;50\n".encode()
    docs = read_file(_write(tmp_path, "q.csv", data))
    assert [doc.text for doc in docs] == ["Je pense que oui;30", "Non pas du tout", "Peut-être"]
    assert any("lines 2-4: a quote is not closed" in warning for warning in docs[0].warnings)


def test_docx_entity_reference_keeps_the_rest_of_the_run(tmp_path):
    from tests.reliability import builders

    xml = builders.docx_xml(builders.paragraph("Début &xxe; fin"), '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    (doc,) = read_file(_write(tmp_path, "e.docx", builders.docx(xml)))
    assert doc.text == "Début  fin"
    assert "root:" not in doc.text


def test_odt_space_repeat_capped(tmp_path):
    from tests.reliability import builders

    content = builders.odt_xml('<text:p>a<text:s text:c="2000000000"/>b</text:p>')
    (doc,) = read_file(_write(tmp_path, "s.odt", builders.odt(content)))
    assert doc.text == "a" + " " * 10_000 + "b"
    assert any("space run longer than 10,000 was shortened" in warning for warning in doc.warnings)


def test_zip_ratio_checked_without_a_size_floor():
    small = zipfile.ZipInfo("sources/a.txt")
    small.file_size, small.compress_size = 1024**2, 1100  # exactly 1 MiB: below any old floor
    assert zip_problem([small] * 1200, 1_400_000) is not None
    fair = zipfile.ZipInfo("word/document.xml")
    fair.file_size, fair.compress_size = 40 * 1024**2, 40 * 1024**2 // (MAX_ZIP_RATIO // 4)
    assert zip_problem([fair], 12 * 1024**2) is None


def test_fifo_is_not_a_regular_file(tmp_path):
    import os

    fifo = tmp_path / "tube.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailure, match="tube.txt: this is not a regular file"):
        read_file(fifo)


def test_file_name_not_utf8_is_named_with_replacement_characters(tmp_path):
    import os

    raw = os.path.join(os.fsencode(tmp_path), b"entretien-\xe9t\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write(b"")
    with pytest.raises(ImportFailure) as failure:
        read_file(os.fsdecode(raw))
    assert str(failure.value) == "entretien-\ufffdt\ufffd.txt: the file is empty"


def test_messages_in_french(tmp_path):
    set_language("fr")
    with pytest.raises(ImportFailure) as failure:
        read_file(_write(tmp_path, "vide.txt", b""))
    assert str(failure.value) == "vide.txt: le fichier est vide"
