# Locator — two commands for a new user:  `make run`  and  `make test`.
# Both create .venv/ themselves and install what they need.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

# Debian/Ubuntu packages Qt (PySide6) needs at run time, plus venv support.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0

.PHONY: run test test-fast test-slow lint bench sysdeps clean help package translations

# `make package`: the Linux bundle dist/locator/ (PyInstaller, packaging/locator.spec),
# then its smoke test (tests/test_packaging.py, marker `package`).
PACKAGE_STAMP := $(VENV)/.package-installed

# Translations: the .ts sources are committed; the compiled .qm files are not (built here,
# at install time, and again whenever a .ts changes). `make translations` refreshes the
# .ts files from the code and the data files (tools/update_translations.py).
TRANSLATION_SOURCES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TRANSLATION_SOURCES:.ts=.qm)
LRELEASE := $(VENV)/bin/pyside6-lrelease
define compile_translations
for ts in $(TRANSLATION_SOURCES); do \
  $(LRELEASE) -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
done
endef

help:
	@echo "make run    install (into .venv/) and start Locator"
	@echo "make test   install (into .venv/) and run every check and test"
	@echo "make bench  run the benchmarks (10,000 cases)"
	@echo "make package  build the Linux bundle dist/locator/ and smoke-test it"
	@echo "make translations  refresh resources/translations/*.ts from the code and data"

sysdeps:
	@missing=""; \
	if command -v dpkg >/dev/null 2>&1; then \
	  for p in $(SYSTEM_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	  done; \
	  $(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Locator needs these system packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory sysdeps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@$(compile_translations)
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(LRELEASE) -silent $< -qm $@

translations: $(STAMP)
	$(PY) tools/update_translations.py
	@$(compile_translations)

run: $(STAMP) $(QM_FILES)
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

test: $(STAMP) $(QM_FILES) lint
	$(PY) -m pytest
	$(PY) -m pytest -m slow

test-fast: $(STAMP)
	$(PY) -m pytest -m 'not gui'

test-slow: $(STAMP)
	$(PY) -m pytest -m slow

bench: $(STAMP)
	$(PY) -m pytest -m bench -s tests/bench

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM_FILES)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/locator.spec
	@du -sh dist/locator
	$(PY) -m pytest -m package -s tests/test_packaging.py

clean:
	rm -rf $(VENV) build dist *.egg-info
	rm -f resources/translations/*.qm
