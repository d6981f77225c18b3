"""How much to trust each class of a Reinert classification: clusterwise stability by resampling.

Method: Hennig's clusterwise Jaccard assessment (C. Hennig, "Cluster-wise assessment of cluster
stability", *Computational Statistics & Data Analysis* 52, 2007; R ``fpc::clusterboot``). The classification
is run again ``runs`` times on perturbed inputs; in each run every original class is matched to the new class
with which it has the highest Jaccard similarity, computed on the segments present in that run. Per class we
report the mean of those Jaccard values and the share of runs in which the class is *recovered* (Jaccard
≥ 0.5); per segment, the share of the runs (in which it was drawn) where it stays in its class's counterpart.

Why subsampling by default: a bootstrap sample repeats segments, and the CHD's chi2 then counts a repeated
segment twice, which makes every class look more solid than it is; Hennig (2007) gives subsetting (drawing a
fraction of the points without replacement) as the alternative scheme for methods that do not handle
duplicates. ``scheme="bootstrap"`` is available for comparison.

Labels use Hennig's thresholds: a mean Jaccard ≥ 0.75 is *stable*, 0.5–0.75 *fragile* (a real pattern whose
membership is uncertain), ≤ 0.5 *dissolved* (not found again: treat it as an artefact).

Runs are spread over processes (one per free core); ``progress`` and ``cancel`` follow :mod:`lexical.progress`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from lexical.profiles import signed_chi2_2x2
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress

__all__ = [
    "StabilityOptions", "ClassStability", "StabilityResult", "assess_stability", "reinert_classifier",
    "stability_label",
]

STABLE = 0.75
DISSOLVED = 0.5
RECOVERED = 0.5


@dataclass(frozen=True)
class StabilityOptions:
    """``runs`` re-classifications of a ``fraction`` of the segments (``scheme`` "subsample" or "bootstrap")."""

    runs: int = 50
    scheme: str = "subsample"
    fraction: float = 0.8
    seed: int = 0
    top_forms: int = 15
    workers: int = 0  # 0: one per free core (at most 4)


@dataclass(frozen=True)
class ClassStability:
    """One class: its size, mean Jaccard, share of runs recovering it, label, and profile forms that stay."""

    cls: int
    size: int
    mean_jaccard: float
    recovered_share: float
    label: str
    kept_forms: tuple[tuple[str, float], ...] = ()  # (form, share of runs where it stays in the top profile)


@dataclass
class StabilityResult:
    """Stability of every class, and of every segment's membership (NaN for unclassified segments)."""

    classes: list[ClassStability]
    segment_share: np.ndarray
    jaccard: np.ndarray  # runs x classes
    options: StabilityOptions = field(default_factory=StabilityOptions)

    def by_class(self) -> dict[int, ClassStability]:
        """Classes keyed by their number."""
        return {c.cls: c for c in self.classes}


def stability_label(mean_jaccard: float) -> str:
    """``"stable"`` (≥ 0.75), ``"fragile"`` (0.5–0.75) or ``"dissolved"`` (≤ 0.5), after Hennig (2007)."""
    if mean_jaccard >= STABLE:
        return "stable"
    if mean_jaccard > DISSOLVED:
        return "fragile"
    return "dissolved"


Classifier = Callable[[sp.csr_matrix], np.ndarray]


def draw_rows(n: int, options: StabilityOptions, run: int) -> np.ndarray:
    """Row indices of run ``run``: a sorted subsample without replacement, or a bootstrap sample."""
    rng = np.random.default_rng([options.seed, run])
    if options.scheme == "bootstrap":
        return np.sort(rng.integers(0, n, size=n))
    if options.scheme != "subsample":
        raise ValueError(f"unknown resampling scheme {options.scheme!r}")
    size = max(2, int(round(n * options.fraction)))
    return np.sort(rng.choice(n, size=size, replace=False))


def _reinert_labels(settings: dict, X: sp.csr_matrix) -> np.ndarray:
    from lexical.chd import ReinertCHD

    return ReinertCHD(**settings).fit(X).labels_


