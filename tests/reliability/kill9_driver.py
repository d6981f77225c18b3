"""The child of the kill -9 harness: edits a project in a loop and acknowledges each committed edit.

``python kill9_driver.py WORKLOAD PROJECT OUTDIR SEED`` runs until killed. Each line it prints on stdout
(flushed) is a JSON acknowledgement written only *after* the edit it describes has committed (or the
export file has been renamed into place), so the parent may check that every acknowledged edit survives
a ``kill -9`` at any moment:

* ``coding``: a burst of single codings, undone one time in five (a commit each).
* ``autocode``: auto-codings to a new ``Auto/K<n>`` path (a composite: the code path and its codings).
* ``import``: imports of generated transcripts (turns, speakers, attributes: one transaction each).
* ``export``: one coding added, then the codings exported as CSV, DOCX, Iramuteq (and, one time in three,
  XLSX and qdpx), on a project given 20,000 codings first (``prepare-exports PROJECT N SEED``).

The work goes through the domain services and commands, exactly as the app and the CLI do.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coding import commands as cmd  # noqa: E402
from coding.autocode import autocode_path_command, autocode_preview  # noqa: E402
from coding.codebook import CodebookService  # noqa: E402
from coding.search import TextQuery  # noqa: E402
from coding.types import Span  # noqa: E402
from corpus.documents import CorpusService  # noqa: E402
from corpus.store.project import Project  # noqa: E402

WORDS = ("travail", "fatigue", "équipe", "patient", "horaires", "collègues", "soin", "nuit", "stress", "famille")


def ack(**fields: object) -> None:
    """One acknowledgement line, flushed at once."""
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def coding_burst(project: Project, rng: random.Random, _out: Path) -> None:
    documents = CorpusService(project).documents()
    code_id = CodebookService(project).codes()[0].id
    while True:
        doc = rng.choice(documents)
        start = rng.randrange(0, max(1, doc.characters - 20))
        inverse = cmd.ApplyCodings(code_id, (Span(doc.id, start, start + rng.randint(3, 19)),), "kill9").apply(project)
        ids = list(inverse.coding_ids)  # type: ignore[attr-defined]
        if ids and rng.random() < 0.2:
            ack(op="begin-uncoding", ids=ids)  # may or may not be committed when the kill comes
            inverse.apply(project)
            ack(op="uncoding", ids=ids)
        elif ids:
            ack(op="coding", ids=ids)


def autocode_loop(project: Project, rng: random.Random, _out: Path) -> None:
    n = 0
    while True:
        n += 1
        word = rng.choice(WORDS)
        hits = autocode_preview(project, TextQuery(word, regex=False, scope="sentence"))
        if not hits:
            continue
        path = f"Auto/K{n}-{word}"
        autocode_path_command(path, hits, "kill9").apply(project)
        ack(op="autocode", path=path, hits=len(hits))


def transcript(rng: random.Random, n: int) -> str:
    """A short generated interview with two speakers."""
    lines = []
    for turn in range(rng.randint(4, 12)):
        who = "Enquêtrice" if turn % 2 == 0 else f"Participant{n}"
        lines.append(f"{who} : " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))) + ".")
    return "\n".join(lines) + "\n"


def import_loop(project: Project, rng: random.Random, out: Path) -> None:
    service = CorpusService(project)
    n = 0
    while True:
        n += 1
        source = out / f"entretien-{rng.randrange(10**9)}-{n}.txt"
        text = transcript(rng, n)
        source.write_text(text, encoding="utf-8")
        report = service.import_files([source])
        ack(op="import", names=[d.name for d in report.documents], turns=sum(d.turn_count for d in report.documents))


def export_loop(project: Project, rng: random.Random, out: Path) -> None:
    from coding.export.docx_export import DocxExportOptions, export_docx
    from coding.export.iramuteq_export import export_iramuteq
    from coding.export.table_export import export_csv, export_xlsx
    from coding.refi.api import export_qdpx

    documents = CorpusService(project).documents()
    codes = CodebookService(project).codes()
    big, small = codes[0].id, codes[-1].id  # new codings go to the first code; Word gets the last one only
    while True:
        doc = rng.choice(documents)
        start = rng.randrange(0, max(1, doc.characters - 20))
        inverse = cmd.ApplyCodings(big, (Span(doc.id, start, start + rng.randint(3, 30)),), "kill9").apply(project)
        ack(op="coding", ids=list(inverse.coding_ids))  # type: ignore[attr-defined]
        rows = export_csv(project, out / "codings.csv")
        ack(op="export", file="codings.csv", rows=rows)
        export_docx(project, out / "extraits.docx", DocxExportOptions(code_ids=(small,), language="fr"))
        ack(op="export", file="extraits.docx")
        export_iramuteq(project, out / "corpus.txt")
        ack(op="export", file="corpus.txt")
        if rng.random() < 0.3:  # the slow ones less often, so that the kills spread over all five
            rows = export_xlsx(project, out / "codings.xlsx")
            ack(op="export", file="codings.xlsx", rows=rows)
            export_qdpx(project, out / "projet.qdpx")
            ack(op="export", file="projet.qdpx")


def prepare_exports(project_path: Path, codings: int, seed: int) -> None:
    """Give the export workload a realistic size: ``codings`` codings on the first code (a CSV export of
    this size takes long enough for a kill to land inside it)."""
    rng = random.Random(seed)
    with Project.open(project_path) as project:
        documents = CorpusService(project).documents()
        spans = set()
        while len(spans) < codings:
            doc = rng.choice(documents)
            start = rng.randrange(0, max(1, doc.characters - 40))
            spans.add(Span(doc.id, start, start + rng.randint(5, 40)))
        cmd.ApplyCodings(CodebookService(project).codes()[0].id, tuple(spans), "bulk").apply(project)


WORKLOADS = {"coding": coding_burst, "autocode": autocode_loop, "import": import_loop, "export": export_loop}


def main(argv: list[str]) -> int:
    workload, project_path, out, seed = argv[1], Path(argv[2]), Path(argv[3]), int(argv[4])
    if workload == "prepare-exports":
        prepare_exports(project_path, int(argv[3]), seed)
        return 0
    rng = random.Random(seed)
    if workload == "export":  # load the exporters before "ready": the kills land in the exports themselves
        import coding.export.docx_export  # noqa: F401
        import coding.export.table_export  # noqa: F401
        import coding.refi.api  # noqa: F401
    with Project.open(project_path) as project:
        ack(op="ready")
        WORKLOADS[workload](project, rng, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
