"""The one global conftest: real components, small data the tests make themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import cli
from chancery.cli.demo import sample_corpus
from chancery.registry import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHANCERY = Path(sys.executable).parent / "chancery"


@pytest.fixture(scope="session")
def pipeline():
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds() -> Path:
    return sample_corpus()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run the real CLI in-process; returns click's Result."""

    def run(*args: str):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


def run_cli(*args: str, env: dict[str, str] | None = None, user: str | None = None, timeout: float = 300):
    """Run the installed ``chancery`` executable in a subprocess (as ``user`` if given)."""
    command = [str(CHANCERY), *map(str, args)]
    if user:
        command = [
            "setpriv",
            "--reuid",
            user,
            "--regid",
            user if user != "nobody" else "nogroup",
            "--clear-groups",
            *command,
        ]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=full_env, timeout=timeout)
