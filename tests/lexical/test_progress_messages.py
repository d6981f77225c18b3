"""Progress a person sees: the preparation reports per text, and every message lexical/ gives is a
known template (the app translates those)."""

from __future__ import annotations

import ast
from pathlib import Path

from lexical.corpus import segment_sources
from lexical.progress import SEGMENTING, TEMPLATES, split_message
from lexical.sources import SourceText

LEXICAL = Path(__file__).resolve().parents[2] / "lexical"


def test_segmentation_progress_moves_per_text_even_for_a_few_long_texts():
    texts = [SourceText(str(i), "Un mot. " * 3000, {}, 0) for i in range(4)]
    seen: list[tuple[float, str]] = []
    segment_sources(texts, progress=lambda f, m="": seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [round(f, 2) for f in fractions[:4]] == [0.0, 0.25, 0.5, 0.75]
    assert {m for _, m in seen} == {SEGMENTING}


def test_split_message_finds_the_template_and_its_fields():
    assert split_message("split 2/9") == ("split {i}/{n}", {"i": "2", "n": "9"})
    assert split_message("spaCy: 1,200 / 30,000 characters") == (
        "spaCy: {done} / {total} characters", {"done": "1,200", "total": "30,000"})
    assert split_message("something else") is None


def _progress_literals(path: Path) -> list[str]:
    """Messages given as literals (or f-strings) to a call named ``progress``/``report``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "progress" and len(node.args) >= 2:
            arg = node.args[1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                found.append("".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in arg.values))
    return found


def test_every_progress_message_of_lexical_is_a_known_template():
    unknown = []
    for path in sorted(LEXICAL.glob("*.py")):
        for message in _progress_literals(path):
            if message and split_message(message.replace("{x}", "7")) is None:
                unknown.append(f"{path.name}: {message!r}")
    assert not unknown, f"add these to lexical.progress.TEMPLATES (and their translation): {unknown}"
    assert len(set(TEMPLATES)) == len(TEMPLATES)
