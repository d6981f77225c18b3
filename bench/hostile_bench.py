"""How fast and how lean hostile files are refused (or repaired): every case of tests/reliability/hostile.py.

Usage: ``.venv/bin/python bench/hostile_bench.py [--big] [--filter TEXT]``. Each file goes through
``verbatim-cli`` (``import``, ``import-qdpx`` or ``import-qdc``) in a child forked from a warm CLI
(tests/reliability/cli_server.py), into a fresh project; prints the exit code, wall seconds and peak
resident memory of each child, then the slowest and the largest, with the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._machine import cpu_model, load_average  # noqa: E402
from corpus.store.project import Project  # noqa: E402
from tests.reliability import hostile  # noqa: E402


def _run(server: subprocess.Popen, argv: list[str], work: Path) -> dict:
    request = {"argv": argv, "stdout": str(work / "out"), "stderr": str(work / "err"), "timeout": 120}
    server.stdin.write(json.dumps(request) + "\n")
    server.stdin.flush()
    return json.loads(server.stdout.readline())


def main() -> int:
    """Run the cases and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="also the multi-GiB bombs (seconds to build)")
    parser.add_argument("--filter", default="", help="only cases whose name contains this text")
    args = parser.parse_args()
    env = {**os.environ, "VERBATIM_LANG": "en", "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "reliability" / "cli_server.py")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, env=env, text=True)
    assert json.loads(server.stdout.readline())["ready"]
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; load {load_average()}")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for index, case in enumerate(c for c in hostile.cases(big=args.big) if args.filter in c.name):
            work = Path(folder) / str(index)
            work.mkdir()
            path, project = case.make(work), work / "p.vbt"
            Project.create(project).close()
            argv = ([case.command, str(project), str(path)] if case.command == "import"
                    else [case.command, str(path), str(project)])
            answer = _run(server, argv, work)
            results.append((case.name, answer))
            print(f"{case.name:28} {case.expect:9} exit {answer['code']:>3}  {answer['seconds']:6.2f} s  "
                  f"{answer['peak'] / 2**20:6.0f} MiB{'  TIMEOUT' if answer['timed_out'] else ''}", flush=True)
    server.stdin.close()
    server.wait()
    slowest = max(results, key=lambda item: item[1]["seconds"])
    largest = max(results, key=lambda item: item[1]["peak"])
    print(f"{len(results)} files; slowest {slowest[0]} {slowest[1]['seconds']:.2f} s; "
          f"largest {largest[0]} {largest[1]['peak'] / 2**20:.0f} MiB; load {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