def reinert_classifier(fraction: float = 1.0, **settings) -> Classifier:
    """A picklable classifier running :class:`lexical.chd.ReinertCHD` with ``settings``.

    A fixed ``mincl`` is scaled by ``fraction`` (the share of segments each run sees); ``mincl=0`` stays
    automatic (n / nbcl_p1 of the run's own segments), as in IRaMuTeQ."""
    from functools import partial

    settings = dict(settings)
    if settings.get("mincl"):
        settings["mincl"] = max(1, int(round(settings["mincl"] * fraction)))
    return partial(_reinert_labels, settings)


# ------------------------------------------------------------------------------------------ workers
_WORKER: dict[str, object] = {}


def _init_worker(X: sp.csr_matrix, classify: Classifier) -> None:
    _WORKER["X"], _WORKER["classify"] = X, classify
    with contextlib.suppress(OSError):  # a worker runs at low priority so the interface stays responsive
        os.nice(5)


def _run_worker(rows: np.ndarray) -> np.ndarray:
    X = _WORKER["X"]
    return np.asarray(_WORKER["classify"](X[rows]))  # type: ignore[operator,index]


def _worker_count(options: StabilityOptions) -> int:
    if options.workers:
        return max(1, options.workers)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(4, cores))


# ------------------------------------------------------------------------------------------ matching
def _first_labels(rows: np.ndarray, new_labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique original rows of a run and the new label of each (first occurrence for bootstrap duplicates)."""
    unique, first = np.unique(rows, return_index=True)
    return unique, np.asarray(new_labels)[first]


def match_classes(old: np.ndarray, new: np.ndarray, classes: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """For each original class, the best Jaccard with a new class (0 = unclassified is not a class) and that class.

    ``old`` and ``new`` are the labels of the same segments."""
    jac = np.zeros(len(classes))
    best = np.zeros(len(classes), dtype=np.int64)
    new_ids = [c for c in np.unique(new) if c != 0]
    if not new_ids:
        return jac, best
    table = np.zeros((len(classes), len(new_ids)))
    old_size = np.array([(old == k).sum() for k in classes], dtype=float)
    new_size = np.array([(new == c).sum() for c in new_ids], dtype=float)
    for i, k in enumerate(classes):
        in_k = new[old == k]
        for j, c in enumerate(new_ids):
            table[i, j] = (in_k == c).sum()
    union = old_size[:, None] + new_size[None, :] - table
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = np.where(union > 0, table / union, 0.0)
    jac = scores.max(axis=1)
    best = np.array(new_ids)[scores.argmax(axis=1)]
    return jac, best


def top_profile(X: sp.csr_matrix, members: np.ndarray, count: int) -> np.ndarray:
    """Column indices of the ``count`` forms with the highest positive signed chi2 for the rows in ``members``."""
    if members.sum() == 0:
        return np.zeros(0, dtype=np.int64)
    present = np.asarray((X > 0).sum(axis=0)).ravel().astype(float)
    o1 = np.asarray((X[members] > 0).sum(axis=0)).ravel().astype(float)
    inside = float(members.sum())
    o2 = inside - o1
    o3 = present - o1
    o4 = X.shape[0] - inside - o3
    chi2 = signed_chi2_2x2(o1, o2, o3, o4)
    order = np.argsort(-chi2, kind="stable")[:count]
    return order[chi2[order] > 0]


# ------------------------------------------------------------------------------------------ main
@dataclass
class _Tally:
    classes: list[int]
    runs: int
    n: int
    top: int
    jaccard: np.ndarray = field(init=False)
    seg_drawn: np.ndarray = field(init=False)
    seg_kept: np.ndarray = field(init=False)
    form_kept: dict[int, dict[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.jaccard = np.zeros((self.runs, len(self.classes)))
        self.seg_drawn = np.zeros(self.n)
        self.seg_kept = np.zeros(self.n)

    def add(self, run: int, X: sp.csr_matrix, labels: np.ndarray, rows: np.ndarray, new: np.ndarray,
            reference: dict[int, np.ndarray]) -> None:
        unique, first_new = _first_labels(rows, new)
        old = labels[unique]
        jac, best = match_classes(old, first_new, self.classes)
        self.jaccard[run] = jac
        classified = old != 0
        self.seg_drawn[unique[classified]] += 1
        partner = dict(zip(self.classes, best, strict=True))
        stays = np.array([m != 0 and partner.get(int(o), -1) == m for o, m in zip(old, first_new, strict=True)],
                         dtype=bool)
        self.seg_kept[unique[classified & stays]] += 1
        Xs = X[unique]
        for k, counterpart in partner.items():
            if counterpart == 0:
                continue
            now = set(top_profile(Xs, first_new == counterpart, self.top).tolist())
            kept = self.form_kept.setdefault(k, {})
            for f in reference[k]:
                if int(f) in now:
                    kept[int(f)] = kept.get(int(f), 0) + 1


def assess_stability(
    X,
    labels: np.ndarray,
    classify: Classifier,
    options: StabilityOptions | None = None,
    forms: Sequence[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER,
) -> StabilityResult:
    """Stability of the classes ``labels`` (0 = unclassified) of the rows of ``X`` (segments x active forms).

    ``classify`` maps a sub-matrix to its labels with the same settings as the original classification; it
    must be picklable (a module-level function or a :func:`functools.partial`) since runs go to worker
    processes. ``forms`` names the columns, for the profile forms that stay."""
    options = options or StabilityOptions()
    X = sp.csr_matrix(X)
    labels = np.asarray(labels)
    classes = sorted(int(c) for c in np.unique(labels) if c != 0)
    tally = _Tally(classes, options.runs, X.shape[0], options.top_forms)
    reference = {k: top_profile(X, labels == k, options.top_forms) for k in classes}
    draws = [draw_rows(X.shape[0], options, run) for run in range(options.runs)]
    progress(0.0, "stability")
    for done, (run, new) in enumerate(_classify_runs(X, classify, draws, options, cancel), start=1):
        tally.add(run, X, labels, draws[run], new, reference)
        progress(done / options.runs, "stability")
    return _result(tally, labels, reference, forms, options)


def _classify_runs(X, classify: Classifier, draws: list[np.ndarray], options: StabilityOptions,
                   cancel: CancelToken):
    """``(run, labels)`` as runs finish; in this process when one worker suffices."""
    workers = min(_worker_count(options), len(draws))
    if workers <= 1:
        for run, rows in enumerate(draws):
            cancel.check()
            yield run, np.asarray(classify(X[rows]))
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold GUI threads
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(X, classify)) as pool:
        pending: dict[Future, int] = {}
        queue = iter(enumerate(draws))
        try:
            for run, rows in queue:  # keep every worker fed, two tasks ahead
                pending[pool.submit(_run_worker, rows)] = run
                if len(pending) >= 2 * workers:
                    break
            while pending:
                cancel.check()
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    run = pending.pop(future)
                    nxt = next(queue, None)
                    if nxt is not None:
                        pending[pool.submit(_run_worker, nxt[1])] = nxt[0]
                    yield run, future.result()
        finally:
            for future in pending:
                future.cancel()


def _result(tally: _Tally, labels: np.ndarray, reference: dict[int, np.ndarray],
            forms: Sequence[str] | None, options: StabilityOptions) -> StabilityResult:
    rows = []
    for i, k in enumerate(tally.classes):
        mean = float(tally.jaccard[:, i].mean()) if tally.runs else float("nan")
        recovered = float((tally.jaccard[:, i] >= RECOVERED).mean()) if tally.runs else float("nan")
        kept = tally.form_kept.get(k, {})
        named = tuple(
            ((forms[f] if forms is not None else str(f)), kept.get(int(f), 0) / max(tally.runs, 1))
            for f in reference[k]
        )
        rows.append(ClassStability(k, int((labels == k).sum()), mean, recovered, stability_label(mean), named))
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(tally.seg_drawn > 0, tally.seg_kept / tally.seg_drawn, np.nan)
    share[labels == 0] = np.nan
    return StabilityResult(rows, share, tally.jaccard, options)
