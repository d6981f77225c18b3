"""Every command a CLI module registers is in the lazy command table (else ``verbatim-cli CMD`` is refused)."""

from __future__ import annotations

import argparse
import importlib

from app.cli.main import COMMAND_MODULES, COMMANDS, main


def test_every_registered_command_is_in_the_table():
    for module in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        importlib.import_module(module).register(sub)
        for name in sub.choices:
            assert name in COMMANDS, f"{module} registers {name!r}, missing from app.cli.main.COMMANDS"
            assert COMMANDS[name][0] == module, name


def test_each_command_answers_help(capsys):
    for name in COMMANDS:
        try:
            main([name, "--help"])
        except SystemExit as exit_info:
            assert exit_info.code == 0, name
        assert "usage: verbatim-cli" in capsys.readouterr().out, name
