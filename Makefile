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
# Every kernel make starts (book, tests, regen, lab) talks over sockets of its own, encrypted:
# no TCP port another notebook can take first, and no warning about plain TCP in the build log
# (newsframes.book.kernel_provisioner).
export JUPYTER_DEFAULT_PROVISIONER_NAME := crossing-lines-encrypted

.DEFAULT_GOAL := help
.PHONY: help setup book browser test lint typecheck regen lessons chapter lab bench clean
.PHONY: tex pdf pdf-test offline
.PHONY: assignments grade

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name crossing-lines --display-name "Crossing Lines (newsframes)" > /dev/null
	@# nbgrader is a library here (make assignments): keep its panels out of the students' JupyterLab
	@$(BIN)/jupyter labextension disable --level=sys_prefix @jupyter/nbgrader > /dev/null 2>&1
	@for part in formgrader validate_assignment assignment_list course_list; do \
	  $(BIN)/jupyter server extension disable --sys-prefix nbgrader.server_extensions.$$part > /dev/null 2>&1; done
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv and install the pinned environment (only when pins change)

# The execution cache keys on a notebook's code only: when the package, the
# lexicons or the articles change, every cached output is stale, so drop it.
ANALYSIS_INPUTS := $(shell find src/newsframes data -type f -not -name '*.pyc' 2>/dev/null)
_build/.inputs-stamp: $(ANALYSIS_INPUTS)
	rm -rf _build/.jupyter_cache _build/.doctrees
	@mkdir -p _build && touch $@

