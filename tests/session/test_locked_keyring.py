"""Scenario 2: the key is remembered, but the keyring is locked (its own prompt comes up).

* While GNOME Keyring's prompt is up, the door keeps answering: the accessibility tree
  comes back fast and text put into the passphrase field shows up. (The prompt grabs the
  keyboard, as a system prompt does on a real desktop, so the text goes in the way an
  on-screen keyboard or a screen reader puts it: AT-SPI's EditableText.)
* Cancelling the prompt falls back to the passphrase, and the door says why.
* The remembered key is never deleted because the keyring could not answer: after the
  keyring is unlocked again it is still there — also after the vault was opened with the
  passphrase while the keyring stayed locked.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import UNLOCK_TITLE, LocatorApp, seed_remembered_vault
from tests.session.harness.atspi import Node, Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring, PromptCanceller
from tests.session.harness.procs import Timeout

pytestmark = pytest.mark.session

ANSWER_WITHIN_S = 2.0
#: what a door that fell back to the passphrase says about the keyring, in some words
FALLBACK = re.compile(r"locked|did not answer|not answer|could not|cannot|can't|cancel|"
                      r"dismiss|refused|not available|unavailable", re.IGNORECASE)
INTRO = "Type your passphrase to open the vault."


def door_texts(tree: Node) -> list[str]:
    door = tree.window(UNLOCK_TITLE)
    return [t for t in door.texts() if t != INTRO] if door is not None else []


def fallback_said(tree: Node) -> str | None:
    for text in door_texts(tree):
        if "keyring" in text.lower() and FALLBACK.search(text):
            return text
    return None


def start_with_locked_keyring(desktop: Desktop, keyring: Keyring, start_app: StartApp,
                              vault_path: Path) -> LocatorApp:
    seed_remembered_vault(desktop, vault_path)
    assert len(keyring.items().all) == 1
    keyring.lock()
    app = start_app()
    app.wait_window(UNLOCK_TITLE)
    keyring.wait_prompt(40)
    return app


def test_door_answers_while_the_keyring_prompts_and_cancel_falls_back(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, probe: Probe,
        vault_path: Path) -> None:
    app = start_with_locked_keyring(desktop, keyring, start_app, vault_path)
    problems: list[str] = []

    # the prompt is up: the door still answers
    for look in range(3):
        tree, took = probe.timed_tree(app.pid, timeout=15)
        door = tree.window(UNLOCK_TITLE) if tree is not None else None
        if door is None or took > ANSWER_WITHIN_S:
            problems.append(f"look {look + 1} at the door while the keyring prompts took "
                            f"{took:.1f} s (at most {ANSWER_WITHIN_S} s) and found "
                            f"{'no door' if door is None else 'the door'}")
        time.sleep(0.3)
    assert keyring.prompt() is not None, "the keyring's prompt went away by itself"
    started = time.monotonic()
    try:
        probe.insert_text(app.pid, "Passphrase", "abc", role="password text",
                          timeout=ANSWER_WITHIN_S + 3)
        app.wait_tree(lambda t: (n := t.find("Passphrase", role="password text")) is not None
                      and n.length == 3, ANSWER_WITHIN_S + 3,
                      "three characters in the passphrase field")
        took = time.monotonic() - started
        if took > ANSWER_WITHIN_S + 1.0:  # two probe runs
            problems.append(f"the passphrase field took {took:.1f} s to show what was typed")
    except Timeout as err:
        problems.append(f"typing into the passphrase field while the keyring prompts: {err}")
    probe.set_text(app.pid, "Passphrase", "", role="password text")

    # cancel the keyring's prompt: the door falls back to the passphrase, and says so
    keyring.cancel_prompt()
    try:
        tree = app.wait_tree(lambda t: fallback_said(t) is not None, 15,
                             "the door to say the keyring could not give the key")
    except Timeout:
        tree = app.tree()
        shown = door_texts(tree) if tree is not None else []
        problems.append("after the keyring's prompt was cancelled, the door does not say "
                        f"that the keyring could not give the key; it shows: {shown}")
    tree = app.tree()
    assert tree is not None and tree.window(UNLOCK_TITLE) is not None, app.logs()
    field = tree.find("Passphrase", role="password text")
    assert field is not None and field.enabled, "the passphrase cannot be typed"
    assert app.main_window(tree) is None

    # the remembered key is still there once the keyring is unlocked
    time.sleep(1.0)  # anything the app would do to the keyring after the cancel
    keyring.unlock()
    if len(keyring.items().all) != 1:
        problems.append("the remembered key was deleted from the keyring after its prompt "
                        "was cancelled")
    assert not problems, "\n".join(problems)


def test_unlock_with_passphrase_while_keyring_stays_locked_keeps_the_key(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, vault_path: Path) -> None:
    app = start_with_locked_keyring(desktop, keyring, start_app, vault_path)
    keyring.cancel_prompt()
    with PromptCanceller(keyring) as canceller:  # every later prompt: cancelled
        app.wait_window(UNLOCK_TITLE)
        time.sleep(0.5)
        while keyring.prompt() is not None:  # the keyboard is grabbed while one is up
            time.sleep(0.2)
        app.unlock(PASSPHRASE)
        time.sleep(5.0)  # whatever the app does with the keyring after opening
        assert app.alive(), app.logs()
    assert not canceller.errors, canceller.errors
    keyring.unlock()
    items = keyring.items()
    assert len(items.all) == 1, (
        f"the remembered key was deleted: the vault was opened with the passphrase while the "
        f"keyring stayed locked ({canceller.cancelled} more prompt(s) cancelled)")
    assert [i["service"] for i in keyring.secret_tool_search()] == ["Locator vault"]


def test_unlocking_the_keyring_when_asked_after_opening_keeps_the_key(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, vault_path: Path) -> None:
    """The door could not read the keyring (prompt cancelled), the vault is opened with the
    passphrase, the box left as it is: if the keyring then asks for its password and the
    person gives it, that is no request to forget the key."""
    app = start_with_locked_keyring(desktop, keyring, start_app, vault_path)
    keyring.cancel_prompt()
    app.wait_window(UNLOCK_TITLE)
    time.sleep(0.5)
    app.unlock(PASSPHRASE, wait=False)
    answered = 0
    shown_at: float | None = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # a prompt now: the person unlocks the keyring
        if keyring.prompt() is not None:
            keyring.answer_prompt()
            answered += 1
        if shown_at is None:
            tree = app.tree(depth=1)
            if tree is not None and app.main_window(tree) is not None:
                shown_at = time.monotonic()
        elif time.monotonic() - shown_at > 5.0:
            break
        time.sleep(0.3)
    assert shown_at is not None, f"the main window never came\n{app.logs()}"
    assert app.alive(), app.logs()
    if keyring.is_locked():
        keyring.unlock()
    assert len(keyring.items().all) == 1, (
        "the remembered key was deleted although nobody asked for it (the door could not "
        f"tell whether it was kept; {answered} keyring prompt(s) after opening, answered)")
