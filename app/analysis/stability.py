"""Class stability of a Reinert result (lexical.stability), kept in ``result.info["stability"]`` and written
to ``stability.csv`` / ``segment_stability.csv``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from app.analysis.params import ReinertParams
from app.analysis.results import ReinertResult
from corpus.messages import fmt_number, fmt_percent, msg
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress
from lexical.stability import StabilityOptions, assess_stability, reinert_classifier

CLASS_COLUMNS = ("class", "size", "mean_jaccard", "recovered_share", "label", "kept_forms")


def add_stability(result: ReinertResult, X: sp.spmatrix, vocabulary: Sequence[str], params: ReinertParams,
                  progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> None:
    """Re-run the simple classification ``params.stability_runs`` times on 80 % subsamples and store, per
    class, its mean Jaccard, recovered share, label and the profile forms that stay (Hennig 2007)."""
    if params.double:
        raise ValueError("class stability is computed for the simple classification only")
    options = StabilityOptions(runs=params.stability_runs)
    classify = reinert_classifier(options.fraction, preset=params.preset, nbcl_p1=params.nbcl_p1,
                                  mincl=params.mincl or int(result.info.get("mincl", 0) or 0), k=params.k,
                                  min_split_members=params.min_split_members)
    stab = assess_stability(X, np.asarray(result.labels), classify, options, list(vocabulary), progress, cancel)
    result.info["stability"] = {
        "runs": options.runs, "scheme": options.scheme, "fraction": options.fraction,
        "classes": [{"class": c.cls, "size": c.size, "mean_jaccard": round(c.mean_jaccard, 4),
                     "recovered_share": round(c.recovered_share, 4), "label": c.label,
                     "kept_forms": [[form, round(share, 3)] for form, share in c.kept_forms]}
                    for c in stab.classes],
        "segment_share": [None if np.isnan(v) else round(float(v), 3) for v in stab.segment_share],
    }


LABELS = {"stable": msg("stable"), "fragile": msg("fragile"), "dissolved": msg("dissolved")}


def stability_text(row: dict) -> str:
    """``stable · J 0,91 · 96 %``: label, mean Jaccard and recovered share, in the user's language."""
    label = LABELS.get(row["label"], row["label"])
    return msg("{label} · J {jaccard} · {recovered}", label=label,
               jaccard=fmt_number(row["mean_jaccard"], 2), recovered=fmt_percent(row["recovered_share"], 0)).render()


def class_stability(result: ReinertResult) -> dict[int, dict]:
    """The stability row of each class number, or an empty dict when none was computed."""
    stab = result.info.get("stability") or {}
    return {int(row["class"]): row for row in stab.get("classes", [])}


def write_stability(result: ReinertResult, folder: Path) -> list[Path]:
    """``stability.csv`` (one row per class) and ``segment_stability.csv`` (one per segment); [] if none."""
    stab = result.info.get("stability")
    if not stab:
        return []
    from app.analysis.tables import write_csv  # atomic, formula-safe like every other table

    classes = write_csv(folder / "stability.csv", CLASS_COLUMNS, (
        [row["class"], row["size"], f"{row['mean_jaccard']:.4f}", f"{row['recovered_share']:.4f}", row["label"],
         "; ".join(f"{form} ({share:.2f})" for form, share in row["kept_forms"])] for row in stab["classes"]))
    segments = write_csv(folder / "segment_stability.csv", ("segment", "class", "share_in_class"), (
        [i + 1, label, "" if share is None else f"{share:.3f}"]
        for i, (label, share) in enumerate(zip(result.labels, stab["segment_share"], strict=True))))
    return [classes, segments]
