"""Scenario 1: "Remember on this device" really opens the vault at the next start.

Create a vault in the real door with the box ticked, reach the main window, close it,
start again: the main window comes up without typing anything, and the app is still
running a few seconds later.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import MAIN_TITLE
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring
from tests.session.harness.procs import wait_until

pytestmark = pytest.mark.session

STILL_RUNNING_S = 5.0


def test_remembered_key_opens_the_main_window_at_the_next_start(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, vault_path: Path) -> None:
    first = start_app()
    first.create_vault(PASSPHRASE, remember=True)
    assert vault_path.exists()
    wait_until(lambda: keyring.items().all, 30, "the vault key in the keyring")
    assert len(keyring.items().all) == 1

    # quit as a person does: the main window's close button (there is no Quit key today)
    desktop.close_window(first.x_window(f"^{MAIN_TITLE}"))
    status = first.proc.wait(60)
    assert status == 0, first.logs()
    assert len(keyring.items().all) == 1, "quitting must not touch the remembered key"

    second = start_app()
    started = time.monotonic()
    second.wait_main_window()  # nothing typed: the kept key opens the vault
    opened_after = time.monotonic() - started
    deadline = time.monotonic() + STILL_RUNNING_S
    while time.monotonic() < deadline:
        assert second.alive(), (
            f"the app ended (status {second.proc.returncode}) "
            f"{time.monotonic() - started:.1f} s after it started, "
            f"{opened_after:.1f} s after its main window was shown\n{second.logs()}")
        time.sleep(0.25)
    tree = second.tree(depth=1)
    assert tree is not None and second.main_window(tree) is not None, \
        "the main window is no longer shown"
    assert tree.window("Unlock Locator") is None, "the door is still up"
