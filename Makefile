# The two commands: `make site` builds the sample briefing into site/, `make test` runs every test.
# `make eval` scores extraction against the gold files in tests/gold/.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test bench eval install clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

site: $(STAMP)
	$(BIN)/briefing build --content content --out site --cache-dir .briefing-cache

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py --corpus ../shared/corpus/scale --out docs/benchmarks.md

eval: $(STAMP)
	$(BIN)/briefing eval

clean:
	rm -rf site .build .briefing-cache
