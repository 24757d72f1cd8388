"""Issue 19: locking always locks, in the real app, even when the vault has gone (its USB
stick pulled) with unsaved typing on screen.

Real process on Xvfb, read through AT-SPI: open a case, type without saving, move the vault
file away, press Ctrl+L. The case leaves the screen at once (the door is shown, no case
text in the window tree), the door says the vault is not in its place and that the unsaved
changes wait in memory only; the process is still running. Put the vault back, unlock: the
typed text is on screen again, and Ctrl+S stores it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import MAIN_TITLE, Cli, LocatorApp
from tests.session.harness.atspi import Node
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring
from tests.session.test_kill_during_save import saved_and_clean

pytestmark = pytest.mark.session

ALIAS = "Alias (what friends call them)"


def test_lock_with_the_vault_gone_drops_the_screen_and_keeps_the_typing(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, cli: Cli,
        vault_path: Path) -> None:
    base = "QzGone" + desktop.tag[:8]
    typed = " Typedonly"
    cli.init()
    (case_id,) = cli.add([{"alias": base, "status": "missing"}])
    app = start_app()
    app.unlock(PASSPHRASE)
    app.close_windows_but_main()
    app.open_case(base)
    app.type_into(ALIAS, typed, f"^{MAIN_TITLE}")
    app.wait_tree(lambda t: (w := LocatorApp.main_window(t)) is not None
                  and w.name.endswith("*"), 10, "the window to show unsaved changes", depth=1)

    away = vault_path.with_name("pulled-out.locator")
    vault_path.rename(away)  # the stick is pulled
    app.key("ctrl+l")

    def locked_and_told(tree: Node) -> bool:
        words = " ".join(tree.texts())
        return ("not in its place any more" in words and "memory" in words
                and base not in words)

    tree = app.wait_tree(locked_and_told, 20,
                         "the door, saying the vault is gone and the edits wait in memory")
    assert base not in " ".join(tree.texts()), "the case is still on screen after the lock"
    app.require_alive("after locking with the vault gone")
    assert not vault_path.exists(), "a new vault was made where the old one was"

    away.rename(vault_path)  # plugged in again
    app.unlock(PASSPHRASE)
    app.wait_tree(lambda t: any((base + typed) in text for text in t.texts()), 20,
                  "the typed text back on screen after the unlock")
    app.focus(f"^{MAIN_TITLE}")
    app.key("ctrl+s")
    app.wait_tree(saved_and_clean, 15, "'Saved.' in the status bar", depth=2)
    app.stop()  # the window holds the vault; the command line reads it after
    assert cli.show(case_id)["alias"] == base + typed
