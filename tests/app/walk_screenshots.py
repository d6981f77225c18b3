"""The first-day path walked in a real X window with real clicks and keys (xdotool), in French:
``VERBATIM_LANG=fr xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/app/walk_screenshots.py OUT_DIR [STEPS_DIR]``.

Starts ``verbatim`` as a new user would (fresh settings and data folders: the sample is built and opened),
opens each document, codes a passage by click and one by key, undoes, runs a Reinert classification from
the analysis panel and opens its result; the whole screen is saved after each step (``STEPS_DIR/walk_NN_step.png``,
a temporary folder by default). The coder question, the welcome page and the sample
opened from it also go to ``OUT_DIR`` as ``first_coder.png``, ``welcome.png`` and ``first_screen.png``. Positions are those of the
window on a 1600x1000 screen; look at the pictures after a layout change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def xdo(*args: str) -> str:
    """Run one xdotool command; its output."""
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True).stdout.strip()


def click(x: int, y: int, count: int = 1) -> None:
    """Click (``count`` times) at screen position (x, y)."""
    xdo("mousemove", str(x), str(y))
    time.sleep(0.2)
    xdo("click", "--repeat", str(count), "--delay", "80", "1")
    time.sleep(0.6)


def drag(x1: int, y1: int, x2: int, y2: int) -> None:
    """Select by dragging the mouse from (x1, y1) to (x2, y2)."""
    xdo("mousemove", str(x1), str(y1))
    xdo("mousedown", "1")
    time.sleep(0.2)
    xdo("mousemove", str((x1 + x2) // 2), str((y1 + y2) // 2))
    time.sleep(0.1)
    xdo("mousemove", str(x2), str(y2))
    time.sleep(0.2)
    xdo("mouseup", "1")
    time.sleep(0.5)


def key(*keys: str) -> None:
    """Press keys (xdotool names, e.g. ``ctrl+z``)."""
    xdo("key", "--delay", "120", *keys)
    time.sleep(0.8)


class Walk:
    """Numbered whole-screen pictures into ``out``."""

    def __init__(self, out: Path, steps: Path):
        self.out, self.steps, self.count = out, steps, 0

    def shot(self, name: str, wait: float = 1.0) -> Path:
        time.sleep(wait)
        self.count += 1
        path = self.steps / f"walk_{self.count:02d}_{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(path, flush=True)
        return path


def wait_for_window(title: str, timeout: float = 60) -> str:
    """The X id of the first visible window whose title contains ``title``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                               capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.5)
    raise RuntimeError(f"no window named {title!r}")


def crop_to_window(shot: Path, window: str, target: Path, margin: int = 24) -> None:
    """``shot`` cut around the X window ``window`` (a dialog alone on the screen), saved as ``target``."""
    geometry = dict(line.split("=") for line in xdo("getwindowgeometry", "--shell", window).splitlines())
    x, y = max(int(geometry["X"]) - margin, 0), max(int(geometry["Y"]) - margin, 0)
    width, height = int(geometry["WIDTH"]) + 2 * margin, int(geometry["HEIGHT"]) + 2 * margin
    subprocess.run(["convert", str(shot), "-crop", f"{width}x{height}+{x}+{y}", "+repage", str(target)], check=True)


def start_app(home: Path) -> subprocess.Popen:
    """``verbatim`` with fresh settings and data (a first launch), in French."""
    env = dict(os.environ, VERBATIM_LANG="fr", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), OPENBLAS_NUM_THREADS="1")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen([str(Path(sys.executable).parent / "verbatim")], env=env, cwd=home)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    steps = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    for folder in (out, steps):
        folder.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp())
    app = start_app(home)
    try:
        walk(Walk(out, steps), home)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        shutil.rmtree(home, ignore_errors=True)


def walk(w: Walk, home: Path) -> None:
    """The steps; positions for a 1600x1000 screen with the default layout."""
    question = wait_for_window("Codeur")  # first launch: who codes
    crop_to_window(w.shot("coder_question", wait=1), question, w.out / "first_coder.png")
    key("ctrl+a")
    xdo("type", "--delay", "60", "Hélène")
    key("Return")
    window = wait_for_window("Verbatim")
    xdo("windowmove", window, "0", "0")
    xdo("windowsize", window, "1600", "1000")
    shutil.copy(w.shot("welcome", wait=3), w.out / "welcome.png")
    click(389, 138)  # “Ouvrir le projet d’exemple”
    shutil.copy(w.shot("first_screen", wait=5), w.out / "first_screen.png")
    for y, name in ((104, "nadia"), (119, "bernard"), (89, "focus_group")):  # the documents list
        click(69, y)
        w.shot(f"open_{name}")
    drag(490, 119, 755, 119)  # a passage of the first turn
    click(1259, 119)  # a code in the codebook
    click(1324, 75)  # “Coder la sélection”
    w.shot("coded_by_click")
    drag(490, 164, 700, 164)  # a passage of the second turn
    key("ctrl+e")  # “Code selection” by its key, with the code still selected
    w.shot("coded_by_key")
    key("ctrl+z")
    w.shot("undone")
    key("alt+a")  # Analyses menu
    w.shot("analyses_menu", wait=0.5)
    key("Down", "Return")  # Classification Reinert…
    w.shot("reinert_dialog")
    key("Return")
    w.shot("reinert_running", wait=2)
    w.shot("reinert_result", wait=40)
    key("alt+f")
    w.shot("file_menu", wait=0.5)
    key("Escape")


if __name__ == "__main__":
    main()
