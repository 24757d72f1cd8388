"""One real start of the app, timed from inside (run by ``test_bench_startup.py``).

``python tests/bench/startup_probe.py MODE VAULT SECRET`` starts the app offscreen
the way ``main.py`` does (the real key derivation, cold imports) and prints one JSON
line:

* ``door``: seconds from process start until the door was painted;
* ``built``: seconds from process start until the main window was built behind it;
* ``list``: seconds from process start until the case list was painted with its rows;
* ``unlock_ms``: from the click on Unlock (``passphrase``, ``early``) or from the start of
  the controller (``keyring``) until the case list was painted with its rows;
* ``longest_ms``: the longest single event the UI thread handled from the door's paint
  until the list was painted (a frame waits at least that long), and ``longest_what``.

Modes: ``passphrase`` (typed 2 s after the door appeared, the window is built by then),
``early`` (typed the moment the door is painted: unlocking while the window is still
being built), ``keyring`` (the key is remembered on this device; SECRET is the key in hex,
the passphrase otherwise).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from ui.help.first_run import process_age  # noqa: E402


class TimedApp(QApplication):
    """Times every event handled at the top of the event loop."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth = 0
        self.watching = False
        self.longest = (0.0, "")

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if self.depth or not self.watching:
            return super().notify(receiver, event)
        self.depth += 1
        started = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            ms = (time.perf_counter() - started) * 1000
            if ms > self.longest[0]:
                self.longest = (ms, f"{type(receiver).__name__} {event.type().name}")


class ListPainted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            table = watched.parent()
            if isinstance(table, QTableView) and table.objectName() == "case_list" \
                    and table.model().rowCount() > 0:
                self.at = time.perf_counter()
        return False


def main(mode: str, vault: Path, passphrase: str) -> dict[str, Any]:
    app = TimedApp(sys.argv[:1])
    from locator.storage.keystore import vault_id
    from tests.memkeyring import memory_keystore
    from ui.app import Controller, make_application
    from ui.help import first_run

    make_application([])
    keystore = memory_keystore()
    if mode == "keyring":  # ``passphrase`` is the key, in hex
        from locator.storage.vault import read_salt

        keystore.remember(vault_id(read_salt(vault)), bytes.fromhex(passphrase))
    result: dict[str, Any] = {"mode": mode}
    watcher = first_run.watch_start_up(app)
    painted = ListPainted()
    app.installEventFilter(painted)
    controller = Controller(vault, keystore)
    start = {"at": time.perf_counter()}

    def door_painted(finish: Any) -> None:
        result["door"] = process_age()
        app.watching = True
        if mode != "keyring":
            QTimer.singleShot(0 if mode == "early" else 2000, type_passphrase)

    def type_passphrase() -> None:
        dialog = controller.dialog
        assert dialog is not None
        dialog.passphrase.setText(passphrase)
        start["at"] = time.perf_counter()
        dialog.ok_button.click()

    def built() -> None:
        result["built"] = process_age()

    def check() -> None:
        if painted.at is None:
            QTimer.singleShot(5, check)
            return
        result["unlock_ms"] = (painted.at - start["at"]) * 1000
        age = process_age()
        if age is not None:
            result["list"] = age - (time.perf_counter() - painted.at)
        result["longest_ms"], result["longest_what"] = app.longest
        slowest = sorted(controller.builder.durations, key=lambda step: -step[1])[:3]
        result["slowest_steps"] = [f"{name} {ms:.0f} ms" for name, ms in slowest]
        app.quit()

    watcher.smoke = True
    watcher.after_paint = door_painted
    controller.window_ready.connect(built)
    controller.start()
    check()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])), flush=True)
