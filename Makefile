# eleanor-streams — make demo (the main job on the embedded local stack), make test (the whole suite).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup system-deps demo test pytest lint typecheck bench soak docs clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade 'pip>=25.1'
	$(PY) -m pip install -q -e '.[local,train]' --group dev
	touch $(STAMP)

# redis-server (cache tests, local stack) and kcat (foreign-client interop test) come from Debian.
system-deps:
	@if ! command -v redis-server >/dev/null || ! command -v kcat >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server kcat; \
	  else echo "need redis-server and kcat: sudo apt-get install -y redis-server kcat" >&2; exit 1; fi; \
	fi

setup: $(STAMP) system-deps

demo: setup
	$(BIN)/eleanor-streams demo

lint: $(STAMP)
	$(BIN)/ruff check streams tests
	$(BIN)/ruff format --check streams tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# Two pytest processes (PYTEST_WORKERS=0 runs one): the tests that drive worker processes or the stack for
# long (marked slow or faults) run one after another in one of them, as they always did; the rest share the
# other (tests/conftest.py puts the first kind in one xdist group).
PYTEST_WORKERS ?= 2
pytest: setup
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

test: setup lint typecheck pytest

# The fault scenarios (tests/faults) in their long form: every size multiplied by SOAK_SCALE.
SOAK_SCALE ?= 20
soak: setup
	ELEANOR_TEST_SOAK_SCALE=$(SOAK_SCALE) $(BIN)/pytest -m faults -s tests/faults $(PYTEST_ARGS)

# Regenerate the README's settings table from the Settings object.
docs: $(STAMP)
	$(PY) -c 'import re, pathlib; from streams.tools.cli.config_cmd import reference_markdown as r; p = pathlib.Path("README.md"); s = p.read_text(); a, b = "<!-- settings-table:start -->", "<!-- settings-table:end -->"; p.write_text(s.split(a)[0] + a + "\n" + r() + "\n" + b + s.split(b)[1])'

# Run every benchmark, record the results (commit, machine, settings) and regenerate the README's table from them.
# The e2e benchmark also times 1 and 2 judge worker processes in one consumer group (about 30 s more).
bench: setup
	$(BIN)/eleanor-streams bench all --workers 1,2 --record docs/bench-results.json
	$(BIN)/eleanor-streams bench-table docs/bench-results.json --readme README.md

clean:
	-test -x $(BIN)/eleanor-streams && $(BIN)/eleanor-streams stack down
	rm -rf $(VENV) .eleanor .pytest_cache .mypy_cache .ruff_cache
