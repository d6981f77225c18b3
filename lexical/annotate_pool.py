"""spaCy annotation in worker processes started with ``subprocess`` (``python -m lexical.annotate_pool``).

Why not ``multiprocessing`` (or spaCy's ``n_process``): the GUI runs analyses in a *daemonic* spawned
child, which may not start multiprocessing children; "spawn" re-imports the caller's ``__main__``
(a script without the ``if __name__ == "__main__"`` guard then forks workers forever); "fork" from a
threaded process is unsafe; and spaCy's workers send whole ``Doc`` objects back. Here each worker loads
the model once, reads pickled batches of texts on stdin and writes back only the compact rows of each
text's :class:`~lexical.annotate.TextAnnotation`. Batches go round-robin; results come back in order.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator

from lexical.frozen_workers import worker_command

__all__ = ["annotate_in_workers", "last_worker_peaks_mb"]

#: Peak memory (MB) of each worker of the last :func:`annotate_in_workers` run (benchmarks print it).
last_worker_peaks_mb: list[float] = []

_HEADER = struct.Struct("<Q")


def _send(stream, obj: object) -> None:  # noqa: ANN001 - a binary file
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream) -> object:  # noqa: ANN001 - a binary file
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError("annotation worker stopped")
    (size,) = _HEADER.unpack(head)
    return pickle.loads(stream.read(size))


def _start(model: str, batch_chars: int) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env.setdefault("OMP_NUM_THREADS", "1")
    return subprocess.Popen(
        worker_command("lexical.annotate_pool", model, str(batch_chars)),  # frozen builds too
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
    )


def annotate_in_workers(batches: Iterable[list[str]], n_workers: int, model: str, batch_chars: int
                        ) -> Iterator[tuple[tuple[str, str, str, int], ...]]:
    """Rows of every text of ``batches``, in order, computed by ``n_workers`` worker processes."""
    workers = [_start(model, batch_chars) for _ in range(n_workers)]
    last_worker_peaks_mb.clear()
    sent = [0]
    failed: list[BaseException] = []

    def feed() -> None:
        try:
            for k, batch in enumerate(batches):
                _send(workers[k % n_workers].stdin, batch)
                sent[0] = k + 1
        except BaseException as exc:  # noqa: BLE001 - re-raised by the reader
            failed.append(exc)
        finally:
            for proc in workers:
                with contextlib.suppress(OSError):
                    proc.stdin.close()

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        k = 0
        while True:
            try:
                rows = _receive(workers[k % n_workers].stdout)
                if _record_peak(rows):  # the worker's last word, then EOF
                    rows = _receive(workers[k % n_workers].stdout)
            except EOFError:
                # the worker has nothing more: normal when every batch sent is read
                feeder.join()
                if failed:
                    raise failed[0] from None
                if k < sent[0]:
                    raise RuntimeError(f"annotation worker failed (exit code {workers[k % n_workers].wait()})"
                                       ) from None
                _collect_peaks(workers, skip=k % n_workers)
                return
            yield from rows
            k += 1
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def _collect_peaks(workers: list[subprocess.Popen], skip: int) -> None:
    """Read the peak-memory message of every worker but ``skip`` (already read); all are done."""
    for i, proc in enumerate(workers):
        if i == skip:
            continue
        with contextlib.suppress(EOFError, OSError, pickle.UnpicklingError):
            _record_peak(_receive(proc.stdout))


def _record_peak(message: object) -> bool:
    """Keep a worker's peak-memory message (a dict, its last one); False for anything else."""
    if not isinstance(message, dict):
        return False
    last_worker_peaks_mb.append(float(message.get("peak_mb", 0.0)))
    return True


def _peak_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform does not say).

    Linux: ``VmHWM`` of ``/proc/self/status``. ``ru_maxrss`` is not used there: it survives ``exec``,
    so a worker would report the memory of the big process that started it.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 ** 2)


def _serve(model: str, batch_chars: int) -> None:
    """Worker loop: load the model, then annotate batches until stdin closes."""
    from lexical.annotate import SpacyAnnotator

    annotator = SpacyAnnotator(model, n_process=1, batch_chars=batch_chars)
    _ = annotator.nlp
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            texts = _receive(inp)
        except EOFError:
            _send(out, {"peak_mb": _peak_mb()})
            return
        _send(out, [a.rows for a in annotator.annotate_batch(texts)])


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]))
