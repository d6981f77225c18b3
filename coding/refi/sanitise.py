"""Exports never fail on content: characters XML 1.0 cannot carry are replaced and reported.

Names, descriptions, memos and values go into ``project.qde``, where control characters (other than
tab and line ends), lone surrogates and U+FFFE/U+FFFF are not allowed; they are replaced by U+FFFD
and the report says how many, in which document, code, case or note. Source texts go to ``.txt``
files in UTF-8, where only lone surrogates cannot be written: those are replaced (one code point for
one, so positions do not move).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import fields, is_dataclass

from coding.refi.model import RProject, walk_codes
from coding.refi.report import DataLossReport
from corpus.messages import msg

REPLACEMENT = "\ufffd"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_clean(text: str) -> tuple[str, int]:
    """``text`` with the characters XML cannot carry replaced, and how many there were."""
    return _NOT_XML.subn(REPLACEMENT, text)


class _Fixer:
    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = defaultdict(int)

    def fix(self, obj: object, element: str, subject: str, *, text_fields: tuple[str, ...] = ()) -> None:
        """Clean every string field of a dataclass (``text_fields`` only of surrogates) and its values."""
        assert is_dataclass(obj)
        for f in fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str):
                pattern = _SURROGATE if f.name in text_fields else _NOT_XML
                new, n = pattern.subn(REPLACEMENT, value)
                if n:
                    setattr(obj, f.name, new)
                    self.counts[(element, subject)] += n
        for value in getattr(obj, "values", []):
            self.fix(value, element, subject)


def sanitise(proj: RProject, report: DataLossReport) -> None:
    """Replace, in place, what XML (or UTF-8) cannot carry; one report line per element touched."""
    fixer = _Fixer()
    fixer.fix(proj, "Project", proj.name)
    for user in proj.users:
        fixer.fix(user, "User", user.name)
    for code, parents in walk_codes(proj.codes):
        fixer.fix(code, "Code", "/".join([*(p.name for p in parents), code.name]))
    for var in proj.variables:
        fixer.fix(var, "Variable", var.name)
    for case in proj.cases:
        fixer.fix(case, "Case", case.name)
    for src in proj.sources:
        fixer.fix(src, "TextSource", src.name, text_fields=("text",))
        for sel in src.selections:
            fixer.fix(sel, "TextSource", src.name)
    for note in proj.notes:
        fixer.fix(note, "Note", note.name)
    for item in proj.sets:
        fixer.fix(item, "Set", item.name)
    for (element, subject), n in fixer.counts.items():
        report.changed(element, subject, msg("{n} character(s) that XML cannot carry replaced by U+FFFD", n=n))
