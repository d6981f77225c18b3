"""What other REFI-QDA tools keep of our exports: the bundled sample project fed to QualCoder's own import,
to Taguette's, and back to ours.

Usage::

    .venv/bin/python bench/refi_peers_bench.py [--qualcoder-src DIR --qualcoder-python PY] [--taguette-python PY]

``--qualcoder-src`` is the ``src`` folder of a QualCoder checkout (github.com/ccbogel/QualCoder, not on PyPI)
and ``--qualcoder-python`` a Python with PyQt6 (a throwaway virtualenv: ``python -m venv /tmp/qc && /tmp/qc/bin/pip
install PyQt6``); QualCoder's ``RefiImport`` runs headless through ``bench/refi_qualcoder_harness.py``.
``--taguette-python`` is a Python with ``taguette`` installed (PyPI, a throwaway virtualenv). Taguette 1.5 has no
REFI-QDA project import at all and imports codebooks from CSV only: our ``.qdc`` is fed to its codebook importer
(to show what it says), and Taguette's own ``.qdc`` export of our code paths is fed to ours. A peer left out is
reported as not run.

Printed: the machine, the sample's size, export times, then per peer the codings that came back identical
(code, document, start, end, text), the code hierarchy (parent of every code), memos found again (by text),
annotations created, cases and case links; then, for each real ``.qdpx`` of ``--samples``, the import time, the
reading of positions chosen per source and the share of codings whose two ends fall on word boundaries.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _machine import cpu_model, load_average  # noqa: E402

from coding.codebook import CodebookService  # noqa: E402
from coding.codings import CodingService  # noqa: E402
from coding.memos import MemoService  # noqa: E402
from coding.refi import export_qdc, export_qdpx, import_qdc, import_qdpx  # noqa: E402
from coding.refi.readings import on_boundary  # noqa: E402
from coding.sample import build_sample_project  # noqa: E402
from corpus.cases import CaseService  # noqa: E402
from corpus.documents import CorpusService  # noqa: E402
from corpus.store.project import Project  # noqa: E402


def ours(project: Project) -> dict:
    """What the comparison needs from a Verbatim project."""
    docs = {d.id: d for d in CorpusService(project).documents()}
    codes = {c.id: c for c in CodebookService(project).codes()}
    codings = {(codes[c.code_id].name, docs[c.span.document_id].name, c.span.start, c.span.end, c.snippet)
               for c in CodingService(project).codings()}
    parents = {c.name: (codes[c.parent_id].name if c.parent_id in codes else None) for c in codes.values()}
    paths = {c.path for c in codes.values()}
    memos = [m.text for m in MemoService(project).memos()]
    turns = CorpusService(project).turns()
    return {"codings": codings, "parents": parents, "paths": paths, "memos": memos, "cases": [c.name for c in CaseService(project).cases()],
            "turns": len(turns), "kinds": sorted((d.name, d.kind, d.source_name) for d in docs.values())}


def compare_qualcoder(mine: dict, qc: dict) -> dict:
    """Codings, hierarchy, memos, annotations and cases of QualCoder's import against ours."""
    sources = {s["id"]: s["name"] for s in qc["sources"]}
    code_names = {c["cid"]: c["name"] for c in qc["codes"]}
    cats = {c["catid"]: c["name"] for c in qc["categories"]}
    theirs = {(code_names.get(c["cid"]), sources.get(c["fid"]), c["pos0"], c["pos1"], c["seltext"])
              for c in qc["codings"]}
    parents = {c["name"]: code_names.get(c["supercid"]) or cats.get(c["catid"]) for c in qc["codes"]}
    parents.update({c["name"]: cats.get(c["supercatid"]) for c in qc["categories"]})
    stored = [j["jentry"] or "" for j in qc["journals"]] + [x.get("memo") or "" for key in ("codes", "categories",
              "sources", "cases", "codings") for x in qc[key]]
    found = sum(1 for memo in mine["memos"] if any(memo.strip() in s for s in stored))
    return {
        "codings identical": f"{len(mine['codings'] & theirs)}/{len(mine['codings'])}",
        "hierarchy kept": f"{sum(1 for n, p in mine['parents'].items() if parents.get(n, 'missing') == p)}"
                          f"/{len(mine['parents'])} codes with the same parent "
                          f"({len(qc['categories'])} categories, {len(qc['codes'])} codes)",
        "memos found again": f"{found}/{len(mine['memos'])} ({len(qc['journals'])} journals)",
        "annotations created": len(qc["annotations"]),
        "cases": f"{len(qc['cases'])}/{len(mine['cases'])}, {len(qc['case_text'])} case-text links",
        "attribute values": len(qc["attributes"]),
    }


def run_qualcoder(args: argparse.Namespace, qdpx: Path, mine: dict, work: Path) -> dict | str:
    """QualCoder's import of ``qdpx``, compared; or why it could not run."""
    if not (args.qualcoder_src and args.qualcoder_python):
        return "not run (give --qualcoder-src and --qualcoder-python)"
    out = work / "qualcoder.json"
    started = time.perf_counter()
    done = subprocess.run([args.qualcoder_python, str(ROOT / "bench" / "refi_qualcoder_harness.py"),
                           args.qualcoder_src, str(qdpx), str(out)], capture_output=True, text=True, timeout=600,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(work)})
    if done.returncode != 0 or not out.is_file():
        return f"failed (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:] }"
    out.rename(work / f"qualcoder-{qdpx.stem}.json")
    result = compare_qualcoder(mine, json.loads((work / f"qualcoder-{qdpx.stem}.json").read_text(encoding="utf-8")))
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


