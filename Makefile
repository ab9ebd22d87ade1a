# the venv's python when one is active, else the system's python3
PYTHON ?= $(shell command -v python || command -v python3)

.PHONY: test test-all test-deps bench demo

test: test-deps  ## the default test run (CI): everything but the long runs
	$(PYTHON) -m pytest -q -m "not slow"

test-all: test-deps  ## every test, including the multi-million-token runs
	$(PYTHON) -m pytest -q

# "pip install -e ." (the README's first command) leaves out the test extra
test-deps:
	@$(PYTHON) -c "import pytest" 2>/dev/null || $(PYTHON) -m pip install -q -e ".[test]"

bench:           ## speed, scaling and memory figures; writes bench/results.json
	$(PYTHON) -m tinyexec.bench

demo:            ## install and run a program inside the transformer
	$(PYTHON) -m pip install -q -e .
	tinyexec run programs/collatz.c 27
