"""Word export of coded excerpts, laid out the way researchers paste them into a report.

Structure (grouped by code): the title, then per code a heading (level = depth in the codebook,
at most 9), its description in italics, its memo, then each excerpt as a quotation followed by
its source line (speaker, attributes, document, time stamp). Grouped by document: a heading per
document, then its excerpts in text order, each source line naming the code. Page numbers sit in
the footer. In French, quotes take « » with non-breaking spaces and ``; : ! ?`` a narrow one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.types import Code, Excerpt
from corpus.store.project import Project

LABELS = {
    "fr": {"title": "Extraits codés", "source": "Source", "document": "Document", "code": "Code",
           "memo": "Mémo", "none": "Aucun extrait.", "speaker": "Locuteur", "excerpts": "extrait(s)",
           "page": "Page"},
    "en": {"title": "Coded excerpts", "source": "Source", "document": "Document", "code": "Code",
           "memo": "Memo", "none": "No excerpt.", "speaker": "Speaker", "excerpts": "excerpt(s)",
           "page": "Page"},
}
NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class DocxExportOptions:
    """What to export and how. Empty ``code_ids``: every code."""

    code_ids: tuple[int, ...] = ()
    include_subcodes: bool = True
    include_descriptions: bool = True
    include_memos: bool = True
    include_speaker_attributes: bool = True
    group_by: str = "code"  # "code" | "document"
    language: str = "fr"  # "fr" | "en"
    title: str = ""


def french_typography(text: str) -> str:
    """Non-breaking spaces of French typography: U+202F before ``; ! ?`` (and ``:``), U+00A0 inside
    « », straight double quotes turned into guillemets."""
    text = re.sub(r'"([^"\n]*)"', r"«\1»", text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", text)
    text = re.sub(r"(?<=\S)[ \u00a0]*([;!?])", NNBSP + r"\1", text)
    return re.sub(r"(?<=[^\s\d:/])[ \u00a0]*(:)(?=\s|$)", NNBSP + r"\1", text)


def quoted(text: str, language: str) -> str:
    """A snippet between quotation marks of the language (line breaks kept as spaces)."""
    text = " ".join(text.split())
    if language == "fr":
        return f"«{NBSP}{french_typography(text)}{NBSP}»"
    return f"“{text}”"


def hms(seconds: float | None) -> str:
    """``hh:mm:ss`` of a time stamp (empty when ``None``)."""
    if seconds is None:
        return ""
    s = int(round(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def source_line(excerpt: Excerpt, options: DocxExportOptions, with_code: bool = False) -> str:
    """``Source : Marie (34 ans, cadre) — Entretien 1 — 00:03:12`` (in the chosen language)."""
    labels = LABELS[options.language]
    who = excerpt.speaker or ""
    if who and options.include_speaker_attributes and excerpt.speaker_attributes:
        who += " (" + ", ".join(f"{k} : {v}" if options.language == "fr" else f"{k}: {v}"
                                for k, v in excerpt.speaker_attributes.items() if v) + ")"
    parts = [p for p in (who, excerpt.document_name, hms(excerpt.timestamp)) if p]
    if with_code:
        parts.insert(0, excerpt.code_path)
    colon = f"{NNBSP}: " if options.language == "fr" else ": "
    line = f"{labels['source']}{colon}" + " — ".join(parts)
    return french_typography(line) if options.language == "fr" else line


class _Writer:
    """Builds the document; one method per kind of block."""

    def __init__(self, options: DocxExportOptions):
        self.options = options
        self.labels = LABELS[options.language]
        self.doc: DocxDocument = new_docx()
        self._setup()

    def _setup(self) -> None:
        core = self.doc.core_properties
        core.title = self.options.title or self.labels["title"]
        core.language = "fr-FR" if self.options.language == "fr" else "en-GB"
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        _set_language(normal.element, core.language)
        quote = self.doc.styles["Quote"]
        quote.font.italic = True
        quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        quote.paragraph_format.left_indent = Cm(1)
        quote.paragraph_format.right_indent = Cm(1)
        quote.paragraph_format.space_after = Pt(2)
        _page_number_footer(self.doc, self.labels["page"])

    def title(self) -> None:
        self.doc.add_heading(self.options.title or self.labels["title"], level=0)

    def heading(self, text: str, level: int) -> None:
        self.doc.add_heading(text, level=max(1, min(level, 9)))

    def text(self, text: str, italic: bool = False, label: str = "") -> None:
        if self.options.language == "fr":
            text = french_typography(text)
        paragraph = self.doc.add_paragraph()
        if label:
            paragraph.add_run(label + (f"{NNBSP}: " if self.options.language == "fr" else ": ")).bold = True
        paragraph.add_run(text).italic = italic

    def excerpt(self, excerpt: Excerpt, with_code: bool = False) -> None:
        self.doc.add_paragraph(quoted(excerpt.coding.snippet, self.options.language), style="Quote")
        source = self.doc.add_paragraph(source_line(excerpt, self.options, with_code))
        source.paragraph_format.left_indent = Cm(1)
        source.paragraph_format.space_after = Pt(10)
        source.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for run in source.runs:
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    def none(self) -> None:
        self.doc.add_paragraph(self.labels["none"]).runs[0].italic = True


def _set_language(style_element, language: str) -> None:  # noqa: ANN001 - an lxml element
    rpr = style_element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    rpr.append(lang)


def _field(paragraph, instruction: str) -> None:  # noqa: ANN001 - a python-docx paragraph
    """Append a Word field (``PAGE``...) to a paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _page_number_footer(doc: DocxDocument, label: str) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{label} ")
    _field(paragraph, "PAGE")


