"""Word export of coded excerpts, laid out the way researchers paste them into a report.

Structure (grouped by code): the title, then per code a heading (level = 1 + the number of its
ancestors also exported, at most 9), its description in italics, its memo, then each excerpt as a
quotation followed by its source line ``Léa (34 ans, infirmière) — Entretien 2, 00:12:03`` and,
when memos are included, the coding's memo. Grouped by document: a heading per document, then its
excerpts in text order, each source line naming the code. Page numbers sit in the footer. In
French, quotes take « » with non-breaking spaces, quotations inside them “ ”, and ``; : ! ?`` a
narrow non-breaking space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.export.cell_safety import XmlSanitizer, clean_code, clean_excerpt
from coding.memos import MemoService
from coding.types import Code, Excerpt
from corpus.atomic import atomic_write
from corpus.messages import Message
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
    « », straight double quotes turned into guillemets. ``?!`` stays together."""
    text = re.sub(r'"([^"\n]*)"', r"«\1»", text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", text)
    text = re.sub(r"(?<=[^\s;!?])[ \u00a0\u202f]*([;!?])", NNBSP + r"\1", text)
    return re.sub(r"(?<=[^\s\d:/])[ \u00a0\u202f]*(:)(?=\s|$)", NNBSP + r"\1", text)


_INNER_PAIRS = (re.compile(r'"([^"«»“”]*)"'), re.compile(r"«[ \u00a0\u202f]*([^«»“”]*?)[ \u00a0\u202f]*»"))
_WHOLE_QUOTE = re.compile(r'(?:«[ \u00a0\u202f]*([^«»"“”]*?)[ \u00a0\u202f]*»|"([^«»"“”]*)"|“([^«»"“”]*)”)')


def quoted(text: str, language: str) -> str:
    """A snippet between the quotation marks of the language, line breaks and runs of spaces made
    single spaces. In French the snippet's own quotations become “ ” inside the « » (a snippet that
    is itself one whole quotation keeps a single pair) and French spacing is applied."""
    text = " ".join(text.split())
    whole = _WHOLE_QUOTE.fullmatch(text)
    if whole:
        text = next(g for g in whole.groups() if g is not None).strip()
    if language != "fr":
        return f"“{text}”"
    for pair in _INNER_PAIRS:
        text = pair.sub(r"“\1”", text)
    return f"«{NBSP}{french_typography(text)}{NBSP}»"


def hms(seconds: float | None) -> str:
    """``hh:mm:ss`` of a time stamp, seconds cut (a cue at 4.5 s reads 00:00:04, where the speech
    is); empty when ``None``."""
    if seconds is None:
        return ""
    s = int(max(seconds, 0))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


_AGE_KEYS = {"age", "âge", "ages", "âges"}
_YES_NO = {"oui", "non", "yes", "no", "true", "false", "vrai", "faux", "x", "0", "1"}
MAX_ATTRIBUTES_CHARS = 60


def compact_attributes(attributes: dict[str, str], language: str) -> str:
    """Speaker attributes as a reader wants them in a source line: ``34 ans, infirmière, Lyon``.

    A value that speaks for itself stands alone; an age becomes ``34 ans`` (``34 y/o``); a bare
    number or a yes/no keeps its name (``enfants 2``, ``télétravail : oui``). Whole attributes are
    kept up to :data:`MAX_ATTRIBUTES_CHARS` characters; the rest is replaced by ``…``.
    """
    parts = []
    for key, value in attributes.items():
        value = " ".join(str(value).split())
        key = " ".join(key.split())
        if not value:
            continue
        if key.casefold() in _AGE_KEYS and value.isdigit():
            parts.append(f"{value} ans" if language == "fr" else f"{value} y/o")
        elif value.casefold() in _YES_NO:
            parts.append(f"{key}{NNBSP if language == 'fr' else ''}: {value}")
        elif not any(ch.isalpha() for ch in value):
            parts.append(f"{key} {value}")
        else:
            parts.append(value)
    kept: list[str] = []
    for part in parts:  # whole attributes only: never cut a value in the middle of a word
        if kept and len(", ".join([*kept, part])) > MAX_ATTRIBUTES_CHARS - 2:
            return ", ".join(kept) + ", …"
        kept.append(part)
    return ", ".join(kept)


def source_line(excerpt: Excerpt, options: DocxExportOptions, with_code: bool = False,
                with_document: bool = True) -> str:
    """``Léa (34 ans, infirmière) — Entretien 2, 00:12:03``; with the code first when grouped by
    document (``Vécu/Fatigue — Léa (34 ans), 00:12:03``, the document being the heading)."""
    who = excerpt.speaker or ""
    attributes = compact_attributes(excerpt.speaker_attributes, options.language) if (
        who and options.include_speaker_attributes) else ""
    if attributes:
        who += f" ({attributes})"
    if with_document:
        parts = [who, ", ".join(p for p in (excerpt.document_name, hms(excerpt.timestamp)) if p)]
    else:
        parts = [", ".join(p for p in (who, hms(excerpt.timestamp)) if p)]
    parts = [p for p in ([excerpt.code_path] if with_code else []) + parts if p]
    line = " — ".join(parts)
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

    def excerpt(self, excerpt: Excerpt, with_code: bool = False, memo: str = "") -> None:
        quote = self.doc.add_paragraph(style="Quote")
        _add_text(quote, quoted(excerpt.coding.snippet, self.options.language))
        quote.paragraph_format.keep_with_next = True  # never a quote at a page foot, its source overleaf
        source = self.doc.add_paragraph(source_line(excerpt, self.options, with_code, with_document=not with_code))
        source.paragraph_format.left_indent = Cm(1)
        source.paragraph_format.space_after = Pt(4 if memo else 10)
        source.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for run in source.runs:
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if memo:
            source.paragraph_format.keep_with_next = True
            text = " ".join(memo.split())
            note = self.doc.add_paragraph()
            note.paragraph_format.left_indent = Cm(1)
            note.paragraph_format.space_after = Pt(10)
            colon = f"{NNBSP}: " if self.options.language == "fr" else ": "
            label = note.add_run(self.labels["memo"] + colon)
            label.bold = True
            body = note.add_run(french_typography(text) if self.options.language == "fr" else text)
            for run in (label, body):
                run.font.size = Pt(9)

    def none(self) -> None:
        self.doc.add_paragraph(self.labels["none"]).runs[0].italic = True


_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A-\u23FF\u200D\uFE0F\u20E3]+")
EMOJI_FONT = "Segoe UI Emoji"


