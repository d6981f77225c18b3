"""French of the messages written with ``corpus.messages.msg``/``msgn`` (corpus, coding, CLI).

``FR`` maps each English template to its French (a plural message: its singular template to a
``(singular, plural)`` pair); keep the ``{field}`` names. Entries live in the ``msg_fr_*.py`` files beside
this one, one per area (fewer merge conflicts); they are merged here."""

from __future__ import annotations

import importlib
from pathlib import Path

FR: dict[str, str | tuple[str, str]] = {}
for _path in sorted(Path(__file__).parent.glob("msg_fr_*.py")):
    FR.update(importlib.import_module(f"{__package__}.{_path.stem}").FR)
