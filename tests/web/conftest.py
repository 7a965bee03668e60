"""A real database of the sample corpus and the dev articles, built once for the web tests."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from chancery.jobs import ingest_paths
from chancery.store.db import Store
from chancery.web import create_app
from tests.conftest import ROOT


@pytest.fixture(scope="session")
def explore_db(tmp_path_factory, pipeline, seeds):
    """Seeds + dev articles, ingested by the real pipeline; read it, don't write it (copy it first)."""
    path = tmp_path_factory.mktemp("web") / "explore.duckdb"
    with Store(path) as store:
        ingest_paths([seeds, ROOT / "devset" / "articles"], store, pipeline)
    return path


@pytest.fixture
def db_copy(explore_db, tmp_path):
    """A private copy of the explore database, for tests that write."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(explore_db, path)
    return path


@pytest.fixture(scope="module")
def client(explore_db):
    with TestClient(create_app(explore_db, token="test-token")) as c:
        yield c