def _selected_codes(project: Project, options: DocxExportOptions) -> list[Code]:
    codes = CodebookService(project).codes()
    if not options.code_ids:
        return codes
    chosen = set(options.code_ids)
    out = []
    for code in codes:  # tree order: parents first
        if code.id in chosen or (options.include_subcodes and code.parent_id in chosen):
            chosen.add(code.id)
            out.append(code)
    return out


def export_docx(project: Project, path: str | Path, options: DocxExportOptions = DocxExportOptions()) -> Path:
    """Write the coded excerpts of the chosen codes to ``path`` (.docx); return the path."""
    if options.group_by not in ("code", "document") or options.language not in LABELS:
        raise ValueError("group_by must be 'code' or 'document', language 'fr' or 'en'")
    writer = _Writer(options)
    writer.title()
    codes = _selected_codes(project, options)
    excerpts = CodingService(project).excerpts_for([c.id for c in codes])
    if options.group_by == "code":
        _by_code(project, writer, codes, excerpts)
    else:
        _by_document(writer, excerpts)
    path = Path(path)
    writer.doc.save(str(path))
    return path


def _by_code(project: Project, writer: _Writer, codes: list[Code], excerpts: list[Excerpt]) -> None:
    memos = {m.target_id: m.text for m in MemoService(project).memos("code")}
    per_code: dict[int, list[Excerpt]] = {}
    for e in excerpts:
        per_code.setdefault(e.coding.code_id, []).append(e)
    root_depth = min((c.path.count("/") for c in codes), default=0)
    for code in codes:
        writer.heading(code.name, code.path.count("/") - root_depth + 1)
        if writer.options.include_descriptions and code.description:
            writer.text(code.description, italic=True)
        if writer.options.include_memos and memos.get(code.id):
            writer.text(memos[code.id], label=writer.labels["memo"])
        for excerpt in per_code.get(code.id, []):
            writer.excerpt(excerpt)


def _by_document(writer: _Writer, excerpts: list[Excerpt]) -> None:
    if not excerpts:
        writer.none()
    current = None
    for excerpt in excerpts:  # already in document order, then text order
        if excerpt.coding.span.document_id != current:
            current = excerpt.coding.span.document_id
            writer.heading(excerpt.document_name, 1)
        writer.excerpt(excerpt, with_code=True)
