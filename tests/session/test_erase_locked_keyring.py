"""Scenario 3: "Erase this vault…" while the keyring is locked and its prompt is cancelled.

The vault's key stays in the keyring then (nobody unlocked it), so the app must not say
that the key was erased; it should say that it may still be kept there.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import CREATE_TITLE, GUIDE_TITLE, UNLOCK_TITLE, seed_remembered_vault
from tests.session.harness.atspi import Node, Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring, PromptCanceller

pytestmark = pytest.mark.session

ERASE_TITLE = "Erase this vault"
DONE_VERBS = re.compile(r"\b(erased|removed|deleted|gone|forgotten|destroyed)\b", re.I)
HEDGES = re.compile(r"\b(not|no longer kept|n't|could|may|might|still|unable|fail\w*|"
                    r"perhaps|possibly|locked)\b", re.I)


def sentences(texts: list[str]) -> list[str]:
    return [s.strip() for text in texts for s in re.split(r"(?<=[.!?])\s+|\n+", text)
            if s.strip()]


def claims_key_removed(texts: list[str]) -> list[str]:
    return [s for s in sentences(texts) if re.search(r"\bkeys?\b", s, re.I)
            and DONE_VERBS.search(s) and not HEDGES.search(s)]


def admits_key_may_remain(texts: list[str]) -> list[str]:
    return [s for s in sentences(texts) if re.search(r"\bkeys?\b", s, re.I)
            and HEDGES.search(s)]


def result_windows(tree: Node) -> list[Node]:
    """Windows that came after the erase: not the main window, the questions, a door or
    the "Erasing…" progress."""
    skip = {ERASE_TITLE, UNLOCK_TITLE, CREATE_TITLE, GUIDE_TITLE}
    return [w for w in tree.windows() if w.role in ("alert", "dialog") and w.name not in skip
            and w.find(role="progress bar") is None
            and not any("Erasing…" in text for text in w.texts())]


def test_erase_with_locked_keyring_tells_the_truth_about_the_key(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, probe: Probe,
        vault_path: Path) -> None:
    seed_remembered_vault(desktop, vault_path)
    keyring.lock()
    app = start_app()
    app.wait_window(UNLOCK_TITLE)
    keyring.cancel_prompt(timeout=40)  # the door's question to the keyring: cancelled
    time.sleep(0.5)
    with PromptCanceller(keyring) as canceller:  # and every later one
        while keyring.prompt() is not None:  # the keyboard is grabbed while one is up
            time.sleep(0.2)
        app.unlock(PASSPHRASE)

        probe.press(app.pid, "Erase this vault…", role="menu item")
        app.wait_tree(lambda t: (w := t.window(ERASE_TITLE)) is not None
                      and w.find("Continue…", role="push button") is not None, 60,
                      "the first question of the erase")
        probe.press(app.pid, "Continue…", role="push button")
        app.wait_tree(lambda t: (w := t.window(ERASE_TITLE)) is not None
                      and w.find("Confirmation word") is not None, 30,
                      "the second question (type ERASE)")
        app.type_into("Confirmation word", "ERASE", f"^{ERASE_TITLE}$")
        app.wait_tree(lambda t: (b := t.find("Erase for good", role="push button")) is not None
                      and b.enabled, 10, "the button 'Erase for good' to be enabled")
        probe.press(app.pid, "Erase for good", role="push button")
        tree = app.wait_tree(lambda t: result_windows(t), 90, "what the app says after erasing")
        texts = [text for window in result_windows(tree) for text in window.texts()]
        print(f"what the app said after erasing: {texts}")
        assert app.alive(), app.logs()
    assert not canceller.errors, canceller.errors

    keyring.unlock()
    kept = keyring.items().all
    assert not vault_path.exists(), f"the vault was not erased; the app said: {texts}"
    assert kept, "the keyring was locked and its prompt cancelled: the key cannot be gone"
    false_claims = claims_key_removed(texts)
    assert not false_claims, (
        f"the key is still in the keyring, but the app says it was erased: {false_claims} "
        f"(everything it said: {texts})")
    assert admits_key_may_remain(texts), (
        f"the app does not say that the key may still be in the keyring: {texts}")
