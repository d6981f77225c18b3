"""Class stability on planted structure: strong classes score high, noise classes dissolve (Hennig's thresholds)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.chd import ReinertCHD
from lexical.progress import Cancelled, CancelToken
from lexical.stability import (
    StabilityOptions,
    assess_stability,
    draw_rows,
    match_classes,
    reinert_classifier,
    stability_label,
)


def planted(groups: int, per_group: int, purity: float, seed: int = 0, vocab: int = 40, common: int = 400,
            words: int = 10) -> sp.csr_matrix:
    """Segments of ``groups`` planted classes: each word comes from the class's own vocabulary with
    probability ``purity``, else from a vocabulary shared by all (purity 0 = pure noise)."""
    rng = np.random.default_rng(seed)
    rows, cols = [], []
    for g in range(groups):
        for i in range(per_group):
            for _ in range(words):
                own = rng.random() < purity
                cols.append(common + g * vocab + rng.integers(vocab) if own else rng.integers(common))
                rows.append(g * per_group + i)
    X = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(groups * per_group, common + groups * vocab))
    X.data[:] = 1.0
    return X


def assess(X: sp.csr_matrix, runs: int = 12):
    labels = ReinertCHD(nbcl_p1=5).fit(X).labels_
    options = StabilityOptions(runs=runs, workers=1)
    forms = [f"w{j}" for j in range(X.shape[1])]
    return labels, assess_stability(X, labels, reinert_classifier(options.fraction, nbcl_p1=5), options, forms)


def test_strong_classes_are_stable_and_noise_dissolves():
    _, strong = assess(planted(4, 200, purity=0.7))
    _, weak = assess(planted(4, 200, purity=0.2, seed=1))
    _, noise = assess(planted(4, 200, purity=0.0, seed=2))
    assert all(c.label == "stable" and c.mean_jaccard >= 0.75 for c in strong.classes)
    assert all(c.recovered_share == 1.0 for c in strong.classes)
    assert all(c.label == "dissolved" and c.mean_jaccard <= 0.5 for c in noise.classes)
    mean = lambda result: np.mean([c.mean_jaccard for c in result.classes])  # noqa: E731
    assert mean(noise) < mean(weak) < mean(strong)
    assert np.nanmean(strong.segment_share) > 0.95 > 0.6 > np.nanmean(noise.segment_share)


def test_profile_forms_of_a_stable_class_stay():
    labels, result = assess(planted(3, 200, purity=0.7))
    for row in result.classes:
        assert row.kept_forms, row
        own = [share for form, share in row.kept_forms]
        assert np.mean(own) > 0.5  # most of a stable class's profile stays in its top forms
        assert all(form.startswith("w") for form, _ in row.kept_forms)
    assert np.isnan(result.segment_share[labels == 0]).all()


def test_matching_takes_the_best_jaccard():
    old = np.array([1, 1, 1, 2, 2, 2, 0])
    new = np.array([5, 5, 7, 7, 7, 7, 5])
    jac, best = match_classes(old, new, [1, 2])
    assert best.tolist() == [5, 7]
    assert jac[0] == pytest.approx(2 / 4)  # {0,1} shared; class 1 = {0,1,2}, class 5 = {0,1,6}
    assert jac[1] == pytest.approx(3 / 4)


def test_draws_are_reproducible_and_follow_the_scheme():
    opts = StabilityOptions(runs=3, fraction=0.5, seed=7)
    a, b = draw_rows(100, opts, 1), draw_rows(100, opts, 1)
    assert (a == b).all() and len(a) == 50 and len(set(a)) == 50
    boot = draw_rows(100, StabilityOptions(scheme="bootstrap"), 0)
    assert len(boot) == 100 and len(set(boot)) < 100
    with pytest.raises(ValueError):
        draw_rows(10, StabilityOptions(scheme="jackknife"), 0)


def test_labels_follow_hennig_thresholds():
    assert stability_label(0.8) == "stable"
    assert stability_label(0.6) == "fragile"
    assert stability_label(0.5) == "dissolved"


def test_cancel_stops_the_runs():
    X = planted(2, 60, purity=0.7)
    labels = ReinertCHD(nbcl_p1=3).fit(X).labels_
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        assess_stability(X, labels, reinert_classifier(nbcl_p1=3), StabilityOptions(runs=5, workers=1), cancel=token)


@pytest.mark.slow
def test_worker_processes_give_the_same_result_as_one_process():
    X = planted(3, 120, purity=0.5)
    labels = ReinertCHD(nbcl_p1=4).fit(X).labels_
    classify = reinert_classifier(0.8, nbcl_p1=4)
    one = assess_stability(X, labels, classify, StabilityOptions(runs=6, workers=1))
    two = assess_stability(X, labels, classify, StabilityOptions(runs=6, workers=2))
    assert np.allclose(one.jaccard, two.jaccard)
    assert np.allclose(one.segment_share, two.segment_share, equal_nan=True)
