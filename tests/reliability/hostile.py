"""A generator of hostile and damaged files over every format Verbatim imports.

``cases()`` lists :class:`Case` objects; ``case.make(folder)`` writes the file (or FIFO, symlink, folder,
sparse file) and returns its path. ``refused`` cases must fail with one line and leave the project
unchanged; ``repaired`` cases must import what they can and say, in warnings, what was dropped.

Run ``python -m tests.reliability.hostile OUT_DIR`` to write them all into a folder (to attack another
build, or to look at them).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability import builders as b

FRENCH = "Enquêtrice : Bonjour, pouvez-vous vous présenter ?\nMarie : Oui, je travaille à l’hôpital depuis dix ans.\n"
REFUSED, REPAIRED = "refused", "repaired"


@dataclass(frozen=True)
class Case:
    """One hostile file: its name, how to import it, what must happen."""

    name: str
    build: Callable[[Path], Path]
    expect: str = REFUSED
    command: str = "import"  # or "import-qdpx", "import-qdc"
    present: tuple[str, ...] = ()  # repaired: text the stored documents must contain
    absent: tuple[str, ...] = ()  # repaired: text they must not contain
    warns: bool = True  # repaired: the import must report what it changed
    tags: frozenset[str] = field(default_factory=frozenset)

    def make(self, folder: Path) -> Path:
        """Write the file into ``folder``; return its path."""
        return self.build(folder)


def _bytes(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return build


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        with open(path, "wb") as handle:
            handle.truncate(size)
        return path

    return build


def _fifo(name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path

    return build


def _symlink(name: str, target: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return build


def _folder(name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.mkdir()
        return path

    return build


def _raw_name(name: bytes, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        raw = os.path.join(os.fsencode(folder), name)
        with open(raw, "wb") as handle:
            handle.write(data)
        return Path(os.fsdecode(raw))

    return build


def _noise(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def _good_docx() -> bytes:
    return b.docx(b.docx_xml(b.paragraph("Enquêtrice : Bonjour") + b.paragraph("Marie : Oui, bonjour")))


def _good_odt() -> bytes:
    return b.odt(b.odt_xml("<text:p>Enquêtrice : Bonjour</text:p><text:p>Marie : Oui</text:p>"))


def _good_pdf() -> bytes:
    return b.pdf([b.text_stream("Bonjour, ceci est un texte.\nUne deuxieme ligne de texte.")])


def _nested(open_tag: str, close_tag: str, depth: int, inner: str = "x") -> str:
    return open_tag * depth + inner + close_tag * depth


LAUGHS = ('<!DOCTYPE d [<!ENTITY a "hahahahahahahahahaha">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>")
XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def text_cases() -> list[Case]:
    """Plain text, wrong types, special files."""
    return [
        Case("empty.txt", _bytes("empty.txt", b"")),
        Case("blank.txt", _bytes("blank.txt", b" \n\t\r\n   \n")),
        Case("bom-only.txt", _bytes("bom-only.txt", b"\xef\xbb\xbf")),
        Case("png-renamed.txt", _bytes("png-renamed.txt", b"\x89PNG\r\n\x1a\n" + _noise(4000))),
        Case("noise.txt", _bytes("noise.txt", _noise(20000, 1))),
        Case("nul-every-8.txt", _bytes("nul-every-8.txt", b"bonjour\x00" * 5000)),
        Case("zip-renamed.txt", _bytes("zip-renamed.txt", _good_docx)),
        Case("pdf-renamed.md", _bytes("pdf-renamed.md", _good_pdf)),
        Case("huge-sparse.txt", _sparse("huge-sparse.txt", 600 * 1024**2)),
        Case("big-sparse.csv", _sparse("big-sparse.csv", 300 * 1024**2)),
        Case("fifo.txt", _fifo("fifo.txt")),
        Case("zero-device.txt", _symlink("zero-device.txt", "/dev/zero")),
        Case("folder.txt", _folder("folder.txt")),
        Case("dangling.txt", _symlink("dangling.txt", "/nonexistent/verbatim/file.txt")),
        Case("legacy.doc", _bytes("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))),
        Case("legacy.xls", _bytes("legacy.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))),
        Case("no-extension", _bytes("no-extension", FRENCH.encode())),
        Case("program.exe", _bytes("program.exe", b"MZ" + _noise(3000))),
        Case("utf8-forced-wrong.txt", _bytes("utf8-forced-wrong.txt", b"\xff\xfe\xfa\xfb" * 1000 + b"\x00" * 9000)),
        Case("controls-only.txt", _bytes("controls-only.txt", bytes(range(1, 9)) * 2000)),
        Case("utf16-odd.txt", _bytes("utf16-odd.txt", b"\xff\xfe" + "Bonjour".encode("utf-16-le") + b"\x00" * 3 + _noise(999))),
        # repaired
        Case("nul-late.txt", _bytes("nul-late.txt", (FRENCH * 400).encode() + b"Marie : fin\x00du texte\n"),
             REPAIRED, present=("fin\ufffddu texte",), absent=("\x00",)),
        Case("controls.txt", _bytes("controls.txt", ("Marie : a\x01b\x1bc\x7f d\x0ce\n" + FRENCH).encode()),
             REPAIRED, present=("a\ufffdb",), absent=("\x01", "\x1b", "\x0c")),
        Case("mixed-utf8-cp1252.txt", _bytes("mixed-utf8-cp1252.txt", FRENCH.encode() + "Marie : Ça dépend, l’été.\n".encode("cp1252")),
             REPAIRED, present=("Enquêtrice", "Ça dépend"), absent=("Ã",)),
        Case("name-not-utf8", _raw_name(b"entretien-\xe9t\xe9-\xff.txt", (FRENCH + "Marie : un nom de fichier latin-1.\n").encode()),
             REPAIRED, warns=False),
        Case("lone-surrogates.txt", _bytes("lone-surrogates.txt", ("Marie : a\ud800b\n" + FRENCH).encode("utf-8", "surrogatepass")),
             REPAIRED, absent=("\ud800",)),
    ]


def _docx_cases() -> list[Case]:
    good = _good_docx
    content = {"[Content_Types].xml": b.CONTENT_TYPES_DOCX, "_rels/.rels": b.RELS_DOCX}
    return [
        Case("bomb.docx", _bytes("bomb.docx", lambda: b.bomb_zip(content, {"word/document.xml": 64 * 1024**2}))),
        Case("bomb-3gib.docx", _bytes("bomb-3gib.docx", lambda: b.bomb_zip(content, {"word/document.xml": 3 * 1024**3})),
             tags=frozenset({"big"})),
        Case("small-bombs.docx", _bytes("small-bombs.docx", lambda: b.bomb_zip(
            {**content, "word/document.xml": b.docx_xml(b.paragraph("x"))}, {f"word/media/p{i}.xml": 60_000 for i in range(1200)}))),
        Case("many-entries.docx", _bytes("many-entries.docx", lambda: b.zip_bytes(
            {**content, "word/document.xml": b.docx_xml(b.paragraph("x")), **{f"e/{i}": b"" for i in range(25_000)}}))),
        Case("truncated.docx", _bytes("truncated.docx", lambda: good()[: len(good()) // 2])),
        Case("empty-zip.docx", _bytes("empty-zip.docx", lambda: b.zip_bytes({}))),
        Case("noise.docx", _bytes("noise.docx", _noise(5000, 2))),
        Case("ole.docx", _bytes("ole.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))),
        Case("encrypted.docx", _bytes("encrypted.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + bytes(900))),
        Case("no-document.docx", _bytes("no-document.docx", lambda: b.zip_bytes({"[Content_Types].xml": b.CONTENT_TYPES_DOCX}))),
        Case("bad-xml.docx", _bytes("bad-xml.docx", lambda: b.docx("<w:document><w:body><w:p>")), ),
        Case("deep-xml.docx", _bytes("deep-xml.docx", lambda: b.docx(b.docx_xml(_nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 5000))))),
        Case("no-text.docx", _bytes("no-text.docx", lambda: b.docx(b.docx_xml("<w:p/>")))),
        Case("crc.docx", _bytes("crc.docx", lambda: b.corrupt_entry(good(), "word/document.xml"))),
        Case("lying-size.docx", _bytes("lying-size.docx", lambda: b.lying_size(good(), "word/document.xml"))),
        Case("binary-xml.docx", _bytes("binary-xml.docx", lambda: b.docx(_noise(3000, 3)))),
        Case("klingon-xml.docx", _bytes("klingon-xml.docx", lambda: b.docx(
            b.docx_xml(b.paragraph("x")).replace('encoding="UTF-8"', 'encoding="klingon"')))),
        Case("laughs.docx", _bytes("laughs.docx", lambda: b.docx(b.docx_xml(b.paragraph("avant &j; après"), LAUGHS)))),
        Case("char-ref.docx", _bytes("char-ref.docx", lambda: b.docx(b.docx_xml(b.paragraph("Marie : x&#x1;y&#xFFFE;"))))),
        # repaired
        Case("entity.docx", _bytes("entity.docx", lambda: b.docx(b.docx_xml(b.paragraph("Début &xxe; fin"), XXE))),
             REPAIRED, present=("Début", "fin"), absent=("root:",)),
        Case("controls.docx", _bytes("controls.docx", lambda: b.docx(b.docx_xml(b.paragraph("Marie : x\u0086y\u009fz")))),
             REPAIRED, present=("x\ufffdy\ufffdz",)),
    ]


def _odt_cases() -> list[Case]:
    return [
        Case("bomb.odt", _bytes("bomb.odt", lambda: b.bomb_zip({"mimetype": "application/vnd.oasis.opendocument.text"},
                                                                {"content.xml": 64 * 1024**2}))),
        Case("deep.odt", _bytes("deep.odt", lambda: b.odt(b.odt_xml("<text:p>" + _nested("<text:span>", "</text:span>", 20000) + "</text:p>")))),
        Case("no-content.odt", _bytes("no-content.odt", lambda: b.zip_bytes({"mimetype": "x"}))),
        Case("noise.odt", _bytes("noise.odt", _noise(3000, 4))),
        Case("truncated.odt", _bytes("truncated.odt", lambda: _good_odt()[:200])),
        Case("bad-xml.odt", _bytes("bad-xml.odt", lambda: b.odt("<office:document-content><unclosed>"))),
        Case("encrypted.odt", _bytes("encrypted.odt", lambda: b.odt(b.odt_xml("<text:p>x</text:p>"),
                                                                    {"META-INF/manifest.xml": "<m><encryption-data/></m>"}))),
        Case("spreadsheet.odt", _bytes("spreadsheet.odt", lambda: b.odt(
            f'<office:document-content {b.ODT_NS}><office:body><office:spreadsheet/></office:body></office:document-content>'))),
        Case("ole.odt", _bytes("ole.odt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))),
        Case("empty.odt", _bytes("empty.odt", lambda: b.odt(b.odt_xml("<text:p/>")))),
        Case("spaces-huge.odt", _bytes("spaces-huge.odt", lambda: b.odt(b.odt_xml('<text:p>a<text:s text:c="1000000"/>b</text:p>' * 30000)))),
        Case("crc.odt", _bytes("crc.odt", lambda: b.corrupt_entry(_good_odt(), "content.xml"))),
        Case("laughs.odt", _bytes("laughs.odt", lambda: b.odt(b.odt_xml("<text:p>avant &j; après</text:p>", LAUGHS)))),
        # repaired
        Case("text-s.odt", _bytes("text-s.odt", lambda: b.odt(b.odt_xml('<text:p>Marie : a<text:s text:c="2000000000"/>b</text:p>'))),
             REPAIRED, present=("Marie",)),
        Case("text-s-bad.odt", _bytes("text-s-bad.odt", lambda: b.odt(b.odt_xml('<text:p>Marie : a<text:s text:c="-5x"/>b</text:p>'))),
             REPAIRED, present=("a b",), warns=False),
        Case("entity.odt", _bytes("entity.odt", lambda: b.odt(b.odt_xml("<text:p>Début &xxe; fin</text:p>", XXE))),
             REPAIRED, present=("Début", "fin"), absent=("root:",), warns=False),
        Case("repeated-columns.odt", _bytes("repeated-columns.odt", lambda: b.odt(b.odt_xml(
            '<text:p>Bonjour</text:p><table:table><table:table-column table:number-columns-repeated="1000000000"/>'
            '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000">'
            "<text:p>cellule</text:p></table:table-cell></table:table-row></table:table>"))), REPAIRED, present=("cellule",),
             warns=False),
    ]


def _sheet_xml(cells: str, dimension: str = "A1") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>')


def _xlsx_with_sheet(sheet: str | bytes) -> bytes:
    return b.replace_entry(b.xlsx([["x"]]), "xl/worksheets/sheet1.xml", sheet)


def _xlsx_cases() -> list[Case]:
    good = lambda: b.xlsx([["id", "réponse"], ["R1", "Je pense que oui, vraiment."], ["R2", "Non."]])  # noqa: E731
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>loin</t></is></c></row>'
    return [
        Case("xfd.xlsx", _bytes("xfd.xlsx", lambda: _xlsx_with_sheet(_sheet_xml(far, "A1:XFD1048576")))),
        Case("row-huge.xlsx", _bytes("row-huge.xlsx", lambda: _xlsx_with_sheet(_sheet_xml(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
            '<row r="999999999"><c r="A999999999" t="inlineStr"><is><t>b</t></is></c></row>')))),
        Case("bomb.xlsx", _bytes("bomb.xlsx", lambda: b.bomb_zip({}, {"xl/worksheets/sheet1.xml": 64 * 1024**2}))),
        Case("noise.xlsx", _bytes("noise.xlsx", _noise(4000, 5))),
        Case("truncated.xlsx", _bytes("truncated.xlsx", lambda: good()[: len(good()) // 2])),
        Case("ole.xlsx", _bytes("ole.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000))),
        Case("encrypted.xlsx", _bytes("encrypted.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EncryptedPackage" + bytes(900))),
        Case("no-workbook.xlsx", _bytes("no-workbook.xlsx", lambda: b.zip_bytes({"[Content_Types].xml": "<Types/>"}))),
        Case("bad-sheet.xlsx", _bytes("bad-sheet.xlsx", lambda: _xlsx_with_sheet("<worksheet><sheetData><row>"))),
        Case("binary-sheet.xlsx", _bytes("binary-sheet.xlsx", lambda: _xlsx_with_sheet(_noise(2000, 6)))),
        Case("empty.xlsx", _bytes("empty.xlsx", lambda: _xlsx_with_sheet(_sheet_xml("")))),
        Case("header-only.xlsx", _bytes("header-only.xlsx", lambda: b.xlsx([["id", "réponse"]]))),
        Case("deep-sheet.xlsx", _bytes("deep-sheet.xlsx", lambda: _xlsx_with_sheet(_sheet_xml(_nested("<row>", "</row>", 5000, ""))))),
        Case("bad-column.xlsx", _bytes("bad-column.xlsx", lambda: _xlsx_with_sheet(_sheet_xml(
            '<row r="1"><c r="ZZZZZZZ1" t="inlineStr"><is><t>a</t></is></c></row>')))),
        Case("many-cells.xlsx", _bytes("many-cells.xlsx", lambda: _xlsx_with_sheet(_sheet_xml(
            "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 1300)))))),
    ]


def _csv_cases() -> list[Case]:
    wide = ";".join(f"c{i}" for i in range(100_000)) + "\n" + ";".join("x" for _ in range(100_000)) + "\n"
    return [
        Case("wide.csv", _bytes("wide.csv", wide.encode())),
        Case("header-only.csv", _bytes("header-only.csv", b"id;reponse\n")),
        Case("binary.csv", _bytes("binary.csv", _noise(8000, 8))),
        Case("long-field.csv", _bytes("long-field.csv", b'id;reponse\n1;"' + b"a" * 300_000 + b'"\n')),
        Case("many-rows.csv", _bytes("many-rows.csv", b"id\n" + b"1\n" * 1_100_000)),
        Case("all-empty.csv", _bytes("all-empty.csv", b"id;reponse\n;\n ; \n")),
        Case("nul.tsv", _bytes("nul.tsv", b"id\treponse\n" + b"\x00\x00\x00\t\x00\n" * 3000)),
        Case("dup-headers.csv", _bytes("dup-headers.csv", ("a;" * 60_000 + "\n" + "x;" * 60_000 + "\n").encode())),
        # repaired
        Case("unclosed-quote.csv", _bytes("unclosed-quote.csv",
                                          "id;réponse;âge\n1;\"Je pense que oui;30\n2;Non pas du tout;40\n3;Peut-être bien;50\n".encode()),
             REPAIRED, present=("Non pas du tout", "Peut-être bien")),
        Case("controls.csv", _bytes("controls.csv", "id;réponse\x01;sexe\nR1;Je pense\x02 que oui;F\x00\nR2;Non merci bien;H\n".encode()),
             REPAIRED, absent=("\x01", "\x02", "\x00")),
        Case("mixed.csv", _bytes("mixed.csv", "id;réponse\nR1;Enquêtrice très gentille\n".encode() + "R2;Été chargé\n".encode("cp1252")),
             REPAIRED, present=("Enquêtrice", "Été"), absent=("Ã",)),
    ]


def _pdf_cases() -> list[Case]:
    flate = {"Filter": "/FlateDecode"}
    return [
        Case("flate-bomb.pdf", _bytes("flate-bomb.pdf", lambda: b.pdf([(flate, b.deflate_zeros(200 * 1024**2))]))),
        Case("flate-bomb-2gib.pdf", _bytes("flate-bomb-2gib.pdf", lambda: b.pdf([(flate, b.deflate_zeros(2 * 1024**3))])),
             tags=frozenset({"big"})),
        Case("flate-bomb-truncated.pdf", _bytes("flate-bomb-truncated.pdf",
                                                lambda: b.pdf([(flate, b.deflate_zeros(200 * 1024**2)[:-200])]))),
        Case("many-pages.pdf", _bytes("many-pages.pdf", lambda: b.pdf([b.text_stream("x")], pages=5200))),
        Case("truncated.pdf", _bytes("truncated.pdf", lambda: _good_pdf()[:300])),
        Case("no-header.pdf", _bytes("no-header.pdf", _noise(3000, 9))),
        Case("header-noise.pdf", _bytes("header-noise.pdf", b"%PDF-1.4\n" + _noise(20000, 10))),
        Case("no-text.pdf", _bytes("no-text.pdf", lambda: b.pdf([], pages=2, page_content=None))),
        Case("encrypted.pdf", _bytes("encrypted.pdf", lambda: _good_pdf().replace(
            b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >> /ID [<01> <01>]"))),
        Case("deep-arrays.pdf", _bytes("deep-arrays.pdf", lambda: b.pdf([({}, b"[" * 200_000 + b"]" * 200_000)]))),
        Case("empty.pdf", _bytes("empty.pdf", b"%PDF-1.4\n%%EOF\n")),
        Case("lzw-garbage.pdf", _bytes("lzw-garbage.pdf", lambda: b.pdf([({"Filter": "/LZWDecode"}, _noise(50000, 11))]))),
    ]


def _rtf_cases() -> list[Case]:
    return [
        Case("not-rtf.rtf", _bytes("not-rtf.rtf", b"Bonjour, ceci n'est pas du RTF")),
        Case("empty.rtf", _bytes("empty.rtf", b"{\\rtf1}")),
        Case("only-groups.rtf", _bytes("only-groups.rtf", b"{\\rtf1 " + b"{\\*\\x}" * 50_000 + b"}")),
        Case("truncated.rtf", _bytes("truncated.rtf", b"{\\rtf1 {\\fonttbl")),
        # repaired (or simply read)
        Case("deep-groups.rtf", _bytes("deep-groups.rtf", b"{\\rtf1 " + b"{" * 100_000 + b"x" + b"}" * 100_000 + b"}"),
             REPAIRED, present=("x",), warns=False),
        Case("font-table.rtf", _bytes("font-table.rtf", b"{\\rtf1{\\fonttbl" + b"{\\f1 Arial;}" * 300_000 + b"}Bonjour}"),
             REPAIRED, present=("Bonjour",), warns=False),
        Case("bin-huge.rtf", _bytes("bin-huge.rtf", b"{\\rtf1 {\\bin999999999999 x} Bonjour}"), REPAIRED, warns=False),
    ]


def _subtitle_cases() -> list[Case]:
    return [
        Case("no-cues.vtt", _bytes("no-cues.vtt", b"WEBVTT\n\nNOTE rien\n")),
        Case("binary.vtt", _bytes("binary.vtt", b"WEBVTT\n\n" + _noise(4000, 13))),
        Case("empty-cues.srt", _bytes("empty-cues.srt", b"1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n\n")),
        Case("noise.srt", _bytes("noise.srt", _noise(3000, 14))),
        # repaired
        Case("broken-times.vtt", _bytes("broken-times.vtt", (
            b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Marie>Bonjour\n\n"
            b"00:00:xx.000 --> 00:00:04.000\n<v Paul>Salut Marie\n\n"
            b"Une ligne sans minutage\n\n00:00:05.000 --> 00:00:06.000\n<v Marie>Au revoir\n")),
             REPAIRED, present=("Salut Marie", "Au revoir")),
    ]


def _iramuteq_cases() -> list[Case]:
    many = "**** " + " ".join(f"*v{i}_x" for i in range(20_000)) + "\nUn texte.\n"
    spread = "".join(f"**** *var{i}_a\nTexte {i}.\n" for i in range(1500))
    return [
        Case("vars-20000.txt", _bytes("vars-20000.txt", many.encode())),
        Case("vars-spread.txt", _bytes("vars-spread.txt", spread.encode())),
        Case("no-text.txt", _bytes("no-text.txt", b"**** *a_1\n\n**** *a_2\n\n")),
        # repaired
        Case("bad-tokens.txt", _bytes("bad-tokens.txt", ("**** *a_1 " + " ".join(["junk"] * 500) + "\nBonjour.\n**** *a_2\nSalut.\n").encode()),
             REPAIRED, present=("Bonjour.",)),
    ]


def _textgrid(intervals: str, count: int = 1, size: str = "1") -> bytes:
    return ('File type = "ooTextFile"\nObject class = "TextGrid"\n\nxmin = 0\nxmax = 10\ntiers? <exists>\n'
            f'size = {size}\nitem []:\n    item [1]:\n        class = "IntervalTier"\n        name = "Marie"\n'
            f"        xmin = 0\n        xmax = 10\n        intervals: size = {count}\n{intervals}").encode()


def _interval(start: str, end: str, text: str) -> str:
    return f'        intervals [1]:\n            xmin = {start}\n            xmax = {end}\n            text = "{text}"\n'


def _textgrid_cases() -> list[Case]:
    return [
        Case("negative.TextGrid", _bytes("negative.TextGrid", _textgrid(_interval("-7", "1", "bonjour")))),
        Case("inverted.TextGrid", _bytes("inverted.TextGrid", _textgrid(_interval("5", "2", "bonjour")))),
        Case("truncated.TextGrid", _bytes("truncated.TextGrid", _textgrid(_interval("0", "1", "bonjour"))[:-30])),
        Case("huge-count.TextGrid", _bytes("huge-count.TextGrid", _textgrid(_interval("0", "1", "a"), count=10**15))),
        Case("huge-tiers.TextGrid", _bytes("huge-tiers.TextGrid", _textgrid(_interval("0", "1", "a"), size="1e300"))),
        Case("binary.TextGrid", _bytes("binary.TextGrid", b"ooBinaryFile\x08TextGrid" + _noise(500, 15))),
        Case("no-intervals.TextGrid", _bytes("no-intervals.TextGrid", _textgrid(_interval("0", "1", ""), count=1))),
        Case("noise.TextGrid", _bytes("noise.TextGrid", _noise(2000, 16))),
        Case("inf.TextGrid", _bytes("inf.TextGrid", _textgrid(_interval("0", "1e999", "bonjour")))),
    ]


def _qde(body: str = "", prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>{prolog}<Project xmlns="{b.QDPX_NS}" name="p">{body}</Project>'


def _refi_cases() -> list[Case]:
    qdpx, qdc = "import-qdpx", "import-qdc"
    return [
        Case("sources-1200.qdpx", _bytes("sources-1200.qdpx", lambda: b.bomb_zip(
            {"project.qde": _qde()}, {f"sources/{i}.txt": 1024**2 for i in range(1200)})), command=qdpx),
        Case("bomb.qdpx", _bytes("bomb.qdpx", lambda: b.bomb_zip({"project.qde": _qde()}, {"sources/a.txt": 256 * 1024**2})),
             command=qdpx),
        Case("qde-bomb.qdpx", _bytes("qde-bomb.qdpx", lambda: b.bomb_zip({}, {"project.qde": 64 * 1024**2})), command=qdpx),
        Case("traversal.qdpx", _bytes("traversal.qdpx", lambda: b.zip_bytes({"project.qde": _qde(), "../../evil.txt": "x"})),
             command=qdpx),
        Case("no-qde.qdpx", _bytes("no-qde.qdpx", lambda: b.zip_bytes({"sources/a.txt": "x"})), command=qdpx),
        Case("bad-xml.qdpx", _bytes("bad-xml.qdpx", lambda: b.zip_bytes({"project.qde": "<Project><unclosed>"})), command=qdpx),
        Case("laughs.qdpx", _bytes("laughs.qdpx", lambda: b.zip_bytes({"project.qde": _qde("&j;", LAUGHS)})), command=qdpx),
        Case("deep.qdpx", _bytes("deep.qdpx", lambda: b.zip_bytes({"project.qde": _qde(_nested("<a>", "</a>", 50000))})),
             command=qdpx),
        Case("noise.qdpx", _bytes("noise.qdpx", _noise(3000, 17)), command=qdpx),
        Case("truncated.qdpx", _bytes("truncated.qdpx", lambda: b.zip_bytes({"project.qde": _qde() * 50})[:400]), command=qdpx),
        Case("fifo.qdpx", _fifo("fifo.qdpx"), command=qdpx),
        Case("laughs.qdc", _bytes("laughs.qdc", ('<?xml version="1.0"?>' + LAUGHS + "<CodeBook>&j;</CodeBook>").encode()),
             command=qdc),
        Case("bad.qdc", _bytes("bad.qdc", b"<CodeBook><Codes>"), command=qdc),
        Case("noise.qdc", _bytes("noise.qdc", _noise(2000, 18)), command=qdc),
        Case("wrong-root.qdc", _bytes("wrong-root.qdc", b'<?xml version="1.0"?><Other/>'), command=qdc),
        Case("deep.qdc", _bytes("deep.qdc", ("<CodeBook>" + _nested("<Codes>", "</Codes>", 50000, "") + "</CodeBook>").encode()),
             command=qdc),
        Case("fifo.qdc", _fifo("fifo.qdc"), command=qdc),
        Case("huge.qdc", _sparse("huge.qdc", 400 * 1024**2), command=qdc),
        Case("empty.qdc", _bytes("empty.qdc", b""), command=qdc),
    ]


def _zip_quirk_cases() -> list[Case]:
    """Entries a zip reader may not handle: encrypted, unknown compression methods."""
    qde = b.zip_bytes({"project.qde": _qde(), "sources/a.txt": "texte"})
    return [
        Case("encrypted-entry.docx", _bytes("encrypted-entry.docx", lambda: b.patch_entry(_good_docx(), "word/document.xml", flags=1))),
        Case("aes-method.docx", _bytes("aes-method.docx", lambda: b.patch_entry(_good_docx(), "word/document.xml", method=99))),
        Case("encrypted-entry.odt", _bytes("encrypted-entry.odt", lambda: b.patch_entry(_good_odt(), "content.xml", flags=1))),
        Case("aes-method.xlsx", _bytes("aes-method.xlsx", lambda: b.patch_entry(b.xlsx([["a"], ["b"]]), "xl/worksheets/sheet1.xml",
                                                                               method=99))),
        Case("encrypted-entry.qdpx", _bytes("encrypted-entry.qdpx", lambda: b.patch_entry(qde, "project.qde", flags=1)),
             command="import-qdpx"),
        Case("aes-method.qdpx", _bytes("aes-method.qdpx", lambda: b.patch_entry(qde, "project.qde", method=99)),
             command="import-qdpx"),
    ]


def cases(*, big: bool = False) -> list[Case]:
    """Every hostile case; ``big`` adds the ones that take seconds to build (multi-GiB bombs)."""
    every = (text_cases() + _docx_cases() + _odt_cases() + _xlsx_cases() + _csv_cases() + _pdf_cases() + _rtf_cases()
             + _subtitle_cases() + _iramuteq_cases() + _textgrid_cases() + _refi_cases() + _zip_quirk_cases())
    return [case for case in every if big or "big" not in case.tags]


def main(argv: list[str]) -> int:
    """Write every case into the folder ``argv[0]``."""
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases(big="--big" in argv):
        print(case.make(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
