"""How many annotation processes are used, from the corpus size and the machine's load."""

from __future__ import annotations

import pytest

from lexical.annotate import SpacyAnnotator


@pytest.mark.parametrize(("cpus", "load", "chars", "expected"), [
    (2, 1.0, 5_000_000, 2),    # only this process was busy: both cores
    (2, 1.6, 5_000_000, 2),    # a little background load: still worth two workers
    (2, 2.2, 5_000_000, 1),    # another program takes a core: one process
    (2, 0.0, 100_000, 1),      # small corpus: a worker's model load would cost more than it saves
    (1, 0.0, 5_000_000, 1),
    (8, 1.0, 5_000_000, 4),    # capped at max_workers
    (8, 6.0, 5_000_000, 3),
])
def test_processes_follow_free_cores(monkeypatch, cpus, load, chars, expected) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: cpus)
    monkeypatch.setattr("os.getloadavg", lambda: (load, load, load))
    assert SpacyAnnotator().processes_for(chars) == expected


def test_explicit_process_count_wins(monkeypatch) -> None:
    monkeypatch.setattr("os.getloadavg", lambda: (9.0, 9.0, 9.0))
    assert SpacyAnnotator(n_process=2).processes_for(10) == 2


def test_no_load_average_means_free_cores(monkeypatch) -> None:
    def missing() -> tuple[float, float, float]:
        raise OSError("no load average")

    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr("os.getloadavg", missing)
    assert SpacyAnnotator().processes_for(5_000_000) == 2
