# The README's commands. `make run` serves the demo site; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=clinic_site.settings.test
# `make run PORT=8001` serves on another port.
PORT ?= 8000

.PHONY: run test lint demo serve-prod bench backup clean

# Reinstalls only when a requirements file changes, so a second `make run` starts quickly.
$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

demo: $(VENV)/.runtime
	$(PY) manage.py compile_translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_staff_account

run: demo
	SITE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py setup_site
	@echo "The site: http://127.0.0.1:$(PORT)/   The admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(TEST_SETTINGS) $(PY) manage.py check --fail-level WARNING
	$(TEST_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_SETTINGS) $(PY) manage.py compile_translations
	$(TEST_SETTINGS) $(PY) -m pytest

# The production settings and server, locally: generated secret key, SQLite unless DATABASE_URL is set,
# plain HTTP. For trying a production build, not for serving patients.
serve-prod: $(VENV)/.runtime
	DJANGO_SETTINGS_MODULE=clinic_site.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3}" \
	SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SERVE_MEDIA=true \
	sh -c '$(PY) manage.py migrate --noinput && $(PY) manage.py compile_translations && \
	  $(PY) manage.py collectstatic --noinput -v0 && \
	  exec $(VENV)/bin/gunicorn -c gunicorn.conf.py --bind 127.0.0.1:8000 clinic_site.wsgi'

# Throughput, latency and Lighthouse scores (see benchmarks/run.py). Needs wrk, nginx, Varnish and Chromium
# from Debian and Node.js for Lighthouse; installs what is missing.
bench: $(VENV)/.runtime
	command -v wrk >/dev/null && command -v nginx >/dev/null && command -v varnishd >/dev/null && test -x /usr/bin/chromium || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx varnish chromium)
	cd benchmarks && npm ci --no-audit --no-fund --silent
	$(PY) benchmarks/run.py

# One backup set (database and uploads) into BACKUP_DIR or BACKUP_BUCKET_NAME; cron runs the same command.
backup: $(VENV)/.runtime
	$(PY) manage.py backup_site

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
