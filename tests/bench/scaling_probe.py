"""One real start of the app on a big vault, timed from inside (``test_bench_scaling.py``).

``python tests/bench/scaling_probe.py KIND VAULT KEYHEX CYCLES [--unlock-only]`` (KIND:
``keyed`` or ``unkeyed``, the same content without a key) starts the app offscreen as
``main.py`` does, in keyring mode (the key remembered on this device), and prints one JSON
line of figures in ms (``rss_mib`` in MiB): ``unlock_ms`` (start of the controller → list
painted with its rows), ``after_door_ms`` (the door's first paint → list painted),
``unlock_longest_ms`` (the longest UI-thread event meanwhile; ``--unlock-only``: these
figures alone, then it quits), ``refresh_ms`` (a full
list refresh, painted), ``keystroke_ms`` (a key typed in the search box → list painted,
the typing pause of the filter timer left out; ``keystroke_whole_ms``: until the rest of
the list has arrived below the first page), ``search_longest_ms``, ``sort_longest_ms``,
``open_case_longest_ms``, ``home_longest_ms``, ``unlock_ui_ms`` and
``unlock_ui_longest_ms`` (a vault opened again, window built: → list painted),
``rss_mib`` after unlock and ``cycles_growth_mib`` over CYCLES lock/unlock cycles
(not measured when 0).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.bench.startup_probe import ListPainted, TimedApp  # noqa: E402

QUERIES = ("t", "te", "tes", "tesf", "bail", "zoe", "محمد")


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def settle(app: QApplication, window: Any, timeout_s: float = 30.0) -> None:
    """Until the filter's pause is over and no search is under way. The widgets dropped
    meanwhile are deleted, as the app's event loop deletes them (``processEvents`` alone
    never runs a ``deleteLater``)."""
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        busy = getattr(window, "list_busy", None)
        if not window._filter_timer.isActive() and not (busy and busy()):
            return
        time.sleep(0.001)


def quiet(app: QApplication, window: Any, timeout_s: float = 30.0) -> None:
    """Until everything an unlock set off is done: the list whole, Today's rows built."""
    settle(app, window, timeout_s)
    end = time.perf_counter() + timeout_s
    home = getattr(window, "home", None)
    while time.perf_counter() < end and (
            getattr(window.model, "filling", False)
            or (home is not None and getattr(home.page, "building", False))):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.001)


def longest_of(app: TimedApp, action: Any, then: Any = None) -> tuple[float, float]:
    """(wall ms of ``action`` and ``then``, the longest single UI-thread event ms).

    ``action`` is what a click or a key press does (one event in the app: its whole time
    counts as one), ``then`` waits for what it set off (each event timed on its own)."""
    app.longest = (0.0, "")
    started = time.perf_counter()
    action()
    direct = (time.perf_counter() - started) * 1000
    if then is not None:
        then()
    return (time.perf_counter() - started) * 1000, max(direct, app.longest[0])