# Sphinx does not notice when the project's own extensions, templates or static files
# change, so pages built with the old ones would stay: re-read every page then.
SITE_INPUTS := $(wildcard _ext/*.py _templates/* _static/*)
_build/.site-stamp: $(SITE_INPUTS)
	rm -rf _build/.doctrees
	@mkdir -p _build && touch $@

book: $(STAMP) _build/.inputs-stamp _build/.site-stamp  ## build the site into _build/html (warnings are errors)
	bash -o pipefail -c '$(BIN)/jupyter-book build . -n -W --keep-going 2>&1 | tee _build/book.log'

lint: $(STAMP)  ## ruff on code and notebooks, the package's import layers, actionlint on the CI workflow
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff format --check src tests bench book lessons
	$(BIN)/actionlint .github/workflows/book.yml
	$(BIN)/actionlint .github/workflows/release.yml

typecheck: $(STAMP)  ## mypy on the package
	$(BIN)/mypy

# The site tests (tests/test_site.py) open every built page in Debian's headless
# Chromium (Playwright drives it and never downloads a browser) and run axe-core
# from npm. Installed only when missing or when the npm lock file changes.
CHROMIUM := /usr/bin/chromium
AXE      := tests/browser/node_modules/axe-core/axe.min.js
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund
	@touch $@

browser: $(CHROMIUM) $(AXE)  ## install headless Chromium (apt) and axe-core (npm) for the site tests

test: $(STAMP) lint typecheck book browser offline  ## lint, type-check, build the site, run every test
	$(BIN)/pytest -n 2 --dist loadgroup --ignore=tests/test_pdf.py

# Re-run every book and lesson notebook in a fresh kernel and store its new outputs (review the
# diff before committing), then check that a second run reproduces them. A notebook the book
# build ran after every file of the checkout last changed is not run a third time: its build
# run is diffed and stored (tests/book_build_runs.py), so `make book` then `make regen` runs
# again only the notebooks whose outputs changed. First, time each new or
# edited lesson for the instructor guide (book/instructor/lesson-times.csv; `make bench` times
# them all), whose outputs are then re-stored.
# pytest's cache records the notebooks the first run re-stored (each "fails" as re-stored),
# and only those run again: a notebook the first run left unchanged has just reproduced its
# stored outputs. The cache is off in pyproject.toml's addopts; these runs replace addopts
# with its other option (-ra: keep the two in step) and keep the cache in _build/. A first
# run that passes re-stored nothing; any status but 0 or 1 (no notebook collected, an
# internal or usage error) stops make.
REGEN_RUN := $(BIN)/pytest -o addopts=-ra -o cache_dir=_build/regen-cache -n 2 -q \
	tests/test_notebooks.py -k reproduces
regen: $(STAMP)  ## re-execute the book and lesson notebooks, store their outputs, time edited lessons
	$(PY) bench/lesson_times.py --changed-only
	rm -rf _build/regen-cache
	$(REGEN_RUN) --nb-force-regen; status=$$?; case $$status in \
	  0) ;; 1) $(REGEN_RUN) --last-failed ;; *) exit $$status ;; esac

# An added article's chapter from the template: book/ch-ID.ipynb, listed in _toc.yml.
chapter: $(STAMP)  ## write the chapter of data/articles/ID.md: make chapter ID=<id> [FORCE=1]
	$(if $(ID),,$(error give the article: make chapter ID=<id> for data/articles/<id>.md))
	$(PY) -m newsframes chapter $(ID)$(if $(FORCE), --force)

lessons: $(STAMP)  ## every notebook's set-up cell from _config.yml, then lessons/student
	$(PY) -m newsframes lessons lessons

# JupyterLab serves the whole checkout (the chapters in book/ too, their MyST rendered by
# jupyterlab-myst) and opens at the student lessons.
lab: $(STAMP) lessons  ## open the student lessons in JupyterLab with the project's kernel
	$(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/lessons/student

# Graded assignments. `assignments` writes the student version of every lesson (hand out
# _build/assignments/student) and the grader version (hidden tests, points from
# lessons/points.yml). `grade` runs each submitted notebook in a sandboxed kernel and writes
# _build/grades/gradebook.csv and feedback/<student>.md; SUBMISSIONS holds one folder per
# student, TIMEOUT is the seconds each notebook may run (default 300).
assignments: $(STAMP)  ## build the student and grader versions of the lessons into _build/assignments
	$(PY) -m newsframes.grading assignments --lessons lessons --out _build/assignments

grade: assignments  ## grade a folder of notebooks: make grade SUBMISSIONS=<dir> [TIMEOUT=300]
	$(if $(SUBMISSIONS),,$(error give the folder: make grade SUBMISSIONS=<dir>, one subfolder per student))
	$(PY) -m newsframes.grading grade $(SUBMISSIONS) --assignments _build/assignments --out _build/grades$(if $(TIMEOUT), --timeout $(TIMEOUT))

bench: $(STAMP)  ## engines (words/s, scaling, memory), pipeline throughput, linear time per article size, lesson times
	$(PY) bench/bench_engines.py
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_startup.py
	$(PY) bench/bench_scaling.py
	$(PY) bench/lesson_times.py

# The printable book: Sphinx's LaTeX through XeLaTeX (Unicode text, FreeFont), charts as
# vector PDFs (_ext/altair_offline.py), tables and quotations as LaTeX sets them
# (_ext/latex_outputs.py). Debian's TeX packages are installed when missing.
TEX_PACKAGES := texlive-xetex texlive-latex-extra texlive-fonts-recommended latexmk xindy \
                fonts-freefont-otf poppler-utils
PDF := _build/latex/crossing-lines.pdf

tex:  ## install XeLaTeX, its fonts and the PDF tools (apt), when missing
	@dpkg -s $(TEX_PACKAGES) > /dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(TEX_PACKAGES); }

pdf: $(STAMP) tex _build/.inputs-stamp _build/.site-stamp  ## build the printable book, _build/latex/crossing-lines.pdf
	rm -rf _build/latex
	bash -o pipefail -c '$(BIN)/jupyter-book build . --builder pdflatex -n -W --keep-going 2>&1 | tee _build/pdf.log'
	@echo "pdf: $(PDF), $$(pdfinfo $(PDF) | awk '/^Pages:/ {print $$2}') pages"

pdf-test: $(STAMP) tex  ## check the built PDF: charts, glued numbers, references, glyphs, table widths
	$(BIN)/pytest -n 0 -q tests/test_pdf.py

# The site as a download that opens from the disk (file://): the charts' JavaScript is in it.
offline: book  ## zip the built site into _build/crossing-lines-site.zip
	rm -f _build/crossing-lines-site.zip
	cd _build && ../$(PY) -m zipfile -c crossing-lines-site.zip html/

clean:  ## remove the built site and caches (keeps .venv)
	rm -rf _build .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
