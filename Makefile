# hub — two commands: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The address the demo is served on: absolute URLs (sitemap, hreflang, e-mails) use it.
export HUB_BASE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed

.PHONY: help run install migrate demo serve test lint check messages compilemessages \
        test-deps clean

help:
	@echo "make run    – install, migrate, load demo content, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   – lint, checks, catalogs, pytest on SQLite and PostgreSQL, browser tests"
	@echo "make messages – refresh locale/ catalogs from the code and templates"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)

compilemessages: install
	@mkdir -p var
	$(BIN)/python manage.py compilemessages --ignore='.venv' -v 0

migrate: install compilemessages
	$(BIN)/python manage.py migrate --noinput -v 0

demo: migrate
	$(BIN)/python manage.py load_demo_data

# The e-mail queue worker runs next to the development server and stops with it.
serve: install
	@$(BIN)/python manage.py db_worker --backend mail --no-reload --interval 2 -v 0 & \
	worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

run: demo serve

# One catalog per language of HUB_LANGUAGES (default de en ar fa fr).
messages: install
	$(BIN)/python manage.py makemessages --no-obsolete --ignore='.venv/*' --ignore='var/*' \
		--ignore='tests/*' $$($(BIN)/python scripts/language_codes.py --flags)
	$(BIN)/python manage.py compilemessages --ignore='.venv' -v 0

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo --no-cache

check: install compilemessages
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/check_catalogs.py

# Chromium and Arabic fonts for the browser tests, PostgreSQL binaries for the test cluster,
# nginx and openssl for the deployment test: installed with apt-get only when missing.
test-deps:
	@bash scripts/ensure_chromium.sh
	@bash scripts/ensure_postgres.sh
	@bash scripts/ensure_nginx.sh

test: lint check test-deps
	bash scripts/run_tests.sh

clean:
	rm -rf var/test.sqlite3 var/screenshots .pytest_cache
