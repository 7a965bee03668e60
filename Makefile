# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint lock clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit("chancery needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/chancery demo

lint: $(STAMP)
	$(BIN)/ruff check chancery tests tools benchmarks
	$(BIN)/ruff format --check chancery tests tools benchmarks

test: lint
	$(BIN)/python -m pytest

# Re-resolve pinned versions after changing dependencies in pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) chancery-demo.duckdb chancery-demo.duckdb.wal .pytest_cache
