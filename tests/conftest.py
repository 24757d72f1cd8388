"""Test set-up: offscreen Qt, a private HOME/config/data/temp per run, fast KDF.

Every test gets a fresh vault folder. Only the OS keyring is replaced (by an
in-memory backend); the vault, SQLCipher, reportlab and Qt are the real ones.
Each pytest-xdist worker imports this file, so each has a sandbox of its own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Before anything imports Qt: no screen, and private folders for config and data.
_SANDBOX = Path(tempfile.mkdtemp(prefix="locator-tests-"))
for _name in ("home", "config", "data", "cache", "tmp", "runtime"):
    (_SANDBOX / _name).mkdir()
os.environ.update({
    "QT_QPA_PLATFORM": "offscreen",
    "HOME": str(_SANDBOX / "home"),
    "XDG_CONFIG_HOME": str(_SANDBOX / "config"),
    "XDG_DATA_HOME": str(_SANDBOX / "data"),
    "XDG_CACHE_HOME": str(_SANDBOX / "cache"),
    "XDG_RUNTIME_DIR": str(_SANDBOX / "runtime"),
    "TMPDIR": str(_SANDBOX / "tmp"),
    "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
})
os.environ.pop("LOCATOR_VAULT", None)
os.environ.pop("LOCATOR_PASSPHRASE", None)
(_SANDBOX / "runtime").chmod(0o700)
tempfile.tempdir = None  # re-read TMPDIR

import pytest  # noqa: E402

import locator.storage.kdf  # noqa: E402
from tests.memkeyring import memory_keystore  # noqa: E402

FAST_KDF = locator.storage.kdf.KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def sandbox() -> Path:
    """The folders that stand in for HOME, config, data, cache and temp."""
    return _SANDBOX


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's QApplication (made for the first GUI test), with the fonts Locator
    ships registered as :func:`ui.app.make_application` does, so Ge'ez, Arabic and the
    symbols draw in the tests as in the app, whatever fonts the machine has."""
    from ui.common.fonts import register_bundled_fonts

    register_bundled_fonts()
    return qapp


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests derive keys with small scrypt costs; ``@pytest.mark.real_kdf`` opts out."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(locator.storage.kdf, "DEFAULT_PARAMS", FAST_KDF)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.locator"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    from locator.storage.vault import Vault

    opened = Vault.create(vault_path, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def keystore() -> object:
    return memory_keystore()




@pytest.fixture(autouse=True)
def delete_new_windows() -> Iterator[None]:
    """After each test: its background jobs end and call back, then the windows it left
    (a door, a dialog, a main window, the Help window) are deleted. So no test runs among
    the widgets, event filters and callbacks of the tests before it."""
    before = _top_level_widgets()
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    worker = sys.modules.get("ui.common.worker")
    deadline = time.monotonic() + 20
    while worker is not None and worker._running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    help_window = sys.modules.get("ui.help.window")
    if help_window is not None:
        help_window._WINDOW.clear()
    for widget in _top_level_widgets() - before:
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _top_level_widgets() -> set[Any]:
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return set(app.topLevelWidgets()) if isinstance(app, QApplication) else set()
