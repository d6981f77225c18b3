"""PDF import (corpus.importers.pdf), with PDFs written by hand at test time (Helvetica, WinAnsi)."""

from __future__ import annotations

import pytest

from corpus.importers import ImportFailure, read_file
from corpus.importers.pdf import clean_line, drop_headers_footers, join_lines


def _make_pdf(pages, encrypt=False):
    """pages: list of list of (x, y, text) ; Helvetica WinAnsi."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages, filled later
    kids = []
    for lines in pages:
        ops = []
        for x, y, text in lines:
            raw = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 11 Tf %d %d Td (" % (x, y) + raw + b") Tj ET")
        if not lines:
            ops.append(b"0 0 1 rg 100 100 200 200 re f")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id_placeholder, font, content)
            )
        )
    objs[pages_id_placeholder - 1] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    extra = b""
    if encrypt:
        enc = add(
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <"
            + b"ab" * 32
            + b"> /U <"
            + b"cd" * 32
            + b"> >>"
        )
        extra = (
            b" /Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
            % enc
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        catalog,
        extra,
        xref,
    )
    return bytes(out)


def _page(number: int, body: list[str]) -> list[tuple[int, int, str]]:
    lines = [(72, 800, "Rapport d’enquête — confidentiel"), (290, 40, f"- {number} -")]
    lines.extend((72, 700 - 14 * index, text) for index, text in enumerate(body))
    return lines


PAGES = [
    _page(
        1,
        ["Enq : Bonjour, vous êtes arrivée particu-", "lièrement tôt ce matin ? Il est peut-", "être 10:30."],
    ),
    _page(2, ["Marie : Oui, c’est particulièrement", "vrai,    « très » tôt. Œuvre."]),
    _page(3, ["Enq : Merci.", "Marie : De rien."]),
]


def test_pdf_paragraphs_hyphens_headers_and_turns(tmp_path):
    path = tmp_path / "rapport.pdf"
    path.write_bytes(_make_pdf(PAGES))
    (doc,) = read_file(path)
    assert doc.text.split("\n") == [
        "Enq : Bonjour, vous êtes arrivée particulièrement tôt ce matin ? Il est peut-être 10:30.",
        "Marie : Oui, c’est particulièrement vrai, « très » tôt. Œuvre.",
        "Enq : Merci.",
        "Marie : De rien.",
    ]
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]
    assert doc.source_format == "pdf" and doc.kind == "transcript"


def test_pdf_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_make_pdf([[], []]))
    with pytest.raises(ImportFailure, match="no text layer: run OCR first"):
        read_file(path)


def test_pdf_password_protected(tmp_path):
    path = tmp_path / "secret.pdf"
    path.write_bytes(_make_pdf(PAGES, encrypt=True))
    with pytest.raises(ImportFailure, match="password-protected"):
        read_file(path)


def test_pdf_truncated_and_fake(tmp_path):
    (tmp_path / "coupé.pdf").write_bytes(_make_pdf(PAGES)[:300])
    with pytest.raises(ImportFailure, match="damaged"):
        read_file(tmp_path / "coupé.pdf")
    (tmp_path / "faux.pdf").write_bytes(b"pas un pdf")
    with pytest.raises(ImportFailure, match="not a PDF"):
        read_file(tmp_path / "faux.pdf")


def test_pdf_clean_line_ligatures_only():
    assert clean_line("  l’e\ufb03cacité   du\u00a0ﬁlm  \ufb02ou  ") == "l’efficacité du\u00a0film flou"


def test_pdf_join_lines_hyphenation():
    vocabulary = {"particulièrement"}
    assert join_lines(["très particu-", "lièrement"], vocabulary) == "très particulièrement"
    assert join_lines(["c’est peut-", "être vrai"], vocabulary) == "c’est peut-être vrai"
    assert join_lines(["Jean-", "Pierre : oui"], vocabulary) == "Jean-Pierre : oui"
    assert join_lines(["fin.", "Enq : suite"], vocabulary) == "fin.\nEnq : suite"


def test_pdf_heading_is_not_glued_to_the_next_sentence():
    box = ["2. Les conditions de travail",
           "Les soignants interrogés décrivent des horaires de nuit qui pèsent sur leur vie de",
           "famille et sur leur santé, surtout après plusieurs années dans le même service."]
    assert join_lines(box, set()).split("\n") == [
        "2. Les conditions de travail",
        "Les soignants interrogés décrivent des horaires de nuit qui pèsent sur leur vie de famille et sur "
        "leur santé, surtout après plusieurs années dans le même service."]
    # a short line inside a sentence is no heading
    assert "\n" not in join_lines(["La direction a décidé, en accord avec les représentants du personnel et",
                                   "les cadres,", "Lundi dernier, de revoir les plannings de tout le service."],
                                  set())


def test_pdf_drop_headers_footers():
    pages = [
        [["En-tête 2024"], ["corps", "un"], ["Page 1 sur 3"]],
        [["En-tête 2024"], ["deux"], ["2"]],
        [["En-tête 2024"], ["trois"], ["iii"]],
    ]
    assert drop_headers_footers(pages) == [[["corps", "un"]], [["deux"]], [["trois"]]]
