"""Annotation in worker processes: same rows, in order, as in one process; a broken worker is an error."""

from __future__ import annotations

import pytest

from lexical import annotate_pool
from lexical.annotate import MemoryCache, SpacyAnnotator, annotate_texts, char_batches

TEXTS = [f"Le chercheur {i} analyse l’œuvre des ouvriers.\nIls travaillent à l’usine depuis {i} ans."
         for i in range(14)] + ["", "Aujourd’hui, c’est-à-dire demain."]


@pytest.mark.slow
def test_two_workers_give_the_rows_of_one_process_in_order() -> None:
    annotator = SpacyAnnotator(batch_chars=200)  # several batches per worker
    alone = [a.rows for a in annotator.annotate(TEXTS, n_process=1)]
    pooled = [a.rows for a in annotate_texts(TEXTS, SpacyAnnotator(n_process=2, batch_chars=200), MemoryCache())]
    assert pooled == alone
    assert any(rows for rows in alone)
    assert len(annotate_pool.last_worker_peaks_mb) == 2  # both workers finished and said so
    assert all(mb > 100 for mb in annotate_pool.last_worker_peaks_mb)  # each loaded the model


def test_a_worker_that_cannot_start_is_an_error() -> None:
    batches = char_batches(["Un texte."] * 4, 10)
    with pytest.raises(RuntimeError, match="annotation worker failed"):
        list(annotate_pool.annotate_in_workers(batches, 2, "no_such_model_xx", 10))