def main(kind: str, vault: Path, key_hex: str, cycles: int,
         unlock_only: bool = False) -> dict[str, Any]:
    if kind == "unkeyed":
        from tests.bench.scaling_vault import unkeyed

        patch = unkeyed()
        patch.__enter__()  # for the whole process (kept: a dropped one would undo it)
        result_patch: Any = patch
    app = TimedApp(sys.argv[:1])
    from locator.storage.keystore import vault_id
    from locator.storage.vault import Vault, read_salt
    from tests.memkeyring import memory_keystore
    from ui.app import Controller, make_application
    from ui.main_window import FILTER_DELAY_MS

    make_application([])
    key = bytes.fromhex(key_hex)
    keystore = memory_keystore()
    keystore.remember(vault_id(read_salt(vault)), key)
    result: dict[str, Any] = {"kind": kind}
    if kind == "unkeyed":
        result["_patch"] = result_patch
    painted = ListPainted()
    app.installEventFilter(painted)
    controller = Controller(vault, keystore)
    app.watching = True
    started = time.perf_counter()
    controller.start()
    door: list[float] = []
    if controller.dialog is not None:  # its first paint: the keyring is asked then
        controller.dialog.painted.connect(lambda: door.append(time.perf_counter()))
    end = started + 120
    while painted.at is None and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    assert painted.at is not None, "the list was never painted"
    result["unlock_ms"] = (painted.at - started) * 1000
    result["unlock_longest_ms"] = app.longest[0]
    result["unlock_longest_what"] = app.longest[1]
    if door:
        result["door_ms"] = (door[0] - started) * 1000
        result["after_door_ms"] = (painted.at - door[0]) * 1000
    window = controller.window
    if unlock_only:
        QTimer.singleShot(0, app.quit)
        controller.close_vault()
        result.pop("_patch", None)
        return result
    quiet(app, window)
    for _ in range(20):  # what the first paint set off (the background check …)
        app.processEvents()
        time.sleep(0.01)
    result["rss_mib"] = rss_mib()
    view = window.case_list

    def painted_list() -> None:
        settle(app, window)
        view.viewport().grab()

    refreshes = [longest_of(app, window.refresh_list, painted_list) for _ in range(5)]
    result["refresh_ms"] = statistics.median(r[0] for r in refreshes)
    result["refresh_longest_ms"] = max(r[1] for r in refreshes)

    def filled() -> float:
        """ms until the rest of a big list has arrived below its first page."""
        started = time.perf_counter()
        model = view.model()
        while getattr(model, "filling", False):
            app.processEvents()
            time.sleep(0.0005)
        return (time.perf_counter() - started) * 1000

    keystrokes: list[float] = []
    whole: list[float] = []
    search_longest = 0.0
    for query in QUERIES:
        window.case_filter.clear()
        settle(app, window)
        for char in query:
            def type_one(char: str = char) -> None:
                window.case_filter.insert(char)  # as a key press types it
            wall, longest = longest_of(app, type_one, painted_list)
            keystrokes.append(max(0.0, wall - FILTER_DELAY_MS))
            search_longest = max(search_longest, longest)
            whole.append(max(0.0, wall + filled() - FILTER_DELAY_MS))
            search_longest = max(search_longest, app.longest[0])
        assert view.model().rowCount() >= 0
    result["keystroke_ms"] = statistics.median(keystrokes)
    result["keystroke_max_ms"] = max(keystrokes)
    result["keystroke_whole_ms"] = statistics.median(whole)
    result["search_longest_ms"] = search_longest
    window.case_filter.clear()
    settle(app, window)

    sort_longest = 0.0
    for column in range(view.model().columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            def sort(column: int = column, order: Qt.SortOrder = order) -> None:
                view.sortByColumn(column, order)
            sort_longest = max(sort_longest, longest_of(app, sort, painted_list)[1])
    result["sort_longest_ms"] = sort_longest
    view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    settle(app, window)

    result["open_case_longest_ms"] = longest_of(app, lambda: view.selectRow(3),
                                                painted_list)[1]
    result["home_longest_ms"] = longest_of(app, window.show_home, painted_list)[1]

    window.lock()
    app.processEvents()
    opened = Vault.open(vault, key)  # off the UI thread in the app (the door's worker)

    result["unlock_ui_ms"], result["unlock_ui_longest_ms"] = longest_of(
        app, lambda: controller.unlocked(opened), painted_list)

    if cycles:
        import gc

        def cycle() -> None:
            window.lock()
            app.processEvents()
            controller.unlocked(Vault.open(vault, key))
            quiet(app, window)
            view.viewport().grab()
        for _ in range(5):  # warm: caches, translations, the door's first build
            cycle()
        gc.collect()
        before = rss_mib()
        for _ in range(cycles):
            cycle()
        gc.collect()
        result["cycles_growth_mib"] = rss_mib() - before
    QTimer.singleShot(0, app.quit)
    controller.close_vault()
    result.pop("_patch", None)
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]),
                          "--unlock-only" in sys.argv[5:])),
          flush=True)
