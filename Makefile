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
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 \
	tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-nld
# ... and, for `make test` only, what the desktop-session suite (tests/session/, marker
# `session`) needs: Xvfb, D-Bus, GNOME Keyring, AT-SPI … one package per line in this file.
SESSION_PACKAGES_FILE := tests/session/debian-packages.txt
SESSION_PACKAGES = $(if $(wildcard $(SESSION_PACKAGES_FILE)),$(shell sed -e 's/\#.*//' \
	$(SESSION_PACKAGES_FILE)))

# Exact versions with their hashes, compiled by `make lock` from pyproject.toml's ranges
# (the source of truth): pip itself, then the app with its test tools, then PyInstaller.
PIP_LOCK := requirements/pip.txt
LOCK := requirements/lock.txt
PACKAGE_LOCK := requirements/package-lock.txt
PIP_INSTALL := $(PY) -m pip install -q --require-hashes
# pytest's default selection (pyproject.toml's addopts say the same): what `make test`
# runs first, and `make test-fast` without the GUI tests.
DEFAULT_SUITE := not bench and not slow and not package and not session
# Every core (pytest-xdist; each worker has its own sandbox, see tests/conftest.py): the
# default suite test by test, the session suite file by file (the leak scan of
# tests/session/test_handoffs_leak_nothing.py reads every process's command line, so its
# runs go one after another); it mostly waits on its desktop's processes, so three files
# run at once (1.8x faster than one at a time on two cores). The benchmarks never run in
# parallel: they time.
XDIST := -n auto --dist worksteal
XDIST_SESSION := -n 3 --dist loadfile

.PHONY: run test test-fast test-slow test-session lint bench bench-scaling sysdeps \
	test-sysdeps clean help package translations lock

# `make package`: the Linux bundle dist/locator/ (PyInstaller, packaging/locator.spec),
# then its smoke test (tests/test_packaging.py, marker `package`).
PACKAGE_STAMP := $(VENV)/.package-installed

# Translations: the .ts sources are committed; the compiled .qm files are not (built here,
# at install time, and again whenever a .ts changes). `make translations` refreshes the
# .ts files from the code and the data files (tools/update_translations.py).
TRANSLATION_SOURCES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TRANSLATION_SOURCES:.ts=.qm)
LRELEASE := $(VENV)/bin/pyside6-lrelease
# Locator's own bytecode, written ahead (only what changed is compiled again: ~50 ms when
# nothing did). Python writes it on the first import anyway, unless PYTHONDONTWRITEBYTECODE
# is set (some shells and CI images set it): then every start compiled the ~200 modules it
# imports again, ~130 ms of each unlock on a 2-core laptop (issue 18).
define compile_bytecode
$(PY) -m compileall -q locator ui main.py >/dev/null
endef

define compile_translations
for ts in $(TRANSLATION_SOURCES); do \
  $(LRELEASE) -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
done
endef

help:
	@echo "make run    install (into .venv/) and start Locator"
	@echo "make test   install (into .venv/) and run every check and test"
	@echo "make bench  run the benchmarks (10,000 cases)"
	@echo "make bench-scaling  the scaling table (LOCATOR_BENCH_SIZES=1000,10000 for a quick run)"
	@echo "make package  build the Linux bundle dist/locator/ and smoke-test it"
	@echo "make translations  refresh resources/translations/*.ts from the code and data"
	@echo "make lock   refresh requirements/*.txt from pyproject.toml (UPGRADE=1: newest versions)"

# $(1): the Debian packages to have. Installed with apt-get as root; otherwise the one
# `sudo apt-get install …` line to run is printed.
define need_packages
@missing=""; \
	if command -v dpkg >/dev/null 2>&1; then \
	  for p in $(1); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	      || missing="$$missing $$p"; \
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
endef

sysdeps:
	$(call need_packages,$(SYSTEM_PACKAGES))

# poppler-utils: pdftotext, which tests/test_pdf_text_layer.py reads the PDFs with;
# fonts-ocr-b: the OCR-B font the document-reading tests render their passports in;
# syncthing: two real instances carry a team's changes in tests/test_team_syncthing.py;
# Java with PDFBox Preflight: the PDF/A validator of tests/test_pdf_archival.py.
PREFLIGHT_PACKAGES := default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
test-sysdeps:
	$(call need_packages,$(SYSTEM_PACKAGES) $(SESSION_PACKAGES) poppler-utils fonts-ocr-b \
	  syncthing $(PREFLIGHT_PACKAGES))

