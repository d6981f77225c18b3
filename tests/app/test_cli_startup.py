"""verbatim-cli starts fast: only the module of the command given is imported, ``--help`` imports none,
and the command table of app.cli.main matches what the modules register."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import main as cli


def _subcommands(parser):
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    helps = {c.dest: c.help for c in action._choices_actions}
    return action.choices, helps


def test_command_table_matches_the_modules():
    choices, helps = _subcommands(cli.build_parser(full=True))
    assert list(choices) == list(cli.COMMANDS)
    assert helps == {name: help_text for name, (_module, help_text) in cli.COMMANDS.items()}
    for name, (module, _help) in cli.COMMANDS.items():
        assert choices[name].get_default("handler") is not None or name in ("cases", "lex")
        assert module in cli.COMMAND_MODULES


def test_lex_choices_match_the_parameters():
    from app.analysis import params
    from app.cli import lex_cmds

    for name in ("PRESETS", "SIM_INDICES", "SPEC_METHODS", "KWIC_SORTS", "LEMMATISERS"):
        assert getattr(lex_cmds, name) == getattr(params, name), name
    from lexical.corpus import DICTIONARY

    assert lex_cmds.DICTIONARY == DICTIONARY


def test_only_the_command_module_is_registered():
    parser = cli.build_parser(["info", "x.vbt"])
    choices, _ = _subcommands(parser)
    assert choices["info"].get_default("handler") is not None
    assert choices["lex"].get_default("handler") is None and not choices["lex"]._actions
    assert cli.command_of(["--help"]) is None and cli.command_of(["lex", "stats"]) == "lex"


def _imported_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, timeout=120, check=False)
    return set(out.stdout.split())


@pytest.mark.parametrize("argv", [["--help"], ["lex", "reinert", "--help"], ["info", "--help"]])
def test_help_imports_no_heavy_library(argv):
    code = ("import contextlib, io\nfrom app.cli.main import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit): main({argv!r})")
    modules = _imported_after(code)
    assert "app.cli.main" in modules
    heavy = {"scipy", "matplotlib", "spacy", "numba", "sklearn", "PySide6"}
    assert not heavy & {m.split(".")[0] for m in modules}
    if argv == ["--help"]:
        assert not {"sqlalchemy", "numpy"} & {m.split(".")[0] for m in modules}


def test_cli_progress_steps_are_in_the_users_language():
    from app.cli.lex_cmds import progress_message
    from corpus.messages import set_language
    from lexical.progress import TEMPLATES
    from resources.translations.msg_fr_lexapp import FR

    assert set(TEMPLATES) <= set(FR)
    try:
        set_language("fr")
        assert progress_message("split 2/9") == "division 2/9"
        assert progress_message("typical segments") == "segments caractéristiques"
        assert progress_message("odd {brace}") == "odd {brace}"
    finally:
        set_language(None)
    assert progress_message("split 2/9") == "split 2/9"
