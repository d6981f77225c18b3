"""The disk cache of compiled regular expressions rebuilds the same patterns and never breaks a compile."""

from __future__ import annotations

import json
import re

import pytest

from lexical import regex_cache
from lexical.regex_cache import cached_regexes

# long enough to be recorded with min_length=200; flags inline and as argument, named groups
PATTERN = "(?iu)" + "|".join(f"(?:^{w}[-‐][a-zàâçéèêëîïôûùüÿœ]+$)" for w in ("porte", "entre", "arc", "sous", "contre", "avant", "arrière"))
NAMED = r"(?P<word>[^\W\d_]+)-(?P<num>\d+)" + "(?:x)?" * 60
SAMPLES = ["porte-monnaie", "PORTE-MONNAIE", "Sous-Marin", "arc-en-ciel", "entre-deux", "porte", "porte-2",
           "abc-12", "ÉTÉ-3", "été", ""]


def _compile_count(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    compiler = regex_cache._compiler_module()
    original = compiler.compile

    def counting(pattern, flags=0):  # noqa: ANN001, ANN202
        calls.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(compiler, "compile", counting)
    return calls


def test_second_process_gets_identical_patterns_without_compiling(tmp_path, monkeypatch) -> None:
    re.purge()
    with cached_regexes(tmp_path, min_length=200):
        first = re.compile(PATTERN)
        first_named = re.compile(NAMED, re.ASCII)
    files = list(tmp_path.glob("regex-*.json"))
    assert len(files) == 1 and len(json.loads(files[0].read_text(encoding="utf-8"))["entries"]) == 2

    re.purge()  # as in a new process
    calls = _compile_count(monkeypatch)
    with cached_regexes(tmp_path, min_length=200):
        again = re.compile(PATTERN)
        again_named = re.compile(NAMED, re.ASCII)
    assert calls == []  # both came from the file
    assert again is not first and again.pattern == PATTERN and again.flags == first.flags
    assert (again_named.groups, again_named.groupindex, again_named.flags) == \
        (first_named.groups, first_named.groupindex, first_named.flags)
    for text in SAMPLES:
        assert bool(again.match(text)) == bool(first.match(text)), text
        m1, m2 = first_named.match(text), again_named.match(text)
        assert (m1 and m1.groupdict()) == (m2 and m2.groupdict()), text
    re.purge()


def test_short_patterns_are_not_recorded(tmp_path) -> None:
    re.purge()
    with cached_regexes(tmp_path, min_length=10_000):
        re.compile(PATTERN)
    assert not list(tmp_path.glob("regex-*.json"))


@pytest.mark.parametrize("content", [
    "not json",
    json.dumps({"python": "2.7.18 (other)", "entries": []}),
    None,  # filled below with a valid file whose opcodes are damaged
])
def test_bad_or_foreign_file_falls_back_to_compiling(tmp_path, monkeypatch, content) -> None:
    re.purge()
    file = regex_cache._cache_file(tmp_path)
    if content is None:
        with cached_regexes(tmp_path, min_length=200):
            re.compile(PATTERN)
        data = json.loads(file.read_text(encoding="utf-8"))
        data["entries"][0]["args"][1] = [999_999] * 5
        content = json.dumps(data)
        re.purge()
    file.write_text(content, encoding="utf-8")
    calls = _compile_count(monkeypatch)
    with cached_regexes(tmp_path, min_length=200):
        compiled = re.compile(PATTERN)
    assert calls == [PATTERN]
    assert compiled.match("Porte-monnaie") and not compiled.match("porte")
    re.purge()


def test_unwritable_folder_is_harmless(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    re.purge()
    with cached_regexes(blocker / "sub", min_length=200):
        assert re.compile(PATTERN).match("arc-boutant")
    re.purge()

