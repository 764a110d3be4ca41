# Crossing Lines — the front door.
#   make book   set everything up and build the site into _build/html
#   make test   set everything up and run the whole test suite
# Both work as the first command on a fresh clone: they create .venv first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# Reinstall only when the pins or the package metadata change.
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup book test lint typecheck lessons lab bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name crossing-lines --display-name "Crossing Lines (newsframes)" > /dev/null
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv and install the pinned environment (only when pins change)

# The execution cache keys on a notebook's code only: when the package, the
# lexicons or the articles change, every cached output is stale, so drop it.
ANALYSIS_INPUTS := $(shell find src/newsframes data -type f -not -name '*.pyc' 2>/dev/null)
_build/.inputs-stamp: $(ANALYSIS_INPUTS)
	rm -rf _build/.jupyter_cache _build/.doctrees
	@mkdir -p _build && touch $@

book: $(STAMP) _build/.inputs-stamp  ## build the site into _build/html (warnings are errors)
	$(BIN)/jupyter-book build . -n -W --keep-going

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)  ## mypy on the package
	$(BIN)/mypy

test: $(STAMP) lint typecheck  ## lint, type-check and run every test
	$(BIN)/pytest -n 2

lessons: $(STAMP)  ## write the student versions of the lessons (lessons/student)
	$(PY) -m newsframes lessons lessons

lab: $(STAMP) lessons  ## open the student lessons in JupyterLab with the project's kernel
	$(BIN)/jupyter lab lessons/student/

bench: $(STAMP)  ## throughput benchmark of the analysis pipeline
	$(PY) bench/bench_pipeline.py

clean:  ## remove the built site and caches (keeps .venv)
	rm -rf _build .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
