"""Scenario 5: ``kill -9`` of the app while it saves from the GUI.

A case field is edited with the keyboard and saved with Ctrl+S, and the app is killed
right after Ctrl+S — then, in more runs, at random moments of a burst of edits and saves.
Every change the app acknowledged as saved ("Saved." in the status bar and the window no
longer marked modified, both read through AT-SPI before the kill) must be in the vault
afterwards (``locator show``); what was not acknowledged may or may not be there, but
whole; the vault opens and ``locator check`` passes. The seed of the random moments is
printed on failure (set LOCATOR_SESSION_SEED to replay it).
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field

import pytest

from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import MAIN_TITLE, AppExited, Cli, LocatorApp
from tests.session.harness.atspi import Node
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring
from tests.session.harness.procs import Timeout

pytestmark = pytest.mark.session

ALIAS = "Alias (what friends call them)"
BASE = "QzKill"
RANDOM_ROUNDS = 3
BURST_S = (0.3, 5.0)  # the kill comes this long after the burst started (uniform)


@dataclass
class Round:
    name: str
    before: str  # the alias as stored when the round began
    typed: list[str] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    killed_at: float | None = None

    def allowed(self) -> list[str]:
        """What may be stored now: every acknowledged token, and perhaps the next one."""
        done = self.before + "".join(self.acknowledged)
        options = [done]
        if len(self.typed) > len(self.acknowledged):
            options.append(done + self.typed[len(self.acknowledged)])
        return options


def saved_and_clean(tree: Node) -> bool:
    window = LocatorApp.main_window(tree)
    if window is None or window.name.endswith("*"):
        return False
    bar = window.find(role="status bar")
    return bar is not None and "Saved." in bar.words


def modified(tree: Node) -> bool:
    window = LocatorApp.main_window(tree)
    return window is not None and window.name.endswith("*")


def edit_and_save(app: LocatorApp, token: str, record: Round) -> None:
    """Type ``token`` at the end of the alias, Ctrl+S, and wait for the acknowledgement."""
    app.type_into(ALIAS, token, f"^{MAIN_TITLE}")
    record.typed.append(token)
    app.wait_tree(modified, 10, "the window to show unsaved changes", depth=1)
    app.key("ctrl+s")
    app.wait_tree(saved_and_clean, 10, "'Saved.' in the status bar", depth=2)
    record.acknowledged.append(token)


def check_vault(cli: Cli, case_id: int, record: Round, seed: int) -> str:
    stored = str(cli.show(case_id)["alias"])  # the vault opens
    assert stored in record.allowed(), (
        f"{record.name} (seed {seed}, killed {record.killed_at or 0:.2f} s into the burst): "
        f"the vault holds {stored!r}; acknowledged as saved: {record.acknowledged}, typed: "
        f"{record.typed}; allowed: {record.allowed()}")
    status, text = cli.check()
    assert status == 0, f"{record.name}: `locator check` failed after the kill: {text}"
    return stored


def test_kill_9_while_saving_keeps_every_acknowledged_save(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, cli: Cli) -> None:
    seed = int(os.environ.get("LOCATOR_SESSION_SEED") or time.time_ns() % 2**32)
    rng = random.Random(seed)
    cli.init()
    (case_id,) = cli.add([{"alias": BASE, "status": "missing"}])
    stored = BASE

    # right after Ctrl+S
    app = start_app()
    app.unlock(PASSPHRASE)
    app.open_case(BASE)
    record = Round("kill right after Ctrl+S", stored)
    app.type_into(ALIAS, " K0", f"^{MAIN_TITLE}")
    record.typed.append(" K0")
    app.wait_tree(modified, 10, "the window to show unsaved changes", depth=1)
    app.key("ctrl+s")
    app.proc.kill9()
    assert app.proc.wait(10) != 0
    stored = check_vault(cli, case_id, record, seed)
    acknowledged = 0

    # at random moments of a burst of edits and saves
    for number in range(1, RANDOM_ROUNDS + 1):
        app = start_app()
        app.unlock(PASSPHRASE)
        app.open_case(BASE)
        record = Round(f"random kill {number}", stored)
        if number == 1:  # this one surely has saves to lose: two before the clock starts
            edit_and_save(app, " K100", record)
            edit_and_save(app, " K101", record)
        delay = rng.uniform(*BURST_S)
        record.killed_at = delay
        killer = threading.Timer(delay, app.proc.kill9)
        killer.start()
        try:
            for index in range(2, 100):
                if not app.alive():
                    break
                try:
                    edit_and_save(app, f" K{number}{index:02d}", record)
                except (AppExited, Timeout, AssertionError):
                    if app.alive():
                        raise
                    break
        finally:
            killer.join(BURST_S[1] + 5)
        assert app.proc.wait(10) != 0, "the app was not killed"
        stored = check_vault(cli, case_id, record, seed)
        acknowledged += len(record.acknowledged)
    assert acknowledged >= 2 and " K100 K101" in stored and stored.startswith(BASE)
