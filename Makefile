PYTHON ?= python

.PHONY: test test-all bench demo

test:            ## the default test run (CI): everything but the long runs
	$(PYTHON) -m pytest -q -m "not slow"

test-all:        ## every test, including the multi-million-token runs
	$(PYTHON) -m pytest -q

bench:           ## speed, scaling and memory figures; writes bench/results.json
	$(PYTHON) -m tinyexec.bench

demo:            ## install and run a program inside the transformer
	$(PYTHON) -m pip install -q -e .
	tinyexec run programs/collatz.c 27