def _add_text(paragraph, text: str) -> None:  # noqa: ANN001 - a python-docx paragraph
    """Add ``text`` as runs, emoji in runs of an emoji font (Word shows them, not empty boxes);
    ``paragraph.text`` reads back ``text`` exactly."""
    position = 0
    for m in _EMOJI.finditer(text):
        if m.start() > position:
            paragraph.add_run(text[position:m.start()])
        run = paragraph.add_run(m.group())
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), EMOJI_FONT)
        position = m.end()
    if position < len(text) or not text:
        paragraph.add_run(text[position:])


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


def export_docx(project: Project, path: str | Path, options: DocxExportOptions = DocxExportOptions(),
                warnings: list[Message] | None = None) -> Path:
    """Write the coded excerpts of the chosen codes to ``path`` (.docx, atomically); return the path.

    Characters XML cannot hold are replaced by U+FFFD; one message per document, code, speaker or memo
    where that happened is appended to ``warnings``."""
    if options.group_by not in ("code", "document") or options.language not in LABELS:
        raise ValueError("group_by must be 'code' or 'document', language 'fr' or 'en'")
    clean = XmlSanitizer()
    options = replace(options, title=clean.clean(options.title, "other", options.title))
    writer = _Writer(options)
    writer.title()
    codes = [clean_code(c, clean) for c in _selected_codes(project, options)]
    excerpts = [clean_excerpt(e, clean) for e in CodingService(project).excerpts_for([c.id for c in codes])]
    memos = MemoService(project)
    paths = {c.id: c.path or c.name for c in codes}
    documents = {e.coding.id: e.document_name for e in excerpts}
    coding_memos = {m.target_id: clean.clean(m.text, "memo", documents[m.target_id])
                    for m in memos.memos("coding") if m.target_id in documents} if options.include_memos else {}
    if options.group_by == "code":
        code_memos = {m.target_id: clean.clean(m.text, "memo", paths[m.target_id])
                      for m in memos.memos("code") if m.target_id in paths} if options.include_memos else {}
        _by_code(writer, codes, excerpts, code_memos, coding_memos)
    else:
        _by_document(writer, excerpts, coding_memos)
    path = Path(path)
    atomic_write(path, lambda tmp: writer.doc.save(str(tmp)))
    if warnings is not None:
        warnings.extend(clean.report())
    return path


def _levels(codes: list[Code]) -> dict[int, int]:
    """Heading level of each exported code: 1 + the number of its ancestors also exported (a
    sub-code exported without its parent is a top-level heading)."""
    levels: dict[int, int] = {}
    for code in codes:  # tree order: parents first
        levels[code.id] = levels[code.parent_id] + 1 if code.parent_id in levels else 1
    return levels


def _by_code(writer: _Writer, codes: list[Code], excerpts: list[Excerpt], code_memos: dict[int, str],
             coding_memos: dict[int, str]) -> None:
    per_code: dict[int, list[Excerpt]] = {}
    for e in excerpts:
        per_code.setdefault(e.coding.code_id, []).append(e)
    levels = _levels(codes)
    for code in codes:
        writer.heading(code.name, levels[code.id])
        if writer.options.include_descriptions and code.description:
            writer.text(code.description, italic=True)
        if code_memos.get(code.id):
            writer.text(code_memos[code.id], label=writer.labels["memo"])
        for excerpt in per_code.get(code.id, []):
            writer.excerpt(excerpt, memo=coding_memos.get(excerpt.coding.id, ""))


def _by_document(writer: _Writer, excerpts: list[Excerpt], coding_memos: dict[int, str]) -> None:
    if not excerpts:
        writer.none()
    current = None
    for excerpt in excerpts:  # already in document order, then text order
        if excerpt.coding.span.document_id != current:
            current = excerpt.coding.span.document_id
            writer.heading(excerpt.document_name, 1)
        writer.excerpt(excerpt, with_code=True, memo=coding_memos.get(excerpt.coding.id, ""))
