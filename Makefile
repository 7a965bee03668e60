# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The dashboard's browser libraries, installed from npm (exact versions in web/package-lock.json)
# and copied into the package; web/build.mjs writes this file last, so it is the build's stamp.
VENDOR := chancery/web/static/vendor/VERSIONS.json

.PHONY: demo test lint lock clean

$(VENDOR): web/package.json web/package-lock.json web/build.mjs
	npm ci --prefix web --no-audit --no-fund
	node web/build.mjs

# Order-only: a fresh vendor build does not reinstall the venv (the package is installed editable).
$(STAMP): pyproject.toml requirements.lock | $(VENDOR)
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
	rm -rf $(VENV) chancery-demo.duckdb chancery-demo.duckdb.wal .pytest_cache \
		web/node_modules chancery/web/static/vendor test-artifacts
