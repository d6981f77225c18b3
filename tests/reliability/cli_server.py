"""A warm ``verbatim-cli``: imports the command line once, then runs each command in a forked child.

Starting the CLI costs seconds of imports (more on a loaded machine); the reliability suite runs hundreds of
commands. This server reads one JSON request per line on stdin — ``{"argv": [...], "stdout": path,
"stderr": path, "timeout": seconds}`` — forks, and in the child runs ``app.cli.main.main(argv)`` exactly as
the ``verbatim-cli`` script does (stdout and stderr go to the files; an uncaught exception prints its
traceback there), under an address-space limit of :data:`ADDRESS_LIMIT`. It answers one JSON line per
request: ``{"code": exit code, "seconds": wall time, "peak": peak resident bytes of the child,
"timed_out": bool}`` (a child still running after ``timeout`` is killed).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback

ADDRESS_LIMIT = 3 * 1024**3


def _child(argv: list[str], stdout: str, stderr: str) -> None:
    """Run the CLI in the forked child; never returns."""
    code = 1
    try:
        os.dup2(os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
        os.dup2(os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the child's whole life
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
        from app.cli.main import main

        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - what the interpreter would print for an uncaught exception
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)


def _wait(pid: int, timeout: float) -> tuple[int, float, int, bool]:
    """(exit code, seconds, peak resident bytes, timed out) of child ``pid``."""
    start = time.monotonic()
    timed_out = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            timed_out = True
            _done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.02)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return code, seconds, usage.ru_maxrss * 1024, timed_out


def serve() -> None:
    """Answer requests until stdin closes."""
    import app.cli.main  # noqa: F401 - warm: the children share these imports

    app.cli.main.build_parser()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request["argv"], request["stdout"], request["stderr"])
        code, seconds, peak, timed_out = _wait(pid, float(request.get("timeout", 30)))
        print(json.dumps({"code": code, "seconds": seconds, "peak": peak, "timed_out": timed_out}), flush=True)


if __name__ == "__main__":
    serve()
