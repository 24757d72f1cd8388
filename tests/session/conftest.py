"""The real-session suite (marker ``session``): the real app in a real desktop session.

Fixtures (each test gets its own of everything; all are ended at teardown):

* ``desktop``: Xvfb on a free display (``-displayfd``), a private D-Bus session bus
  (``dbus-daemon --session --nofork --print-address``), private HOME / XDG folders /
  TMPDIR and XDG_RUNTIME_DIR (0700), and the env every process of the session gets.
* ``keyring``: GNOME Keyring (``gnome-keyring-daemon --components=secrets --unlock``, a
  known password on stdin) as the Secret Service of that bus: lock, unlock, list items,
  find / cancel / answer its ``gcr-prompter`` prompt.
* ``probe``: the AT-SPI probe (``atspi_probe.py``, run by Debian's /usr/bin/python3).
* ``start_app``: starts ``main.py --vault …`` (the test's Python, the repository root);
  returns a :class:`~tests.session.harness.app.LocatorApp`; every app is ended at teardown.
* ``vault_path`` (overrides the in-process suite's), ``cli``: the vault and the real
  command line on it.
* ``mail_handler``: a fake mail program registered for ``mailto:`` and ``tel:``.

See README.md in this folder. Nothing here is used by the in-process suite.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.session.harness.app import Cli, LocatorApp, app_env
from tests.session.harness.atspi import Probe
from tests.session.harness.desktop import Desktop, missing_tools
from tests.session.harness.keyring import Keyring
from tests.session.harness.mail import MailHandler

PACKAGES_FILE = Path(__file__).with_name("debian-packages.txt")


def pytest_configure(config: pytest.Config) -> None:
    declared = [line.split(":")[0].strip() for line in config.getini("markers")]
    if "session" not in declared:  # until pyproject.toml declares it
        config.addinivalue_line("markers", "session: the real app in a real desktop session")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.session)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                               call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def session_tools() -> None:
    missing = missing_tools()
    if missing:
        pytest.fail("the real-session suite needs these Debian packages: "
                    + " ".join(missing) + f" (every one is listed in {PACKAGES_FILE})",
                    pytrace=False)


@pytest.fixture
def desktop(request: pytest.FixtureRequest, tmp_path: Path,
            session_tools: None) -> Iterator[Desktop]:
    session = Desktop(tmp_path)
    try:
        session.start()
        yield session
    finally:
        report = getattr(request.node, "report_call", None)
        failed = report is not None and report.failed
        session.stop()
        if failed:  # the logs of every process, in the captured output of the teardown
            print(f"\n=== session logs in {session.logs} ===")
            for log in sorted(session.logs.iterdir()):
                text = log.read_text(encoding="utf-8", errors="replace")
                if text.strip():
                    print(f"--- {log.name} (last 3000 characters) ---\n{text[-3000:]}")


@pytest.fixture
def keyring(desktop: Desktop) -> Keyring:
    store = Keyring(desktop)
    store.start()
    return store


@pytest.fixture
def probe(desktop: Desktop) -> Probe:
    return Probe(desktop)


@pytest.fixture
def vault_path(desktop: Desktop) -> Path:
    """Outside the sandbox that the leak checks scan (it is encrypted anyway)."""
    path = desktop.root / "vault" / "v.locator"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def cli(desktop: Desktop, vault_path: Path) -> Cli:
    return Cli(desktop, vault_path)


StartApp = Callable[..., LocatorApp]


@pytest.fixture
def start_app(desktop: Desktop, probe: Probe, vault_path: Path) -> Iterator[StartApp]:
    started: list[LocatorApp] = []

    def start(vault: Path | None = None, env: dict[str, str] | None = None,
              extra_env: dict[str, str] | None = None) -> LocatorApp:
        app = LocatorApp(desktop, probe, vault or vault_path, f"app-{len(started) + 1}",
                         env=env if env is not None else app_env(desktop, extra_env))
        started.append(app)
        return app

    try:
        yield start
    finally:
        for app in started:
            app.stop()


@pytest.fixture
def mail_handler(desktop: Desktop) -> MailHandler:
    return MailHandler(desktop)
