# Two commands: `make run` and `make test`. Everything else is a step they depend on.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Local configuration: variables in .env (see .env.example) reach every command below.
ifneq (,$(wildcard .env))
include .env
export
endif

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

# The first interpreter on PATH that is Python 3.10 (rasa 3.6 runs on nothing else).
PYTHON310 = $(shell for c in python3.10 python3 python; do \
	p=$$(command -v $$c 2>/dev/null) || continue; \
	$$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null && { echo $$p; break; }; \
	done)

NLU_SOURCES := config.yml $(shell find domain nlu_data -name '*.yml' 2>/dev/null)

.PHONY: help install train db run test lint typecheck rasa-validate rasa-test pytest \
	bench-nlu bench-registry bench-e2e bench-length bench-requests bench-tips clean

help:
	@echo "make run    - set up (venv, install, train, migrate) and start the bot"
	@echo "make test   - set up and run every check (ruff, mypy, rasa validate/test, pytest)"
	@echo "make bench-nlu | bench-registry | bench-e2e | bench-length | bench-requests | bench-tips - benchmarks (figures for the README)"

$(BIN)/.installed: pyproject.toml constraints.txt
	@if [ ! -x $(PY) ]; then \
		py="$(PYTHON310)"; \
		if [ -z "$$py" ]; then echo "Python 3.10 not found: install it (e.g. 'pyenv install 3.10.13') and run make again." >&2; exit 1; fi; \
		"$$py" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

install: $(BIN)/.installed

# Rasa fingerprints config, domain and data and skips training when nothing changed
# (after changing the code of bot/nlu/tokenizer.py, run `dzielnicowy train --force`).
models/.trained: $(BIN)/.installed $(NLU_SOURCES)
	$(BIN)/dzielnicowy train
	@touch $@

train: models/.trained

db: install
	$(BIN)/dzielnicowy db upgrade

run: train db
	$(BIN)/dzielnicowy load-demo
	$(BIN)/dzielnicowy tips import
	$(BIN)/dzielnicowy run

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

rasa-validate: install
	$(BIN)/rasa data validate --config config.yml --domain domain --data nlu_data \
		--fail-on-warnings --quiet

rasa-test: train
	$(BIN)/rasa test core --e2e --model models --stories tests/stories \
		--fail-on-prediction-errors --out results/core --quiet

pytest: train db
	$(BIN)/pytest -q

test: lint typecheck rasa-validate rasa-test pytest

bench-nlu: train
	$(PY) bench/nlu.py
	$(PY) bench/trust.py

bench-registry: install
	$(PY) bench/registry.py

bench-e2e: train
	$(PY) bench/e2e.py

bench-length: train
	$(PY) bench/conversation_length.py --no-trim --chats 1
	$(PY) bench/conversation_length.py

bench-requests: train
	$(PY) bench/request_delivery.py

bench-tips: install
	$(PY) bench/tips_planning.py
	$(PY) bench/tips_delivery.py
	$(PY) bench/tips_delivery.py --kill

clean:
	rm -rf $(VENV) models .rasa results .mypy_cache .ruff_cache .pytest_cache
