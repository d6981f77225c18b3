"""Fill resources/translations/verbatim_en.ts: the English plural forms of the ``%n`` strings.

The sources are written in English with "(s)" (``self.tr("%n coding(s)", "", n)``); the English catalogue
only holds these numerus messages (``lupdate -pluralonly``). Each gets "1 coding" / "3 codings": the
singular drops "(s)", the plural keeps the "s"; ``EN`` overrides the strings this rule gets wrong.
Run by ``python -m app.i18n --update``, or alone: ``python resources/translations/fill_en.py``."""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

# Explicit (singular, plural) forms where the "(s)" rule is not enough.
EN: dict[str, tuple[str, str]] = {
    "… (%n modalities)": ("… (%n modality)", "… (%n modalities)"),
}

_VERBS = ((r"\(is/are\)", "is", "are"), (r"\(was/were\)", "was", "were"), (r"\(has/have\)", "has", "have"))


def forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` source string."""
    if source in EN:
        return EN[source]
    singular, plural = source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s")
    for pattern, one, many in _VERBS:
        singular, plural = re.sub(pattern, one, singular), re.sub(pattern, many, plural)
    return singular, plural


def fill(ts: Path) -> int:
    """Write the forms into every numerus message of ``ts``; return how many messages are not numerus."""
    text = ts.read_text(encoding="utf-8")
    missing = 0

    def repl(match: re.Match) -> str:
        nonlocal missing
        head, source = match.group(1), unescape(match.group(2))
        if 'numerus="yes"' not in head:
            missing += 1
            return match.group(0)
        one, many = (form.replace("%n", "%Ln") for form in forms(source))  # counts grouped as the locale does
        return (f"{head}<translation><numerusform>{escape(one, quote=False)}</numerusform>"
                f"<numerusform>{escape(many, quote=False)}</numerusform></translation>")

    pattern = re.compile(r"(<message[^>]*>\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>\s*"
                         r"(?:<comment>.*?</comment>\s*)?(?:<oldsource>.*?</oldsource>\s*)?)<translation[^>]*>.*?</translation>", re.S)
    ts.write_text(pattern.sub(repl, text), encoding="utf-8")
    return missing


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("verbatim_en.ts")
    print("untranslated:", fill(path))