TAGUETTE_SCRIPT = """
import json, sys, types
from taguette.export import codebook_xml
from taguette.import_codebook import InvalidCodebook, list_tags
qdc, paths, out = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
try:
    with open(qdc, 'rb') as f:
        read = {'ok': [t['path'] for t in list_tags(f)]}
except InvalidCodebook as exc:
    read = {'error': exc.message}
codebook_xml([types.SimpleNamespace(path=p, description='') for p in paths], out)
print(json.dumps(read))
"""


def run_taguette(args: argparse.Namespace, qdc: Path, mine: dict, work: Path) -> dict | str:
    """Taguette's codebook import fed our ``.qdc``; and Taguette's ``.qdc`` export of our code paths fed to ours."""
    if not args.taguette_python:
        return "not run (give --taguette-python)"
    theirs = work / "taguette.qdc"
    paths = sorted(mine["paths"])
    done = subprocess.run([args.taguette_python, "-c", TAGUETTE_SCRIPT, str(qdc), json.dumps(paths), str(theirs)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        return f"failed (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    read = json.loads(done.stdout)
    with Project.create(work / "from-taguette.vbt") as project:
        report = import_qdc(project, theirs)
        back = {c.name for c in CodebookService(project).codes()}
    return {"our .qdc read by Taguette": read.get("error") or f"{len(read['ok'])}/{len(paths)} codes",
            "Taguette's .qdc read by Verbatim": f"{len(back & set(paths))}/{len(paths)} codes "
                                                f"({len(report.entries)} report lines)"}


def real_samples(folder: Path, work: Path) -> None:
    """Import every real ``.qdpx`` of ``folder``: time, reading chosen per source, codings on word boundaries."""
    for path in sorted(folder.glob("*.qdpx")):
        with Project.create(work / f"{path.stem}.vbt") as project:
            started = time.perf_counter()
            report = import_qdpx(project, path)
            seconds = time.perf_counter() - started
            texts = CorpusService(project).texts()
            codings = CodingService(project).codings()
            good = sum(1 for c in codings if on_boundary(texts[c.span.document_id], c.span.start)
                       and on_boundary(texts[c.span.document_id], c.span.end))
            size = sum(len(t) for t in texts.values())
        share = f"{good}/{len(codings)} codings on word boundaries" if codings else "no codings"
        print(f"  {path.name}: {size} characters in {len(texts)} sources, imported in {seconds:.2f} s; {share}")
        for choice in report.readings:
            print(f"    {choice.source}: {choice.key} ({choice.confidence}, {choice.share:.1%} of "
                  f"{choice.selections} selections on word boundaries)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qualcoder-src")
    parser.add_argument("--qualcoder-python")
    parser.add_argument("--taguette-python")
    parser.add_argument("--samples", default=str(ROOT.parent / "shared" / "exchange_samples"),
                        help="folder of real .qdpx files to import (default: ../shared/exchange_samples)")
    args = parser.parse_args()
    print(f"machine: {platform.node()} | {cpu_model()} | Python {platform.python_version()} | load {load_average()}")
    with tempfile.TemporaryDirectory(prefix="refi-peers-") as tmp:
        work = Path(tmp)
        sample = build_sample_project(work / "sample.vbt")
        qdpx, qdc = work / "sample.qdpx", work / "sample.qdc"
        with Project.open(sample) as project:
            mine = ours(project)
            started = time.perf_counter()
            export_report = export_qdpx(project, qdpx)
            qdpx_seconds = time.perf_counter() - started
            export_qdc(project, qdc)
            speakers = work / "sample-speakers.qdpx"
            export_qdpx(project, speakers, speakers_as_codes=True)
        print(f"sample project: {len(mine['kinds'])} documents, {len(mine['parents'])} codes, "
              f"{len(mine['codings'])} codings, {len(mine['memos'])} memos, {len(mine['cases'])} cases, "
              f"{mine['turns']} turns; .qdpx {qdpx.stat().st_size} bytes written in {qdpx_seconds:.2f} s")
        print("export report:", export_report.render().replace("\n", "\n  "))
        with Project.create(work / "back.vbt") as back:
            import_qdpx(back, qdpx)
            again = ours(back)
        print("Verbatim -> .qdpx -> Verbatim:", {
            "codings identical": f"{len(mine['codings'] & again['codings'])}/{len(mine['codings'])}",
            "hierarchy kept": again["parents"] == mine["parents"], "memos identical": sorted(again["memos"]) ==
            sorted(mine["memos"]), "turns": f"{again['turns']}/{mine['turns']}",
            "document kind and file kept": again["kinds"] == mine["kinds"]})
        print("QualCoder (its RefiImport):", run_qualcoder(args, qdpx, mine, work))
        print("QualCoder, export with --speakers-as-codes:", run_qualcoder(args, speakers, mine, work))
        print("Taguette (codebooks both ways):", run_taguette(args, qdc, mine, work))
        if Path(args.samples).is_dir():
            print(f"real files of other tools ({args.samples}):")
            real_samples(Path(args.samples), work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
