"""Every command has --help with an example; the README shows the two set-up commands."""

import pytest

from chancery.cli import cli
from tests.conftest import ROOT

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(invoke, name):
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"chancery {name}" in result.stdout


def test_readme_quickstart_and_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    for name in COMMANDS:
        assert f"chancery {name}" in readme, f"README does not mention `chancery {name}`"
