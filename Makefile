# Hamdel — the two commands a user needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
PYTHON310 ?= $(shell if [ -x /root/.pyenv/versions/3.10.13/bin/python ]; then echo /root/.pyenv/versions/3.10.13/bin/python; else command -v python3.10; fi)
VENV := .venv
BIN := $(VENV)/bin
RASA_VENV := .rasa-venv
RASA_MODEL := nlu/models/hamdel-nlu.tar.gz

.PHONY: run chat test lint typecheck unit venv system-deps rasa-venv rasa-train rasa-up bench bench-load bench-processes clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

## run: the bot — Telegram when TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat
run: venv
	$(BIN)/hamdel run

chat: venv
	$(BIN)/hamdel chat

## system-deps: Debian packages the tests need (PostgreSQL server)
system-deps:
	bash scripts/install-system-deps

## rasa-venv / rasa-train / rasa-up: Rasa 3.6 in its own Python 3.10 venv
$(RASA_VENV)/.installed:
	PYTHON310="$(PYTHON310)" bash scripts/rasa-venv $(RASA_VENV)
	touch $@

rasa-venv: $(RASA_VENV)/.installed

$(RASA_MODEL): $(RASA_VENV)/.installed $(wildcard nlu/data/*.yml) nlu/config.yml nlu/domain.yml
	$(RASA_VENV)/bin/rasa train nlu --config nlu/config.yml --nlu nlu/data --domain nlu/domain.yml \
		--out nlu/models --fixed-model-name hamdel-nlu

rasa-train: $(RASA_MODEL)

rasa-up: $(RASA_MODEL)
	$(RASA_VENV)/bin/rasa run --enable-api --model $(RASA_MODEL) --port 5005

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

unit: venv
	$(BIN)/pytest -q

## test: install everything (venv, PostgreSQL, Rasa venv + model), then lint, types and tests
test: venv system-deps $(RASA_MODEL)
	$(MAKE) lint typecheck
	RASA_VENV=$(RASA_VENV) RASA_MODEL=$(RASA_MODEL) $(BIN)/pytest -q -ra

## bench: the figures the issues name (NLU F1 and latency per backend, sentiment, reflections,
## then the load benchmark; its figures are the last line, one JSON object)
bench: venv $(RASA_MODEL)
	bash scripts/rasa-server 5077 > /tmp/hamdel-bench-rasa.log 2>&1 & echo $$! > /tmp/hamdel-bench-rasa.pid
	for i in $$(seq 120); do curl -fsS http://localhost:5077/status >/dev/null 2>&1 && break; sleep 1; done
	$(BIN)/python -m bot.bench --rasa-url http://localhost:5077; status=$$?; \
		kill $$(cat /tmp/hamdel-bench-rasa.pid) 2>/dev/null; exit $$status

## bench-load: only the load benchmark (no Rasa needed): simulated customers end to end
bench-load: venv
	$(BIN)/python -m bot.loadbench

## bench-processes: PostgreSQL with 1, 2 and 3 bot processes, interleaved and repeated
bench-processes: venv
	$(BIN)/python -m bot.loadseries

clean:
	rm -rf $(VENV) $(RASA_VENV) nlu/models data .pytest_cache .mypy_cache .ruff_cache
