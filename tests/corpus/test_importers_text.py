"""Plain text / Markdown import, encodings, content sniffing and bad input (corpus.importers)."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata

import pytest

from corpus.importers import SUPPORTED_EXTENSIONS, ImportFailure, ImportOptions, read_file
from corpus.importers.encoding import guess_encoding

FRENCH = "Enq : « Bonjour », c’est l’œuvre d’une vie 😀\nMarie : Oui, déjà été là.\nEnq : Très bien.\nMarie : Voilà."


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        FRENCH.encode("utf-8"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
        FRENCH.encode("utf-16-le"),  # no BOM: guessed from NUL bytes
        FRENCH.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_text_unicode_encodings(tmp_path, encoded):
    (doc,) = read_file(_write(tmp_path, "entretien.txt", encoded))
    assert doc.text == FRENCH
    assert doc.kind == "transcript"
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]


def test_text_cp1252_guess_prefers_cp1252_for_0x80_0x9f(tmp_path):
    data = "Ça… l’œuvre « été » – fin\r\nEt puis\rvoilà".encode("cp1252")
    assert b"\x85" in data
    (doc,) = read_file(_write(tmp_path, "vieux.txt", data))
    assert doc.text == "Ça… l’œuvre « été » – fin\nEt puis\nvoilà"


def test_text_latin1_when_cp1252_cannot_decode():
    assert guess_encoding("é".encode("latin-1") + b"\x81") == "latin-1"
    assert guess_encoding("é".encode("cp1252")) == "cp1252"


def test_text_forced_encoding(tmp_path):
    data = "déjà".encode("cp1252")
    (doc,) = read_file(_write(tmp_path, "a.txt", data), ImportOptions(encoding="latin-1"))
    assert doc.text == "déjà"
    with pytest.raises(ImportFailure, match="encoding"):
        read_file(_write(tmp_path, "b.txt", data), ImportOptions(encoding="klingon"))
    with pytest.raises(ImportFailure, match="utf-8"):
        read_file(_write(tmp_path, "c.txt", b"\xff\xfe\xfa"), ImportOptions(encoding="utf-8"))


def test_text_nfc_and_line_ends(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Élise a été là\r\nfin")
    (doc,) = read_file(_write(tmp_path, "nfd.md", decomposed.encode("utf-8")))
    assert doc.text == "Élise a été là\nfin"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.source_format == "md"
    assert doc.kind == "text" and doc.turns == []


def test_text_metadata(tmp_path):
    data = FRENCH.encode("utf-8")
    (doc,) = read_file(_write(tmp_path, "Entretien 1.txt", data))
    assert doc.name == "Entretien 1"
    assert doc.source_name == "Entretien 1.txt"
    assert doc.source_format == "txt"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_text_detect_speakers_off(tmp_path):
    (doc,) = read_file(_write(tmp_path, "a.txt", FRENCH.encode()), ImportOptions(detect_speakers=False))
    assert doc.turns == [] and doc.kind == "text"


def test_text_sniffs_iramuteq_vtt_srt_textgrid(tmp_path):
    iramuteq = "\ufeff**** *age_30 *sexe_f\r\nBonjour.\r\n**** *age_40 *sexe_h\r\nSalut.\r\n"
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Marie>Bonjour</v>\n"
    srt = "1\n00:00:01,000 --> 00:00:02,000\nMarie: Bonjour\n\n2\n00:00:03,000 --> 00:00:04,000\nMarie: Oui\n"
    grid = 'File type = "ooTextFile"\nObject class = "TextGrid"\n0\n1\n<exists>\n1\n"IntervalTier"\n"Marie"\n0\n1\n1\n0\n1\n"bonjour"\n'
    assert [d.kind for d in read_file(_write(tmp_path, "i.txt", iramuteq.encode()))] == ["iramuteq"] * 2
    assert read_file(_write(tmp_path, "v.txt", vtt.encode()))[0].text == "Marie : Bonjour"
    assert read_file(_write(tmp_path, "s.txt", srt.encode()))[0].text == "Marie : Bonjour Oui"
    assert read_file(_write(tmp_path, "g.txt", grid.encode()))[0].text == "Marie : bonjour"


def test_text_markdown_rule_is_not_iramuteq(tmp_path):
    (doc,) = read_file(_write(tmp_path, "notes.md", b"# Titre\n\n****\n\nTexte"))
    assert doc.kind == "text"
    assert doc.sections[0].label == "Titre"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("vide.txt", b"", "empty"),
        ("blanc.txt", b"  \r\n\t\n", "empty"),
        ("bom.txt", codecs.BOM_UTF8, "empty"),
        ("junk.txt", bytes(range(256)) * 20, "binary"),
        ("zip.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), r"this is a zip \(docx, xlsx, odt\.\.\.\) file, not text"),
        ("nuls.txt", b"bonjour\x00" * 50, "binary"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "unsupported file type '.jpg'"),
        ("sans_extension", b"texte", r"unsupported file type '\(none\)'"),
        ("ancien.doc", b"\xd0\xcf\x11\xe0", r"old '\.doc' format"),
    ],
)
def test_text_bad_input(tmp_path, name, data, reason):
    with pytest.raises(ImportFailure, match=reason) as info:
        read_file(_write(tmp_path, name, data))
    assert name in str(info.value)


def test_text_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFailure, match="not found"):
        read_file(tmp_path / "absent.txt")
    folder = tmp_path / "dossier.txt"
    folder.mkdir()
    with pytest.raises(ImportFailure, match="folder"):
        read_file(folder)


def test_text_supported_extensions():
    assert {
        ".txt",
        ".md",
        ".docx",
        ".odt",
        ".rtf",
        ".pdf",
        ".vtt",
        ".srt",
        ".csv",
        ".xlsx",
        ".textgrid",
    } <= set(SUPPORTED_EXTENSIONS)


def test_text_uppercase_extension(tmp_path):
    (doc,) = read_file(_write(tmp_path, "A.TXT", "é".encode()))
    assert doc.text == "é"


def test_shared_avare_turns(shared_corpora):
    path = shared_corpora / "fredracor_avare" / "avare_turns.txt"
    (doc,) = read_file(path)
    lines = doc.text.split("\n")
    turn_lines = [line for line in lines if " : " in line and not line.startswith(("==", "#", " "))]
    assert len(doc.turns) == len(turn_lines) == 957  # the 958th speech has no speaker label
    assert {t.speaker for t in doc.turns if "," in doc.text[t.start : t.content_start]} >= {"HARPAGON"}
    assert {t.speaker for t in doc.turns} >= {"HARPAGON", "VALÈRE", "ÉLISE", "CLÉANTE"}
    assert all(not doc.text[t.start : t.end].startswith("==") for t in doc.turns)
    assert all("\n==" not in doc.text[t.start : t.end] for t in doc.turns)
    assert sum(1 for line in lines if line.startswith("== acte")) == len(
        [s for s in doc.sections if s.label.startswith("acte")]
    )


def test_shared_cfpp_plaintext_turns(shared_corpora):
    folder = shared_corpora / "cfpp2000_small"
    for path in sorted(folder.glob("*.txt")):
        if "iramuteq" in path.name:
            continue
        (doc,) = read_file(path)
        expected = [line.split(" : ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert [t.speaker for t in doc.turns] == expected
