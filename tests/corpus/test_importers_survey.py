"""CSV/XLSX survey import and column guessing (corpus.importers.survey)."""

from __future__ import annotations

import codecs

import openpyxl
import pytest

from corpus.importers import ImportFailure, ImportOptions, guess_survey_columns, read_file

ROWS = [
    ["Horodateur", "Identifiant", "Âge", "Ville", "Votre avis sur le quartier ?"],
    [
        "2024/03/12 10:32",
        "R01",
        "34",
        "Paris",
        "J’aime « beaucoup » le marché, l’œuvre des commerçants 😀.\nEt le parc.",
    ],
    ["2024/03/12 10:40", "R02", "51", "Lyon", ""],
    [
        "2024/03/12 11:02",
        "R03",
        "27",
        "Paris",
        "Trop de bruit; les voitures; la nuit surtout, c’est pénible.",
    ],
]


def _csv(rows, delimiter=";") -> str:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in f'{delimiter}"\n') else cell

    return "\r\n".join(delimiter.join(quote(c) for c in row) for row in rows) + "\r\n"


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [(";", "utf-8", codecs.BOM_UTF8), (",", "utf-8", b""), ("\t", "utf-8", b""), (";", "cp1252", b"")],
    ids=["semicolon-excel-bom", "comma", "tab", "cp1252"],
)
def test_survey_csv_dialects(tmp_path, delimiter, encoding, bom):
    rows = ROWS if encoding == "utf-8" else [[c.replace("😀", ":)") for c in row] for row in ROWS]
    path = _write(tmp_path, "enquête.csv", bom + _csv(rows, delimiter).encode(encoding))
    docs = read_file(path)
    assert [d.name for d in docs] == ["enquête – R01", "enquête – R03"]
    assert docs[0].text == rows[1][4]
    assert docs[0].attributes == {
        "Horodateur": "2024/03/12 10:32",
        "Identifiant": "R01",
        "Âge": "34",
        "Ville": "Paris",
    }
    assert docs[0].kind == "survey" and docs[0].source_format == "csv"
    assert any("row 2 (id R02): empty answer" in w for w in docs[0].warnings)


def test_survey_guess(tmp_path):
    path = _write(tmp_path, "enquête.csv", _csv(ROWS).encode())
    guess = guess_survey_columns(path)
    assert guess.columns == ROWS[0]
    assert guess.text_columns == ["Votre avis sur le quartier ?"]
    assert guess.id_column == "Identifiant"
    assert guess.preview[0]["Ville"] == "Paris" and guess.row_count == 3 and guess.delimiter == ";"


def test_survey_row_number_id_when_no_unique_column(tmp_path):
    rows = [
        ["ville", "réponse"],
        ["Paris", "Une longue réponse ici."],
        ["Paris", "Une autre réponse assez longue."],
    ]
    docs = read_file(_write(tmp_path, "s.csv", _csv(rows).encode()))
    assert [d.name for d in docs] == ["s – 1", "s – 2"]
    assert guess_survey_columns(tmp_path / "s.csv").id_column is None


def test_survey_options_choose_columns_and_join_texts(tmp_path):
    rows = [["id", "q1", "q2"], ["a", "Oui.", "Non, pas du tout."], ["b", "", "Peut-être."]]
    path = _write(tmp_path, "s.csv", _csv(rows, ",").encode())
    docs = read_file(path, ImportOptions(text_columns=("Q1", "q2"), id_column="id"))
    assert [(d.name, d.text, d.attributes) for d in docs] == [
        ("s – a", "Oui.\n\nNon, pas du tout.", {"id": "a"}),
        ("s – b", "Peut-être.", {"id": "b"}),
    ]


def test_survey_missing_column_lists_available(tmp_path):
    path = _write(tmp_path, "s.csv", _csv(ROWS).encode())
    with pytest.raises(ImportFailure, match=r"no column 'Avis'.*'Ville'") as info:
        read_file(path, ImportOptions(text_columns=("Avis",)))
    assert "s.csv" in str(info.value)
    with pytest.raises(ImportFailure, match="no column 'numéro'"):
        read_file(path, ImportOptions(id_column="numéro"))


def test_survey_all_empty_and_header_only(tmp_path):
    rows = [["id", "texte"], ["1", ""], ["2", " "]]
    with pytest.raises(ImportFailure, match="every answer"):
        read_file(_write(tmp_path, "a.csv", _csv(rows).encode()), ImportOptions(text_columns=("texte",)))
    with pytest.raises(ImportFailure, match="no data row"):
        read_file(_write(tmp_path, "b.csv", b"id;texte\n"))


def _xlsx(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_survey_xlsx(tmp_path):
    rows = [ROWS[0]] + [[r[0], r[1], int(r[2]), r[3], r[4] or None] for r in ROWS[1:]]
    docs = read_file(_xlsx(tmp_path / "enquête.xlsx", rows))
    assert [d.name for d in docs] == ["enquête – R01", "enquête – R03"]
    assert docs[0].attributes["Âge"] == "34"
    assert docs[0].text == ROWS[1][4] and docs[0].source_format == "xlsx"
    assert guess_survey_columns(tmp_path / "enquête.xlsx").id_column == "Identifiant"


def test_survey_xlsx_bad_files(tmp_path):
    data = _xlsx(tmp_path / "ok.xlsx", ROWS).read_bytes()
    with pytest.raises(ImportFailure, match="damaged or truncated"):
        read_file(_write(tmp_path, "coupé.xlsx", data[: len(data) // 2]))
    encrypted = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64) + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(ImportFailure, match="password-protected"):
        read_file(_write(tmp_path, "secret.xlsx", encrypted))
    with pytest.raises(ImportFailure, match="Excel workbook is not valid"):
        read_file(_write(tmp_path, "faux.xlsx", b"texte"))
    with pytest.raises(ImportFailure):
        guess_survey_columns(tmp_path / "coupé.xlsx")
    with pytest.raises(ImportFailure, match="CSV or XLSX"):
        guess_survey_columns(_write(tmp_path, "x.pdf", b"%PDF-"))