# The locked versions, then Locator itself as an editable install (built with the locked
# setuptools, nothing fetched unpinned); `pip check` catches a lock older than pyproject.toml.
$(STAMP): pyproject.toml $(PIP_LOCK) $(LOCK)
	@$(MAKE) --no-print-directory sysdeps
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r $(PIP_LOCK)
	$(PIP_INSTALL) -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@$(PY) -m pip check >/dev/null || { $(PY) -m pip check; \
	  echo "$(LOCK) does not satisfy pyproject.toml: run  make lock"; exit 1; }
	@$(compile_translations)
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(LRELEASE) -silent $< -qm $@

translations: $(STAMP)
	$(PY) tools/update_translations.py
	@$(compile_translations)

run: $(STAMP) $(QM_FILES)
	@$(compile_bytecode)
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	@rc=0; $(PY) -m ruff check . || rc=1; $(PY) -m mypy || rc=1; \
	$(VENV)/bin/lint-imports || rc=1; $(VENV)/bin/deptry . || rc=1; exit $$rc

# Every part runs even when one before it failed; then the failed ones are named.
# pytest's exit status 5 (nothing collected) counts as a failure: a suite that ran no test.
test: $(STAMP) $(QM_FILES) test-sysdeps
	@failed=""; \
	$(MAKE) --no-print-directory lint || failed="$$failed lint"; \
	$(PY) -m pytest $(XDIST) || failed="$$failed tests"; \
	$(PY) -m pytest -m slow || failed="$$failed slow"; \
	$(PY) -m pytest -m session $(XDIST_SESSION) || failed="$$failed session"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi; \
	echo "make test: lint, tests, slow and session all passed"

test-fast: $(STAMP)
	$(PY) -m pytest $(XDIST) -m 'not gui and $(DEFAULT_SUITE)'

test-slow: $(STAMP)
	$(PY) -m pytest -m slow

test-session: $(STAMP) $(QM_FILES) test-sysdeps
	$(PY) -m pytest -m session $(XDIST_SESSION)

# The scaling table of issue 18 (1k to 100k cases, keyed vault beside the unkeyed floor).
bench-scaling: $(STAMP)
	LOCATOR_BENCH_SIZES=$${LOCATOR_BENCH_SIZES:-1000,10000,50000,100000} $(PY) -m pytest \
	  -p no:xdist -m bench -s -o faulthandler_timeout=3600 tests/bench/test_bench_scaling.py

bench: $(STAMP)
	$(PY) -m pytest -p no:xdist -m bench -s tests/bench --benchmark-columns=median,min,max,rounds

$(PACKAGE_STAMP): $(STAMP) $(PACKAGE_LOCK)
	$(PIP_INSTALL) -r $(PACKAGE_LOCK)
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM_FILES)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/locator.spec
	@du -sh dist/locator
	$(PY) -m pytest -m package -s tests/test_packaging.py

# `make lock`: recompile the lock files from pyproject.toml, keeping every pin that still
# fits its range; `make lock UPGRADE=1` takes the newest versions instead. pip-tools runs
# from a venv of its own (never .venv/, whose contents it would pin). The lock is for
# CPython on Linux (`make` is the Linux build; packaging/README.md covers Windows, macOS).
LOCK_VENV := build/lock-venv
PIP_TOOLS := pip-tools==7.7.0
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile -q \
	--generate-hashes --allow-unsafe --strip-extras --no-emit-find-links \
	--no-emit-index-url --no-emit-trusted-host $(if $(UPGRADE),--upgrade)

lock:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install -q '$(PIP_TOOLS)'
	$(PIP_COMPILE) -o $(PIP_LOCK) requirements/pip.in
	$(PIP_COMPILE) --extra test --build-deps-for editable -o $(LOCK) pyproject.toml
	$(PIP_COMPILE) --extra test --extra package --build-deps-for editable -c $(LOCK) \
	  -o $(PACKAGE_LOCK) pyproject.toml

clean:
	rm -rf $(VENV) build dist *.egg-info
	rm -f resources/translations/*.qm
